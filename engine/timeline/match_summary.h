#pragma once
// The match as the physics saw it, one line per observed event in clock order:
//   90+1'  GOAL  Koulibaly (header, from Callejón's corner)  Juventus 0–1 Napoli
//   37'  OFFSIDE  Insigne, 0.7 m beyond the line set by Lichtsteiner — goal disallowed
// Every word comes from the simulation's events (and names from the script), none from captions.
#include <string>
#include <vector>

#include "timeline/timeline.h"

namespace touchline {

struct SummaryOptions {
    bool everyTouch = false;  // also kicks, headers and bounces
};

// "Juventus 0–1 Napoli"
std::string scoreLine(const Script& script, std::array<int, 2> score);

// One line per event, then "FULL TIME  Juventus 0–1 Napoli" (noting when the script's own score differs).
std::vector<std::string> matchSummary(const Timeline& timeline, const SummaryOptions& options = {});

}  // namespace touchline
