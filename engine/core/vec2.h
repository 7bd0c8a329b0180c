#pragma once
// A 2D vector in metres on the pitch plane (or pixels on screen, where a function says so).
#include <cmath>

namespace touchline {

struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    constexpr Vec2 operator+(Vec2 o) const { return {x + o.x, y + o.y}; }
    constexpr Vec2 operator-(Vec2 o) const { return {x - o.x, y - o.y}; }
    constexpr Vec2 operator*(double s) const { return {x * s, y * s}; }
    constexpr Vec2 operator/(double s) const { return {x / s, y / s}; }
    constexpr Vec2 operator-() const { return {-x, -y}; }
    constexpr Vec2& operator+=(Vec2 o) { x += o.x; y += o.y; return *this; }
    constexpr Vec2& operator-=(Vec2 o) { x -= o.x; y -= o.y; return *this; }
    constexpr Vec2& operator*=(double s) { x *= s; y *= s; return *this; }
    constexpr bool operator==(const Vec2&) const = default;
};

constexpr Vec2 operator*(double s, Vec2 v) { return v * s; }
constexpr double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
constexpr double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
inline double length(Vec2 v) { return std::sqrt(dot(v, v)); }
inline double distance(Vec2 a, Vec2 b) { return length(a - b); }
inline Vec2 normalized(Vec2 v) {
    double l = length(v);
    return l > 0.0 ? v / l : Vec2{};
}
constexpr Vec2 perpendicular(Vec2 v) { return {-v.y, v.x}; }
constexpr Vec2 lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }
// The point of the segment from a to b nearest p (a, when the segment has no length).
constexpr Vec2 nearestOnSegment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a;
    const double length2 = dot(ab, ab);
    if (!(length2 > 0.0)) return a;
    const double f = dot(p - a, ab) / length2;
    return a + ab * (f < 0.0 ? 0.0 : f > 1.0 ? 1.0 : f);
}
// v, shortened to maxLength where it is longer.
inline Vec2 capped(Vec2 v, double maxLength) {
    const double len = length(v);
    return len > maxLength ? v * (maxLength / len) : v;
}

}  // namespace touchline
