#include "timeline/event_text.h"

namespace touchline {

EventCategory categorize(const ObservedEvent& e) {
    switch (e.kind) {
        case EventKind::Goal: return e.disallowed ? EventCategory::DisallowedGoal : EventCategory::Goal;
        case EventKind::Post:
        case EventKind::Crossbar:
        case EventKind::Wide:
        case EventKind::Over: return EventCategory::Chance;
        case EventKind::Save: return EventCategory::Save;
        case EventKind::Card: return EventCategory::Card;
        case EventKind::Substitution: return EventCategory::Substitution;
        case EventKind::Injury: return EventCategory::Injury;
        case EventKind::Whistle:
            return e.whistle == WhistleKind::HalfTime || e.whistle == WhistleKind::FullTime ? EventCategory::Whistle
                                                                                            : EventCategory::Play;
        case EventKind::Offside: return EventCategory::Offside;
        default: return EventCategory::Play;
    }
}

bool isNotable(const ObservedEvent& event) { return categorize(event) != EventCategory::Play; }

std::string eventHeadline(const Script& script, const ObservedEvent& e) {
    const std::string who(script.playerName(e.player));
    const auto with = [&](std::string label) { return e.player.valid() ? label + "  " + who : label; };
    switch (e.kind) {
        case EventKind::Goal: return e.disallowed ? with("NO GOAL") + " (offside)" : with("GOAL");
        case EventKind::Offside: return with("OFFSIDE");
        case EventKind::Save: return with("SAVE");
        case EventKind::Post: return with("OFF THE POST");
        case EventKind::Crossbar: return with("OFF THE BAR");
        case EventKind::Wide: return with("WIDE");
        case EventKind::Over: return with("OVER");
        case EventKind::Card: return with(e.card == CardColour::Yellow ? "YELLOW CARD" : "RED CARD");
        case EventKind::Substitution: return "ON  " + who + "   OFF  " + std::string(script.playerName(e.other));
        case EventKind::Injury: return with("INJURY");
        case EventKind::Whistle:
            if (e.whistle == WhistleKind::HalfTime) return "HALF TIME";
            if (e.whistle == WhistleKind::FullTime) return "FULL TIME";
            return {};
        default: return {};
    }
}

}  // namespace touchline
