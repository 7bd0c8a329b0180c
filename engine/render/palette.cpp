#include "render/palette.h"

#include "timeline/event_text.h"

namespace touchline {

Rgba eventColor(const ObservedEvent& event) {
    switch (categorize(event)) {
        case EventCategory::Goal: return {46, 204, 113, 255};
        case EventCategory::DisallowedGoal:
        case EventCategory::Offside: return {255, 196, 0, 255};
        case EventCategory::Save: return {52, 152, 219, 255};
        case EventCategory::Chance: return {149, 165, 166, 255};
        case EventCategory::Card:
            return event.card == CardColour::Red ? Rgba{231, 76, 60, 255} : Rgba{241, 196, 15, 255};
        case EventCategory::Substitution: return {155, 89, 182, 255};
        case EventCategory::Injury: return {231, 76, 60, 255};
        case EventCategory::Whistle:
        case EventCategory::Play: return {236, 240, 241, 255};
    }
    return {236, 240, 241, 255};
}

}  // namespace touchline
