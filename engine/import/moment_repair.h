#pragma once
// Makes a drafted moment show what the data says before the physics is asked: the ball's path clear of
// everyone who is not meant to play it (a body in the way would deflect a goal wide), and each pass's
// receiver onside unless the data flagged him. Uses the simulation's own plan (its touches and its
// ball prediction) and its offside judgement, and moves only players' shape waypoints.
#include "import/moment_builder.h"
#include "script/script.h"
#include "sim/kick_memo.h"
#include "sim/lineup.h"
#include "sim/moment_bake.h"

namespace touchline::import {

// What one round of repair did to a draft.
enum class RepairRound {
    Sound,   // nothing to mend
    Mended,  // the draft changed: plan it again
    Stuck,   // something to mend that no waypoint could (a body in the ball's way just before he plays
             // it): the draft is as it was
};

// Judges `draft` (moment `index` of `script`, which holds its current assembly) and mends what it can.
// `kicks`: solved kicks to reuse across the rounds of repair and the bakes. `judged`: unless the draft
// was mended, receives the plan the moment was judged by, for sim::bakeMoment.
RepairRound repairMoment(const Script& script, int index, const sim::Lineup& lineup, MomentDraft& draft,
                         sim::KickMemo* kicks = nullptr, sim::PlannedMoment* judged = nullptr);

}  // namespace touchline::import
