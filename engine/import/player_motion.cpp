#include "import/player_motion.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/human_limits.h"
#include "sim/player_paths.h"

namespace touchline::import {

namespace {

constexpr double kSameTime = 0.02;
constexpr double kFixedSpeed = 9.8;  // into or between places on the ball: a sprint, under the 10.5 limit
constexpr double kBusyMargin = 1.5;  // no shape waypoint this close to a fixed one
constexpr double kBusyGap = 6.0;     // between fixed waypoints closer than this he stays in the action
constexpr double kStill = 0.25;      // waypoints closer than this need no run
// The fastest a leg between waypoints may peak at, a little under the sprint the validator allows: the
// engine's path through them is a cubic curve, which from a standing start peaks at 1.5 times the leg's
// average speed (more where he turns back), so averages alone let a 9.8 m/s leg reach 14.7.
constexpr double kPeakSpeed = kMaxRunSpeed - 0.3;
constexpr int kPeakRounds = 6;
// m/s: the average of a run from a standing start into a touch that peaks under a sprint (the curve
// peaks at 1.5 times its average).
constexpr double kOpeningReach = 6.5;
constexpr double kClearOfOthers = 1.2;  // m: a place moved for speed keeps this far from everyone else's

// The engine's path through the waypoints (sim::PlayerPath), as writeTo hands them over.
sim::PlayerPath pathThrough(const std::vector<Waypoint>& list) {
    std::vector<sim::Keyframe> keys;
    for (const Waypoint& w : list) {
        if (!keys.empty() && w.t - keys.back().time < 1e-6) continue;
        keys.push_back({w.t, w.at, -1, w.fixed});
    }
    return sim::PlayerPath(std::move(keys));
}

// The highest speed on the path between times a and b (sampled: the curve's speed is smooth).
double peakSpeed(const sim::PlayerPath& path, double a, double b) {
    constexpr int kSamples = 12;
    double peak = 0.0;
    for (int k = 1; k < kSamples; ++k) peak = std::max(peak, length(path.velocity(a + (b - a) * k / kSamples)));
    return peak;
}

// The time of his next place on the ball after waypoint i, and of the last one before it (far away
// where there is none).
double nextFixed(const std::vector<Waypoint>& list, std::size_t i) {
    for (std::size_t k = i + 1; k < list.size(); ++k) {
        if (list[k].fixed) return list[k].t;
    }
    return 1e9;
}

double previousFixed(const std::vector<Waypoint>& list, std::size_t i) {
    for (std::size_t k = i; k-- > 0;) {
        if (list[k].fixed) return list[k].t;
    }
    return -1e9;
}

Vec2 within(Vec2 from, Vec2 to, double reach) {
    const double d = distance(from, to);
    if (d <= reach || d <= 0.0) return to;
    return from + (to - from) * (reach / d);
}

}  // namespace

void PlayerMotion::insert(PlayerId player, Waypoint w) {
    auto& list = players_[player];
    auto it = std::lower_bound(list.begin(), list.end(), w.t, [](const Waypoint& a, double t) { return a.t < t; });
    if (it != list.end() && std::abs(it->t - w.t) < kSameTime) {
        if (it->fixed && !w.fixed) return;  // the ball's place wins over the shape's
        const bool dribbling = it->dribbling, onBall = it->onBall;
        *it = w;
        it->dribbling = it->dribbling || dribbling;
        it->onBall = it->onBall || onBall;
        return;
    }
    list.insert(it, w);
}

void PlayerMotion::fix(PlayerId player, double t, Vec2 at) { insert(player, {t, at, true, true, false}); }
void PlayerMotion::soft(PlayerId player, double t, Vec2 at) { insert(player, {t, at, false, false, false}); }

void PlayerMotion::dribble(PlayerId player, double from) {
    auto& list = players_[player];
    for (Waypoint& w : list) {
        if (std::abs(w.t - from) < kSameTime) w.dribbling = true;
    }
}

bool PlayerMotion::busy(PlayerId player, double t) const {
    const auto* list = of(player);
    if (!list) return false;
    const Waypoint* previous = nullptr;
    for (const Waypoint& w : *list) {
        if (std::abs(w.t - t) < (w.fixed ? kBusyMargin : 1.2)) return true;
        if (!w.fixed) continue;
        if (previous && previous->t < t && t < w.t && (w.t - previous->t < kBusyGap || previous->dribbling)) return true;
        previous = &w;
    }
    return false;
}

bool PlayerMotion::canReach(PlayerId player, double t, Vec2 at, double speed, double gap) const {
    const auto* list = of(player);
    if (!list) return true;
    for (const Waypoint& w : *list) {
        if (!w.fixed) continue;
        const double dt = std::abs(w.t - t);
        if (dt < gap || distance(w.at, at) > speed * dt) return false;
    }
    return true;
}

bool PlayerMotion::pin(PlayerId player, double t, Vec2 at) {
    auto& list = players_[player];
    for (Waypoint& w : list) {
        if (std::abs(w.t - t) < kSameTime) {
            if (w.onBall || (w.fixed && distance(w.at, at) < 0.05)) return false;
            w.at = at;
            w.fixed = true;
            return true;
        }
    }
    insert(player, {t, at, true, false, false});
    return true;
}

void PlayerMotion::retime(PlayerId player, double from, double to) {
    auto& list = players_[player];
    auto it = std::find_if(list.begin(), list.end(), [&](const Waypoint& w) { return std::abs(w.t - from) < kSameTime; });
    if (it == list.end()) return;
    Waypoint moved = *it;
    list.erase(it);
    std::erase_if(list, [&](const Waypoint& w) { return !w.fixed && w.t > from && w.t <= to + kSameTime; });
    moved.t = to;
    insert(player, moved);
}

void PlayerMotion::moveTouch(PlayerId player, double t, Vec2 at) {
    for (Waypoint& w : players_[player]) {
        if (std::abs(w.t - t) < kSameTime) w.at = at;
    }
}

void PlayerMotion::shiftAfter(double t, double delta) {
    for (auto& [player, list] : players_) {
        for (Waypoint& w : list) {
            if (w.t >= t - kSameTime) w.t += delta;
        }
    }
}

bool PlayerMotion::push(PlayerId player, double t, Vec2 by, double window) {
    auto& list = players_[player];
    bool moved = false;
    for (Waypoint& w : list) {
        if (!w.fixed && std::abs(w.t - t) <= window) {
            w.at += by;
            moved = true;
        }
    }
    // With none, a new one, unless he is about to play the ball (a fixed place close by) anyway.
    const bool playing = std::any_of(list.begin(), list.end(), [&](const Waypoint& w) { return w.fixed && std::abs(w.t - t) < 1.0; });
    if (!moved && !playing) {
        if (auto here = at(player, t)) {
            insert(player, {t, *here + by, false, false, false});
            moved = true;
        }
    }
    return moved;
}

const std::vector<Waypoint>* PlayerMotion::of(PlayerId player) const {
    auto it = players_.find(player);
    return it == players_.end() ? nullptr : &it->second;
}

std::optional<Vec2> PlayerMotion::at(PlayerId player, double t) const {
    const auto* list = of(player);
    if (!list || list->empty()) return std::nullopt;
    if (t <= list->front().t) return list->front().at;
    for (std::size_t i = 1; i < list->size(); ++i) {
        const Waypoint& a = (*list)[i - 1];
        const Waypoint& b = (*list)[i];
        if (t <= b.t) return lerp(a.at, b.at, (t - a.t) / std::max(b.t - a.t, 1e-9));
    }
    return list->back().at;
}

void PlayerMotion::openWithinReach(PlayerId player, std::vector<Waypoint>& list) {
    // The team shape's guess of where he stands as the moment opens, too far from where the data has him
    // on the ball a few seconds later, is a sprint from a standing start whatever the waypoints between:
    // he opens as near as a run that peaks under a sprint needs (partly, where the whole way would put
    // him on someone or take him through someone playing the ball).
    if (list.empty() || list.front().fixed) return;
    Vec2 wanted = list.front().at;
    for (std::size_t k = 1; k < list.size(); ++k) {
        if (list[k].fixed) wanted = within(list[k].at, wanted, kOpeningReach * (list[k].t - list.front().t));
    }
    for (const double part : {1.0, 0.5, 0.25}) {
        const Vec2 step = lerp(list.front().at, wanted, part);
        if (!clearOfOthers(player, list.front().t, step) || !clearOfTouches(player, list, 0, step)) continue;
        list.front().at = step;
        return;
    }
}

void PlayerMotion::limitSpeeds(const Script& script, double shapeSpeed, std::vector<std::string>& notes) {
    for (auto& [player, list] : players_) openWithinReach(player, list);
    for (auto& [player, list] : players_) {
        for (int round = 0; round < 3; ++round) {
            // Forward, then backward: each soft waypoint within reach of its neighbours.
            // Away from the ball he jogs back into shape; only into a touch does he sprint.
            for (std::size_t i = 1; i < list.size(); ++i) {
                if (list[i].fixed) continue;
                list[i].at = within(list[i - 1].at, list[i].at, shapeSpeed * (list[i].t - list[i - 1].t));
            }
            for (std::size_t i = list.size() - 1; i-- > 0;) {
                if (list[i].fixed) continue;
                const double speed = list[i + 1].fixed ? kFixedSpeed : shapeSpeed;
                list[i].at = within(list[i + 1].at, list[i].at, speed * (list[i + 1].t - list[i].t));
            }
        }
        // Two places on the ball too far apart for the time between them: the later one gives way.
        for (std::size_t i = 1; i < list.size(); ++i) {
            const double reach = 10.2 * (list[i].t - list[i - 1].t);
            const double d = distance(list[i - 1].at, list[i].at);
            if (d <= reach) continue;
            if (list[i].fixed) {
                char buffer[200];
                std::snprintf(buffer, sizeof buffer, "%s would need %.1f m/s to get from one touch to the next "
                                                     "(%.1f m in %.1f s); he plays it %.1f m short of the data's place",
                              script.player(player).name.c_str(), d / std::max(list[i].t - list[i - 1].t, 1e-9), d,
                              list[i].t - list[i - 1].t, d - reach);
                notes.push_back(buffer);
            }
            list[i].at = within(list[i - 1].at, list[i].at, reach);
        }
    }
    for (auto& [player, list] : players_) limitPeaks(player, list);
}

bool PlayerMotion::clearOfOthers(PlayerId player, double t, Vec2 at) const {
    for (const auto& [other, list] : players_) {
        if (other == player) continue;
        if (const std::optional<Vec2> there = this->at(other, t); there && distance(*there, at) < kClearOfOthers) return false;
    }
    return true;
}

bool PlayerMotion::clearOfTouches(PlayerId player, const std::vector<Waypoint>& list, std::size_t j, Vec2 moved) const {
    // A place moved for speed changes the way he gets there: the new way must not take him through
    // someone else playing the ball (the ball would strike him) where the old one kept clear.
    const double from = j > 0 ? list[j - 1].t : list[j].t;
    const double to = j + 1 < list.size() ? list[j + 1].t : list[j].t;
    const auto along = [&](double t, Vec2 here) {
        if (t <= list[j].t) {
            if (j == 0) return here;
            return lerp(list[j - 1].at, here, (t - list[j - 1].t) / std::max(list[j].t - list[j - 1].t, 1e-9));
        }
        return lerp(here, list[j + 1].at, (t - list[j].t) / std::max(list[j + 1].t - list[j].t, 1e-9));
    };
    for (const auto& [other, others] : players_) {
        if (other == player) continue;
        for (const Waypoint& w : others) {
            if (!w.onBall || w.t < from || w.t > to) continue;
            if (distance(along(w.t, moved), w.at) < kClearOfOthers && distance(along(w.t, list[j].at), w.at) >= kClearOfOthers) {
                return false;
            }
        }
    }
    return true;
}

void PlayerMotion::limitPeaks(PlayerId player, std::vector<Waypoint>& list) {
    // A leg whose curve peaks over a sprint is shortened at its soft end (the shape's place gives way,
    // so he leaves it earlier or stays nearer the ball); legs between two places on the ball stay.
    for (int round = 0; round < kPeakRounds; ++round) {
        const sim::PlayerPath path = pathThrough(list);
        bool moved = false;
        for (std::size_t i = 1; i < list.size(); ++i) {
            Waypoint& a = list[i - 1];
            Waypoint& b = list[i];
            if (b.t - a.t < 1e-6 || (a.fixed && b.fixed)) continue;
            const double peak = peakSpeed(path, a.t, b.t);
            if (peak <= kPeakSpeed) continue;
            // The soft end moves toward the other, but never so far that the leg on its other side
            // would ask more than a sprint on average (the validator's limit), nor onto anyone else.
            // Between two shape places, the one further from the ball gives way: on his way into a
            // touch he leaves the shape sooner (moving the later place back would turn him round, and
            // the run after it would be the sprint); after one he stays nearer the ball.
            const double keep = kPeakSpeed / peak;
            const bool intoTouch = !a.fixed && !b.fixed && nextFixed(list, i) - b.t < a.t - previousFixed(list, i - 1);
            const std::size_t j = b.fixed || intoTouch ? i - 1 : i;
            Waypoint& soft = list[j];
            const Waypoint& other = j == i ? a : b;
            Vec2 nearer = lerp(other.at, soft.at, keep);
            if (j == i && i + 1 < list.size()) nearer = within(list[i + 1].at, nearer, kFixedSpeed * (list[i + 1].t - b.t));
            if (j + 1 == i && i >= 2) nearer = within(list[i - 2].at, nearer, kFixedSpeed * (a.t - list[i - 2].t));
            // Never onto anyone else, nor on the way through anyone playing the ball. The place the
            // moment opens with gives way too: it is the team shape's guess, and a guess too far from his
            // first touch is the sprint (a passage before the moment walks him to it in the seam).
            // Where the whole step is in the way, a part of it still takes some of the sprint out.
            for (const double part : {1.0, 0.5, 0.25}) {
                const Vec2 step = lerp(soft.at, nearer, part);
                if (!clearOfOthers(player, soft.t, step) || !clearOfTouches(player, list, j, step)) continue;
                soft.at = step;
                moved = true;
                break;
            }
        }
        if (!moved) return;
    }
}

void PlayerMotion::writeTo(Moment& moment) const {
    for (const auto& [player, list] : players_) {
        if (list.empty()) continue;
        moment.shape.push_back({player, list.front().at, {}});
        for (std::size_t i = 1; i < list.size(); ++i) {
            const Waypoint& a = list[i - 1];
            const Waypoint& b = list[i];
            if (distance(a.at, b.at) < kStill && !a.dribbling) continue;
            Action run;
            // A dribble needs time for a touch or two; a sliver of one is a run.
            run.kind = a.dribbling && b.t - a.t > 0.3 ? ActionKind::Dribble : ActionKind::Run;
            run.at = a.t;
            run.actor = player;
            run.to = b.at;
            run.by = b.t;
            moment.actions.push_back(run);
        }
    }
}

}  // namespace touchline::import
