#pragma once
// The simulation's speed figures for `touchline bench`: each is the median of repeated runs.
#include "script/script.h"
#include "timeline/timeline.h"

namespace touchline::cli {

// Baking the script's moments (its passages left for later, as the viewer opens it), in milliseconds.
double benchBakeMs(const Script& script, int runs = 9);
// Baking everything, passages of a whole match included, in milliseconds.
double benchBakeFullMatchMs(const Script& script, int runs = 3);
// Re-baking one moment after an edit, in milliseconds: the script's longest moment, stretched to at
// least 15 s (what a drag in the editor re-simulates).
double benchRebakeMomentMs(const Script& script, int runs = 21);
// One Timeline::sample(t) into a reused Frame, in nanoseconds, over times spread across the match
// (half of them inside moments).
double benchSampleNs(const Timeline& timeline, int runs = 9);

}  // namespace touchline::cli
