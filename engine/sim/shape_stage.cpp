#include "sim/shape_stage.h"

#include <algorithm>
#include <cmath>

#include "core/human_limits.h"

namespace touchline::sim {

namespace {

constexpr double kNearKey = 0.02;  // s: a sample this close to a touch gives way to the touch's key
constexpr double kStill = 1.0;     // m/s: a ball slower than this is at someone's feet, not travelling
constexpr double kOverHead = 2.0;  // m: a ball higher than this passes over everyone
constexpr double kMendSeconds = 1.5;  // s before a touch over which a shortfall is made up
constexpr double kMendLongest = 3.0;  // s: made up where he has speed to spare, over at most this long
constexpr double kMendTopSpeed = kMaxRunSpeed - 0.1;  // m/s: a bent leg's speed, with room for the curve through it
constexpr double kMendFrom = 0.05;    // m: a shortfall smaller than this is none
constexpr double kLineDrops = 3.0;    // s before a pass is kicked the back line starts to drop with its runner
constexpr double kAsideEase = 0.5;    // s over which a player stepping aside for a bent run eases in and out

// The follower heads for each touch within its limits and is put exactly there at its time; when the
// data's touches come quicker than a footballer's acceleration allows, he would be short of it at the
// last sample before and jump. The shortfall is made up over the second or so before instead, as a run
// that bends towards the ball a little harder, so the legs into the touch are ones a player can run.
// Made up evenly over that second on top of a run at full speed, the bend would take him past a sprint
// (Skúlason at England-Iceland 61:01, 10.5 m/s): it is then made up where he has speed to spare, most
// where he is slowest (getting going, turning), over up to kMendLongest as the touch before allows, so
// that no leg of it is faster than kMendTopSpeed when the shortfall fits there at all.
void arriveSmoothly(std::vector<Vec2>& positions, std::size_t n, std::size_t p, const std::vector<Appointment>& touches,
                    double interval) {
    const int samples = static_cast<int>(positions.size() / n);
    const auto at = [&](int s) -> Vec2& { return positions[static_cast<std::size_t>(s) * n + p]; };
    double previous = 0.0;
    for (const Appointment& a : touches) {
        const int before = std::min(static_cast<int>(std::floor(a.time / interval - 1e-9)), samples - 1);
        const double longest = a.time - previous - interval;
        const double window = std::min(kMendSeconds, longest);
        previous = a.time;
        if (before < 1 || window <= interval) continue;
        const double from = before * interval;
        const double last = a.time - from;  // the leg from the last sample into the touch
        const Vec2 velocity = (at(before) - at(before - 1)) / interval;
        const Vec2 shortfall = a.place - (at(before) + velocity * last);
        if (length(shortfall) < kMendFrom) continue;
        // A mend: how much of the shortfall is made up by each sample from `first` to `before`.
        struct Mend {
            int first = 0;
            std::vector<double> share;
        };
        const auto fastestLeg = [&](const Mend& m) {
            Vec2 previousAt = at(m.first - 1);
            double most = length(a.place - (at(before) + shortfall * m.share.back())) / std::max(last, 1e-9);
            for (int s = m.first; s <= before; ++s) {
                const Vec2 here = at(s) + shortfall * m.share[static_cast<std::size_t>(s - m.first)];
                most = std::max(most, length(here - previousAt) / interval);
                previousAt = here;
            }
            return most;
        };
        // Evenly, eased in and out over the window.
        Mend even;
        const double start = a.time - window;
        even.first = std::max(1, static_cast<int>(std::ceil(start / interval)));
        for (int s = even.first; s <= before; ++s) {
            const double w = (s * interval - start) / window;
            even.share.push_back(w * w * (3.0 - 2.0 * w));
        }
        if (even.share.empty()) continue;
        Mend mend = even;
        // (A touch after the stretch ends is the next stretch's: the bend leaves him on his way to it.)
        const bool within = a.time <= (samples - 1) * interval + 1e-9;
        const double evenLeg = fastestLeg(even);
        if (within && evenLeg > kMendTopSpeed) {
            // Where he has speed to spare: each leg's share of the shortfall is his room under the top
            // speed there, eased in and out over the window (the last leg, into the touch, included).
            const double span = std::min(longest, kMendLongest);
            Mend spare;
            spare.first = std::max(1, static_cast<int>(std::ceil((a.time - span) / interval)));
            const double opens = (spare.first - 1) * interval, spanned = a.time - opens;
            std::vector<double> room;  // per leg, metres of the shortfall it may take
            double total = 0.0;
            for (int s = spare.first; s <= before + 1; ++s) {
                const bool into = s > before;
                const double dt = into ? last : interval;
                const Vec2 chord = into ? velocity : (at(s) - at(s - 1)) / interval;
                const double mid = ((into ? from : (s - 1) * interval) + dt / 2.0 - opens) / spanned;
                room.push_back(std::max(0.0, kMendTopSpeed - length(chord)) * 4.0 * mid * (1.0 - mid) * dt);
                total += room.back();
            }
            if (total > 0.0) {
                double made = 0.0;
                for (std::size_t k = 0; k + 1 < room.size(); ++k) {
                    made += room[k] / total;
                    spare.share.push_back(made);
                }
                if (spare.share.empty()) spare.share.push_back(0.0);
                if (fastestLeg(spare) < evenLeg) mend = spare;
            }
        }
        for (int s = mend.first; s <= before; ++s) at(s) += shortfall * mend.share[static_cast<std::size_t>(s - mend.first)];
    }
}

// The passes each player receives from a team-mate: a touch whose touch before is his team-mate's.
// Touches where the stretch ends (action -1: standing for the next restart) are no balls.
std::vector<std::vector<PassTo>> passesTo(const std::vector<std::vector<Appointment>>& appointments,
                                          const std::vector<ShapePlayer>& players) {
    struct Touch {
        double time;
        std::size_t player;
    };
    std::vector<Touch> touches;
    for (std::size_t p = 0; p < appointments.size(); ++p) {
        for (const Appointment& a : appointments[p]) {
            if (a.action >= 0) touches.push_back({a.time, p});
        }
    }
    std::stable_sort(touches.begin(), touches.end(), [](const Touch& a, const Touch& b) { return a.time < b.time; });
    std::vector<std::vector<PassTo>> out(appointments.size());
    for (std::size_t i = 1; i < touches.size(); ++i) {
        const Touch& from = touches[i - 1];
        const Touch& to = touches[i];
        if (from.player == to.player || players[from.player].id.team != players[to.player].id.team) continue;
        if (to.time > from.time + 1e-9) out[to.player].push_back({from.time, to.time});
    }
    return out;
}

// The runners of each team at time t: whoever receives a pass kicked within kLineDrops from now, until
// he has it, where he gets it and where he last played the ball before it. The furthest forward of them
// is where the other team's line drops to.
void withRunners(ShapeSituation& situation, double t, const std::vector<ShapePlayer>& players,
                 const std::vector<std::vector<Appointment>>& appointments, const std::vector<std::vector<PassTo>>& passes) {
    for (std::size_t p = 0; p < passes.size(); ++p) {
        const std::size_t team = static_cast<std::size_t>(players[p].id.team);
        const double dir = pitch::side(situation.attacking[team]);
        for (const PassTo& pass : passes[p]) {
            if (t < pass.kicked - kLineDrops || t > pass.received) continue;
            // Where he gets it, and where he played the ball just before it (a one-two: he is still there).
            for (const Appointment& a : appointments[p]) {
                const bool his = std::abs(a.time - pass.received) < 1e-9 ||
                                 (a.action >= 0 && a.time >= pass.kicked - kLineDrops && a.time <= pass.kicked);
                auto& runner = situation.runner[team];
                if (his && (!runner || dir * a.place.x > dir * *runner)) runner = a.place.x;
            }
        }
    }
}

// A shaped player's keys: his sample every interval and his touches, a touch standing for a sample
// within kNearKey of it. `sampleOf`, when given, says per key which sample it is (-1 for a touch).
std::vector<Keyframe> shapedKeys(const std::vector<Vec2>& positions, std::size_t n, std::size_t p,
                                 const std::vector<Appointment>& touches, double interval, std::vector<int>* sampleOf = nullptr) {
    const int samples = static_cast<int>(positions.size() / n);
    std::vector<Keyframe> keys;
    keys.reserve(static_cast<std::size_t>(samples) + touches.size());
    std::size_t next = 0;
    const auto touch = [&](const Appointment& a) {
        if (!keys.empty() && a.time <= keys.back().time + kNearKey) return;
        keys.push_back({a.time, a.place, a.action, true});
        if (sampleOf) sampleOf->push_back(-1);
    };
    for (int s = 0; s < samples; ++s) {
        const double t = s * interval;
        while (next < touches.size() && touches[next].time <= t + kNearKey) touch(touches[next++]);
        if (!keys.empty() && t <= keys.back().time + kNearKey) continue;
        keys.push_back({t, positions[static_cast<std::size_t>(s) * n + p], -1, false});
        if (sampleOf) sampleOf->push_back(s);
    }
    while (next < touches.size()) touch(touches[next++]);
    return keys;
}

// The follower, and the bends into touches, can leave a leg between two samples faster than he runs (one
// held back from his place catches up with it): his samples are kept to a run between his touches
// (keepLegsWithin), before anyone steps aside for where that puts him.
void keepSamplesWithin(std::vector<Vec2>& positions, std::size_t n, std::size_t p, const std::vector<Appointment>& touches,
                       double interval) {
    std::vector<int> sampleOf;
    std::vector<Keyframe> keys = shapedKeys(positions, n, p, touches, interval, &sampleOf);
    std::vector<bool> bent(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k) bent[k] = sampleOf[k] >= 0;
    keepLegsWithin(keys, bent, kFastestBentLeg);
    for (std::size_t k = 0; k < keys.size(); ++k) {
        if (sampleOf[k] >= 0) positions[static_cast<std::size_t>(sampleOf[k]) * n + p] = keys[k].position;
    }
}

}  // namespace

void stepAsideForBentRuns(std::vector<Vec2>& positions, const std::vector<Vec2>& unbent, std::size_t players,
                          const std::function<bool(std::size_t player, int sample)>& free, double gap, int ease,
                          double farthest) {
    const std::size_t n = players;
    if (n == 0) return;
    const int samples = static_cast<int>(positions.size() / n);
    const auto index = [n](int s, std::size_t p) { return static_cast<std::size_t>(s) * n + p; };
    const auto bent = [&](int s, std::size_t p) { return distance(positions[index(s, p)], unbent[index(s, p)]) > 1e-9; };
    // Per sample and player, the step aside the runner needs of him there (the largest, where several do).
    // He steps off the runner's line, to the side of it he stood on, and stays on that side while the
    // runner goes by: judged afresh at every sample, a runner passing through him would throw him from
    // one side to the other, and pushed away from the runner he would be driven ahead of him.
    std::vector<Vec2> need(positions.size());
    std::vector<Vec2> side(n * n);
    std::vector<int> sideFrom(n * n, -2);  // the last sample the pair's side was used
    bool any = false;
    for (int s = 0; s < samples; ++s) {
        for (std::size_t p = 0; p < n; ++p) {
            if (!bent(s, p)) continue;
            for (std::size_t q = 0; q < n; ++q) {
                if (q == p || bent(s, q) || !free(q, s)) continue;
                const Vec2 d = positions[index(s, q)] - positions[index(s, p)];
                const double len = length(d);
                if (len >= gap) continue;
                const std::size_t pair = p * n + q;
                if (sideFrom[pair] != s - 1) {
                    const Vec2 run = positions[index(std::min(s + 1, samples - 1), p)] - positions[index(std::max(s - 1, 0), p)];
                    if (length(run) > 1e-6) {
                        const Vec2 off = perpendicular(normalized(run));
                        side[pair] = dot(d, off) >= 0.0 ? off : -off;
                    } else {
                        side[pair] = len > 1e-9 ? d / len : Vec2{0.0, 1.0};
                    }
                }
                sideFrom[pair] = s;
                const double across = dot(d, side[pair]);
                if (across >= gap) continue;
                const Vec2 aside = side[pair] * (gap - across);
                if (length(aside) > length(need[index(s, q)])) need[index(s, q)] = aside;
                any = true;
            }
        }
    }
    const std::vector<Vec2> before = positions;
    for (std::size_t q = 0; any && q < n; ++q) {
        std::vector<Vec2> step(static_cast<std::size_t>(samples));
        bool steps = false;
        for (int s = 0; s < samples; ++s) {
            const Vec2 v = need[index(s, q)];
            if (v == Vec2{}) continue;
            steps = true;
            for (int k = std::max(0, s - ease); k <= std::min(samples - 1, s + ease); ++k) {
                const Vec2 eased = v * (1.0 - static_cast<double>(std::abs(k - s)) / (ease + 1));
                if (length(eased) > length(step[static_cast<std::size_t>(k)])) step[static_cast<std::size_t>(k)] = eased;
            }
        }
        if (!steps) continue;  // nobody's run comes through him
        std::vector<char> freeAt(static_cast<std::size_t>(samples));
        for (int s = 0; s < samples; ++s) freeAt[static_cast<std::size_t>(s)] = free(q, s);
        // Eased out before he is busy with the ball (or leaves the pitch) as well: his run into a touch
        // is his own.
        int sinceBusy = ease + 1;
        std::vector<int> fromBusy(static_cast<std::size_t>(samples));
        for (int s = 0; s < samples; ++s) {
            sinceBusy = freeAt[static_cast<std::size_t>(s)] ? std::min(sinceBusy + 1, ease + 1) : 0;
            fromBusy[static_cast<std::size_t>(s)] = sinceBusy;
        }
        std::vector<Vec2> own(static_cast<std::size_t>(samples));  // his positions before he steps aside
        for (int s = 0; s < samples; ++s) own[static_cast<std::size_t>(s)] = positions[index(s, q)];
        int untilBusy = ease + 1;
        for (int s = samples - 1; s >= 0; --s) {
            untilBusy = freeAt[static_cast<std::size_t>(s)] ? std::min(untilBusy + 1, ease + 1) : 0;
            const int clear = std::min(untilBusy, fromBusy[static_cast<std::size_t>(s)]);
            positions[index(s, q)] += step[static_cast<std::size_t>(s)] * (static_cast<double>(clear) / (ease + 1));
        }
        // Stepping aside never makes him faster than `farthest` a sample (or than his own run is there): a
        // step that grows as the runner closes, along the way he runs himself, made a forward running past
        // a defender bent into his touch 12.3 m/s (Tosun at Everton-Manchester City 32:23). Where that
        // leaves him short, he makes it up as the step eases off.
        for (int s = 1; s < samples; ++s) {
            if (!freeAt[static_cast<std::size_t>(s)]) continue;
            const double most = std::max(farthest, distance(own[static_cast<std::size_t>(s)], own[static_cast<std::size_t>(s - 1)]));
            const Vec2 from = positions[index(s - 1, q)];
            positions[index(s, q)] = from + capped(positions[index(s, q)] - from, most);
        }
    }
    // Two who stepped aside into each other (Matuidi for Mandžukić's run bent into its touch, Allan for
    // another, 0.2 m apart at Juventus-Napoli 74:50) part again, each half the way, as far apart as they
    // were before or the gap: stepping aside moved each for one runner and no one else. So do two runs
    // both bent where both are free (into the places they stand at for a restart: Alli and Gylfi
    // Sigurðsson crossed 0.6 m apart walking to a throw-in's at England-Iceland 80:01), as far apart as
    // the follower had them or the gap: each bend was made alone.
    const auto runner = [&](int s, std::size_t p) { return distance(before[index(s, p)], unbent[index(s, p)]) > 1e-9; };
    const auto withinARun = [&](int s, std::size_t p, Vec2 moved) {
        const Vec2 at = positions[index(s, p)] + moved;
        for (const int other : {s - 1, s + 1}) {
            if (other < 0 || other >= samples) continue;
            const double own = distance(positions[index(s, p)], positions[index(other, p)]);
            if (distance(at, positions[index(other, p)]) > std::max(farthest, own) + 1e-12) return false;
        }
        return true;
    };
    std::vector<char> freeNow(n), runsNow(n);  // asked once a sample: this runs for every shaped stretch
    for (int s = 0; s < samples; ++s) {
        for (std::size_t p = 0; p < n; ++p) {
            freeNow[p] = free(p, s);
            runsNow[p] = runner(s, p);
        }
        for (std::size_t a = 0; a < n; ++a) {
            if (!freeNow[a]) continue;
            const bool runs = runsNow[a];
            for (std::size_t b = a + 1; b < n; ++b) {
                if (static_cast<bool>(runsNow[b]) != runs || !freeNow[b]) continue;
                const std::vector<Vec2>& was = runs ? unbent : before;
                const Vec2 d = positions[index(s, b)] - positions[index(s, a)];
                const double len = length(d);
                const double want = std::min(gap, distance(was[index(s, b)], was[index(s, a)]));
                if (len >= want) continue;
                // Two runners part the way the follower had them apart: their own line turns as one
                // passes the other, and pushed along it they spun round each other.
                const Vec2 apart = was[index(s, b)] - was[index(s, a)];
                const Vec2 axis = runs && length(apart) > 1e-9 ? normalized(apart) : len > 1e-9 ? d / len : normalized(apart);
                const double along = dot(d, axis);
                Vec2 push = axis * ((want - (runs ? along : len)) / 2.0);
                // Two runs into their places are tight already: parted only as far as leaves each no
                // faster than `farthest` a sample (or his own run there), into and out of it (else a
                // run to a restart's place became a sprint, and the passage stopped short of it).
                for (int tries = 0; runs && tries < 3 && !withinARun(s, a, -push) ; ++tries) push *= 0.5;
                for (int tries = 0; runs && tries < 3 && !withinARun(s, b, push); ++tries) push *= 0.5;
                if (runs && (!withinARun(s, a, -push) || !withinARun(s, b, push))) continue;
                positions[index(s, a)] -= push;
                positions[index(s, b)] += push;
            }
        }
    }
}

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
    follow.passesTo = passesTo(in.appointments, in.players);
    follow.offsideRuns = in.offsideRuns;
    follow.meetings = in.meetings;
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
        follow.deadBall.push_back(now.restart.has_value());
    }
    for (const ShapePlayer& p : in.players) follow.team.push_back(p.id.team);
    if (!in.situations.empty()) {
        for (const pitch::End end : in.situations.front().attacking) follow.forward.push_back(pitch::side(end));
    }
    follow.fixed.resize(n);
    for (std::size_t p = 0; p < n; ++p) follow.fixed[p] = !in.moved[p];
    follow.targets.resize(static_cast<std::size_t>(samples) * n);
    for (int s = 0; s < samples; ++s) {
        ShapeSituation situation = in.situations[static_cast<std::size_t>(s)];
        withRunners(situation, s * in.interval, in.players, in.appointments, follow.passesTo);
        const std::vector<Vec2> targets = shapeTargets(situation, in.players);
        const double t = s * in.interval;
        for (std::size_t p = 0; p < n; ++p) {
            follow.targets[static_cast<std::size_t>(s) * n + p] = in.moved[p] ? targets[p] : in.given[p].position(t);
        }
    }
    std::vector<Vec2> positions = followTargets(follow);
    const std::vector<Vec2> unbent = positions;
    for (std::size_t p = 0; p < n; ++p) {
        if (in.moved[p] && p < in.appointments.size()) arriveSmoothly(positions, n, p, in.appointments[p], in.interval);
        if (in.moved[p]) keepSamplesWithin(positions, n, p, p < in.appointments.size() ? in.appointments[p] : std::vector<Appointment>{}, in.interval);
    }
    const auto free = [&](std::size_t p, int s) {
        const double t = s * in.interval;
        if (!in.moved[p] || t < in.onFrom[p] || t >= in.onUntil[p]) return false;
        if (p >= in.appointments.size()) return true;
        return std::none_of(in.appointments[p].begin(), in.appointments[p].end(), [&](const Appointment& a) {
            return !a.standing && t >= a.time - in.limits.busy && t <= a.time + in.limits.busyAfter;
        });
    };
    stepAsideForBentRuns(positions, unbent, n, free, in.limits.gap,
                         static_cast<int>(std::lround(kAsideEase / in.interval)), in.limits.topSpeed * in.interval);

    std::vector<PlayerPath> out;
    out.reserve(n);
    for (std::size_t p = 0; p < n; ++p) {
        if (!in.moved[p]) {
            out.push_back(in.given[p]);
            continue;
        }
        const std::vector<Appointment>& touches = p < in.appointments.size() ? in.appointments[p] : std::vector<Appointment>{};
        out.emplace_back(shapedKeys(positions, n, p, touches, in.interval));
    }
    return out;
}

}  // namespace touchline::sim
