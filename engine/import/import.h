#pragma once
// Importing a provider's event data: a file in, a replay Script and every message about it out.
// `touchline import` writes the script; the viewer and the other commands use it in memory.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "import/import_progress.h"
#include "import/match_data.h"
#include "import/moment_builder.h"
#include "import/outcome_check.h"
#include "script/diagnostics.h"
#include "script/script.h"

namespace touchline::import {

struct ImportOptions {
    // Wyscout match records (default: the matches_*.json beside the events, or in matches/ there, that
    // holds this match), or StatsBomb's matches file.
    std::optional<std::string> matches;
    std::optional<std::string> lineups;  // StatsBomb line-ups (default: <id>_lineups.json or <id>-lineups.json beside it)
    // The whole match's passages too (Script::passages), baked and repaired: what `touchline import` and
    // the viewer ask for; a few seconds of a whole match's bakes, so off unless asked.
    bool passages = false;
    // The passages' progress, and stopping them: a stopped import is an error, "stopped", and no script.
    ImportProgress progress;
};

struct ImportedMatch {
    std::optional<Script> script;  // nothing when the files could not make a match
    Provider provider = Provider::Wyscout;
    std::optional<MatchData> match;   // the data as read, what the script was built from
    std::array<std::vector<PlayerId>, 2> playerIds;  // the script's player for each of the data's (by team, index)
    std::vector<MomentDraft> drafts;  // per moment: what it must show, and notes
    std::vector<std::string> passageNotes;  // what the passages could not show from the data
    int passagesFailing = 0;                // passages whose first bake had errors, before their repair
    Diagnostics diagnostics;          // errors (nothing imported) and warnings, each with its file and JSON path
    bool ok() const { return script.has_value() && !diagnostics.hasErrors(); }
};

ImportedMatch importMatch(const std::string& path, const ImportOptions& options = {});

// Whether a file is one a provider wrote (JSON, by its first character), not a replay script.
bool isProviderFile(const std::string& path);

}  // namespace touchline::import
