#include "sim/observed_event.h"

namespace touchline {

std::string_view eventKeyword(EventKind kind) {
    switch (kind) {
        case EventKind::Kick: return "KICK";
        case EventKind::Header: return "HEADER";
        case EventKind::Bounce: return "BOUNCE";
        case EventKind::Post: return "POST";
        case EventKind::Crossbar: return "CROSSBAR";
        case EventKind::Save: return "SAVE";
        case EventKind::Goal: return "GOAL";
        case EventKind::Wide: return "WIDE";
        case EventKind::Over: return "OVER";
        case EventKind::OutOfPlay: return "OUT";
        case EventKind::Offside: return "OFFSIDE";
        case EventKind::Tackle: return "TACKLE";
        case EventKind::Foul: return "FOUL";
        case EventKind::Card: return "CARD";
        case EventKind::Substitution: return "SUB";
        case EventKind::Injury: return "INJURY";
        case EventKind::Whistle: return "WHISTLE";
        case EventKind::Deflection: return "DEFLECTION";
    }
    return "?";
}

std::optional<EventKind> announcedEvent(ActionKind kind) {
    switch (kind) {
        case ActionKind::Tackle: return EventKind::Tackle;
        case ActionKind::Foul: return EventKind::Foul;
        case ActionKind::Card: return EventKind::Card;
        case ActionKind::Substitution: return EventKind::Substitution;
        case ActionKind::Injury: return EventKind::Injury;
        case ActionKind::Whistle: return EventKind::Whistle;
        case ActionKind::Run:
        case ActionKind::Dribble:
        case ActionKind::Pass:
        case ActionKind::Cross:
        case ActionKind::Corner:
        case ActionKind::Shot:
        case ActionKind::Header:
        case ActionKind::Volley:
        case ActionKind::Penalty:
        case ActionKind::Save: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace touchline
