#pragma once
// Small text helpers shared by the script loader, the CLI and the viewer.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace touchline {

// Edit distance between two strings, compared case-insensitively (ASCII) and accent-insensitively
// for the Latin letters in footballers' names, so "Hamsik" finds "Hamšík".
std::size_t editDistance(std::string_view a, std::string_view b);
// The candidate closest to `word`, if it is close enough to be a plausible typo.
std::optional<std::string> nearestName(std::string_view word, std::span<const std::string> candidates);
// "a, b, c or d"
std::string joinList(std::span<const std::string> items, std::string_view lastSeparator = " or ");
// Folds Latin accented letters (UTF-8) to ASCII and lowers case: "Hamšík" -> "hamsik".
std::string foldForSearch(std::string_view text);

}  // namespace touchline
