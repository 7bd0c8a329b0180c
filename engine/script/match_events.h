#pragma once
// Everything a script says happens, in clock order: markers, the starts of moments and the actions
// inside them. Who is on the pitch, the event log and substitutes' spots all follow this order.
#include <span>
#include <vector>

#include "script/script.h"

namespace touchline {

struct MatchEvent {
    enum class Kind { Marker, MomentStart, Action };
    Kind kind = Kind::Marker;
    double matchTime = 0.0;
    const Moment* moment = nullptr;  // MomentStart, Action
    const Action* action = nullptr;  // Marker (its event), Action
    const Marker* marker = nullptr;  // Marker
};

// At one instant markers come first, then a moment's start, then its actions as listed. Moments and
// markers without a known match time (NaN, after a clock error) are left out.
std::vector<MatchEvent> eventsInClockOrder(const Script& script);

// Each of `withoutSpot` (substitutes with no spot of their own) takes the spot of the player he first
// replaces: the loader does this for a file, the importer for the script it builds, so both agree.
void giveSubstitutesSpots(Script& script, std::span<const PlayerId> withoutSpot);

}  // namespace touchline
