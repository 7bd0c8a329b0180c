#include "sim/shape_plan.h"

#include <algorithm>
#include <cmath>

#include "sim/ball_flight.h"

namespace touchline::sim {

namespace {

constexpr double kHandsHeight = 1.0;
// m/s: the pace a player who plays the ball soon after a passage opens can be asked for to get there,
// below a sprint, for the follower's start and a touch's last steps.
constexpr double kOpeningReachSpeed = 6.0;

int stepsPerInterval() { return static_cast<int>(std::lround(kShapeInterval * kStepsPerSecond)); }

}  // namespace

ShapeSituation restartSituation(const Script& script, const Restart& r, double at) {
    ShapeSituation s;
    s.ball = r.at;
    s.possession = r.taker.side();
    s.restart = r.kind;
    s.taker = r.taker;
    s.attacking = {script.attackingEnd(TeamSide::Home, at), script.attackingEnd(TeamSide::Away, at)};
    return s;
}

namespace {

// Until the restart's kick, if the passage opens with one, everyone stands for it.
double standingUntil(const Moment& passage) {
    if (!passage.restart) return 0.0;
    const auto first = std::find_if(passage.actions.begin(), passage.actions.end(), [](const Action& a) { return playsTheBall(a.kind); });
    return first != passage.actions.end() ? first->at : 0.0;
}

// Where each player first plays the ball in a passage: where the kick before his touch goes (a passage's
// kicks go to places, the next player's touch), from when it gets there. His run there starts at the
// restart's kick, if the passage opens with one: until then he stands for it (a full back a corner stood
// in the six-yard box had 2.7 s less to get to a clearance 68 m upfield than the opening gave him, and
// the walk into the moment after sprinted him there at 11.2 m/s).
std::vector<ShapeSituation::Due> firstTouches(const Moment& passage) {
    std::vector<ShapeSituation::Due> due;
    const Action* before = nullptr;
    const double standing = standingUntil(passage);
    for (const Action& a : passage.actions) {
        if (!playsTheBall(a.kind)) continue;
        const bool seen = std::any_of(due.begin(), due.end(), [&](const ShapeSituation::Due& d) { return d.player == a.actor; });
        if (before && !seen && isKick(before->kind) && before->target.kind == KickTarget::Kind::Place) {
            due.push_back({a.actor, before->target.place, std::max(0.0, std::min(a.at, before->arrive.value_or(a.at)) - standing)});
        }
        before = &a;
    }
    return due;
}

// The player an offside stop names is due where the pass he is caught at goes, when it gets there: the
// last kick of his team-mates before the stop (not a corner's, from which no one is offside), with no
// opponent playing the ball after it. The script's own reading of sim::offsidePass, for the opening
// that both this passage and the one before it make from the script alone. Without it the shape stood
// Bernardo Espinosa, a centre back, 30 m back at a free kick whose cross he was flagged at 4 s later
// (Real Madrid-Girona 83:39), too far to be beyond the line by then.
std::optional<ShapeSituation::Due> offsideDue(const Moment& passage, double standing) {
    if (!passage.stop || passage.stop->kind != StopKind::Offside || !passage.stop->player.valid()) return std::nullopt;
    const PlayerId caught = passage.stop->player;
    const Action* pass = nullptr;
    for (const Action& a : passage.actions) {
        if (a.at > passage.stop->at + 1e-9) break;
        if (!playsTheBall(a.kind)) continue;
        if (a.actor.team != caught.team) {
            if (a.kind != ActionKind::Save) pass = nullptr;
            continue;
        }
        if (isKick(a.kind) && a.kind != ActionKind::Corner && a.actor != caught && a.target.kind == KickTarget::Kind::Place) pass = &a;
    }
    if (!pass) return std::nullopt;
    return ShapeSituation::Due{caught, pass->target.place, std::max(0.0, pass->arrive.value_or(pass->at) - standing)};
}

}  // namespace

ShapeSituation passageOpening(const Script& script, int index) {
    const Moment& passage = script.passages[static_cast<std::size_t>(index)];
    ShapeSituation s;
    if (passage.restart) {
        s = restartSituation(script, *passage.restart, passage.matchTime);
    } else {
        s.attacking = {script.attackingEnd(TeamSide::Home, passage.matchTime), script.attackingEnd(TeamSide::Away, passage.matchTime)};
        const auto first = std::find_if(passage.actions.begin(), passage.actions.end(), [](const Action& a) { return playsTheBall(a.kind); });
        if (first != passage.actions.end()) {
            s.taker = first->actor;
            s.possession = first->actor.side();
        }
    }
    if (const std::optional<Vec2> ball = passage.givenBallStart()) s.ball = *ball;
    s.due = firstTouches(passage);
    // One who plays the ball before he is caught is due at his first touch; from there he is the follower's.
    if (const auto due = offsideDue(passage, standingUntil(passage))) {
        const bool seen = std::any_of(s.due.begin(), s.due.end(), [&](const ShapeSituation::Due& d) { return d.player == due->player; });
        if (!seen) s.due.push_back(*due);
    }
    return s;
}

std::vector<Vec2> openingPositions(const Script& script, const Lineup& lineup, const std::vector<TrackedPlayer>& players,
                                   const ShapeSituation& opening, double at) {
    // Only those on the pitch then make the shape: the passage after a substitution has the new man
    // where this one leaves him.
    std::vector<TrackedPlayer> on;
    std::vector<std::size_t> slot;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].onFrom > at || players[i].onUntil < at) continue;
        on.push_back(players[i]);
        slot.push_back(i);
    }
    const std::vector<Vec2> targets = shapeTargets(opening, shapePlayers(script, lineup, on));
    std::vector<Vec2> places(players.size(), opening.ball);
    for (std::size_t k = 0; k < on.size(); ++k) places[slot[k]] = targets[k];
    // One who plays the ball soon stands where he can get to it: the follower (shape_follower.cpp) would
    // otherwise have to sprint faster than anyone runs to keep his appointment. Not a restart's taker:
    // he stands at the ball, whenever the ball comes back to him (drawn 4 m towards the return of his
    // short corner, Quaresma at Portugal-Spain 90+0:09 ended the passage before 4 m from where the
    // corner's passage starts him).
    for (const ShapeSituation::Due& d : opening.due) {
        if (opening.restart && d.player == opening.taker) continue;
        for (std::size_t i = 0; i < players.size(); ++i) {
            if (players[i].id != d.player) continue;
            const double reach = kOpeningReachSpeed * d.after;
            const double far = distance(places[i], d.place);
            if (far > reach) places[i] = d.place + (places[i] - d.place) * (reach / far);
        }
    }
    if (opening.restart || !opening.taker.valid()) return places;
    // Play resumes without a set piece: he who plays the ball first stands at it (the shape makes room for
    // a restart's taker only).
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id != opening.taker) continue;
        const pitch::End end = opening.attacking[static_cast<std::size_t>(opening.taker.team)];
        places[i] = opening.ball - Vec2{pitch::side(end), 0.0} * kBehindTheBall;
    }
    return places;
}

