#include "sim/give_way.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/pitch_world.h"

namespace touchline::sim {

namespace {

constexpr int kNoTeam = std::numeric_limits<int>::min();
constexpr double kMoved = 1e-9;    // m: an offset smaller than this is no offset
constexpr double kNearKey = 0.02;       // s: a sample this close to one of his own keys gives way to it
constexpr double kOnPath = 0.002;       // m: an offset this small while drifting back is none
constexpr double kCornerCrowd = 20.0;   // s before a corner's kick its crowd may gather
constexpr double kSetPieceAfter = 3.0;  // s after a restart's kick

class Separation {
public:
    explicit Separation(const GiveWayInput& in)
        : in_(in), lim_(in.limits), n_(in.paths.size()), samples_(sampleCount()), ahead_(lookAheadSamples()),
          planned_(static_cast<std::size_t>(samples_) * n_), offset_(planned_.size()), busy_(merged(in)),
          onPitch_(planned_.size()), freeAt_(planned_.size()), lowBallTeam_(lowBallTeams(in)) {
        for (int s = 0; s < samples_; ++s) {
            for (std::size_t p = 0; p < n_; ++p) {
                slot(onPitch_, s, p) = isOn(p, s);
                slot(freeAt_, s, p) = isOn(p, s) && untilBusy(p, time(s)) > lim_.commit;
            }
        }
        for (std::size_t p = 0; p < n_; ++p) {
            std::size_t cursor = 0;
            for (int s = 0; s < samples_; ++s) slot(planned_, s, p) = in_.paths[p].sweepPosition(time(s), cursor);
        }
        // How far the planned ball goes over the look-ahead from each sample (the length of its way, as below).
        ballReach_.assign(in_.ball.size(), 0.0);
        std::vector<double> rolled(in_.ball.size());
        for (std::size_t k = 1; k < in_.ball.size(); ++k) rolled[k] = rolled[k - 1] + distance(in_.ball[k], in_.ball[k - 1]);
        for (std::size_t k = 0; k < in_.ball.size(); ++k) {
            const double along = rolled[std::min(k + static_cast<std::size_t>(ahead_), in_.ball.size() - 1)] - rolled[k];
            ballReach_[k] = along * (1.0 + 1e-9) + 1e-9;
        }
        // How far each can get from where his path has him at every sample, over the look-ahead: two
        // further apart than that could close are not compared (most pairs, most of the time). The length
        // of his path over it, from a running sum: never less than how far it takes him (a little more, to
        // be sure of it whatever the rounding), so no pair that could close is left out.
        reachAhead_.assign(planned_.size(), 0.0);
        curving_.assign(planned_.size(), 0.0);
        std::vector<double> run(static_cast<std::size_t>(samples_));
        for (std::size_t p = 0; p < n_; ++p) {
            for (int s = 1; s < samples_; ++s) {
                run[static_cast<std::size_t>(s)] = run[static_cast<std::size_t>(s - 1)] + distance(at(planned_, s, p), at(planned_, s - 1, p));
                const Vec2 turn = at(planned_, s + 1, p) - at(planned_, s, p) * 2.0 + at(planned_, s - 1, p);
                slot(curving_, s, p) = dot(turn, turn);
            }
            for (int s = 0; s + 1 < samples_; ++s) {
                const double along = run[static_cast<std::size_t>(std::min(s + ahead_, samples_ - 1))] - run[static_cast<std::size_t>(s)];
                reachAhead_[static_cast<std::size_t>(s) * n_ + p] = along * (1.0 + 1e-9) + 1e-9;
            }
        }
    }

    std::vector<PlayerPath> run() {
        if (n_ == 0) return {};  // nobody to move (a moment the data left without players); no rows to read
        std::vector<Vec2> u(n_);
        push(0);
        for (int s = 0; s + 1 < samples_; ++s) {
            steer(s, u);
            push(s + 1);
        }
        std::vector<PlayerPath> out;
        out.reserve(n_);
        for (std::size_t p = 0; p < n_; ++p) out.push_back(rebuilt(p));
        return out;
    }

private:
    int sampleCount() const {
        return static_cast<int>(std::ceil(in_.duration / lim_.interval - 1e-9)) + 1;
    }
    int lookAheadSamples() const { return std::max(1, static_cast<int>(std::lround(lim_.lookAhead / lim_.interval))); }
    double time(int s) const { return std::min(s * lim_.interval, in_.duration); }

