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

// When a script's passages (the rest of a whole match) are baked: with the moments (on every core: they
// are independent), or later, one by one (a viewer shows the moments at once and bakes the passages in the
// background).
enum class PassageTiming { Now, Later };

BakeResult bake(const Script& script, const sim::BallModel& model = {}, PassageTiming passages = PassageTiming::Now);

// One passage baked, for a caller that bakes them later. Reads only the script and the line-up (both
// immutable, shared by the timeline: Timeline::sharedScript, sharedLineup), so it may run on another
// thread while the timeline is sampled; every passage bakes alike in whatever order. Its physics'
// problems come as warnings: a passage is the data's play approximated.
struct PassageBake {
    int passage = -1;
    std::shared_ptr<const sim::MomentTrack> track;
    Diagnostics diagnostics;
};
PassageBake bakePassage(const Script& script, const sim::Lineup& lineup, int passage, const sim::BallModel& model = {});
// Puts a passage baked later into the timeline (its track, events and the score they make). Its warnings
// stay with it (Timeline::passageWarnings), as bake() keeps them.
void addPassage(BakeResult& result, PassageBake baked);

// Re-simulates one moment of an edited script and keeps every other moment's tracks from `previous`,
// and the passages' but those it overlaps before or after the edit (their players meet it): those are
// left to bake again, as PassageTiming::Later leaves them. Falls back to a full bake when the edit
// changed who is on the pitch (a substitution or a red card).
BakeResult rebakeMoment(const BakeResult& previous, const Script& edited, int moment,
                        const sim::BallModel& model = {});

}  // namespace touchline
