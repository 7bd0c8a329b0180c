#pragma once
// Which events the event log lists: by kind (a few groups a fan thinks in), by team and by player.
// Pure, so the filter is testable without a window; the panel keeps one in ViewerState.
#include <array>
#include <string_view>
#include <vector>

#include "timeline/timeline.h"

namespace touchline {

enum class EventGroup {
    Highlights,  // goals, chances, saves, cards, changes, injuries, offsides, half and full time
    Everything,  // every kick, header, bounce and touch too
    Attempts,    // goals, shots wide or over, the woodwork, saves
    Passes,      // kicks and headers
    Duels,       // tackles, fouls, deflections
    Discipline,  // cards, substitutions, injuries
    Offsides,
    Stoppages,   // the ball out of play, whistles
};

inline constexpr std::array<EventGroup, 8> kEventGroups{EventGroup::Highlights, EventGroup::Everything, EventGroup::Attempts,
                                                        EventGroup::Passes,     EventGroup::Duels,      EventGroup::Discipline,
                                                        EventGroup::Offsides,   EventGroup::Stoppages};
std::string_view groupName(EventGroup group);  // "Highlights", ...

struct EventFilter {
    EventGroup group = EventGroup::Highlights;
    int team = -1;     // 0 home, 1 away, -1 both
    PlayerId player;   // invalid: anyone

    bool matches(const ObservedEvent& event) const;
};

// Indices into `events` that pass the filter, in order.
std::vector<std::size_t> filterEvents(const std::vector<ObservedEvent>& events, const EventFilter& filter);

// How many times a player has played the ball (kicks, headers, saves, tackles) up to match time t.
int touchesUntil(const std::vector<ObservedEvent>& events, PlayerId player, double t);

}  // namespace touchline
