#pragma once
// MatchData into a replay Script: the teams and everyone who took part, the clock with the data's
// stoppage time (extra time and the shoot-out included), a moment per key passage, and markers for
// every substitution and card.
#include <array>
#include <string>
#include <vector>

#include "import/import_progress.h"
#include "import/match_data.h"
#include "import/moment_builder.h"
#include "script/script.h"

namespace touchline::import {

struct BuiltScript {
    Script script;
    std::vector<MomentDraft> drafts;  // one per moment, in the script's order
    std::vector<std::string> notes;   // about the match as a whole
    std::array<std::vector<PlayerId>, 2> playerIds;  // per team, by TeamData::players index; invalid: left out
    std::vector<std::string> passageNotes;  // what the passages could not show, "45+1:10: ..."
    int passagesFailing = 0;                // passages whose first bake had errors (before their repair)
};

// `path`: the name the script's messages carry (the provider file's). `passages`: also the whole
// match's passages (passage_builder.h), baked and repaired, reported to `progress` as they are.
BuiltScript buildScript(const MatchData& match, const std::string& path, bool passages = true,
                        const ImportProgress& progress = {});

}  // namespace touchline::import
