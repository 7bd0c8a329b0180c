#include "import/off_ball.h"

namespace touchline::import {

std::vector<Vec2> offBallTargets(const Script& script, const sim::Lineup& lineup, std::span<const PlayerId> players,
                                 const sim::ShapeSituation& situation) {
    std::vector<sim::ShapePlayer> shaped;
    shaped.reserve(players.size());
    for (PlayerId id : players) {
        const Vec2 spot = lineup.spot(id);
        shaped.push_back({id, spot, sim::lineOf(script.player(id).position, spot)});
    }
    return sim::shapeTargets(situation, shaped);
}

Vec2 shootoutWaitingPlace(int team, int slot, bool goalkeeper) {
    if (goalkeeper) return {pitch::kLength - pitch::kPenaltyAreaDepth - 1.0, team == 0 ? 14.0 : 54.0};
    // A line across the centre circle, one team each side of the spot.
    const double y = pitch::kCentre.y + (team == 0 ? -1.0 : 1.0) * (1.2 + slot * 1.3);
    return {pitch::kCentre.x + 2.0, y};
}

}  // namespace touchline::import
