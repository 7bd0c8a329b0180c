#include "sim/set_piece_shape.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "sim/lineup.h"
#include "sim/set_piece.h"

namespace touchline::sim {

namespace {

// Everything below is in the frame of the team taking the restart: it attacks the goal at x = 105.
constexpr Vec2 kTheirGoal{pitch::kLength, pitch::kCentre.y};
constexpr Vec2 kOwnGoal{0.0, pitch::kCentre.y};

struct Sides {
    std::vector<std::size_t> takers;     // the team taking the restart
    std::vector<std::size_t> defenders;  // the other team
};

bool central(const ShapePlayer& p) { return std::abs(p.spot.y - pitch::kCentre.y) <= 18.0; }

// The taking team's outfield players, most dangerous in the air first: centre backs, forwards,
// midfielders, full backs.
std::vector<std::size_t> attackingOrder(std::span<const ShapePlayer> players, const std::vector<std::size_t>& team) {
    const auto rank = [&](std::size_t i) {
        const ShapePlayer& p = players[i];
        switch (p.line) {
            case Line::Defence: return central(p) ? 0 : 3;
            case Line::Attack: return 1;
            case Line::Midfield: return 2;
            case Line::Goalkeeper: return 9;
        }
        return 9;
    };
    std::vector<std::size_t> order;
    for (std::size_t i : team) {
        if (players[i].line != Line::Goalkeeper) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
    return order;
}

std::size_t keeperOf(std::span<const ShapePlayer> players, const std::vector<std::size_t>& team) {
    for (std::size_t i : team) {
        if (players[i].line == Line::Goalkeeper) return i;
    }
    return players.size();
}

// Each man (most dangerous, i.e. nearest the goal, first) gets the nearest free defender, who stands a
// metre goal-side of him. Returns the defenders left over.
std::vector<std::size_t> markMen(const std::vector<std::size_t>& men, std::vector<std::size_t> free,
                                 std::vector<Vec2>& targets, std::vector<bool>& pinned) {
    std::vector<std::size_t> byDanger = men;
    std::stable_sort(byDanger.begin(), byDanger.end(), [&](std::size_t a, std::size_t b) {
        return distance(targets[a], kTheirGoal) < distance(targets[b], kTheirGoal);
    });
    for (std::size_t man : byDanger) {
        if (free.empty()) break;
        const Vec2 at = targets[man];
        auto best = std::min_element(free.begin(), free.end(), [&](std::size_t a, std::size_t b) {
            return distance(targets[a], at) < distance(targets[b], at);
        });
        targets[*best] = at + normalized(kTheirGoal - at) * kMarkingDistance;
        pinned[*best] = true;
        pinned[man] = true;
        free.erase(best);
    }
    return free;
}

// Keeps the defending team `away` from the ball (pushed straight away from it); those pushed keep the
// place (pinned), others make room.
void keepAway(const std::vector<std::size_t>& team, Vec2 ball, double away, std::vector<Vec2>& targets,
              std::vector<bool>& pinned) {
    for (std::size_t i : team) {
        const Vec2 d = targets[i] - ball;
        const double len = length(d);
        if (len >= away) continue;
        const Vec2 dir = len > 1e-9 ? d / len : normalized(kOwnGoal - ball);
        targets[i] = ball + dir * away;
        pinned[i] = true;
    }
}

void corner(std::span<const ShapePlayer> players, const Sides& s, Vec2 ball, std::vector<Vec2>& targets,
            std::vector<bool>& pinned) {
    const double near = ball.y < pitch::kCentre.y ? -1.0 : 1.0;  // the side of the corner
    const double cy = pitch::kCentre.y;
    const std::array<Vec2, 8> box{{{99.5, cy + near * 3.5},  // near post
                                   {100.0, cy - near * 0.5}, // six-yard line
                                   {99.0, cy - near * 4.5},  // far post
                                   {94.5, cy + near * 1.5},  // penalty spot
                                   {95.0, cy - near * 7.0},  // back post, deep
                                   {88.0, cy + near * 3.0},  // edge of the box
                                   {87.5, cy - near * 8.0},  // edge, far side
                                   {99.0, cy + near * 22.0}}}; // a short option
    const std::vector<std::size_t> order = attackingOrder(players, s.takers);
    std::vector<std::size_t> inBox;
    const std::size_t back = std::min<std::size_t>(2, order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        if (k + back >= order.size()) {
            targets[i] = {60.0, cy + (k + back == order.size() ? -12.0 : 12.0)};  // two men back
        } else if (k < box.size()) {
            targets[i] = box[k];
            if (inPenaltyArea(box[k], pitch::End::Right)) inBox.push_back(i);
        }
    }
    std::vector<std::size_t> free;
    std::size_t forward = players.size();
    for (std::size_t i : s.defenders) {
        if (players[i].line == Line::Goalkeeper) {
            targets[i] = {pitch::kLength - 0.7, cy + near * 0.8};
        } else if (players[i].line == Line::Attack && forward == players.size()) {
            forward = i;
            targets[i] = {65.0, cy};  // one left up for the counter
        } else {
            free.push_back(i);
        }
    }
    if (!free.empty()) {
        targets[free.front()] = {pitch::kLength - 0.9, cy + near * 4.2};  // on the near post
        free.erase(free.begin());
    }
    free = markMen(inBox, free, targets, pinned);
    const std::array<Vec2, 4> zones{{{99.5, cy}, {94.0, cy - near * 3.0}, {88.5, cy + near * 6.0}, {88.5, cy - near * 6.0}}};
    for (std::size_t k = 0; k < free.size(); ++k) targets[free[k]] = zones[k % zones.size()] + Vec2{-2.0 * static_cast<double>(k / zones.size()), 0.0};
}

void freeKick(std::span<const ShapePlayer> players, const Sides& s, Vec2 ball, std::vector<Vec2>& targets,
              std::vector<bool>& pinned) {
    const bool dangerous = ball.x > 70.0 && distance(ball, kTheirGoal) < 38.0;
    if (!dangerous) {
        keepAway(s.defenders, ball, kWallDistance, targets, pinned);
        return;
    }
    const double cy = pitch::kCentre.y;
    // The wall, on the line from the ball to the middle of the goal.
    const double off = std::abs(ball.y - cy);
    const std::size_t wallSize = off < 12.0 ? 4 : (off < 22.0 ? 3 : 2);
    const Vec2 toGoal = normalized(kTheirGoal - ball);
    const Vec2 wallCentre = ball + toGoal * kWallDistance;
    const Vec2 across = perpendicular(toGoal);
    std::vector<std::size_t> candidates;
    for (std::size_t i : s.defenders) {
        if (players[i].line != Line::Goalkeeper) candidates.push_back(i);
    }
    // Midfielders and forwards make the wall; the back line stays a line.
    std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
        const bool da = players[a].line == Line::Defence, db = players[b].line == Line::Defence;
        if (da != db) return db;
        return distance(targets[a], wallCentre) < distance(targets[b], wallCentre);
    });
    const std::size_t wall = std::min(wallSize, candidates.size());
    for (std::size_t k = 0; k < wall; ++k) {
        targets[candidates[k]] = wallCentre + across * ((static_cast<double>(k) - (wall - 1) / 2.0) * 1.0);
        pinned[candidates[k]] = true;
    }
    // The attackers line up across the box, the defenders mark them.
    const std::vector<std::size_t> order = attackingOrder(players, s.takers);
    const double lineX = std::clamp(ball.x + kWallDistance + 3.0, 88.0, 97.0);  // beyond the wall
    const std::array<double, 5> across5{-8.0, -3.5, 1.0, 5.5, 10.0};
    std::vector<std::size_t> men;
    const std::size_t up = std::min<std::size_t>(across5.size(), order.size() > 2 ? order.size() - 2 : 0);
    for (std::size_t k = 0; k < up; ++k) {
        targets[order[k]] = {lineX, cy + across5[k]};
        men.push_back(order[k]);
    }
    const std::vector<std::size_t> rest(candidates.begin() + static_cast<std::ptrdiff_t>(wall), candidates.end());
    markMen(men, rest, targets, pinned);
    keepAway(rest, ball, kWallDistance, targets, pinned);
    if (std::size_t k = keeperOf(players, s.defenders); k < players.size()) {
        targets[k] = {pitch::kLength - 1.0, cy + (ball.y < cy ? 1.0 : -1.0) * 1.5};  // covering the far side
    }
}

void penalty(std::span<const ShapePlayer> players, const Sides& s, std::vector<Vec2>& targets) {
    const double cy = pitch::kCentre.y;
    const double edge = pitch::kLength - pitch::kPenaltyAreaDepth - 2.0;  // outside the area
    std::vector<std::size_t> outside;
    const std::vector<std::size_t> ours = attackingOrder(players, s.takers);
    const std::vector<std::size_t> theirs = attackingOrder(players, s.defenders);
    for (std::size_t k = 0; k < std::max(ours.size(), theirs.size()); ++k) {
        if (k < ours.size()) outside.push_back(ours[k]);
        if (k < theirs.size()) outside.push_back(theirs[k]);
    }
    // Along the edge of the area, clear of the arc, a pair (one of each team) either side in turn, so
    // both teams stand on both sides; a second row behind.
    for (std::size_t k = 0; k < outside.size(); ++k) {
        const double row = static_cast<double>(k / 12);
        const std::size_t j = k % 12;
        const double side = (j / 2) % 2 == 0 ? 1.0 : -1.0;
        const double along = static_cast<double>((j / 4) * 2 + j % 2);
        targets[outside[k]] = {edge - 3.0 * row, cy + side * (6.5 + 1.8 * along)};
    }
    if (std::size_t k = keeperOf(players, s.defenders); k < players.size()) targets[k] = {pitch::kLength - 0.3, cy};
}

void kickOff(std::span<const ShapePlayer> players, const Sides& s, std::vector<Vec2>& targets) {
    // Formation spots in the taking team's frame are its own half already; the other team's are mirrored.
    const double halfway = pitch::kCentre.x;
    for (std::size_t i : s.takers) targets[i] = {std::min(players[i].spot.x, halfway - 0.7), players[i].spot.y};
    for (std::size_t i : s.defenders) {
        Vec2 t = mirrored(players[i].spot);
        t.x = std::max(t.x, halfway + 0.7);
        const Vec2 d = t - pitch::kCentre;
        const double r = pitch::kCentreCircleRadius + 0.5;
        if (length(d) < r) t = pitch::kCentre + (length(d) > 1e-9 ? normalized(d) : Vec2{1.0, 0.0}) * r;
        targets[i] = t;
    }
}

void goalKick(std::span<const ShapePlayer>, const Sides& s, std::vector<Vec2>& targets) {
    const double depth = pitch::kPenaltyAreaDepth + 0.8;
    for (std::size_t i : s.defenders) {
        Vec2& t = targets[i];
        if (t.x < depth && std::abs(t.y - pitch::kCentre.y) < pitch::kPenaltyAreaWidth / 2.0 + 0.5) t.x = depth;
    }
}

}  // namespace

void placeForRestart(const ShapeSituation& situation, std::span<const ShapePlayer> players,
                     std::vector<Vec2>& targets, std::vector<bool>& pinned) {
    const TeamSide taker = *situation.possession;
    const pitch::End end = situation.attacking[static_cast<std::size_t>(index(taker))];
    Sides s;
    for (std::size_t i = 0; i < players.size(); ++i) {
        (players[i].id.side() == taker ? s.takers : s.defenders).push_back(i);
        targets[i] = toTeamFrame(targets[i], end);
    }
    const Vec2 ball = toTeamFrame(situation.ball, end);
    switch (*situation.restart) {
        case RestartKind::Corner: corner(players, s, ball, targets, pinned); break;
        case RestartKind::FreeKick: freeKick(players, s, ball, targets, pinned); break;
        case RestartKind::Penalty: penalty(players, s, targets); break;
        case RestartKind::KickOff: kickOff(players, s, targets); break;
        case RestartKind::GoalKick: goalKick(players, s, targets); break;
        case RestartKind::ThrowIn: break;
    }
    for (Vec2& t : targets) t = toTeamFrame(t, end);
}

}  // namespace touchline::sim
