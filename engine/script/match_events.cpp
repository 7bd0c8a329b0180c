#include "script/match_events.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace touchline {

std::vector<MatchEvent> eventsInClockOrder(const Script& script) {
    std::vector<MatchEvent> events;
    for (const Marker& marker : script.markers) {
        if (std::isnan(marker.matchTime)) continue;
        events.push_back({MatchEvent::Kind::Marker, marker.matchTime, nullptr, &marker.action, &marker});
    }
    for (const Moment& moment : script.moments) {
        if (std::isnan(moment.matchTime)) continue;
        events.push_back({MatchEvent::Kind::MomentStart, moment.matchTime, &moment, nullptr, nullptr});
        for (const Action& action : moment.actions) {
            events.push_back({MatchEvent::Kind::Action, moment.matchTime + action.at, &moment, &action, nullptr});
        }
    }
    // Stable, so actions at one instant keep their listed order; the kind orders markers first.
    std::stable_sort(events.begin(), events.end(), [](const MatchEvent& a, const MatchEvent& b) {
        if (a.matchTime != b.matchTime) return a.matchTime < b.matchTime;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return events;
}

void giveSubstitutesSpots(Script& script, std::span<const PlayerId> withoutSpot) {
    if (withoutSpot.empty()) return;
    std::set<PlayerId> waiting(withoutSpot.begin(), withoutSpot.end());
    for (const MatchEvent& e : eventsInClockOrder(script)) {
        if (waiting.empty()) break;
        if (!e.action || e.action->kind != ActionKind::Substitution) continue;
        const PlayerId on = e.action->actor;
        const PlayerId off = e.action->other;
        auto it = waiting.find(on);
        if (it == waiting.end() || !script.hasPlayer(off) || !script.hasPlayer(on)) continue;
        script.teams[on.team].players[on.index].formationSpot = script.player(off).formationSpot;
        waiting.erase(it);
    }
}

}  // namespace touchline
