#pragma once
// The team-shape stage of a bake: paths for the players a moment does not move itself. At each
// interval the team shape says where everyone wants to be for where the ball is and who has it
// (team_shape.h); the follower turns that into runs a footballer could make (shape_follower.h), around
// the players the script moves and to every ball a shaped player plays; the result is a PlayerPath per
// player, through a key every interval and exactly through each touch.
#include <cstddef>
#include <functional>
#include <vector>

#include "sim/player_paths.h"
#include "sim/shape_follower.h"
#include "sim/team_shape.h"

namespace touchline::sim {

struct ShapeStageInput {
    double interval = 0.1;  // seconds between targets (and keys)
    double duration = 0.0;  // seconds
    std::vector<ShapePlayer> players;
    std::vector<double> onFrom;   // per player, seconds into the stretch
    std::vector<double> onUntil;  // per player
    std::vector<Vec2> start;      // per player
    std::vector<Vec2> startVelocity;  // per player; empty: everyone starts standing
    std::vector<bool> moved;      // per player: true when the team shape moves him
    std::vector<PlayerPath> given;  // per player: how the script moves one who is not moved by the shape
    std::vector<ShapeSituation> situations;  // per interval, the first at t = 0
    std::vector<std::vector<Appointment>> appointments;  // per player: the balls a shaped player plays
    std::vector<OffsideRun> offsideRuns;                 // the shaped players a pass finds offside
    std::vector<std::vector<Meeting>> meetings;          // per player: the moments shown over a passage
    FollowerLimits limits;
};

// The number of intervals' samples a stretch of `duration` needs (both ends included).
int shapeSamples(double duration, double interval);

// A path per player: for a shaped one, where the shape and the follower take him; for the others, a
// copy of `given`.
std::vector<PlayerPath> shapePaths(const ShapeStageInput& input);

// Runs into a touch are bent after the follower kept everyone apart (the data's touches can come
// quicker than his limits allow, and the shortfall is made up over the second before), so a bend can
// take the runner onto someone. Where it does, the other steps aside, when `free` says he may (moved
// by the shape, on the pitch, not about to play the ball himself): pushed to `gap` from the runner at
// each sample, eased in and out over `ease` samples either side so that nobody jumps, and no further in a
// sample than `farthest` (or than his own run goes there). Two runners both bent there are left to their
// touches; where both are free (bent into the places they stand at for a restart) they part, each half
// the way, to as far apart as `unbent` has them or `gap`. `positions` and `unbent` are [sample * players + player].
void stepAsideForBentRuns(std::vector<Vec2>& positions, const std::vector<Vec2>& unbent, std::size_t players,
                          const std::function<bool(std::size_t player, int sample)>& free, double gap, int ease,
                          double farthest);

}  // namespace touchline::sim