BallCourse ballCourse(const MomentPlan& plan, const BallModel& model) {
    BallCourse out;
    const int every = stepsPerInterval();
    const int samples = shapeSamples(plan.duration, kShapeInterval);
    out.ball.reserve(static_cast<std::size_t>(samples));
    out.possession.reserve(static_cast<std::size_t>(samples));
    BallState ball = plan.ballStart;
    std::optional<TeamSide> possession;
    if (!plan.touches.empty()) possession = plan.touches.front().player.side();
    PlayerId holder;
    Vec3 hands;
    std::size_t next = 0;
    for (int k = 0; static_cast<int>(out.ball.size()) < samples; ++k) {
        while (next < plan.touches.size() && plan.touches[next].step <= k) {
            const Touch& t = plan.touches[next++];
            ball = t.launch;
            possession = t.player.side();
            holder = t.held ? t.player : PlayerId{};
            if (t.held) hands = withHeight(t.standAt, kHandsHeight);
        }
        if (k % every == 0) {
            out.ball.push_back(ball.position.ground());
            out.height.push_back(ball.position.z);
            out.possession.push_back(possession);
        }
        if (holder.valid()) {
            ball = BallState{};
            ball.position = hands;
        } else {
            step(model, ball, kStep);
        }
    }
    return out;
}

std::vector<ShapePlayer> shapePlayers(const Script& script, const Lineup& lineup, const std::vector<TrackedPlayer>& players) {
    std::vector<ShapePlayer> out;
    out.reserve(players.size());
    for (const TrackedPlayer& p : players) {
        const Vec2 spot = lineup.spot(p.id);
        out.push_back({p.id, spot, lineOf(script.player(p.id).position, spot)});
    }
    return out;
}

