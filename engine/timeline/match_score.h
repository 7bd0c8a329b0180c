#pragma once
// The score comes from detected goals only: a goal counts for the team attacking the goal the ball went
// into (an own goal included), unless it was disallowed.
#include <array>
#include <vector>

#include "script/script.h"
#include "sim/observed_event.h"

namespace touchline {

struct ScoreChange {
    double time = 0.0;             // match time of the goal
    std::array<int, 2> score{};    // the score once it counted
};

// The side a goal counts for.
TeamSide scoringSide(const Script& script, const ObservedEvent& goal);

// Fills each event's score (events in time order) and returns every counted goal, in time order.
std::vector<ScoreChange> scoreEvents(const Script& script, std::vector<ObservedEvent>& events);

}  // namespace touchline
