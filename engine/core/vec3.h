#pragma once
// A point or a velocity in space, in metres: x, y on the pitch plane (see core/pitch.h), z up.
#include <cmath>

#include "core/vec2.h"

namespace touchline {

struct Vec3 {
    double x = 0.0, y = 0.0, z = 0.0;

    constexpr Vec2 ground() const { return {x, y}; }
    constexpr Vec3 operator+(Vec3 o) const { return {x + o.x, y + o.y, z + o.z}; }
    constexpr Vec3 operator-(Vec3 o) const { return {x - o.x, y - o.y, z - o.z}; }
    constexpr Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
    constexpr bool operator==(const Vec3&) const = default;
};

constexpr Vec3 withHeight(Vec2 v, double z) { return {v.x, v.y, z}; }
constexpr double dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline double length(Vec3 v) { return std::sqrt(dot(v, v)); }
inline double distance(Vec3 a, Vec3 b) { return length(a - b); }
constexpr Vec3 lerp(Vec3 a, Vec3 b, double t) { return a + (b - a) * t; }

}  // namespace touchline
