#pragma once
// MatchData into a replay Script: the teams and everyone who took part, the clock with the data's
// stoppage time (extra time and the shoot-out included), a moment per key passage, and markers for
// every substitution and card.
#include <array>
#include <string>
#include <vector>

#include "import/match_data.h"
#include "import/moment_builder.h"
#include "script/script.h"

namespace touchline::import {

struct BuiltScript {
    Script script;
    std::vector<MomentDraft> drafts;  // one per moment, in the script's order
    std::vector<std::string> notes;   // about the match as a whole
    std::array<std::vector<PlayerId>, 2> playerIds;  // per team, by TeamData::players index; invalid: left out
};

// `path`: the name the script's messages carry (the provider file's).
BuiltScript buildScript(const MatchData& match, const std::string& path);

}  // namespace touchline::import
