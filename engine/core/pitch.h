#pragma once
// The one place that knows the size of a football pitch. Drawing, physics and validation read it here.
//
// Coordinates (metres): origin at the corner where the left goal line meets the near touchline.
// x runs along the length, 0 at the left goal line to 105 at the right one; y runs across, 0 at the near
// touchline (bottom of the screen in the default view) to 68 at the far one. z is height above the grass.
// Law 1: every line belongs to the area it bounds, so each dimension below is measured to a line's
// outer edge; a line is drawn inward from its dimension.
#include "core/vec2.h"

namespace touchline::pitch {

inline constexpr double kLength = 105.0;
inline constexpr double kWidth = 68.0;
inline constexpr double kLineWidth = 0.12;

inline constexpr double kCentreCircleRadius = 9.15;
inline constexpr double kPenaltyAreaDepth = 16.5;
inline constexpr double kPenaltyAreaWidth = 40.32;
inline constexpr double kGoalAreaDepth = 5.5;
inline constexpr double kGoalAreaWidth = 18.32;
inline constexpr double kPenaltySpotDistance = 11.0;
inline constexpr double kPenaltyArcRadius = 9.15;
inline constexpr double kCornerArcRadius = 1.0;
inline constexpr double kSpotRadius = 0.11;

// The goal: the inside width between the posts and the height under the bar; posts and bar 12 cm thick,
// standing on the goal line (their back edge is flush with the line's outer edge).
inline constexpr double kGoalWidth = 7.32;
inline constexpr double kGoalHeight = 2.44;
inline constexpr double kPostThickness = 0.12;
inline constexpr double kGoalDepth = 2.0;  // how far the net reaches behind the line

inline constexpr Vec2 kCentre{kLength / 2.0, kWidth / 2.0};

// The end a goal stands at: -1 for the left goal (x = 0), +1 for the right goal (x = 105).
enum class End { Left = -1, Right = 1 };

constexpr double goalLineX(End end) { return end == End::Left ? 0.0 : kLength; }
constexpr double side(End end) { return static_cast<double>(static_cast<int>(end)); }
// Centre of each post, in the pitch plane.
constexpr Vec2 postCentre(End end, int which /* -1 near, +1 far */) {
    double x = goalLineX(end) - side(end) * (kPostThickness / 2.0);
    return {x, kCentre.y + which * (kGoalWidth / 2.0 + kPostThickness / 2.0)};
}
constexpr Vec2 penaltySpot(End end) {
    return {goalLineX(end) - side(end) * kPenaltySpotDistance, kCentre.y};
}

}  // namespace touchline::pitch
