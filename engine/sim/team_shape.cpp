#include "sim/team_shape.h"

#include <algorithm>
#include <cmath>

#include "sim/lineup.h"
#include "sim/set_piece_shape.h"

namespace touchline::sim {

namespace {

constexpr double kEdge = 0.6;  // targets stay this far inside the lines

double mix(double a, double b, double f) { return a + (b - a) * f; }

// How the block of ten outfield players stands for a ball at `ball` (own frame). `share` is 1 with the
// ball, 0 without it, 0.5 while it is loose.
struct Block {
    double lineX = 0.0;       // the back line
    double depth = 0.0;       // back line to front line
    double widthScale = 1.0;  // the formation's width is multiplied by this
    double shiftY = 0.0;      // the whole block slides across by this
};

Block blockFor(Vec2 ball, double share) {
    Block b;
    b.lineX = mix(backLineX(ball.x, false), backLineX(ball.x, true), share);
    b.depth = mix(26.0, 36.0, share);
    b.widthScale = mix(0.72, 1.08, share);
    b.shiftY = mix(0.45, 0.22, share) * (ball.y - pitch::kCentre.y);
    return b;
}

// Where the formation's back and front lines are drawn (own frame).
struct SpotExtent {
    double back = 20.0;
    double front = 47.0;
};

SpotExtent extentOf(std::span<const ShapePlayer> players, std::span<const std::size_t> members) {
    double backSum = 0.0, front = -1e9, deepest = 1e9;
    int backs = 0;
    for (std::size_t i : members) {
        const ShapePlayer& p = players[i];
        if (p.line == Line::Goalkeeper) continue;
        deepest = std::min(deepest, p.spot.x);
        front = std::max(front, p.spot.x);
        if (p.line == Line::Defence) {
            backSum += p.spot.x;
            ++backs;
        }
    }
    SpotExtent e;
    if (front < -1e8) return e;
    e.back = backs > 0 ? backSum / backs : deepest;
    e.front = std::max(front, e.back + 5.0);
    return e;
}

Vec2 inside(Vec2 p) {
    return {std::clamp(p.x, kEdge, pitch::kLength - kEdge), std::clamp(p.y, kEdge, pitch::kWidth - kEdge)};
}

// Open play for one team, in its own frame. `cap` is how far forward anyone may stand (onside).
void openPlay(std::span<const ShapePlayer> players, std::span<const std::size_t> members, Vec2 ball, double share,
              const Block& block, double cap, std::vector<Vec2>& own) {
    const SpotExtent extent = extentOf(players, members);
    const double centreY = pitch::kCentre.y;
    for (std::size_t i : members) {
        const ShapePlayer& p = players[i];
        Vec2 t;
        if (p.line == Line::Goalkeeper) {
            // He covers the side of the goal the ball is on, up to the post's side of the six-yard box, and
            // comes off his line as the play moves away: a sweeper behind a high back line when his team
            // attacks (real keepers cover 4-6 km a match, most of it this way).
            t.x = std::clamp(2.5 + 0.18 * ball.x + 4.0 * share, 2.5, 24.0);
            t.y = centreY + std::clamp(0.25 * (ball.y - centreY), -5.0, 5.0);
            own[i] = t;
            continue;
        }
        t.y = centreY + block.shiftY + (p.spot.y - centreY) * block.widthScale;
        if (p.line == Line::Defence) {
            // One line; the full backs push on when the team has the ball.
            const bool wide = std::abs(p.spot.y - centreY) > 18.0;
            t.x = block.lineX + (wide ? 6.0 * share : 0.0);
        } else {
            t.x = block.lineX + std::max(0.0, p.spot.x - extent.back) / (extent.front - extent.back) * block.depth;
        }
        // Midfield and attack squeeze towards the ball, the nearer the more; the back line holds its line.
        if (p.line != Line::Defence) t += (ball - t) * ((share > 0.5 ? 0.12 : 0.3) * std::exp(-distance(t, ball) / 14.0));
        t.x = std::min(t.x, cap);
        own[i] = inside(t);
    }
    if (share >= 0.5) return;
    // Without the ball the nearest outfield player presses it, from the side of his own goal.
    std::size_t presser = members.size();
    double nearest = 1e9;
    for (std::size_t k = 0; k < members.size(); ++k) {
        const std::size_t i = members[k];
        if (players[i].line == Line::Goalkeeper) continue;
        const double d = distance(own[i], ball);
        if (d < nearest) {
            nearest = d;
            presser = k;
        }
    }
    if (presser == members.size()) return;
    const Vec2 goal{0.0, centreY};
    own[members[presser]] = inside(ball + normalized(goal - ball) * 2.0);
}

// Pushes targets apart until none is nearer another than kTargetGap. Pinned ones (a marker and his man,
// a wall) keep only kPinnedGap between them and are moved only by each other.
void spaceOut(std::vector<Vec2>& targets, const std::vector<bool>& pinned) {
    const std::size_t n = targets.size();
    for (int round = 0; round < 6; ++round) {
        bool moved = false;
        for (std::size_t a = 0; a < n; ++a) {
            for (std::size_t b = a + 1; b < n; ++b) {
                const bool both = pinned[a] && pinned[b];
                const double gap = both ? kPinnedGap : kTargetGap;
                Vec2 d = targets[b] - targets[a];
                double len = length(d);
                if (len >= gap) continue;
                // Two on one spot part along a fixed, order-given direction.
                const Vec2 axis = len > 1e-9 ? d / len : normalized(Vec2{1.0, static_cast<double>(b % 3) - 1.0});
                const double need = gap - len;
                if (both) {
                    targets[a] = inside(targets[a] - axis * (need / 2.0));
                    targets[b] = inside(targets[b] + axis * (need / 2.0));
                } else if (pinned[a]) targets[b] = inside(targets[b] + axis * need);
                else if (pinned[b]) targets[a] = inside(targets[a] - axis * need);
                else {
                    targets[a] = inside(targets[a] - axis * (need / 2.0));
                    targets[b] = inside(targets[b] + axis * (need / 2.0));
                }
                moved = true;
            }
        }
        if (!moved) break;
    }
}

}  // namespace

Line lineOf(std::string_view position, Vec2 spot) {
    const auto is = [&](std::initializer_list<std::string_view> codes) {
        return std::find(codes.begin(), codes.end(), position) != codes.end();
    };
    if (is({"GK", "G"})) return Line::Goalkeeper;
    if (is({"CB", "RB", "LB", "RWB", "LWB", "SW", "DF", "D", "RCB", "LCB"})) return Line::Defence;
    if (is({"DM", "CM", "AM", "RM", "LM", "CDM", "CAM", "MF", "M", "RCM", "LCM"})) return Line::Midfield;
    if (is({"RW", "LW", "CF", "ST", "SS", "FW", "F", "RF", "LF"})) return Line::Attack;
    if (spot.x < 27.0) return Line::Defence;
    return spot.x < 40.0 ? Line::Midfield : Line::Attack;
}

Vec2 toTeamFrame(Vec2 p, pitch::End attacking) { return attacking == pitch::End::Right ? p : mirrored(p); }

double backLineX(double ballX, bool inPossession) {
    // With the ball the line follows it at a distance and goes up to halfway; without it the line drops
    // deeper, to the edge of its own area when the ball is in the last third.
    return inPossession ? std::clamp(0.62 * ballX + 2.0, 14.0, 50.0) : std::clamp(0.55 * ballX + 2.0, 7.0, 42.0);
}

namespace {

// The restart's taker behind the ball, facing the way his team attacks; the others make room for him.
void placeTaker(const ShapeSituation& situation, std::span<const ShapePlayer> players, std::vector<Vec2>& targets,
                std::vector<bool>& pinned) {
    std::size_t taker = players.size();
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id == situation.taker) taker = i;
    }
    if (taker == players.size()) return;
    const pitch::End end = situation.attacking[static_cast<std::size_t>(situation.taker.team)];
    targets[taker] = situation.ball - Vec2{pitch::side(end), 0.0} * kBehindTheBall;
    pinned[taker] = true;
    for (std::size_t i = 0; i < players.size(); ++i) {
        const double d = distance(targets[i], situation.ball);
        if (i == taker || d >= kRestartRoom) continue;
        Vec2 away = d > 1e-6 ? (targets[i] - situation.ball) / d : Vec2{0.0, 0.0};
        if (away == Vec2{}) away = normalized(pitch::kCentre - situation.ball);
        if (away == Vec2{}) away = {0.0, 1.0};
        targets[i] = situation.ball + away * kRestartRoom;
    }
}

}  // namespace

