#pragma once
// The players' tracks of a baked moment: each player sampled on his path 30 times a second while he is
// on the pitch, facing where he runs, or the ball when he walks (turning at most 8 rad/s).
#include <vector>

#include "script/script.h"
#include "sim/moment_plan.h"
#include "sim/moment_track.h"
#include "sim/player_paths.h"

namespace touchline::sim {

// What a bake records of the players: all the viewer draws, or where they are. The importer judges its
// many bakes by where the ball and the players are, never by their facings and speeds, which were 5 %
// of its instructions: with Positions they are left at zero.
enum class PlayerDetail { Full, Positions };

// Per plan.players; `ball` is the moment's ball track (steps + 1 samples).
std::vector<PlayerTrack> recordPlayers(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths,
                                       const std::vector<BallSample>& ball, PlayerDetail detail = PlayerDetail::Full);

}  // namespace touchline::sim