namespace {

// The moments shown over this passage, as each of its players meets them (sim/shape_follower.h Meeting):
// those listed in a moment's shape, where it has them as it opens and where its runs take them.
std::vector<std::vector<Meeting>> momentMeetings(const Script& script, const MomentPlan& plan) {
    std::vector<std::vector<Meeting>> out(plan.players.size());
    for (const Moment& m : script.moments) {
        const double opens = m.matchTime - plan.start;
        const double closes = opens + m.duration;
        if (closes <= 0.0 || opens >= plan.duration) continue;
        for (const Placement& place : m.shape) {
            const int i = plan.indexOf(place.player);
            if (i < 0) continue;
            Vec2 last = place.position;
            double lastBy = -1.0;
            for (const Action& a : m.actions) {
                if ((a.kind == ActionKind::Run || a.kind == ActionKind::Dribble) && a.actor == place.player && a.by >= lastBy) {
                    last = a.to;
                    lastBy = a.by;
                }
            }
            out[static_cast<std::size_t>(i)].push_back({opens, closes, place.position, last});
        }
    }
    return out;
}

}  // namespace

std::vector<PlayerPath> shapePlan(const Script& script, const MomentPlan& plan, const Lineup& lineup,
                                  const BallModel& model, const std::vector<bool>& scripted,
                                  const std::vector<PlayerPath>& planned, const ShapePlanOptions& options) {
    const std::size_t n = plan.players.size();
    ShapeStageInput in;
    in.interval = kShapeInterval;
    in.duration = plan.duration;
    in.players = shapePlayers(script, lineup, plan.players);
    in.given = planned;
    in.start = plan.startPositions;
    if (options.opening) {
        const std::vector<Vec2> places = openingPositions(script, lineup, plan.players, *options.opening, 0.0);
        for (std::size_t p = 0; p < n; ++p) {
            if (!scripted[p]) in.start[p] = places[p];
        }
    }
    if (plan.passage) in.meetings = momentMeetings(script, plan);
    in.moved.resize(n);
    for (std::size_t p = 0; p < n; ++p) {
        in.moved[p] = !scripted[p];
        in.onFrom.push_back(plan.players[p].onFrom);
        in.onUntil.push_back(plan.players[p].onUntil);
    }

    // The situation every interval: a restart's until its kick, play, and the closing one once play stops.
    const BallCourse course = ballCourse(plan, model);
    const double firstKick = plan.touches.empty() ? plan.duration : plan.touches.front().step * kStep;
    const double mid = plan.start + 0.5 * plan.duration;
    const std::array<pitch::End, 2> ends{script.attackingEnd(TeamSide::Home, mid), script.attackingEnd(TeamSide::Away, mid)};
    for (std::size_t s = 0; s < course.ball.size(); ++s) {
        const double t = static_cast<double>(s) * kShapeInterval;
        if (options.opening && options.opening->restart && t < firstKick) {
            in.situations.push_back(*options.opening);
        } else if (options.closing && t >= options.stoppedAt) {
            in.situations.push_back(*options.closing);
        } else {
            ShapeSituation sit;
            sit.ball = course.ball[s];
            sit.possession = course.possession[s];
            sit.ballHeight = course.height[s];
            sit.attacking = ends;
            in.situations.push_back(sit);
        }
    }

    // Appointments: every touch of a shaped player, and his place in the closing shape at the end.
    in.appointments.resize(n);
    for (const Touch& t : plan.touches) {
        const int i = plan.indexOf(t.player);
        if (i < 0 || scripted[static_cast<std::size_t>(i)]) continue;
        auto& list = in.appointments[static_cast<std::size_t>(i)];
        const double time = t.step * kStep;
        if (!list.empty() && time <= list.back().time + 1e-9) continue;
        list.push_back({time, t.standAt, t.action});
    }
    if (const auto k = offsidePass(stretchOf(script, plan), plan.touches)) {
        const Touch& pass = plan.touches[*k];
        const int i = plan.indexOf(pass.receiver);
        if (i >= 0 && !scripted[static_cast<std::size_t>(i)]) {
            in.offsideRuns.push_back({static_cast<std::size_t>(i), pass.step * kStep, pass.aim.ground()});
        }
    }
    if (options.closing) {
        const std::vector<Vec2> places = openingPositions(script, lineup, options.closingPlayers, *options.closing, 0.0);
        for (std::size_t p = 0; p < n; ++p) {
            if (scripted[p] || plan.players[p].onUntil < plan.duration) continue;
            const auto there = std::find_if(options.closingPlayers.begin(), options.closingPlayers.end(),
                                            [&](const TrackedPlayer& c) { return c.id == plan.players[p].id; });
            if (there == options.closingPlayers.end()) continue;  // he goes off in the pause
            auto& list = in.appointments[p];
            if (!list.empty() && list.back().time >= plan.duration - 1e-9) list.pop_back();
            list.push_back({plan.duration, places[static_cast<std::size_t>(there - options.closingPlayers.begin())], -1, true});
        }
    }
    return shapePaths(in);
}

}  // namespace touchline::sim