    template <typename T>
    T& slot(std::vector<T>& v, int s, std::size_t p) const { return v[static_cast<std::size_t>(s) * n_ + p]; }
    // Past the end, where he is at the end.
    Vec2 at(const std::vector<Vec2>& v, int s, std::size_t p) const {
        return v[static_cast<std::size_t>(std::min(s, samples_ - 1)) * n_ + p];
    }
    Vec2 where(int s, std::size_t p) const { return at(planned_, s, p) + at(offset_, s, p); }

    bool on(std::size_t p, int s) const { return onPitch_[static_cast<std::size_t>(s) * n_ + p] != 0; }
    bool isOn(std::size_t p, int s) const {
        const double t = time(s);
        return t >= (p < in_.onFrom.size() ? in_.onFrom[p] : 0.0) &&
               t < (p < in_.onUntil.size() ? in_.onUntil[p] : std::numeric_limits<double>::infinity());
    }

    // Seconds until he is busy with the ball from time t: 0 while he is, infinity when he never is again.
    double untilBusy(std::size_t p, double t) const {
        const std::vector<BusySpan>& spans = busy_[p];
        auto it = std::upper_bound(spans.begin(), spans.end(), t, [](double v, const BusySpan& b) { return v < b.from; });
        if (it != spans.begin() && t <= std::prev(it)->to) return 0.0;
        return it == spans.end() ? std::numeric_limits<double>::infinity() : it->from - t;
    }

    // Each player's busy spans, merged where they overlap, in time order.
    static std::vector<std::vector<BusySpan>> merged(const GiveWayInput& in) {
        std::vector<std::vector<BusySpan>> out(in.paths.size());
        for (std::size_t p = 0; p < out.size() && p < in.busy.size(); ++p) {
            std::vector<BusySpan> spans = in.busy[p];
            std::sort(spans.begin(), spans.end(), [](const BusySpan& a, const BusySpan& b) { return a.from < b.from; });
            for (const BusySpan& b : spans) {
                if (!out[p].empty() && b.from <= out[p].back().to) out[p].back().to = std::max(out[p].back().to, b.to);
                else out[p].push_back(b);
            }
        }
        return out;
    }

    // Per ball sample, the team whose low ball it is (kNoTeam when it is high, or nobody's): a player
    // steers clear of his own team's low ball only.
    static std::vector<int> lowBallTeams(const GiveWayInput& in) {
        std::vector<int> out(in.ballLow.size(), kNoTeam);
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (in.ballLow[i] && i < in.ballTeam.size()) out[i] = in.ballTeam[i];
        }
        return out;
    }

    // Near the ball: with an opponent as near, they contest it and may meet.
    bool nearBall(std::size_t p, int s) const {
        if (in_.ball.empty()) return false;
        const std::size_t k = std::min(static_cast<std::size_t>(s), in_.ball.size() - 1);
        return distance(where(s, p), in_.ball[k]) < lim_.contest;
    }

    bool contest(std::size_t a, std::size_t b, int s) const {
        const bool opponents = a < in_.team.size() && b < in_.team.size() && in_.team[a] != in_.team[b];
        if (!opponents) return false;
        const double t = time(s);
        const bool setPiece = std::any_of(in_.setPieces.begin(), in_.setPieces.end(),
                                          [&](const BusySpan& span) { return t >= span.from && t <= span.to; });
        return setPiece || (nearBall(a, s) && nearBall(b, s));
    }

    // Free to give way: on the pitch, and not busy with the ball nor about to be.
    bool free(std::size_t p, int s) const { return freeAt_[static_cast<std::size_t>(s) * n_ + p] != 0; }

