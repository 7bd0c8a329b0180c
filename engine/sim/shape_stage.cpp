#include "sim/shape_stage.h"

#include <cmath>

namespace touchline::sim {

namespace {

constexpr double kNearKey = 0.02;  // s: a sample this close to a touch gives way to the touch's key
constexpr double kStill = 1.0;     // m/s: a ball slower than this is at someone's feet, not travelling
constexpr double kOverHead = 2.0;  // m: a ball higher than this passes over everyone

}  // namespace

int shapeSamples(double duration, double interval) {
    return static_cast<int>(std::ceil(duration / interval - 1e-9)) + 1;
}

std::vector<PlayerPath> shapePaths(const ShapeStageInput& in) {
    const std::size_t n = in.players.size();
    const int samples = static_cast<int>(in.situations.size());
    FollowerInput follow;
    follow.interval = in.interval;
    follow.samples = samples;
    follow.start = in.start;
    follow.startVelocity = in.startVelocity;
    follow.appointments = in.appointments;
    follow.onFrom = in.onFrom;
    follow.onUntil = in.onUntil;
    follow.limits = in.limits;
    // The ball while it travels low, and whose it is: the shape's own team steps out of its way.
    follow.ball.reserve(static_cast<std::size_t>(samples));
    for (int s = 0; s < samples; ++s) {
        const ShapeSituation& now = in.situations[static_cast<std::size_t>(s)];
        const ShapeSituation& next = in.situations[static_cast<std::size_t>(std::min(s + 1, samples - 1))];
        const bool travelling = !now.restart && !next.restart && distance(now.ball, next.ball) > kStill * in.interval;
        const bool low = now.ballHeight < kOverHead;
        follow.ball.push_back(now.ball);
        follow.ballTeam.push_back(travelling && low && now.possession ? static_cast<int>(*now.possession) : -1);
    }
    for (const ShapePlayer& p : in.players) follow.team.push_back(p.id.team);
    follow.fixed.resize(n);
    for (std::size_t p = 0; p < n; ++p) follow.fixed[p] = !in.moved[p];
    follow.targets.resize(static_cast<std::size_t>(samples) * n);
    for (int s = 0; s < samples; ++s) {
        const std::vector<Vec2> targets = shapeTargets(in.situations[static_cast<std::size_t>(s)], in.players);
        const double t = s * in.interval;
        for (std::size_t p = 0; p < n; ++p) {
            follow.targets[static_cast<std::size_t>(s) * n + p] = in.moved[p] ? targets[p] : in.given[p].position(t);
        }
    }
    const std::vector<Vec2> positions = followTargets(follow);

    std::vector<PlayerPath> out;
    out.reserve(n);
    for (std::size_t p = 0; p < n; ++p) {
        if (!in.moved[p]) {
            out.push_back(in.given[p]);
            continue;
        }
        const std::vector<Appointment>& touches = p < in.appointments.size() ? in.appointments[p] : std::vector<Appointment>{};
        std::vector<Keyframe> keys;
        keys.reserve(static_cast<std::size_t>(samples) + touches.size());
        std::size_t next = 0;
        for (int s = 0; s < samples; ++s) {
            const double t = s * in.interval;
            while (next < touches.size() && touches[next].time <= t + kNearKey) {
                const Appointment& a = touches[next++];
                if (keys.empty() || a.time > keys.back().time + kNearKey) keys.push_back({a.time, a.place, a.action, true});
            }
            if (!keys.empty() && t <= keys.back().time + kNearKey) continue;
            keys.push_back({t, positions[static_cast<std::size_t>(s) * n + p], -1, false});
        }
        while (next < touches.size()) {
            const Appointment& a = touches[next++];
            if (keys.empty() || a.time > keys.back().time + kNearKey) keys.push_back({a.time, a.place, a.action, true});
        }
        out.emplace_back(std::move(keys));
    }
    return out;
}

}  // namespace touchline::sim
