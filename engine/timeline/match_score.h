#pragma once
// The score comes from detected goals only: a goal counts for the team attacking the goal the ball went
// into (an own goal included), unless it was disallowed. A goal in a penalty shoot-out counts on the
// shoot-out's own tally, for the team whose kick it was, and never on the score.
#include <array>
#include <vector>

#include "script/script.h"
#include "sim/observed_event.h"

namespace touchline {

struct ScoreChange {
    double time = 0.0;             // match time of the goal
    std::array<int, 2> score{};    // the score (or the shoot-out's tally) once it counted
};

struct ScoreHistory {
    std::vector<ScoreChange> goals;     // the match's score, in time order
    std::vector<ScoreChange> shootout;  // the shoot-out's tally, in time order
};

// The side a goal counts for.
TeamSide scoringSide(const Script& script, const ObservedEvent& goal);
// Whether an event happened during a penalty shoot-out.
bool inShootout(const Script& script, const ObservedEvent& event);

// Fills each event's score (events in time order) and returns every counted goal, in time order.
ScoreHistory scoreEvents(const Script& script, std::vector<ObservedEvent>& events);

}  // namespace touchline