    // The offsets' velocities for the interval from sample s to s + 1: a free player steers clear of where
    // the others will be (their paths and offsets carried forward), holds his offset while someone is
    // still near, else drifts back; one about to be busy heads back to be on his path in time.
    void steer(int s, std::vector<Vec2>& u) {
        const double dt = lim_.interval;
        const double t = time(s);
        // Scratch kept from sample to sample: steering runs every interval of every bake.
        std::vector<Vec2>& wanted = scratch_.wanted;
        std::vector<char>& steering = scratch_.steering;
        std::vector<char>& near = scratch_.near;
        std::vector<char>& freeNow = scratch_.freeNow;
        std::vector<Vec2>& now = scratch_.now;  // where each is at sample s (nothing moves them during steer)
        wanted.assign(n_, Vec2{});
        steering.assign(n_, 0);
        near.assign(n_, 0);
        freeNow.resize(n_);
        now.resize(n_);
        scratch_.straying.assign(n_, -1.0);
        for (std::size_t p = 0; p < n_; ++p) {
            freeNow[p] = free(p, s);
            now[p] = where(s, p);
        }
        // Pairs by a sweep along x: only those near enough in x to meet within the look-ahead. Each
        // player's own reach (his path's over the look-ahead, and his offset's speed) bounds how near a
        // pair must be to be looked at closely; the bound is a little generous, so it never turns away a
        // pair the exact test below would take.
        const double* reachAhead = &reachAhead_[static_cast<std::size_t>(s) * n_];
        std::vector<double>& reach = scratch_.reach;
        std::vector<std::size_t>& order = scratch_.order;
        order.clear();
        reach.assign(n_, 0.0);
        double widest = 0.0;
        for (std::size_t p = 0; p < n_; ++p) {
            if (!on(p, s)) continue;
            order.push_back(p);
            reach[p] = (reachAhead[p] + length(u[p]) * lim_.lookAhead) * (1.0 + 1e-9);
            widest = std::max(widest, reach[p]);
        }
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return now[x].x < now[y].x; });
        for (std::size_t i = 0; i < order.size(); ++i) {
            const double sweep = lim_.holdNear + reach[order[i]] + widest;
            for (std::size_t j = i + 1; j < order.size(); ++j) {
                if (now[order[j]].x - now[order[i]].x > sweep) break;
                const std::size_t a = std::min(order[i], order[j]), b = std::max(order[i], order[j]);
                if (!freeNow[a] && !freeNow[b]) continue;
                const Vec2 r0 = now[b] - now[a];
                const double bound = lim_.holdNear + reach[a] + reach[b];
                if (std::abs(r0.y) > bound || dot(r0, r0) > bound * bound) continue;
                const Vec2 drift = u[b] - u[a];
                const double within = lim_.holdNear + reachAhead[a] + reachAhead[b] + length(drift) * lim_.lookAhead;
                if (std::abs(r0.y) > within || dot(r0, r0) > within * within) continue;
                const Vec2 ob = at(offset_, s, b), oa = at(offset_, s, a);
                const auto apart = [&](int k) {  // where b is from a, k intervals on
                    const Vec2* row = &planned_[static_cast<std::size_t>(std::min(s + k, samples_ - 1)) * n_];
                    return row[b] - row[a] + ob - oa + drift * (k * dt);
                };
                if (neverNear(s, a, b, r0, apart(ahead_))) continue;
                if (contest(a, b, s)) continue;
                // Compared squared, the root taken once (a few per cent of an import). Only two squares
                // that differ in the last bit but share a root could choose another sample than the
                // roots did; the imports of three shared matches came out the same byte for byte.
                double nearest2 = dot(r0, r0);
                int when = 0;
                Vec2 closest = r0;
                for (int k = 1; k <= ahead_; ++k) {
                    const Vec2 r = apart(k);
                    const double d2 = dot(r, r);
                    if (d2 < nearest2) {
                        nearest2 = d2;
                        when = k;
                        closest = r;
                    }
                }
                const double nearest = length(closest);
                if (nearest < lim_.holdNear) near[a] = near[b] = 1;
                if (nearest >= lim_.clear) continue;
                // Across the way they close: each away from the line the other passes on (opposite sides,
                // so they part rather than mirror each other); dead ahead, to the two sides of the way they
                // close. Two who do not close part along the line between them.
                const Vec2 closing = apart(std::min(when + 1, ahead_)) - apart(std::max(when - 1, 0));
                Vec2 away;  // for b; a goes the other way
                double miss = nearest;
                if (length(closing) > 1e-6) {
                    const Vec2 along = normalized(closing);
                    const Vec2 side = closest - along * dot(closest, along);
                    miss = std::min(nearest, length(side));
                    away = length(side) > 1e-6 ? normalized(side) : perpendicular(along);
                } else {
                    away = nearest > 1e-6 ? closest / nearest : Vec2{0.0, 1.0};
                }
                const double need = (lim_.clear - miss) / std::max(when * dt, dt);
                const double share = freeNow[a] && freeNow[b] ? 0.5 : 1.0;
                if (freeNow[a]) {
                    wanted[a] -= away * (share * need);
                    steering[a] = 1;
                }
                if (freeNow[b]) {
                    wanted[b] += away * (share * need);
                    steering[b] = 1;
                }
            }
        }
        for (std::size_t p = 0; p < n_; ++p) {
            if (!freeNow[p]) continue;
            const Vec2 dodge = ballInTheWay(s, p, u[p]);
            if (dodge == Vec2{}) continue;
            wanted[p] -= dodge;
            steering[p] = 1;
        }
        for (std::size_t p = 0; p < n_; ++p) {
            const Vec2 o = at(offset_, s, p);
            Vec2 next;
            if (!on(p, s) || !on(p, s + 1)) {
                u[p] = {};
            } else if (!freeNow[p]) {
                // Back on his own path by the time he plays the ball, and on it while he does.
                const double left = untilBusy(p, t);
                u[p] = left <= dt ? o * (-1.0 / dt) : o * (-1.0 / left);
                next = o + u[p] * dt;
            } else if (!steering[p] && o == Vec2{} && u[p] == Vec2{}) {
                u[p] = {};  // on his path and nothing to steer clear of: he stays on it (as below would)
            } else {
                Vec2 want;
                if (steering[p]) want = u[p] + wanted[p];
                else if (!near[p] && length(o) > 0.0) {
                    // Back at an easy pace, slowing for the last part.
                    want = o * (-std::min(lim_.returnSpeed, length(o) / lim_.returnTime) / length(o));
                }
                u[p] = capped(u[p] + capped(want - u[p], lim_.acceleration * dt), lim_.offsetSpeed);
                u[p] = withinTopSpeed(s, p, u[p]);
                next = o + u[p] * dt;
                // Back on his path to the millimetre: on it (his own keys take over again).
                if (!steering[p] && length(next) < kOnPath) {
                    next = {};
                    u[p] = {};
                }
            }
            slot(offset_, s + 1, p) = next;
        }
    }

    // The change of velocity that takes him clear of his own team's low ball coming his way (it is a
    // team-mate's: he is free), as a request like another player's.
    Vec2 ballInTheWay(int s, std::size_t p, Vec2 drift) const {
        if (in_.ball.empty() || lowBallTeam_.empty() || p >= in_.team.size()) return {};
        const double dt = lim_.interval;
        const int team = in_.team[p];
        const auto ballAt = [&](int k) { return in_.ball[std::min(static_cast<std::size_t>(k), in_.ball.size() - 1)]; };
        const auto low = [&](int k) { return lowBallTeam_[std::min(static_cast<std::size_t>(k), lowBallTeam_.size() - 1)] == team; };
        // Further from the ball than it and he can close in the look-ahead (his path's reach and his
        // offset's drift, the ball's own way): nothing to dodge, as the look below would find.
        const std::size_t row = static_cast<std::size_t>(std::min(s, samples_ - 1));
        const double apart = distance(ballAt(s), at(planned_, s, p) + at(offset_, s, p)) - ballReach_[std::min(row, ballReach_.size() - 1)] -
                             reachAhead_[row * n_ + p] - length(drift) * (ahead_ * dt);
        if (apart > lim_.ballClear * (1.0 + 1e-9) + 1e-9) return {};
        double nearest = lim_.ballClear;
        int when = -1;
        Vec2 closest;
        for (int k = 0; k <= ahead_; ++k) {
            if (!low(s + k)) continue;
            const Vec2 r = ballAt(s + k) - (at(planned_, s + k, p) + at(offset_, s, p) + drift * (k * dt));
            const double d = length(r);
            if (d < nearest) {
                nearest = d;
                when = k;
                closest = r;
            }
        }
        if (when < 0) return {};
        const Vec2 away = nearest > 1e-6 ? closest / nearest : Vec2{0.0, 1.0};
        return away * ((lim_.ballClear - nearest) / std::max(when * dt, dt));
    }

    // Whether the pair stays further apart than anything below acts on (holding near, steering clear)
    // for the whole look-ahead, from `from` (where b is from a now) to `to` (then): how near the straight
    // way between the two comes, less how far each path can stray from its own straight line over the
    // look-ahead. Most pairs that pass the reach bounds (two team-mates running side by side) are turned
    // away here rather than sampled; the bound is a little generous, so none the sampling would act on is.
    bool neverNear(int s, std::size_t a, std::size_t b, Vec2 from, Vec2 to) {
        const Vec2 nearest = nearestOnSegment({}, from, to);
        const double farEnough = std::max(lim_.holdNear, lim_.clear) * (1.0 + 1e-9) + 1e-6 + straying(s, a) + straying(s, b);
        return dot(nearest, nearest) > farEnough * farEnough;
    }

    // How far his path strays from the straight line between where it has him at sample s and at the
    // end of the look-ahead, at most: a sequence whose second differences are at most m strays at most
    // m k (A - k) / 2 from its chord at step k of A, so m A^2 / 8. Worked out once per sample, when asked.
    double straying(int s, std::size_t p) {
        double& known = scratch_.straying[p];
        if (known >= 0.0) return known;
        double most = 0.0;  // squared
        for (int k = s + 1; k < std::min(s + ahead_, samples_); ++k) most = std::max(most, slot(curving_, k, p));
        known = std::sqrt(most) * (1.0 + 1e-9) * ahead_ * ahead_ / 8.0;
        return known;
    }

    // His offset's velocity, cut so that with his own path's he runs no faster than the top speed.
    Vec2 withinTopSpeed(int s, std::size_t p, Vec2 v) const {
        const Vec2 own = (at(planned_, s + 1, p) - at(planned_, s, p)) / lim_.interval;
        const double most = std::max(lim_.topSpeed, length(own));
        return capped(own + v, most) - own;
    }

    // The last resort: pairs nearer than the hard gap at sample s are pushed apart, the free ones only
    // (two who are busy with the ball are a duel), and nobody further in one interval than he can run.
    void push(int s) {
        std::vector<char>& movable = scratch_.freeNow;
        std::vector<Vec2>& start = scratch_.now;
        movable.resize(n_);
        start.resize(n_);
        for (std::size_t p = 0; p < n_; ++p) {
            movable[p] = free(p, s);
            start[p] = at(offset_, s, p);
        }
        const double gap = lim_.hardGap;
        const double most = lim_.offsetSpeed * lim_.interval;
        // Sample s's row, read directly: every pair of every sample of every bake comes through here.
        const Vec2* planned = &planned_[static_cast<std::size_t>(s) * n_];
        Vec2* offset = &offset_[static_cast<std::size_t>(s) * n_];
        std::vector<std::size_t>& onNow = scratch_.order;
        onNow.clear();
        for (std::size_t p = 0; p < n_; ++p) {
            if (on(p, s)) onNow.push_back(p);
        }
        // Most samples have no pair anywhere near the gap: found by a sweep along x, the pairwise rounds
        // are skipped (their first would push nobody).
        bool pushed = anyPairWithin(gap, planned, offset, movable, onNow);
        for (int round = 0; round < 3 && pushed; ++round) {
            pushed = false;
            for (std::size_t i = 0; i < onNow.size(); ++i) {
                const std::size_t a = onNow[i];
                for (std::size_t j = i + 1; j < onNow.size(); ++j) {
                    const std::size_t b = onNow[j];
                    if (!movable[a] && !movable[b]) continue;
                    const Vec2 d = (planned[b] + offset[b]) - (planned[a] + offset[a]);
                    if (std::abs(d.x) >= gap || std::abs(d.y) >= gap) continue;
                    const double len = length(d);
                    if (len >= gap || contest(a, b, s)) continue;  // the cheap test first: most pairs are apart
                    const Vec2 axis = len > 1e-9 ? d / len : Vec2{0.0, 1.0};
                    const double need = gap - len;
                    pushed = true;
                    if (!movable[a]) offset[b] += axis * need;
                    else if (!movable[b]) offset[a] -= axis * need;
                    else {
                        offset[a] -= axis * (need / 2.0);
                        offset[b] += axis * (need / 2.0);
                    }
                }
            }
        }
        for (std::size_t p = 0; p < n_; ++p) {
            if (!movable[p]) continue;
            Vec2 o = start[p] + capped(at(offset_, s, p) - start[p], most);
            if (s > 0) {
                // Nobody faster for it than his top speed (or his own path's, when that is faster).
                const Vec2 before = where(s - 1, p);
                const Vec2 own = (at(planned_, s, p) - at(planned_, s - 1, p)) / lim_.interval;
                const double fastest = std::max(lim_.topSpeed, length(own)) * lim_.interval;
                o = before + capped(at(planned_, s, p) + o - before, fastest) - at(planned_, s, p);
            }
            slot(offset_, s, p) = o;
        }
    }

    // Whether two of `onNow` (one of them movable) are nearer than `gap` along both x and y.
    bool anyPairWithin(double gap, const Vec2* planned, const Vec2* offset, const std::vector<char>& movable,
                       const std::vector<std::size_t>& onNow) {
        std::vector<Vec2>& spot = scratch_.wanted;  // steer's, free until its next call
        std::vector<std::size_t>& order = scratch_.byX;
        spot.resize(n_);
        for (std::size_t p : onNow) spot[p] = planned[p] + offset[p];
        order.assign(onNow.begin(), onNow.end());
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return spot[x].x < spot[y].x; });
        for (std::size_t i = 0; i < order.size(); ++i) {
            for (std::size_t j = i + 1; j < order.size() && spot[order[j]].x - spot[order[i]].x < gap; ++j) {
                if ((movable[order[i]] || movable[order[j]]) && std::abs(spot[order[j]].y - spot[order[i]].y) < gap) return true;
            }
        }
        return false;
    }

    // His path: unchanged when he never gave way; else a key every interval where he is off it (and one
    // either side), his own keys elsewhere and every touch.
    PlayerPath rebuilt(std::size_t p) const {
        std::vector<bool> moved(static_cast<std::size_t>(samples_));
        bool any = false;
        for (int s = 0; s < samples_; ++s) {
            moved[static_cast<std::size_t>(s)] = length(at(offset_, s, p)) > kMoved;
            any = any || moved[static_cast<std::size_t>(s)];
        }
        if (!any) return in_.paths[p];
        const auto wanted = [&](int s) {
            for (int k = std::max(0, s - 1); k <= std::min(samples_ - 1, s + 1); ++k) {
                if (moved[static_cast<std::size_t>(k)]) return true;
            }
            return false;
        };
        const std::vector<Keyframe>& own = in_.paths[p].keys();
        // His own keys stay where a keyed stretch does not cover them, his touches everywhere.
        const auto covered = [&](double t) {
            const int below = static_cast<int>(std::floor(t / lim_.interval));
            return wanted(std::min(below, samples_ - 1)) && wanted(std::min(below + 1, samples_ - 1));
        };
        std::vector<Keyframe> kept;
        for (const Keyframe& k : own) {
            if (k.touch || !covered(k.time)) kept.push_back(k);
        }
        std::vector<Keyframe> keys;
        std::vector<bool> sampled;  // per key: one of the interval's, not his own
        keys.reserve(kept.size() + static_cast<std::size_t>(samples_));
        std::size_t next = 0;     // kept keys placed so far
        std::size_t ownNext = 0;  // the first of his own keys not before the sample
        const auto keep = [&](const Keyframe& k, bool sample) {
            keys.push_back(k);
            sampled.push_back(sample);
        };
        for (int s = 0; s < samples_; ++s) {
            if (!wanted(s)) continue;
            const double t = time(s);
            for (; next < kept.size() && kept[next].time < t + kNearKey; ++next) keep(kept[next], false);
            if (!keys.empty() && keys.back().time > t - kNearKey) continue;
            while (ownNext < own.size() && own[ownNext].time < t) ++ownNext;
            // The run he is on (its key's action), for the bake's messages.
            const int action = ownNext < own.size() ? own[ownNext].action : -1;
            keep({t, where(s, p), action, false}, true);
        }
        for (; next < kept.size(); ++next) keep(kept[next], false);
        keepLegsAtTouchesRunnable(keys, sampled);
        keepLegsWithin(keys, sampled, kFastestBentLeg);
        return PlayerPath(std::move(keys));
    }

    // The bake holds every leg into or out of a touch to a sprint. His own legs are; a sample key cutting
    // into one could make the rest of it faster (the curve speeds up towards a touch), so such samples
    // give way to the leg as the script wrote it.
    static void keepLegsAtTouchesRunnable(std::vector<Keyframe>& keys, std::vector<bool>& sampled) {
        const auto tooFast = [&](std::size_t a, std::size_t b) {
            const double dt = keys[b].time - keys[a].time;
            return dt <= 0.0 || distance(keys[a].position, keys[b].position) / dt > kMaxRunSpeed - 0.3;
        };
        const auto erase = [&](std::size_t i) {
            keys.erase(keys.begin() + static_cast<std::ptrdiff_t>(i));
            sampled.erase(sampled.begin() + static_cast<std::ptrdiff_t>(i));
        };
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (!keys[i].touch) continue;
            while (i > 0 && sampled[i - 1] && tooFast(i - 1, i)) erase(--i);
            while (i + 1 < keys.size() && sampled[i + 1] && tooFast(i, i + 1)) erase(i + 1);
        }
    }

    const GiveWayInput& in_;
    const GiveWayLimits& lim_;
    std::size_t n_;
    int samples_;
    int ahead_;
    std::vector<Vec2> planned_;  // [sample * players + player]: where his path has him
    std::vector<Vec2> offset_;   // [sample * players + player]: how far he is off it
    std::vector<double> reachAhead_;  // [sample * players + player]: how far his path can take him in the look-ahead
    std::vector<double> curving_;     // [sample * players + player]: his path's second difference there, squared
    std::vector<double> ballReach_;   // per ball sample: how far the planned ball can go in the look-ahead
    std::vector<std::vector<BusySpan>> busy_;  // per player, merged, in time order
    std::vector<char> onPitch_;        // [sample * players + player]: on(), worked out once
    std::vector<char> freeAt_;         // [sample * players + player]: free(), worked out once
    std::vector<int> lowBallTeam_;     // per ball sample: lowBallTeams()
    struct Scratch {
        std::vector<Vec2> wanted, now;
        std::vector<double> reach, straying;
        std::vector<char> steering, near, freeNow;
        std::vector<std::size_t> order, byX;
    };
    Scratch scratch_;
};

}  // namespace

