#pragma once
// StatsBomb open data into MatchData: the events file, the line-ups file beside it when there is one
// (shirt numbers, short names, the bench), and optionally StatsBomb's matches file (home and away,
// competition, date, venue, score). Without line-ups the players come from the Starting XI events.
#include <optional>

#include "import/import_log.h"
#include "import/json_document.h"
#include "import/match_data.h"

namespace touchline::import {

struct StatsBombFiles {
    const json::Document* events = nullptr;
    ImportLog* eventsLog = nullptr;
    const json::Document* lineups = nullptr;  // optional
    ImportLog* lineupsLog = nullptr;
    const json::Document* matches = nullptr;  // optional: matches/<competition>/<season>.json
    ImportLog* matchesLog = nullptr;
};

std::optional<MatchData> readStatsBomb(const StatsBombFiles& files);

}  // namespace touchline::import
