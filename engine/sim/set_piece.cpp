#include "sim/set_piece.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

namespace {

// A place in the frame of the goal at `end`: metres out from the goal line, and across from the middle.
struct FromGoal {
    double out = 0.0;
    double across = 0.0;
};

FromGoal fromGoal(Vec2 at, pitch::End end) {
    return {(pitch::goalLineX(end) - at.x) * pitch::side(end), at.y - pitch::kCentre.y};
}

Vec2 onPitch(FromGoal g, pitch::End end) {
    return {pitch::goalLineX(end) - pitch::side(end) * g.out, pitch::kCentre.y + g.across};
}

}  // namespace

bool inPenaltyArea(Vec2 at, pitch::End end, double margin) {
    const FromGoal g = fromGoal(at, end);
    return g.out < pitch::kPenaltyAreaDepth + margin && std::abs(g.across) < pitch::kPenaltyAreaWidth / 2.0 + margin;
}

bool clearOfPenaltyKick(Vec2 at, pitch::End end, double margin) {
    const bool behindTheMark = fromGoal(at, end).out >= pitch::kPenaltySpotDistance + margin;
    return !inPenaltyArea(at, end, margin) && behindTheMark &&
           distance(at, pitch::penaltySpot(end)) >= pitch::kPenaltyArcRadius + margin;
}

Vec2 nearestClearOfPenaltyKick(Vec2 at, pitch::End end, double margin) {
    if (clearOfPenaltyKick(at, end, margin)) return at;
    // The nearest clear place is on the edge of where he may not stand: on the line `margin` beyond the
    // area's front (straight back), beyond its side (behind the mark), on the arc (straight away from the
    // mark), or where the arc meets the front line. Of those that are clear, the nearest.
    const FromGoal g = fromGoal(at, end);
    const double front = pitch::kPenaltyAreaDepth + margin;
    const double radius = pitch::kPenaltyArcRadius + margin;
    const double reach = std::sqrt(radius * radius - (front - pitch::kPenaltySpotDistance) * (front - pitch::kPenaltySpotDistance));
    const Vec2 spot = pitch::penaltySpot(end);
    const Vec2 away = at - spot;
    const FromGoal candidates[] = {
        {std::max(g.out, front), g.across},
        {std::max(g.out, pitch::kPenaltySpotDistance + margin),
         std::copysign(std::max(std::abs(g.across), pitch::kPenaltyAreaWidth / 2.0 + margin), g.across)},
        fromGoal(spot + (length(away) > 1e-9 ? normalized(away) : Vec2{-pitch::side(end), 0.0}) * radius, end),
        {front, reach},
        {front, -reach},
    };
    Vec2 best = onPitch(candidates[0], end);
    double nearest = std::numeric_limits<double>::infinity();
    for (const FromGoal& c : candidates) {
        const Vec2 place = onPitch(c, end);
        if (!clearOfPenaltyKick(place, end, margin - 1e-9) || distance(place, at) >= nearest) continue;
        best = place;
        nearest = distance(place, at);
    }
    return best;
}

}  // namespace touchline::sim
