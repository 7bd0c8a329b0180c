#pragma once
// One Wyscout event (v2 ids and tags) into the neutral model.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/import_log.h"
#include "import/json_document.h"
#include "import/match_data.h"

namespace touchline::import {

struct WyscoutIds {
    std::array<double, 2> teams{-1, -1};          // wyId of home and away
    std::map<double, PlayerRef> players;           // wyId -> squad entry
    std::set<double> unknownPlayers;               // reported once each
};

// The period of "1H", "2H", "E1", "E2", "P".
std::optional<PeriodId> wyscoutPeriod(std::string_view text);

// Appends the event (and, for a booking, its card) to `out`; skips what cannot be used, saying why.
void readWyscoutEvent(const json::Value& event, int index, WyscoutIds& ids, ImportLog& log, std::vector<MatchEvent>& out);

}  // namespace touchline::import
