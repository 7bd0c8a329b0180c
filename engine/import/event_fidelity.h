#pragma once
// Issue 12's measure of a baked moment against the data: at each on-ball event of its passage the ball
// is at the event's start within 1 m, within 0.2 s of its time, and the player who acts is there too.
// The import says so at every event where the physics does not (never a silent difference).
#include <functional>
#include <string>
#include <vector>

#include "import/match_data.h"
#include "import/moment_selection.h"
#include "script/script.h"
#include "sim/moment_track.h"

namespace touchline::import {

inline constexpr double kFidelityPlace = 1.0;  // m
inline constexpr double kFidelityTime = 0.2;   // s either side of the event's time

struct EventMiss {
    std::size_t event = 0;  // index into MatchData::events
    double ball = 0.0;      // the nearest the ball comes to the event's start within the time, m
    double player = 0.0;    // the nearest the acting player comes to it, m
};

// The events of `window` inside the baked moment that it does not show where and when the data has them.
std::vector<EventMiss> eventMisses(const MatchData& match, const MomentWindow& window, const Script& script,
                                   const sim::MomentTrack& track, const std::function<PlayerId(PlayerRef)>& playerId);

// One sentence for a moment's misses: "the physics does not show 2 of the data's on-ball events where
// and when it has them (1 m, 0.2 s): Callejón's touch at 16:06 (ball 4.4 m, him 4.1 m away), ...".
std::string describeMisses(const MatchData& match, const Script& script, const std::vector<EventMiss>& misses,
                           const std::function<PlayerId(PlayerRef)>& playerId);

}  // namespace touchline::import
