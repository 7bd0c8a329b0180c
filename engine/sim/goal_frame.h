#pragma once
// The parts of the goals that live in the height model rather than in Box2D's plane: the crossbar (a
// horizontal cylinder along y), the roof of the net, and the lines the ball goes out over.
#include <optional>

#include "core/pitch.h"
#include "sim/ball_model.h"

namespace touchline::sim {

inline constexpr double kWoodworkRestitution = 0.6;

// Bounces the ball off either crossbar if its move from `from` this step hit one. Returns true on a hit.
bool crossbarBounce(const BallModel& model, Vec3 from, BallState& ball, double dt);

// Keeps the ball inside the goal under the net's roof, and on the roof when it drops onto it.
void netRoof(const BallModel& model, Vec3 from, BallState& ball);

// Law 9: the ball is out when it has wholly crossed a line. Law 10: a goal when it has wholly crossed
// the goal line between the posts and under the bar. So a crossing is the ball's centre passing a
// radius beyond the line's outer edge (the pitch dimensions are measured to the lines' outer edges).
struct LineCrossing {
    enum class Kind { Goal, GoalLine, Touchline };
    Kind kind = Kind::GoalLine;
    pitch::End end = pitch::End::Right;  // for goal-line crossings
    Vec3 at;                              // the ball's centre as it crossed
    double fraction = 0.0;                // how far through the step
};

std::optional<LineCrossing> crossedLine(const BallModel& model, Vec3 from, Vec3 to);

// The gap between the ball and the outside of the nearer post, and between the ball and the top of the
// bar, as it crossed the goal line at `at` (0 when it was not wide, or not over).
double metresWide(const BallModel& model, Vec3 at);
double metresOver(const BallModel& model, Vec3 at);

}  // namespace touchline::sim
