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

}  // namespace touchline
