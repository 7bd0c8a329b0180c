#pragma once
// The team-shape stage of a moment's bake: for a moment that asks for it, paths for the players it does
// not move itself. The ball as planned (from touch to touch, with the obstacle-free flight the planner
// aims with) and who last played it make the situation every 0.1 s; a shaped player's touches are his
// appointments; a restart sets the shape until its kick, and a stretch can end standing in the shape for
// the next restart (so the next stretch starts exactly there).
#include <optional>
#include <vector>

#include "sim/ball_model.h"
#include "sim/lineup.h"
#include "sim/moment_plan.h"
#include "sim/player_paths.h"
#include "sim/shape_stage.h"
#include "sim/team_shape.h"

namespace touchline::sim {

inline constexpr double kShapeInterval = 0.1;  // s between the shape's targets (and the paths' keys)

// Where the ball is, and who has it, every kShapeInterval of a planned moment.
struct BallCourse {
    std::vector<Vec2> ball;
    std::vector<double> height;  // of the ball's centre
    std::vector<std::optional<TeamSide>> possession;
};
BallCourse ballCourse(const MomentPlan& plan, const BallModel& model);

// The players of a moment as the shape sees them (his spot and line, from the script and the line-up).
std::vector<ShapePlayer> shapePlayers(const Script& script, const Lineup& lineup, const std::vector<TrackedPlayer>& players);

// Where everyone stands for a restart at match time `at`: the taker just behind the ball, everyone else
// where the shape puts him.
std::vector<Vec2> restartPositions(const Script& script, const Lineup& lineup, const std::vector<TrackedPlayer>& players,
                                   const Restart& restart, double at);

struct ShapePlanOptions {
    std::optional<Restart> restart;  // the moment starts with this restart (its shape until the kick)
    std::optional<Restart> next;     // ... and ends standing in this one's shape
    double stoppedAt = 1e9;               // moment time play stops (from then on, the next restart's shape)
};

// Paths for every tracked player: those `scripted` marks keep `planned`'s; the others are moved by the
// team shape through their touches in `plan`.
std::vector<PlayerPath> shapePlan(const Script& script, const MomentPlan& plan, const Lineup& lineup,
                                  const BallModel& model, const std::vector<bool>& scripted,
                                  const std::vector<PlayerPath>& planned, const ShapePlanOptions& options);

}  // namespace touchline::sim
