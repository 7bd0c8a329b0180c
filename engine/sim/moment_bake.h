#pragma once
// One moment simulated: plan the touches, move the players on their paths, run the ball through Box2D
// and the height model at 240 steps a second, and record the tracks and what happened.
#include "script/diagnostics.h"
#include "script/script.h"
#include "sim/ball_model.h"
#include "sim/kick_memo.h"
#include "sim/lineup.h"
#include "sim/moment_plan.h"
#include "sim/moment_track.h"
#include "sim/player_paths.h"
#include "sim/player_track.h"

namespace touchline::sim {

struct MomentBake {
    MomentTrack track;
    Diagnostics diagnostics;  // located at the moment's actions
};

// `kicks`: solved kicks to reuse, for a caller that bakes the same moment again and again (the importer).
// `detail`: what the tracks record of the players (player_track.h).
MomentBake bakeMoment(const Script& script, int momentIndex, const Lineup& lineup, const BallModel& model = {},
                      KickMemo* kicks = nullptr, PlayerDetail detail = PlayerDetail::Full);
// A moment already planned, with everyone's paths for the bake's first pass (`bakedPaths` of the plan):
// what the importer's repair holds when it finds nothing more to mend, so the bake need not plan again.
struct PlannedMoment {
    MomentPlan plan;
    Diagnostics planning;
    std::vector<PlayerPath> paths;
};
// The same bytes as bakeMoment of the moment the plan was made from (with the same ball model).
MomentBake bakeMoment(const Script& script, PlannedMoment planned, const Lineup& lineup, const BallModel& model = {},
                      PlayerDetail detail = PlayerDetail::Full);
// One of the script's passages, in a world of its own: its bake depends on nothing but the script (and
// the next passage's opening it ends standing in), so passages bake in any order, or at once.
MomentBake bakePassage(const Script& script, int passageIndex, const Lineup& lineup, const BallModel& model = {});

}  // namespace touchline::sim