std::vector<PlayerPath> giveWay(const GiveWayInput& input) { return Separation(input).run(); }

std::vector<std::vector<BusySpan>> busySpans(const Moment& moment, const MomentPlan& plan) {
    std::vector<std::vector<BusySpan>> out(plan.players.size());
    for (const Touch& t : plan.touches) {
        const int i = plan.indexOf(t.player);
        if (i < 0) continue;
        const double at = t.step * kStep;
        const double from = at - kBusyBeforeTouch;
        out[static_cast<std::size_t>(i)].push_back({from, at + kBusyAfterTouch});
    }
    for (const Action& a : moment.actions) {
        if (a.kind != ActionKind::Tackle && a.kind != ActionKind::Foul) continue;
        for (PlayerId id : {a.actor, a.other}) {
            const int i = id.valid() ? plan.indexOf(id) : -1;
            if (i >= 0) out[static_cast<std::size_t>(i)].push_back({a.at - kBusyInDuel, a.at + kBusyInDuel});
        }
    }
    for (auto& spans : out) {
        std::sort(spans.begin(), spans.end(), [](const BusySpan& a, const BusySpan& b) { return a.from < b.from; });
    }
    return out;
}

namespace {

// Where the planned ball is every interval, whether it is low enough to run into a body, and who
// played it last: from touch to touch along the ground between where it leaves one and meets the
// next (the planner's flights are near straight seen from above), which is all giving way needs and
// costs nothing like flying it again.
void plannedBall(const MomentPlan& plan, GiveWayInput& in) {
    const double dt = in.limits.interval;
    const int samples = static_cast<int>(std::ceil(plan.duration / dt - 1e-9)) + 1;
    const auto lowFlight = [](const BallState& b) {
        const double rise = std::max(0.0, b.velocity.z);
        return b.position.z + rise * rise / (2.0 * 9.81) < kBodyHeight;
    };
    std::size_t next = 0;  // the first touch after the sample
    for (int s = 0; s < samples; ++s) {
        const double t = std::min(s * dt, plan.duration);
        while (next < plan.touches.size() && plan.touches[next].step * kStep <= t) ++next;
        if (next == 0) {
            in.ball.push_back(plan.ballStart.position.ground());
            in.ballLow.push_back(lowFlight(plan.ballStart));
            in.ballTeam.push_back(-1);
            continue;
        }
        const Touch& last = plan.touches[next - 1];
        const double since = t - last.step * kStep;
        Vec2 at;
        bool low = lowFlight(last.launch);
        if (last.held) {
            at = last.standAt;
            low = false;
        } else if (next < plan.touches.size()) {
            const Touch& coming = plan.touches[next];
            const double span = std::max(coming.step * kStep - last.step * kStep, 1e-9);
            at = lerp(last.launch.position.ground(), coming.ballAt.position.ground(), since / span);
            low = low && lowFlight(coming.ballAt);
        } else {
            at = last.launch.position.ground() + last.launch.velocity.ground() * std::min(since, 1.5);
        }
        in.ball.push_back(at);
        in.ballLow.push_back(low);
        in.ballTeam.push_back(last.player.team);
    }
}

}  // namespace