std::vector<Vec2> shapeTargets(const ShapeSituation& situation, std::span<const ShapePlayer> players) {
    std::vector<Vec2> targets(players.size());
    std::array<std::vector<std::size_t>, 2> members;
    for (std::size_t i = 0; i < players.size(); ++i) members[static_cast<std::size_t>(players[i].id.team)].push_back(i);

    // Each team's share of the ball and its back line, in its own frame: a team's line is where the other
    // team's forwards stop (the second-last defender is the back line; the keeper is deeper).
    std::array<double, 2> share{}, line{};
    std::array<Block, 2> block;
    for (int t = 0; t < 2; ++t) {
        const TeamSide side = static_cast<TeamSide>(t);
        const pitch::End end = situation.attacking[static_cast<std::size_t>(t)];
        share[t] = !situation.possession ? 0.5 : (*situation.possession == side ? 1.0 : 0.0);
        block[t] = blockFor(toTeamFrame(situation.ball, end), share[t]);
        if (const auto& runner = situation.runner[static_cast<std::size_t>(1 - t)]) {
            block[t].lineX = std::max(std::min(block[t].lineX, toTeamFrame({*runner, 0.0}, end).x), kEdge);
        }
        line[t] = block[t].lineX;
    }
    std::array<double, 2> cap{};
    for (int t = 0; t < 2; ++t) {
        const pitch::End end = situation.attacking[static_cast<std::size_t>(t)];
        const Vec2 ball = toTeamFrame(situation.ball, end);
        const double theirLine = pitch::kLength - line[static_cast<std::size_t>(1 - t)];
        cap[static_cast<std::size_t>(t)] = std::max(theirLine, pitch::kCentre.x) - 0.5;
        std::vector<Vec2> own(players.size());
        openPlay(players, members[static_cast<std::size_t>(t)], ball, share[static_cast<std::size_t>(t)],
                 block[static_cast<std::size_t>(t)], cap[static_cast<std::size_t>(t)], own);
        for (std::size_t i : members[static_cast<std::size_t>(t)]) targets[i] = toTeamFrame(own[i], end);
    }

    std::vector<bool> pinned(players.size(), false);
    if (situation.restart && situation.possession) {
        placeForRestart(situation, players, targets, pinned);
    }
    if (situation.restart) placeTaker(situation, players, targets, pinned);
    spaceOut(targets, pinned);
    if (!situation.restart) {
        // Making room must not put a forward offside.
        for (std::size_t i = 0; i < players.size(); ++i) {
            if (players[i].line == Line::Goalkeeper) continue;
            const std::size_t t = static_cast<std::size_t>(players[i].id.team);
            Vec2 own = toTeamFrame(targets[i], situation.attacking[t]);
            own.x = std::min(own.x, cap[t]);
            targets[i] = toTeamFrame(own, situation.attacking[t]);
        }
    }
    return targets;
}

}  // namespace touchline::sim
