#pragma once
// Which passages of a match become moments: one per key event (every goal, own goals included,
// penalty, shot on target, woodwork, goal disallowed for offside, red card) and, at the extended level,
// the other shots. Each passage runs from the restart or the play ~15-25 s before its event to a few
// seconds after; passages that overlap become one moment.
#include <cstddef>
#include <vector>

#include "import/match_data.h"
#include "script/script.h"

namespace touchline::import {

enum class KeyKind { Goal, OwnGoal, Penalty, Saved, Woodwork, Disallowed, RedCard, OffTarget, Blocked, ShootoutKick };

struct KeyEvent {
    std::size_t event = 0;  // index into MatchData::events
    KeyKind kind = KeyKind::Goal;
};

struct MomentWindow {
    PeriodId period = PeriodId::First;
    double start = 0.0;  // seconds since the period's kick-off
    double end = 0.0;
    std::size_t first = 0;  // events [first, last] of MatchData::events are inside it
    std::size_t last = 0;
    std::vector<KeyEvent> keys;
    MomentLevel level = MomentLevel::Key;
};

std::vector<MomentWindow> selectMoments(const MatchData& match);

// A saved shot (events[shot]) that the data follows, inside the window, with an offside against a
// team-mate of the shooter: he followed up the rebound from an offside position. Nothing otherwise.
const MatchEvent* offsideFollowUp(const MatchData& match, const MomentWindow& window, std::size_t shot);

// A saved shot (events[shot]) the keeper puts out of play: the next thing the data has on the ball is
// the shooter's team's corner or throw-in, soon after. That restart, which has a place; nothing otherwise
// (he held it, or play went on).
const MatchEvent* restartFromSave(const MatchData& match, std::size_t shot);

// The period's final whistle, seconds after its kick-off: its last event, plus the few seconds a shot
// still needs to end in the net or out of play; never before its regular length (45 or 15 minutes).
double periodEnd(const MatchData& match, PeriodId period);

}  // namespace touchline::import
