#pragma once
// Who is on the pitch at any match time, and where each player stands in his team's shape.
// Substitutions (markers or moment actions) swap a player; a red card takes one off.
#include <array>
#include <span>
#include <vector>

#include "script/script.h"

namespace touchline::sim {

// A team on the pitch: at most eleven (Law 3). A script that names more starters is an error of the file;
// the bake, which may be handed any Script, plays the first eleven and leaves the others out.
inline constexpr int kPlayersOnPitch = 11;

// Substitutions happen at the benches' touchline, the near one (y = 0), by the halfway line (Law 3), each
// team's bench on its own side of it (home on the left). Substitutes come on there and jog to their
// place; the player going off (or sent off) walks to that touchline, towards the benches, and is gone when
// he reaches it.
inline constexpr double kWalkOnSpeed = 4.0;   // m/s
inline constexpr double kWalkOffSpeed = 2.0;  // m/s
Vec2 substituteEntry(PlayerId id);
Vec2 exitPoint(Vec2 from);

struct LineupChange {
    double time = 0.0;  // match time
    PlayerId on;        // invalid for a sending-off
    PlayerId off;
    bool operator==(const LineupChange&) const = default;
};

class Lineup {
public:
    Lineup() = default;
    explicit Lineup(const Script& script);

    // Everyone on the pitch at match time t (changes at t included), ordered by team then index.
    std::span<const PlayerId> onPitchAt(double t) const;
    // The changes in time order.
    const std::vector<LineupChange>& changes() const { return changes_; }
    // His spot in the team's shape (drawn attacking x = 105): his own, or the one of the player he
    // replaced when the script gives him none.
    Vec2 spot(PlayerId id) const;
    // Where he stands at match time t: his spot, mirrored when his team attacks x = 0.
    Vec2 formationPosition(PlayerId id, double t) const;
    // Two team-mates on the pitch together whose spots are within a metre: in the team shape they stand
    // on each other (a substitute given the spot of a player who stays on). From the first time they do.
    struct SharedSpot {
        PlayerId first, second;  // `second` the later on (the higher index when both start)
        double from = 0.0;       // match time; -infinity for two starters
    };
    std::vector<SharedSpot> sharedSpots() const;

private:
    // Enough of the script to know which end a team attacks (the Lineup outlives no Script it copies).
    pitch::End homeAttacksFirstHalf_ = pitch::End::Right;
    MatchClock clock_;
    std::vector<LineupChange> changes_;
    std::vector<std::vector<PlayerId>> epochs_;  // epochs_[i]: on the pitch after i changes
    std::vector<double> epochStarts_;
    std::array<std::vector<Vec2>, 2> spots_;
};

// A point mirrored through the centre spot: the same place for the team attacking the other way.
Vec2 mirrored(Vec2 p);

}  // namespace touchline::sim
