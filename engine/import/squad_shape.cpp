#include "import/squad_shape.h"

#include <algorithm>
#include <cmath>

#include "import/pitch_frame.h"

namespace touchline::import {

namespace {

struct Mean {
    Vec2 sum;
    int count = 0;
    Vec2 value() const { return count > 0 ? sum / count : pitch::kCentre; }
};

bool isFamily(const std::string& position) { return position == "DF" || position == "MD" || position == "FW"; }

// A line and a side for a role family, from where he played (attacking x = 105: y < 34 is his right).
std::string positionFor(const std::string& family, Vec2 mean) {
    const bool right = mean.y < 22.0, left = mean.y > 46.0;
    if (family == "DF") return right ? "RB" : left ? "LB" : "CB";
    if (family == "FW") return right ? "RW" : left ? "LW" : "CF";
    if (mean.y < 18.0) return "RM";
    if (mean.y > 50.0) return "LM";
    if (mean.x < 42.0) return "DM";
    if (mean.x > 58.0) return "AM";
    return "CM";
}

void shapeTeam(TeamData& team, std::vector<Mean>& means) {
    double lo = 1e9, hi = -1e9;
    int defenders = 0, midfielders = 0, forwards = 0;
    for (std::size_t i = 0; i < team.players.size(); ++i) {
        const SquadPlayer& p = team.players[i];
        if (p.position == "DF") ++defenders;
        if (p.position == "MD") ++midfielders;
        if (p.position == "FW") ++forwards;
        if (!p.starter || p.position == "GK" || means[i].count == 0) continue;
        lo = std::min(lo, means[i].value().x);
        hi = std::max(hi, means[i].value().x);
    }
    if (team.formation.empty() && defenders + midfielders + forwards > 0) {
        int d = 0, m = 0, f = 0;
        for (const SquadPlayer& p : team.players) {
            if (!p.starter) continue;
            d += p.position == "DF";
            m += p.position == "MD";
            f += p.position == "FW";
        }
        if (d + m + f == 10) team.formation = std::to_string(d) + "-" + std::to_string(m) + "-" + std::to_string(f);
    }
    if (hi <= lo) {
        lo = 20.0;
        hi = 80.0;
    }
    for (std::size_t i = 0; i < team.players.size(); ++i) {
        SquadPlayer& p = team.players[i];
        const Vec2 mean = means[i].value();
        if (isFamily(p.position) && means[i].count > 0) p.position = positionFor(p.position, mean);
        if (p.spot || means[i].count == 0) continue;
        if (p.position == "GK") {
            p.spot = Vec2{5.0, 34.0};
            continue;
        }
        // The kick-off shape: the deepest outfield mean at 20 m, the highest at 48 m; widths kept.
        const double along = 20.0 + std::clamp((mean.x - lo) / (hi - lo), 0.0, 1.0) * 28.0;
        const double across = std::clamp(pitch::kCentre.y + (mean.y - pitch::kCentre.y) * 1.15, 6.0, 62.0);
        p.spot = Vec2{along, across};
    }
    // Nobody on top of a team-mate: part spots closer than 4 m across the pitch.
    for (int pass = 0; pass < 4; ++pass) {
        for (std::size_t a = 0; a < team.players.size(); ++a) {
            for (std::size_t b = a + 1; b < team.players.size(); ++b) {
                auto& pa = team.players[a].spot;
                auto& pb = team.players[b].spot;
                if (!pa || !pb || !team.players[a].starter || !team.players[b].starter) continue;
                if (distance(*pa, *pb) >= 4.0) continue;
                const double push = pa->y <= pb->y ? -1.0 : 1.0;
                pa->y = std::clamp(pa->y + push * 2.0, 3.0, 65.0);
                pb->y = std::clamp(pb->y - push * 2.0, 3.0, 65.0);
            }
        }
    }
}

}  // namespace

void inferSquadShapes(MatchData& match) {
    std::array<std::vector<Mean>, 2> means;
    for (int t = 0; t < 2; ++t) means[static_cast<std::size_t>(t)].resize(match.teams[static_cast<std::size_t>(t)].players.size());
    for (const MatchEvent& e : match.events) {
        if (!e.player.valid() || !e.start || e.period == PeriodId::Shootout) continue;
        // Back to the frame of his team attacking x = 105 (the half turn is its own inverse).
        const Vec2 own = forEnd(*e.start, attackingEnd(e.player.team, e.period));
        Mean& m = means[static_cast<std::size_t>(e.player.team)][static_cast<std::size_t>(e.player.index)];
        m.sum += own;
        ++m.count;
    }
    for (int t = 0; t < 2; ++t) shapeTeam(match.teams[static_cast<std::size_t>(t)], means[static_cast<std::size_t>(t)]);
}

}  // namespace touchline::import
