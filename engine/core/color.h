#pragma once
#include <cstdint>
#include <string_view>
#include <optional>

namespace touchline {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    constexpr bool operator==(const Rgba&) const = default;
    constexpr Rgba withAlpha(std::uint8_t alpha) const { return {r, g, b, alpha}; }
};

// "#rrggbb" or "#rrggbbaa"; nullopt for anything else.
std::optional<Rgba> parseHexColor(std::string_view text);
// Perceived brightness 0..1 (Rec. 709 luma): decides black or white text on a kit colour.
double luminance(Rgba c);
Rgba mix(Rgba a, Rgba b, double t);

}  // namespace touchline
