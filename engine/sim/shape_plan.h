#pragma once
// The team-shape stage of a moment's bake: for a moment that asks for it, paths for the players it does
// not move itself. The ball as planned (from touch to touch, with the obstacle-free flight the planner
// aims with) and who last played it make the situation every 0.1 s; a shaped player's touches are his
// appointments; a restart sets the shape until its kick, and a passage ends standing in the next one's
// opening shape (so the next passage starts exactly there).
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

// The shape for `restart` at match time `at`: its taker's team on the ball, standing for it.
ShapeSituation restartSituation(const Script& script, const Restart& restart, double at);

// How the script's passage `index` opens: its restart's shape, or, where play resumes without one (after
// a pause the data does not explain), open play around its ball with the first to play it at the ball.
// A function of the script alone, so the passage before it can end where this one starts.
ShapeSituation passageOpening(const Script& script, int index);

// Where each of `players` on the pitch at stretch time `at` stands in `opening`: the taker (of a restart,
// or the first to play a resumed ball) just behind the ball, everyone else where the shape puts him.
std::vector<Vec2> openingPositions(const Script& script, const Lineup& lineup, const std::vector<TrackedPlayer>& players,
                                   const ShapeSituation& opening, double at);

struct ShapePlanOptions {
    std::optional<ShapeSituation> opening;  // the moment starts standing here (a restart's shape until its kick)
    std::optional<ShapeSituation> closing;  // ... and ends standing here, the next passage's opening
    std::vector<TrackedPlayer> closingPlayers;  // who makes that shape (a substitute may come on between)
    double stoppedAt = 1e9;                  // moment time play stops (from then on, the closing shape)
};

// Paths for every tracked player: those `scripted` marks keep `planned`'s; the others are moved by the
// team shape through their touches in `plan`.
std::vector<PlayerPath> shapePlan(const Script& script, const MomentPlan& plan, const Lineup& lineup,
                                  const BallModel& model, const std::vector<bool>& scripted,
                                  const std::vector<PlayerPath>& planned, const ShapePlanOptions& options);

}  // namespace touchline::sim
