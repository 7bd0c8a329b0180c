#include "viewer/event_filter.h"

#include <algorithm>

#include "timeline/event_text.h"

namespace touchline {

namespace {

bool inGroup(const ObservedEvent& e, EventGroup group) {
    switch (group) {
        case EventGroup::Highlights: return isNotable(e);
        case EventGroup::Everything: return true;
        case EventGroup::Attempts:
            return e.kind == EventKind::Goal || e.kind == EventKind::Wide || e.kind == EventKind::Over ||
                   e.kind == EventKind::Post || e.kind == EventKind::Crossbar || e.kind == EventKind::Save;
        case EventGroup::Passes: return e.kind == EventKind::Kick || e.kind == EventKind::Header;
        case EventGroup::Duels:
            return e.kind == EventKind::Tackle || e.kind == EventKind::Foul || e.kind == EventKind::Deflection;
        case EventGroup::Discipline:
            return e.kind == EventKind::Card || e.kind == EventKind::Substitution || e.kind == EventKind::Injury;
        case EventGroup::Offsides: return e.kind == EventKind::Offside;
        case EventGroup::Stoppages: return e.kind == EventKind::OutOfPlay || e.kind == EventKind::Whistle;
    }
    return false;
}

}  // namespace

std::string_view groupName(EventGroup group) {
    switch (group) {
        case EventGroup::Highlights: return "Highlights";
        case EventGroup::Everything: return "Everything";
        case EventGroup::Attempts: return "Goals and attempts";
        case EventGroup::Passes: return "Passes and headers";
        case EventGroup::Duels: return "Tackles and fouls";
        case EventGroup::Discipline: return "Cards and changes";
        case EventGroup::Offsides: return "Offsides";
        case EventGroup::Stoppages: return "Stoppages";
    }
    return "?";
}

bool EventFilter::matches(const ObservedEvent& e) const {
    if (!inGroup(e, group)) return false;
    // An event belongs to the team of the player it names (for a goal, the scorer's).
    if (team >= 0 && (!e.player.valid() || e.player.team != team)) return false;
    if (player.valid() && e.player != player && e.other != player) return false;
    return true;
}

std::vector<std::size_t> filterEvents(const std::vector<ObservedEvent>& events, const EventFilter& filter) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (filter.matches(events[i])) out.push_back(i);
    }
    return out;
}

int touchesUntil(const std::vector<ObservedEvent>& events, PlayerId player, double t) {
    const auto end = std::upper_bound(events.begin(), events.end(), t,
                                      [](double v, const ObservedEvent& e) { return v < e.time; });
    return static_cast<int>(std::count_if(events.begin(), end, [&](const ObservedEvent& e) {
        const bool touch = e.kind == EventKind::Kick || e.kind == EventKind::Header || e.kind == EventKind::Save ||
                           e.kind == EventKind::Tackle;
        return touch && e.player == player;
    }));
}

}  // namespace touchline
