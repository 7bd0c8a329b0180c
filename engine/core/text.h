#pragma once
// Small text helpers shared by the script loader, the CLI and the viewer.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace touchline {

// "Did you mean" is for typos in names and keys, and costs a bounded amount whatever the input: a word
// longer than kMaxHintLength (folded) gets no hint, and only the first kMaxHintCandidates candidates
// are compared, each with an edit distance that gives up past the plausible-typo bound (at most about
// kMaxHintLength * (2 * kMaxHintLength / 3 + 5) steps a candidate).
inline constexpr std::size_t kMaxHintLength = 32;
inline constexpr std::size_t kMaxHintCandidates = 256;

// Edit distance between two strings, compared case-insensitively (ASCII) and accent-insensitively
// for the Latin letters in footballers' names, so "Hamsik" finds "Hamšík". Costs the product of the
// lengths: for hints use nearestName.
std::size_t editDistance(std::string_view a, std::string_view b);
// The edit distance between two already folded strings when it is at most `limit`, else nothing. Only
// the band of width 2 * limit + 1 is computed, and it stops as soon as every path exceeds the limit.
std::optional<std::size_t> boundedEditDistance(std::string_view a, std::string_view b, std::size_t limit);
// The candidate closest to `word`, if it is close enough to be a plausible typo (see above).
std::optional<std::string> nearestName(std::string_view word, std::span<const std::string> candidates);
// At most `maxCharacters` characters of `text`, for quoting a value in a message: a longer one keeps
// its start and ends in "…", so a message about a huge value stays small.
std::string excerpt(std::string_view text, std::size_t maxCharacters = 48);
// `text` in a column `columns` characters wide, for tables: padded with spaces, or cut with "…". UTF-8
// aware, so "Sigþórsson" lines up with "Sterling".
std::string fitColumn(std::string_view text, std::size_t columns);
// `text` cut to at most `maxBytes` bytes (and a few for "…") by dropping the middle, at character
// boundaries: the start and the end of a long message survive.
std::string elideMiddle(std::string_view text, std::size_t maxBytes);
// "a, b, c or d"
std::string joinList(std::span<const std::string> items, std::string_view lastSeparator = " or ");
// Folds Latin accented letters (UTF-8) to ASCII and lowers case: "Hamšík" -> "hamsik".
std::string foldForSearch(std::string_view text);
// Whether two texts fold alike, without building either folded text.
bool sameFolded(std::string_view a, std::string_view b);

}  // namespace touchline
