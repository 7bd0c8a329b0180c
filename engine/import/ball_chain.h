#pragma once
// A passage's events as the ball's journey: who had or played it, where and when (anchors), and who
// else the data puts somewhere (the loser of a duel, a keeper diving in vain). Both records of a duel
// (the data's "mirrored pairs") become one anchor; placeholder positions are gone already.
#include <string>
#include <vector>

#include "import/match_data.h"
#include "import/moment_selection.h"

namespace touchline::import {

enum class AnchorRole {
    Play,    // he has the ball here (receives, carries, passes, shoots from here)
    Tackle,  // he wins it here from `other`
    Save,    // a goalkeeper stops it here
    Out,     // the ball leaves the pitch here (no player)
    Foul,    // play stops: `player` fouls `other` here
};

struct Anchor {
    double t = 0.0;  // seconds into the moment
    PlayerRef player;
    Vec2 at;
    AnchorRole role = AnchorRole::Play;
    PlayerRef other;
    const MatchEvent* event = nullptr;
};

struct Presence {
    PlayerRef player;
    double t = 0.0;
    Vec2 at;
};

struct BallChain {
    std::vector<Anchor> anchors;      // in time order, times strictly increasing
    std::vector<Presence> presences;
    std::vector<const MatchEvent*> cards;
    std::vector<const MatchEvent*> offsides;  // the data's offside calls in the passage
    std::vector<std::string> notes;           // what the data says that the animation leaves out
};

// `start`: the window's start, seconds since the period's kick-off (moment time 0).
BallChain buildChain(const MatchData& match, const MomentWindow& window);

}  // namespace touchline::import
