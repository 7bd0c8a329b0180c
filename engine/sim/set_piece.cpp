#include "sim/set_piece.h"

#include <algorithm>

#include "sim/set_piece_shape.h"
#include "sim/team_shape.h"

namespace touchline::sim {

namespace {

constexpr double kFootOffset = 0.35;  // a kicker at the ball stands this far behind it

bool inShape(const Moment& moment, PlayerId id) {
    return std::any_of(moment.shape.begin(), moment.shape.end(), [&](const Placement& p) { return p.player == id; });
}

}  // namespace

std::optional<SetPiece> setPieceOf(const Script& script, const Moment& moment, std::span<const PlayerId> players,
                                   std::span<const Vec2> starts) {
    const auto penalty = std::find_if(moment.actions.begin(), moment.actions.end(),
                                      [](const Action& a) { return a.kind == ActionKind::Penalty; });
    if (penalty == moment.actions.end() || !penalty->actor.valid()) return std::nullopt;
    const PlayerId taker = penalty->actor;
    const TeamSide side = taker.side();
    SetPiece out;
    out.action = static_cast<int>(penalty - moment.actions.begin());
    out.kickAt = penalty->at;
    const pitch::End end = script.attackingEnd(side, moment.matchTime);
    out.ball = pitch::penaltySpot(end);

    // Everyone where the Laws want him (team_shape's places for a penalty), then the taker behind the ball.
    ShapeSituation situation;
    situation.ball = out.ball;
    situation.possession = side;
    situation.restart = RestartKind::Penalty;
    situation.attacking = {script.attackingEnd(TeamSide::Home, moment.matchTime),
                           script.attackingEnd(TeamSide::Away, moment.matchTime)};
    std::vector<ShapePlayer> shaped;
    std::vector<Vec2> targets(starts.begin(), starts.end());
    for (PlayerId id : players) {
        const Player& p = script.player(id);
        shaped.push_back({id, p.formationSpot, lineOf(p.position, p.formationSpot)});
    }
    std::vector<bool> pinned(players.size(), false);
    placeForRestart(situation, shaped, targets, pinned);

    const Vec2 towardsGoal{pitch::side(end), 0.0};
    const double runUp = std::clamp(penalty->at * kRunUp, kFootOffset, kRunUp);
    for (std::size_t i = 0; i < players.size(); ++i) {
        const PlayerId id = players[i];
        const bool placedByShape = inShape(moment, id);
        if (id == taker) targets[i] = out.ball - towardsGoal * runUp;
        if (placedByShape) targets[i] = starts[i];
        else out.placed.emplace_back(id, targets[i]);
        if (id.side() != side && shaped[i].line == Line::Goalkeeper && !out.keeper.valid()) {
            out.keeper = id;
            out.keeperSpot = targets[i];
        }
    }
    return out;
}

}  // namespace touchline::sim
