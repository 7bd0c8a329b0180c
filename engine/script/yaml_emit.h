#pragma once
// YAML values written as a person writes them: names plain unless that would read back differently,
// numbers without floating-point noise. The script writer and the editor's text patches both use these.
#include <optional>
#include <string>
#include <string_view>

#include "core/vec2.h"

namespace touchline {

// A name or word as a YAML scalar: plain when that reads back as the same text, else double-quoted.
std::string yamlScalar(std::string_view text);

// A number with at most `decimals` places, trailing zeros dropped but one kept ("2.6", "14.0", "0.45"),
// and no "-0.0". At the default six places, 2.6000000001 and 2.5999999999 are both "2.6": what is
// dropped is noise (a micrometre, a microsecond), and what is kept reads back within kNumberNoise.
std::string yamlDecimal(double value, int decimals = 6);
// "[99.3, 35.2]".
std::string yamlPlace(Vec2 place, int decimals = 6);

// A long single-line text as a folded block scalar: ">-" and the text in lines of about `width`
// characters, each starting with `indent`. Nothing when the text cannot be folded back to itself
// (line breaks, tabs, runs of spaces, leading or trailing spaces) or fits on one line anyway.
std::optional<std::string> yamlFolded(std::string_view text, std::string_view indent, std::size_t width);

}  // namespace touchline
