#pragma once
// bake: a Script through the simulation into a Timeline. Every moment is simulated once, at a fixed
// step, in a world of its own, so re-baking one moment after an edit gives the same tracks a full bake
// would.
#include "script/diagnostics.h"
#include "script/script.h"
#include "sim/ball_model.h"
#include "timeline/timeline.h"

namespace touchline {

struct BakeResult {
    Timeline timeline;
    // What the physics could not do (a kick no one can hit, a player who cannot reach the ball), located
    // at the script's actions. With errors the timeline is still whole, each impossible kick replaced by
    // the nearest a human can do, so a viewer can show it next to the messages.
    Diagnostics diagnostics;

    bool ok() const { return !diagnostics.hasErrors(); }
};

BakeResult bake(const Script& script, const sim::BallModel& model = {});

// Re-simulates one moment of an edited script and keeps every other moment's tracks from `previous`.
// Falls back to a full bake when the edit changed who is on the pitch (a substitution or a red card).
BakeResult rebakeMoment(const BakeResult& previous, const Script& edited, int moment,
                        const sim::BallModel& model = {});

}  // namespace touchline
