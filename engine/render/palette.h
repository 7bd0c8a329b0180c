#pragma once
// Colours with a meaning, shared by everything that draws events (toasts, timeline markers, logs).
#include "core/color.h"
#include "timeline/frame.h"

namespace touchline {

// Goal green, offside amber, save blue, chance grey, card yellow or red, change purple, injury red.
Rgba eventColor(const ObservedEvent& event);

}  // namespace touchline
