#pragma once
// The Wyscout public data set (Pappalardo et al. 2019; one match per file, processed-v2 layout) into
// MatchData: the events file, and the competition's match records for line-ups, substitutions, score,
// venue and date. Without the records the match is still read, from the events alone, with a warning.
#include <optional>

#include "import/import_log.h"
#include "import/json_document.h"
#include "import/match_data.h"

namespace touchline::import {

struct WyscoutFiles {
    const json::Document* events = nullptr;
    ImportLog* eventsLog = nullptr;
    const json::Document* matches = nullptr;  // optional: matches_<competition>.json
    ImportLog* matchesLog = nullptr;
};

// Nothing when the files cannot make a match (every reason is in the logs).
std::optional<MatchData> readWyscout(const WyscoutFiles& files);

}  // namespace touchline::import
