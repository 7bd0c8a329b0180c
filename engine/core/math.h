#pragma once
// The mathematical constants and the few angle and easing helpers the engine shares (the physics turns
// players, the timeline blends their facing between samples).
#include <algorithm>
#include <numbers>

namespace touchline {

inline constexpr double kPi = std::numbers::pi;

// a - b as an angle in [-pi, pi], for a and b in [-pi, pi].
constexpr double angleBetween(double a, double b) {
    double d = a - b;
    if (d > kPi) d -= 2.0 * kPi;
    else if (d < -kPi) d += 2.0 * kPi;
    return d;
}

// From a towards b by the fraction f, the short way round; in [-pi, pi] for a and b in [-pi, pi].
constexpr double lerpAngle(double a, double b, double f) { return angleBetween(a + angleBetween(b, a) * f, 0.0); }

// 0 below edge0, 1 above edge1, a smooth cubic between.
constexpr double smoothstep(double edge0, double edge1, double x) {
    const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

}  // namespace touchline