std::vector<PlayerPath> touchPaths(const MomentPlan& plan) {
    const std::size_t n = plan.players.size();
    std::vector<std::vector<TouchPoint>> touches(n);
    for (const Touch& t : plan.touches) {
        if (int i = plan.indexOf(t.player); i >= 0) {
            touches[static_cast<std::size_t>(i)].push_back({t.step * kStep, t.standAt, t.action});
        }
    }
    std::vector<PlayerPath> paths;
    paths.reserve(n);
    for (std::size_t p = 0; p < n; ++p) paths.push_back(buildPath(plan.startPositions[p], plan.runs[p], touches[p]));
    return paths;
}

std::vector<PlayerPath> bakedPaths(const Script& script, const MomentPlan& plan) { return givenWay(script, plan, touchPaths(plan)); }

std::vector<PlayerPath> givenWay(const Script& script, const MomentPlan& plan, std::vector<PlayerPath> paths) {
    GiveWayInput in;
    // Set pieces, as timeline/plausibility.h counts them: a corner from well before its kick, a foul or
    // whistle until just after the kick that restarts play.
    const Moment& moment = stretchOf(script, plan);
    for (const Touch& t : plan.touches) {
        if (t.cause == ActionKind::Corner) in.setPieces.push_back({t.step * kStep - kCornerCrowd, t.step * kStep + kSetPieceAfter});
    }
    for (const Action& a : moment.actions) {
        if (a.kind != ActionKind::Foul && a.kind != ActionKind::Whistle) continue;
        double restart = plan.duration;
        for (const Touch& t : plan.touches) {
            if (t.step * kStep > a.at && t.kind != TouchKind::Dribble) {
                restart = t.step * kStep;
                break;
            }
        }
        in.setPieces.push_back({a.at, restart + kSetPieceAfter});
    }
    in.duration = plan.duration;
    in.paths = std::move(paths);
    for (const TrackedPlayer& p : plan.players) {
        in.onFrom.push_back(p.onFrom);
        in.onUntil.push_back(p.onUntil);
        in.team.push_back(p.id.team);
    }
    in.busy = busySpans(moment, plan);
    if (plan.ballVisible) plannedBall(plan, in);
    return giveWay(in);
}

}  // namespace touchline::sim
