#include "sim/player_track.h"

#include <algorithm>
#include <cmath>

#include "core/math.h"

namespace touchline::sim {

namespace {

constexpr double kTurnRate = 8.0;  // rad/s: how fast a player turns

// atan2 within 1e-5 rad (Abramowitz & Stegun 4.4.49 on [0, 1], then octant symmetry): a facing is
// drawn, not measured, and libm's atan2 was an eighth of the whole bake.
double facingAngle(double y, double x) {
    const double ax = std::abs(x), ay = std::abs(y);
    if (ax == 0.0 && ay == 0.0) return 0.0;
    const double a = std::min(ax, ay) / std::max(ax, ay);
    const double s = a * a;
    double r = a * (0.9998660 + s * (-0.3302995 + s * (0.1801410 + s * (-0.0851330 + s * 0.0208351))));
    if (ay > ax) r = 0.5 * kPi - r;
    if (x < 0.0) r = kPi - r;
    return y < 0.0 ? -r : r;
}

// The sample indices a player needs: from the one at or before he comes on to the one at or after he
// goes off, within the moment's.
std::pair<int, int> sampleRange(const TrackedPlayer& who, int total) {
    const int first = std::clamp(static_cast<int>(std::floor(who.onFrom * kPlayerSamplesPerSecond)), 0, total - 1);
    const double until = std::min(who.onUntil, (total - 1) / kPlayerSamplesPerSecond);
    const int last = std::clamp(static_cast<int>(std::ceil(until * kPlayerSamplesPerSecond)), first, total - 1);
    return {first, last};
}

}  // namespace

std::vector<PlayerTrack> recordPlayers(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths,
                                       const std::vector<BallSample>& ball, PlayerDetail detail) {
    TOUCHLINE_ASSERT(paths.size() == plan.players.size(), "recordPlayers: one path per tracked player");
    TOUCHLINE_ASSERT(ball.size() == static_cast<std::size_t>(plan.steps) + 1, "recordPlayers: a ball sample per step");
    const int total = plan.steps / kPlayerStride + 2;
    const double maxTurn = kTurnRate * kPlayerStride * kStep;
    std::vector<PlayerTrack> tracks(plan.players.size());
    for (std::size_t p = 0; p < plan.players.size(); ++p) {
        const auto [first, last] = sampleRange(plan.players[p], total);
        PlayerTrack& track = tracks[p];
        track.first = first;
        track.samples.reserve(static_cast<std::size_t>(last - first + 1));
        if (detail == PlayerDetail::Positions) {
            std::size_t cursor = 0;
            for (int s = first; s <= last; ++s) {
                track.samples.push_back(PlayerSample::packPosition(paths[p].sweepPosition(s * kPlayerStride * kStep, cursor)));
            }
            continue;
        }
        const bool right = script.attackingEnd(plan.players[p].id.side(), plan.start) == pitch::End::Right;
        const Vec2 attack{right ? 1.0 : -1.0, 0.0};
        double facing = right ? 0.0 : kPi;
        std::size_t cursor = 0;
        for (int s = first; s <= last; ++s) {
            const int step = s * kPlayerStride;
            Vec2 pos, v;
            paths[p].sweep(step * kStep, cursor, pos, v);
            Vec2 look = attack;
            if (plan.ballVisible) {
                const BallSample& b = ball[static_cast<std::size_t>(std::min(step, plan.steps))];
                const Vec2 toBall = Vec2{b.x, b.y} - pos;
                if (length(toBall) > 0.05) look = normalized(toBall);
            }
            const double speed = length(v);
            const double w = smoothstep(0.5, 2.0, speed);
            const Vec2 dir = normalized(v) * w + look * (1.0 - w);
            if (length(dir) > 1e-6) {
                const double wanted = facingAngle(dir.y, dir.x);
                const double turn = std::clamp(angleBetween(wanted, facing), -maxTurn, maxTurn);
                facing = s == first ? wanted : angleBetween(facing + turn, 0.0);
            }
            track.samples.push_back(PlayerSample::pack(pos, facing, speed));
        }
    }
    return tracks;
}

}  // namespace touchline::sim
