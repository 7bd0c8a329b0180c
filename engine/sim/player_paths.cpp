#include "sim/player_paths.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/human_limits.h"

namespace touchline::sim {

namespace {

constexpr double kSameTime = 1e-6;
constexpr double kStill = 1e-6;
constexpr double kLegTopSpeed = kMaxRunSpeed - 0.3;  // m/s: a curve's peak, with room for sampling it
constexpr int kPeakSamples = 32;
constexpr double kLegSlack = 1e-9;  // m: a leg this little over is within
constexpr int kSpeedSweeps = 8;

// The path so far at time t, linearly between keys (used only to find where a run starts when it
// interrupts another; the smooth curve passes through both keys anyway).
Vec2 linearAt(const std::vector<Keyframe>& keys, double t) {
    if (t <= keys.front().time) return keys.front().position;
    for (std::size_t i = 1; i < keys.size(); ++i) {
        if (t <= keys[i].time) {
            const double span = keys[i].time - keys[i - 1].time;
            const double f = span > 0.0 ? (t - keys[i - 1].time) / span : 1.0;
            return lerp(keys[i - 1].position, keys[i].position, f);
        }
    }
    return keys.back().position;
}

// Inserts a key at time t, or replaces the key already there.
void place(std::vector<Keyframe>& keys, Keyframe key) {
    auto it = std::lower_bound(keys.begin(), keys.end(), key.time - kSameTime,
                               [](const Keyframe& k, double t) { return k.time < t; });
    if (it != keys.end() && std::abs(it->time - key.time) <= kSameTime) {
        it->position = key.position;
        it->action = key.action;
        it->touch = it->touch || key.touch;
        return;
    }
    keys.insert(it, key);
}

// How a leg's curve velocity departs from its chord's velocity c at kPeakSamples + 1 points along it,
// from its end tangents: c + ease * w(s) with w a quadratic in s. Worked out once per leg, for the
// search below that tries some two dozen easings of it.
using LegBend = std::array<Vec2, kPeakSamples + 1>;
LegBend legBend(Vec2 c, Vec2 ta, Vec2 tb) {
    LegBend w;
    for (int k = 0; k <= kPeakSamples; ++k) {
        const double s = static_cast<double>(k) / kPeakSamples;
        w[static_cast<std::size_t>(k)] = (ta - c) * (3 * s * s - 4 * s + 1) + (tb - c) * (3 * s * s - 2 * s);
    }
    return w;
}

// The fastest a leg's curve goes, its end tangents eased towards the chord by `ease` (1: as they are,
// 0: the chord's). The largest square, its root taken once: the same as the largest root.
double legPeak(Vec2 c, const LegBend& w, double ease) {
    double most = 0.0;
    for (const Vec2& bend : w) {
        const Vec2 v = c + bend * ease;
        most = std::max(most, dot(v, v));
    }
    return std::sqrt(most);
}

}  // namespace

PlayerPath::PlayerPath(std::vector<Keyframe> keys) : keys_(std::move(keys)) {
    if (keys_.empty()) keys_.push_back({});
    std::vector<Vec2> tangents(keys_.size());
    for (std::size_t i = 1; i + 1 < keys_.size(); ++i) {
        const Vec2 in = keys_[i].position - keys_[i - 1].position;
        const Vec2 out = keys_[i + 1].position - keys_[i].position;
        if (length(in) < kStill || length(out) < kStill) continue;
        const double dtIn = keys_[i].time - keys_[i - 1].time;
        const double dtOut = keys_[i + 1].time - keys_[i].time;
        // Each leg's average velocity, weighted by the other leg's duration (non-uniform Catmull-Rom).
        tangents[i] = (in / dtIn * dtOut + out / dtOut * dtIn) / (dtIn + dtOut);
    }
    // A leg from a standstill (or slowing into one) peaks at half as fast again as its average, so one a
    // sprint covers on average would peak over it: between two touches nothing may move either place,
    // and a script's run asks only for the average. Such a leg's end velocities ease towards its
    // average just enough that it peaks under a sprint (he is already on the move as it starts), the
    // keys' places and times kept; a leg whose average is over a sprint runs at its average. Every
    // other leg is the curve through the keys as it always was.
    starts_.assign(keys_.size(), Vec2{});
    ends_.assign(keys_.size(), Vec2{});
    for (std::size_t i = 0; i + 1 < keys_.size(); ++i) {
        Vec2 ta = tangents[i], tb = tangents[i + 1];
        const double h = keys_[i + 1].time - keys_[i].time;
        if (h > kSameTime) {
            const Vec2 c = (keys_[i + 1].position - keys_[i].position) / h;
            // The curve's speed is at most |c| + |ta - c| + |tb - c|: most legs are nowhere near.
            const bool nearASprint = length(c) + length(ta - c) + length(tb - c) > kLegTopSpeed;
            if (nearASprint) {
                const LegBend bend = legBend(c, ta, tb);
                if (legPeak(c, bend, 1.0) > kLegTopSpeed) {
                    double lo = 0.0, hi = 1.0;  // lo: as little easing as keeps the peak under
                    for (int k = 0; k < 24; ++k) {
                        const double mid = (lo + hi) / 2.0;
                        (legPeak(c, bend, mid) > kLegTopSpeed ? hi : lo) = mid;
                    }
                    ta = c + (ta - c) * lo;
                    tb = c + (tb - c) * lo;
                }
            }
        }
        starts_[i] = ta;
        ends_[i] = tb;
    }
}

std::size_t PlayerPath::segment(double t) const {
    auto it = std::upper_bound(keys_.begin(), keys_.end(), t, [](double v, const Keyframe& k) { return v < k.time; });
    if (it == keys_.begin()) return 0;
    return static_cast<std::size_t>(it - keys_.begin()) - 1;
}

Vec2 PlayerPath::positionOn(std::size_t i, double t) const {
    const Keyframe& a = keys_[i];
    const Keyframe& b = keys_[i + 1];
    const double h = b.time - a.time;
    const double s = (t - a.time) / h;
    const double s2 = s * s, s3 = s2 * s;
    const double h00 = 2 * s3 - 3 * s2 + 1, h10 = s3 - 2 * s2 + s, h01 = -2 * s3 + 3 * s2, h11 = s3 - s2;
    return a.position * h00 + starts_[i] * (h10 * h) + b.position * h01 + ends_[i] * (h11 * h);
}

Vec2 PlayerPath::velocityOn(std::size_t i, double t) const {
    const Keyframe& a = keys_[i];
    const Keyframe& b = keys_[i + 1];
    const double h = b.time - a.time;
    const double s = (t - a.time) / h;
    const double s2 = s * s;
    const double d00 = 6 * s2 - 6 * s, d10 = 3 * s2 - 4 * s + 1, d01 = -6 * s2 + 6 * s, d11 = 3 * s2 - 2 * s;
    return (a.position * d00 + b.position * d01) / h + starts_[i] * d10 + ends_[i] * d11;
}

Vec2 PlayerPath::position(double t) const {
    if (t <= keys_.front().time) return keys_.front().position;
    if (t >= keys_.back().time) return keys_.back().position;
    return positionOn(segment(t), t);
}

Vec2 PlayerPath::velocity(double t) const {
    if (t <= keys_.front().time || t >= keys_.back().time) return {};
    return velocityOn(segment(t), t);
}

double PlayerPath::speedBound() const {
    // On a leg the velocity is (b - a) / h * 6s(1 - s) + ta * (1 - 4s + 3s^2) + tb * (3s^2 - 2s), whose
    // three weights are at most 1.5, 1 and 1 in size for s in [0, 1]; before the first key and after
    // the last he stands.
    double most = 0.0;
    for (std::size_t i = 0; i + 1 < keys_.size(); ++i) {
        const double h = keys_[i + 1].time - keys_[i].time;
        most = std::max(most, 1.5 * distance(keys_[i + 1].position, keys_[i].position) / h + length(starts_[i]) + length(ends_[i]));
    }
    return most;
}

void PlayerPath::sweep(double t, std::size_t& cursor, Vec2& position, Vec2& velocity) const {
    if (t <= keys_.front().time || t >= keys_.back().time) {
        position = t <= keys_.front().time ? keys_.front().position : keys_.back().position;
        velocity = {};
        return;
    }
    while (cursor + 1 < keys_.size() && t >= keys_[cursor + 1].time) ++cursor;
    position = positionOn(cursor, t);
    velocity = velocityOn(cursor, t);
}

Vec2 PlayerPath::sweepPosition(double t, std::size_t& cursor) const {
    if (t <= keys_.front().time) return keys_.front().position;
    if (t >= keys_.back().time) return keys_.back().position;
    while (cursor + 1 < keys_.size() && t >= keys_[cursor + 1].time) ++cursor;
    return positionOn(cursor, t);
}

void keepLegsWithin(std::vector<Keyframe>& keys, const std::vector<bool>& bent, double speed) {
    const auto kept = [&](std::size_t i) { return i == 0 || i + 1 == keys.size() || i >= bent.size() || !bent[i]; };
    // Pulls key `to` back towards key `from` until their leg is within the speed; true if it moved.
    const auto pull = [&](std::size_t from, std::size_t to) {
        const double most = speed * std::abs(keys[to].time - keys[from].time);
        const Vec2 leg = keys[to].position - keys[from].position;
        const double len = length(leg);
        if (len <= most + kLegSlack) return false;
        keys[to].position = keys[from].position + leg * (most / len);
        return true;
    };
    // Between two kept keys at a time. Forward he falls behind, backward he leaves sooner for the key he
    // must keep; a few sweeps each way settle it. Where the kept keys are further apart than he can run
    // (the data asks it), the bent keys between stay as they are: pulling them would only move the
    // sprint next to a touch.
    for (std::size_t a = 0; a + 1 < keys.size();) {
        std::size_t b = a + 1;
        while (!kept(b)) ++b;
        const bool runnable = distance(keys[a].position, keys[b].position) <= speed * (keys[b].time - keys[a].time);
        for (int sweep = 0; runnable && b > a + 1 && sweep < kSpeedSweeps; ++sweep) {
            bool moved = false;
            for (std::size_t i = a + 1; i < b; ++i) moved = pull(i - 1, i) || moved;
            for (std::size_t i = b - 1; i > a; --i) moved = pull(i + 1, i) || moved;
            if (!moved) break;
        }
        a = b;
    }
}

PlayerPath buildPath(Vec2 start, std::span<const RunLeg> runs, std::span<const TouchPoint> touches) {
    // Touches and run starts in time order; at equal times the touch comes first, so a run that starts
    // when he plays the ball starts from the ball.
    struct Item {
        double time;
        int order;
        std::size_t index;
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < touches.size(); ++i) items.push_back({touches[i].time, 0, i});
    for (std::size_t i = 0; i < runs.size(); ++i) items.push_back({runs[i].at, 1, i});
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.time != b.time ? a.time < b.time : a.order < b.order;
    });
    std::vector<Keyframe> keys{{0.0, start, -1, false}};
    for (const Item& item : items) {
        if (item.order == 0) {
            const TouchPoint& t = touches[item.index];
            place(keys, {t.time, t.position, t.action, true});
            continue;
        }
        const RunLeg& run = runs[item.index];
        if (run.by <= run.at + kSameTime) continue;
        // A new run replaces whatever was planned after it starts.
        const Vec2 from = linearAt(keys, run.at);
        while (keys.size() > 1 && keys.back().time > run.at + kSameTime && !keys.back().touch) keys.pop_back();
        if (std::abs(keys.back().time - run.at) > kSameTime) keys.push_back({run.at, from, -1, false});
        place(keys, {run.by, run.to, run.action, false});
    }
    return PlayerPath(std::move(keys));
}

}  // namespace touchline::sim
