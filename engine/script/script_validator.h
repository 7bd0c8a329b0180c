#pragma once
// Checks the relations inside a Script that no single field shows: names and shirt numbers used
// twice, one goalkeeper per team, moments in clock order without overlapping, actions in time order
// and inside their moment, runs no human could make, headers too high, and who is on the pitch
// through every substitution. Works on plain data, so an edited Script can be checked again without
// its YAML; messages point at the players, moments and actions' places.
#include <cstddef>
#include <vector>

#include "core/human_limits.h"
#include "script/diagnostics.h"
#include "script/script.h"

namespace touchline {

// What the validator may rely on. The loader leaves out what failed to parse; checks that would
// take those gaps for mistakes of their own are skipped until the file reads cleanly.
struct ValidationScope {
    bool lineups = true;                      // who is on the pitch, through every substitution
    std::vector<std::size_t> partialMoments;  // moments with actions left out: their actions are not checked
    std::vector<std::size_t> partialPassages; // the same for passages
};

void validateScript(const Script& script, Diagnostics& diagnostics, const ValidationScope& scope = {});

}  // namespace touchline
