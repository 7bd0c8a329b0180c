#include "import/event_fidelity.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace touchline::import {

namespace {

constexpr std::size_t kListed = 6;  // misses named in a moment's sentence; the rest are counted

const char* what(EventType type) {
    switch (type) {
        case EventType::Pass: return "pass";
        case EventType::Shot: return "shot";
        case EventType::Carry: return "run with the ball";
        case EventType::Receipt: return "reception";
        case EventType::Clearance: return "clearance";
        case EventType::Duel: return "duel";
        case EventType::Interception: return "interception";
        default: return "touch";
    }
}

}  // namespace

std::vector<EventMiss> eventMisses(const MatchData& match, const MomentWindow& window, const Script& script,
                                   const sim::MomentTrack& track, const std::function<PlayerId(PlayerRef)>& playerId) {
    std::vector<EventMiss> misses;
    for (std::size_t i = window.first; i <= window.last && i < match.events.size(); ++i) {
        const MatchEvent& e = match.events[i];
        if (!isOnBall(e.type) || !e.start || !e.player.valid()) continue;
        const PlayerId id = playerId(e.player);
        const double t = script.clock.periodStart(static_cast<Period>(static_cast<int>(e.period))) + e.time - track.start;
        if (!id.valid() || t < 0.0 || t > track.duration) continue;
        const auto slot = std::find_if(track.players.begin(), track.players.end(),
                                       [&](const sim::TrackedPlayer& p) { return p.id == id; });
        const int from = std::max(0, static_cast<int>(std::floor((t - kFidelityTime) * sim::kStepsPerSecond)));
        const int to = std::min(track.steps, static_cast<int>(std::ceil((t + kFidelityTime) * sim::kStepsPerSecond)));
        EventMiss miss{i, 1e9, 1e9};
        for (int k = from; k <= to; ++k) {
            miss.ball = std::min(miss.ball, distance(track.ballAt(k).position().ground(), *e.start));
            if (slot != track.players.end() && k % sim::kPlayerStride == 0) {
                const auto p = static_cast<std::size_t>(slot - track.players.begin());
                const double when = k * sim::kStep;
                if (when >= slot->onFrom && when < slot->onUntil) {
                    miss.player = std::min(miss.player, distance(track.playerTrack(p).at(k / sim::kPlayerStride).position(), *e.start));
                }
            }
        }
        if (miss.ball > kFidelityPlace || miss.player > kFidelityPlace) misses.push_back(miss);
    }
    return misses;
}

std::string describeMisses(const MatchData& match, const Script& script, const std::vector<EventMiss>& misses,
                           const std::function<PlayerId(PlayerRef)>& playerId) {
    if (misses.empty()) return {};
    std::string text = "the physics does not show " + std::to_string(misses.size()) +
                       " of the data's on-ball events where and when it has them (1 m, 0.2 s):";
    for (std::size_t k = 0; k < misses.size() && k < kListed; ++k) {
        const EventMiss& m = misses[k];
        const MatchEvent& e = match.events[m.event];
        const PlayerId id = playerId(e.player);
        const double t = script.clock.periodStart(static_cast<Period>(static_cast<int>(e.period))) + e.time;
        char buffer[200];
        std::snprintf(buffer, sizeof buffer, "%s %s's %s at %s (events[%d]: the ball %.1f m away, he %.1f m)",
                      k == 0 ? "" : ";", script.player(id).name.c_str(), what(e.type), script.clock.preciseText(t).c_str(),
                      e.source, std::min(m.ball, 999.0), std::min(m.player, 999.0));
        text += buffer;
    }
    if (misses.size() > kListed) text += "; and " + std::to_string(misses.size() - kListed) + " more";
    return text;
}

}  // namespace touchline::import
