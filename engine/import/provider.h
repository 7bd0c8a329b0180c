#pragma once
// Which provider's file this is, from its content (never from its name).
#include <string>

#include "import/json_document.h"

namespace touchline::import {

enum class FileKind {
    WyscoutEvents,     // {"events": [...], "teams": {...}, "players": {...}} (the public data set, one match)
    WyscoutMatches,    // [{"wyId": ..., "teamsData": {...}}, ...] (a competition's match records)
    StatsBombEvents,   // [{"type": {"name": "Starting XI"}, "period": 1, "timestamp": ...}, ...]
    StatsBombLineups,  // [{"team_id": ..., "lineup": [...]}, ...]
    Unknown,
};

std::string describe(FileKind kind);  // "Wyscout events", ...

FileKind detectProvider(const json::Document& document);

}  // namespace touchline::import
