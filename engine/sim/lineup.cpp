#include "sim/lineup.h"

#include <algorithm>
#include <limits>

namespace touchline::sim {

namespace {
constexpr double kOutsideTheLine = 1.0;  // m beyond the touchline: off the pitch, by the bench
constexpr double kBenchReach = 20.0;     // m either side of the halfway line: where the benches are
}  // namespace

Vec2 mirrored(Vec2 p) { return {pitch::kLength - p.x, pitch::kWidth - p.y}; }

Vec2 substituteEntry(PlayerId id) {
    return {pitch::kCentre.x + (id.side() == TeamSide::Home ? -1.0 : 1.0), -kOutsideTheLine};
}

Vec2 exitPoint(Vec2 from) {
    return {std::clamp(from.x, pitch::kCentre.x - kBenchReach, pitch::kCentre.x + kBenchReach), -kOutsideTheLine};
}

Lineup::Lineup(const Script& script)
    : homeAttacksFirstHalf_(script.match.homeAttacksFirstHalf), clock_(script.clock) {
    for (int t = 0; t < 2; ++t) {
        for (const Player& p : script.teams[t].players) spots_[t].push_back(p.formationSpot);
    }
    const auto add = [&](double time, const Action& a) {
        if (a.kind == ActionKind::Substitution && a.actor.valid() && a.other.valid()) {
            changes_.push_back({time, a.actor, a.other});
        } else if (a.kind == ActionKind::Card && a.card == CardColour::Red && a.actor.valid()) {
            changes_.push_back({time, PlayerId{}, a.actor});
        }
    };
    for (const Marker& m : script.markers) add(m.matchTime, m.action);
    for (const Moment& m : script.moments) {
        for (const Action& a : m.actions) add(m.matchTime + a.at, a);
    }
    std::stable_sort(changes_.begin(), changes_.end(),
                     [](const LineupChange& a, const LineupChange& b) { return a.time < b.time; });

    std::vector<PlayerId> current;
    for (int t = 0; t < 2; ++t) {
        const auto& players = script.teams[t].players;
        int starters = 0;
        for (std::size_t i = 0; i < players.size() && starters < kPlayersOnPitch; ++i) {
            if (!players[i].starter) continue;
            current.push_back({t, static_cast<int>(i)});
            ++starters;
        }
    }
    epochs_.push_back(current);
    epochStarts_.push_back(-1e300);
    for (const LineupChange& c : changes_) {
        std::erase(current, c.off);
        if (c.on.valid() && std::find(current.begin(), current.end(), c.on) == current.end()) {
            current.push_back(c.on);
            // A substitute with no spot of his own (the script leaves it at the origin) takes over the spot
            // of the player he replaces.
            Vec2& s = spots_[c.on.team][c.on.index];
            if (s == Vec2{} && c.off.valid() && c.off.team == c.on.team) s = spots_[c.off.team][c.off.index];
        }
        std::sort(current.begin(), current.end());
        epochs_.push_back(current);
        epochStarts_.push_back(c.time);
    }
}

std::span<const PlayerId> Lineup::onPitchAt(double t) const {
    if (epochs_.empty()) return {};
    auto it = std::upper_bound(epochStarts_.begin(), epochStarts_.end(), t);
    const std::size_t i = static_cast<std::size_t>(it - epochStarts_.begin()) - 1;
    return epochs_[i];
}

Vec2 Lineup::spot(PlayerId id) const {
    TOUCHLINE_ASSERT(id.valid() && id.team < 2 && static_cast<std::size_t>(id.index) < spots_[id.team].size(),
                     "Lineup::spot: no such player");
    return spots_[id.team][id.index];
}

std::vector<Lineup::SharedSpot> Lineup::sharedSpots() const {
    constexpr double kApart = 1.0;  // m
    std::vector<SharedSpot> out;
    for (std::size_t e = 0; e < epochs_.size(); ++e) {
        const std::vector<PlayerId>& on = epochs_[e];
        for (std::size_t i = 0; i < on.size(); ++i) {
            for (std::size_t j = i + 1; j < on.size(); ++j) {
                if (on[i].team != on[j].team || distance(spot(on[i]), spot(on[j])) >= kApart) continue;
                // Reported once, from the change that brought them together.
                const bool known = std::any_of(out.begin(), out.end(), [&](const SharedSpot& s) {
                    return (s.first == on[i] && s.second == on[j]) || (s.first == on[j] && s.second == on[i]);
                });
                if (known) continue;
                // `second` is the one who came on at this change (j, the higher index, between two starters).
                const bool iCameOn = e > 0 && std::find(epochs_[e - 1].begin(), epochs_[e - 1].end(), on[i]) == epochs_[e - 1].end();
                const double from = e == 0 ? -std::numeric_limits<double>::infinity() : epochStarts_[e];
                out.push_back(iCameOn ? SharedSpot{on[j], on[i], from} : SharedSpot{on[i], on[j], from});
            }
        }
    }
    return out;
}

Vec2 Lineup::formationPosition(PlayerId id, double t) const {
    const Vec2 s = spot(id);
    return attackingEnd(homeAttacksFirstHalf_, clock_, id.side(), t) == pitch::End::Right ? s : mirrored(s);
}

}  // namespace touchline::sim
