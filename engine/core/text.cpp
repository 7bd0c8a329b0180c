#include "core/text.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace touchline {

namespace {

// Two-byte UTF-8 Latin letters (U+00C0..U+017F) folded to their base letter.
char foldLatin(unsigned code) {
    static constexpr std::string_view kLatin1 =  // U+00C0..U+00FF
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    static constexpr std::string_view kExtendedA =  // U+0100..U+017F
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
        "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    if (code >= 0xC0 && code <= 0xFF) return kLatin1[code - 0xC0];
    if (code >= 0x100 && code < 0x100 + kExtendedA.size()) return kExtendedA[code - 0x100];
    return '?';
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The largest character boundary at or before `pos`.
std::size_t boundaryBefore(std::string_view text, std::size_t pos) {
    pos = std::min(pos, text.size());
    while (pos > 0 && pos < text.size() && isContinuationByte(text[pos])) --pos;
    return pos;
}

constexpr std::string_view kEllipsis = "\u2026";

}  // namespace

std::string excerpt(std::string_view text, std::size_t maxCharacters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isContinuationByte(text[i])) continue;
        if (characters++ == maxCharacters) return std::string(text.substr(0, i)) + std::string(kEllipsis);
    }
    return std::string(text);
}

std::string fitColumn(std::string_view text, std::size_t columns) {
    std::size_t characters = 0;
    for (const char c : text) characters += isContinuationByte(c) ? 0 : 1;
    if (characters > columns) return excerpt(text, columns > 0 ? columns - 1 : 0);
    return std::string(text) + std::string(columns - characters, ' ');
}

std::string elideMiddle(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return std::string(text);
    const std::size_t head = boundaryBefore(text, maxBytes / 2);
    std::size_t tail = text.size() - maxBytes / 2;
    while (tail < text.size() && isContinuationByte(text[tail])) ++tail;
    return std::string(text.substr(0, head)) + std::string(kEllipsis) + std::string(text.substr(tail));
}

namespace {

// The folded character at `i`, moving `i` past it: the one definition foldForSearch and sameFolded share.
char foldNext(std::string_view text, std::size_t& i) {
    const auto c = static_cast<unsigned char>(text[i++]);
    if (c < 0x80) return static_cast<char>(std::tolower(c));
    if ((c & 0xE0) == 0xC0 && i < text.size()) {
        const unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i++]) & 0x3Fu);
        return foldLatin(code);
    }
    while (i < text.size() && isContinuationByte(text[i])) ++i;
    return '?';
}

}  // namespace

std::string foldForSearch(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) out.push_back(foldNext(text, i));
    return out;
}

bool sameFolded(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (foldNext(a, i) != foldNext(b, j)) return false;
    }
    return i == a.size() && j == b.size();
}

std::optional<std::size_t> boundedEditDistance(std::string_view a, std::string_view b, std::size_t limit) {
    // Rows follow the longer string, columns the shorter; cell (i, j) is kept only when |i - j| <= limit.
    const std::string_view x = a.size() <= b.size() ? a : b;
    const std::string_view y = a.size() <= b.size() ? b : a;
    if (y.size() - x.size() > limit) return std::nullopt;
    const std::size_t outside = limit + 1;  // any cell beyond the limit is as good as this
    std::vector<std::size_t> row(x.size() + 1);
    for (std::size_t j = 0; j <= x.size(); ++j) row[j] = std::min(j, outside);
    for (std::size_t i = 1; i <= y.size(); ++i) {
        const std::size_t lo = i > limit ? i - limit : 1;
        const std::size_t hi = std::min(x.size(), i + limit);
        std::size_t diagonal = row[lo - 1];
        row[lo - 1] = lo == 1 ? std::min(i, outside) : outside;
        std::size_t best = row[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = std::min({above + 1, row[j - 1] + 1, diagonal + (x[j - 1] == y[i - 1] ? 0 : 1)});
            row[j] = std::min(cost, outside);
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > limit) return std::nullopt;
    }
    if (row[x.size()] > limit) return std::nullopt;
    return row[x.size()];
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    const std::string x = foldForSearch(a);
    const std::string y = foldForSearch(b);
    return *boundedEditDistance(x, y, std::max(x.size(), y.size()));
}

std::optional<std::string> nearestName(std::string_view word, std::span<const std::string> candidates) {
    // Folding keeps a byte a character at most, so longer text cannot fold short enough.
    constexpr std::size_t kMaxBytes = 4 * kMaxHintLength;
    if (word.size() > kMaxBytes) return std::nullopt;
    const std::string folded = foldForSearch(word);
    if (folded.size() > kMaxHintLength) return std::nullopt;
    std::optional<std::string> best;
    // A plausible typo is at most a third of the word wrong (two letters for short words).
    std::size_t limit = std::max<std::size_t>(2, folded.size() / 3);
    for (const std::string& candidate : candidates.first(std::min(candidates.size(), kMaxHintCandidates))) {
        if (candidate.size() > kMaxBytes) continue;
        const std::string other = foldForSearch(candidate);
        const auto d = boundedEditDistance(folded, other, limit);
        if (!d) continue;
        best = candidate;
        if (*d == 0) break;
        limit = *d - 1;  // only a closer candidate replaces this one
    }
    return best;
}

std::string joinList(std::span<const std::string> items, std::string_view lastSeparator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? std::string(lastSeparator) : std::string(", ");
        out += items[i];
    }
    return out;
}

}  // namespace touchline
