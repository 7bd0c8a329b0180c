#include "import/provider.h"

namespace touchline::import {

std::string describe(FileKind kind) {
    switch (kind) {
        case FileKind::WyscoutEvents: return "Wyscout events";
        case FileKind::WyscoutMatches: return "Wyscout match records";
        case FileKind::StatsBombEvents: return "StatsBomb events";
        case FileKind::StatsBombLineups: return "StatsBomb line-ups";
        case FileKind::Unknown: return "unknown";
    }
    return "unknown";
}

FileKind detectProvider(const json::Document& document) {
    const json::Value root = document.root();
    if (root.isObject()) {
        const json::Value first = root["events"][std::size_t{0}];
        if (root["events"].isArray() && first["eventId"].exists() && first["matchPeriod"].exists()) {
            return FileKind::WyscoutEvents;
        }
        return FileKind::Unknown;
    }
    if (!root.isArray() || root.size() == 0) return FileKind::Unknown;
    const json::Value first = root[std::size_t{0}];
    if (first["wyId"].exists() && first["teamsData"].isObject()) return FileKind::WyscoutMatches;
    if (first["type"]["name"].isString() && first["period"].isNumber() && first["timestamp"].isString()) {
        return FileKind::StatsBombEvents;
    }
    if (first["team_id"].exists() && first["lineup"].isArray()) return FileKind::StatsBombLineups;
    return FileKind::Unknown;
}

}  // namespace touchline::import
