#include "sim/moment_plan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/human_limits.h"
#include "sim/ball_flight.h"

namespace touchline::sim {

namespace {

constexpr double kFootOffset = 0.35;     // a kicker stands this far behind the ball
constexpr double kDribbleOffset = 0.5;   // a dribbler keeps the ball this far ahead
constexpr double kDribbleEvery = 0.45;   // seconds between a dribbler's touches

std::string name(const Script& script, PlayerId id) { return id.valid() ? script.player(id).name : "?"; }

std::string touchWord(const Touch& t) {
    if (t.kind == TouchKind::Dribble) return "dribble";
    if (t.kind == TouchKind::Parry || t.kind == TouchKind::Hold) return "save";
    return std::string(actionKeyword(t.cause));
}

std::string fmt(const char* pattern, double a, double b = 0.0) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, pattern, a, b);
    return buffer;
}

double effectiveDuration(const Moment& m) {
    if (m.duration > 0.0) return m.duration;
    double last = 0.0;
    for (const Action& a : m.actions) {
        last = std::max(last, a.at);
        if (isMovement(a.kind)) last = std::max(last, a.by);
        if (a.arrive) last = std::max(last, *a.arrive);
    }
    return m.animated() ? last + 2.0 : std::max(4.0, last + 2.0);
}

// The point (ball centre) a touch aims at, the target player's arrival time given.
Vec3 aimAt(const Script&, const MomentPlan& plan, const BallModel& model, const Touch& t, double arrival) {
    const double z = std::max(t.target.height, model.radius);
    switch (t.target.kind) {
        case KickTarget::Kind::Place: return withHeight(t.target.place, z);
        case KickTarget::Kind::Goal: return {pitch::goalLineX(t.target.goal), t.target.place.y, z};
        case KickTarget::Kind::Player: {
            const int i = plan.indexOf(t.target.player);
            if (i < 0) return withHeight(t.target.place, z);
            return withHeight(plan.planned[static_cast<std::size_t>(i)].position(arrival), z);
        }
    }
    return {};
}

// When the solver finds nothing, the ball still goes (the error is reported): straight at the target,
// at what a drag-free kick would need, capped at a human's best.
Vec3 fallbackVelocity(const BallModel& model, Vec3 from, Vec3 aim, double flightTime, bool ground) {
    const Vec2 d = aim.ground() - from.ground();
    const double dist = length(d);
    const Vec2 dir = dist > 0.0 ? d / dist : Vec2{1.0, 0.0};
    const double tau = std::max(flightTime, 0.2);
    Vec3 v = ground ? withHeight(dir * (dist / tau), 0.0)
                    : withHeight(dir * (dist / tau), (aim.z - from.z) / tau + 0.5 * model.gravity * tau);
    const double speed = length(v);
    if (speed > kMaxKickSpeed) v = v * (kMaxKickSpeed / speed);
    return v;
}

}  // namespace

int stepOf(double seconds) { return static_cast<int>(std::llround(seconds * kStepsPerSecond)); }

int MomentPlan::indexOf(PlayerId id) const {
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

void resolveTouch(const Script& script, const Moment& moment, const MomentPlan& plan, const BallModel& model,
                  Touch& t, Diagnostics* diagnostics) {
    const Action& action = moment.actions[static_cast<std::size_t>(t.action)];
    const auto report = [&](Severity severity, const std::string& message) {
        if (!diagnostics) return;
        const std::string text = name(script, t.player) + "'s " + touchWord(t) + ": " + message;
        for (const Diagnostic& d : diagnostics->items()) {
            if (d.message == text && d.where.line == action.where.line && d.where.column == action.where.column) return;
        }
        if (severity == Severity::Error) diagnostics->error(action.where, text);
        else diagnostics->warning(action.where, text);
    };
    const BallState& ball = t.ballAt;
    const double now = t.step * kStep;
    t.launch = ball;
    t.held = false;
    t.aim = ball.position;
    const int self = plan.indexOf(t.player);
    const Vec2 planned = self >= 0 ? plan.planned[static_cast<std::size_t>(self)].position(now) : ball.position.ground();

    if (t.kind == TouchKind::Hold || t.kind == TouchKind::Trap || t.kind == TouchKind::Control) {
        if (t.kind == TouchKind::Hold && ball.position.z > kMaxSaveHeight) {
            report(Severity::Error, fmt("the ball is %.1f m high there, out of a keeper's reach (%.0f m)",
                                        ball.position.z, kMaxSaveHeight));
        }
        // A ball brought under control drops from where he meets it; it does not keep the pace of its fall
        // (a dropping lofted pass kept it and bounced a metre and more back up off his feet).
        t.launch.velocity = Vec3{0.0, 0.0, t.kind == TouchKind::Hold ? 0.0 : std::clamp(ball.velocity.z, -1.0, 0.0)};
        t.launch.spin = {};
        t.held = t.kind == TouchKind::Hold;
        const Vec2 towards = normalized(ball.position.ground() - planned);
        if (t.kind == TouchKind::Hold) {
            t.standAt = ball.position.ground();
        } else if (t.kind == TouchKind::Control) {
            // He meets the ball coming at him: it stops just in front of him (on his chest or head when high).
            const Vec2 coming = normalized(ball.velocity.ground());
            const double offset = ball.position.z > 1.0 ? 0.0 : kFootOffset;
            t.standAt = ball.position.ground() + (coming == Vec2{} ? -towards : coming) * offset;
        } else {
            t.standAt = ball.position.ground() - towards * kFootOffset;
        }
        return;
    }

    if (t.kind == TouchKind::Header && ball.position.z > kMaxHeaderHeight) {
        report(Severity::Error, fmt("the ball is %.1f m high when he heads it; no one heads a ball above %.0f m",
                                    ball.position.z, kMaxHeaderHeight));
    }
    if (t.kind == TouchKind::Parry && ball.position.z > kMaxSaveHeight) {
        report(Severity::Error, fmt("the ball is %.1f m high there, out of a keeper's reach (%.0f m)", ball.position.z,
                                    kMaxSaveHeight));
    }
    KickRequest request;
    request.from = ball.position;
    request.style = t.style;
    std::optional<double> speed = t.speed;
    if (t.kind == TouchKind::Parry && !speed && !t.arriveStep) {
        speed = std::clamp(0.5 * length(ball.velocity), 4.0, 20.0);  // a palm takes some of the pace off
    }
    request.speed = speed;
    if (t.arriveStep) request.arriveSteps = *t.arriveStep - t.step;
    double arrival = t.arriveStep ? *t.arriveStep * kStep : now + 1.0;
    Vec3 aim = aimAt(script, plan, model, t, arrival);
    if (request.style == KickStyle::Ground && aim.z > model.radius + 0.25) {
        report(Severity::Warning, fmt("a ground pass cannot arrive %.1f m above the grass; it is kicked driven "
                                      "(write style: driven or lofted)", aim.z));
        request.style = KickStyle::Driven;
    }
    if (speed && t.target.kind == KickTarget::Kind::Player) {
        arrival = now + distance(aim.ground(), ball.position.ground()) / *speed;
        aim = aimAt(script, plan, model, t, arrival);
    }
    request.target = aim;
    Result<KickSolution> solved = solveKick(model, request);
    // A kick at a given speed to a moving player: where he is depends on when the ball gets there.
    for (int i = 0; i < 6 && solved && speed && t.target.kind == KickTarget::Kind::Player; ++i) {
        const Vec3 next = aimAt(script, plan, model, t, now + solved->flightTime);
        if (distance(next, request.target) < 0.01) break;
        request.target = next;
        solved = solveKick(model, request);
    }
    t.aim = request.target;
    if (solved) {
        t.launch.velocity = solved->velocity;
        t.launch.spin = solved->spin;
    } else {
        report(Severity::Error, solved.error().message);
        const double flight = request.arriveSteps ? *request.arriveSteps * kStep
                                                  : distance(request.target, request.from) / std::max(*speed, 1.0);
        t.launch.velocity =
            fallbackVelocity(model, request.from, request.target, flight, request.style == KickStyle::Ground);
        t.launch.spin = request.style == KickStyle::Ground ? t.launch.velocity.ground() : Vec2{};
    }
    const Vec2 dir = normalized(t.aim.ground() - ball.position.ground());
    double offset = kFootOffset;
    if (t.kind == TouchKind::Header || t.kind == TouchKind::Parry) offset = 0.0;
    if (t.kind == TouchKind::Dribble) offset = kDribbleOffset;
    t.standAt = ball.position.ground() - dir * offset;
}

MomentPlan planMoment(const Script& script, int momentIndex, const Lineup& lineup, const BallModel& model,
                      Diagnostics& diagnostics) {
    const Moment& moment = script.moments[static_cast<std::size_t>(momentIndex)];
    MomentPlan plan;
    plan.moment = momentIndex;
    plan.start = moment.matchTime;
    plan.duration = effectiveDuration(moment);
    plan.steps = std::max(1, static_cast<int>(std::ceil(plan.duration * kStepsPerSecond - 1e-6)));

    // Who is on the pitch: those on at the start, those who come on during the moment.
    for (PlayerId id : lineup.onPitchAt(moment.matchTime)) plan.players.push_back({id, 0.0, 1e9, false});
    for (const Action& a : moment.actions) {
        if (a.kind == ActionKind::Substitution && a.actor.valid() && plan.indexOf(a.actor) < 0) {
            plan.players.push_back({a.actor, a.at, 1e9, false});
        }
    }
    for (const Action& a : moment.actions) {
        const bool off = (a.kind == ActionKind::Substitution && a.other.valid()) ||
                         (a.kind == ActionKind::Card && a.card == CardColour::Red);
        const PlayerId leaving = a.kind == ActionKind::Substitution ? a.other : a.actor;
        if (!off) continue;
        if (int i = plan.indexOf(leaving); i >= 0 && a.at > 0.0) plan.players[static_cast<std::size_t>(i)].onUntil = a.at;
    }
    const std::size_t n = plan.players.size();
    plan.startPositions.resize(n);
    plan.runs.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const PlayerId id = plan.players[i].id;
        plan.startPositions[i] = lineup.formationPosition(id, moment.matchTime + plan.players[i].onFrom);
    }
    for (const Placement& p : moment.shape) {
        if (int i = plan.indexOf(p.player); i >= 0) plan.startPositions[static_cast<std::size_t>(i)] = p.position;
    }
    for (std::size_t ai = 0; ai < moment.actions.size(); ++ai) {
        const Action& a = moment.actions[ai];
        if (!isMovement(a.kind)) continue;
        const int i = plan.indexOf(a.actor);
        if (i < 0) {
            diagnostics.error(a.where, name(script, a.actor) + " is not on the pitch at this time");
            continue;
        }
        plan.runs[static_cast<std::size_t>(i)].push_back({a.at, a.by, a.to, static_cast<int>(ai)});
    }
    plan.planned.reserve(n);
    for (std::size_t i = 0; i < n; ++i) plan.planned.push_back(buildPath(plan.startPositions[i], plan.runs[i], {}));

    // The touches.
    for (std::size_t ai = 0; ai < moment.actions.size(); ++ai) {
        const Action& a = moment.actions[ai];
        const bool touches = isKick(a.kind) || a.kind == ActionKind::Save || a.kind == ActionKind::Tackle ||
                             a.kind == ActionKind::Dribble;
        if (!touches) continue;
        const int who = plan.indexOf(a.actor);
        if (who < 0) {
            diagnostics.error(a.where, name(script, a.actor) + " is not on the pitch at this time");
            continue;
        }
        if (a.target.kind == KickTarget::Kind::Player && (isKick(a.kind) || a.kind == ActionKind::Save) &&
            plan.indexOf(a.target.player) < 0) {
            diagnostics.error(a.where, name(script, a.actor) + "'s " + std::string(actionKeyword(a.kind)) + " goes to " +
                                           name(script, a.target.player) + ", who is not on the pitch at this time");
            continue;
        }
        Touch t;
        t.step = std::clamp(stepOf(a.at), 0, plan.steps);
        t.player = a.actor;
        t.action = static_cast<int>(ai);
        t.cause = a.kind;
        t.target = a.target;
        t.speed = a.speed;
        t.style = a.style;
        if (a.arrive) t.arriveStep = stepOf(*a.arrive);
        if (t.arriveStep && *t.arriveStep <= t.step) {
            diagnostics.error(a.where, name(script, a.actor) + "'s " + std::string(actionKeyword(a.kind)) +
                                           ": the ball must arrive after it is kicked");
            t.arriveStep = t.step + 1;
        }
        if (isKick(a.kind)) {
            t.kind = a.kind == ActionKind::Header ? TouchKind::Header : TouchKind::Kick;
            plan.touches.push_back(t);
        } else if (a.kind == ActionKind::Save) {
            t.kind = a.holds ? TouchKind::Hold : TouchKind::Parry;
            if (!a.holds && t.style == KickStyle::Ground) t.style = KickStyle::Driven;
            plan.touches.push_back(t);
        } else if (a.kind == ActionKind::Tackle) {
            t.kind = TouchKind::Trap;
            plan.touches.push_back(t);
        } else {
            // A dribble: touches every ~0.45 s, each rolling the ball to just ahead of where he will be at
            // the next one, the last leaving it at his feet when he arrives.
            const PlayerPath& path = plan.planned[static_cast<std::size_t>(who)];
            const double span = std::max(a.by - a.at, kStep);
            const int count = std::max(1, static_cast<int>(std::ceil(span / kDribbleEvery - 1e-9)));
            const Vec2 overall = normalized(a.to - path.position(a.at));
            for (int j = 0; j < count; ++j) {
                const double next = a.at + span * (j + 1) / count;
                Touch d = t;
                d.kind = TouchKind::Dribble;
                d.step = std::clamp(stepOf(a.at + span * j / count), 0, plan.steps);
                d.arriveStep = std::max(d.step + 1, stepOf(next));
                d.speed.reset();
                d.style = KickStyle::Ground;
                Vec2 heading = normalized(path.velocity(next));
                if (heading == Vec2{}) heading = overall == Vec2{} ? Vec2{1.0, 0.0} : overall;
                d.target = KickTarget{};
                d.target.kind = KickTarget::Kind::Place;
                d.target.place = path.position(next) + heading * kDribbleOffset;
                plan.touches.push_back(d);
            }
        }
    }
    // A ball aimed at a player who does nothing with it when it comes: he takes it down.
    const std::size_t scripted = plan.touches.size();
    for (std::size_t k = 0; k < scripted; ++k) {
        const Touch t = plan.touches[k];
        if (t.target.kind != KickTarget::Kind::Player || !t.arriveStep || t.kind == TouchKind::Dribble) continue;
        const int arrive = std::min(*t.arriveStep, plan.steps);
        const bool plays = std::any_of(plan.touches.begin(), plan.touches.end(), [&](const Touch& u) {
            return u.player == t.target.player && u.step >= arrive - 2 && u.step <= arrive + kStepsPerSecond / 2;
        });
        if (plays) continue;
        Touch control;
        control.step = arrive;
        control.player = t.target.player;
        control.action = t.action;
        control.kind = TouchKind::Control;
        control.cause = ActionKind::Run;
        plan.touches.push_back(control);
    }
    std::stable_sort(plan.touches.begin(), plan.touches.end(),
                     [](const Touch& a, const Touch& b) { return a.step < b.step; });

    // Who each pass is played to: the next player to touch the ball, if he is a team-mate (or the
    // named target when no one touches it again). No offside from a corner kick (Law 11).
    for (std::size_t k = 0; k < plan.touches.size(); ++k) {
        Touch& t = plan.touches[k];
        if (t.kind != TouchKind::Kick && t.kind != TouchKind::Header) continue;
        if (t.cause == ActionKind::Corner) continue;
        PlayerId next;
        for (std::size_t m = k + 1; m < plan.touches.size() && !next.valid(); ++m) {
            if (plan.touches[m].player != t.player) next = plan.touches[m].player;
        }
        if (!next.valid() && t.target.kind == KickTarget::Kind::Player) next = t.target.player;
        if (next.valid() && next != t.player && next.team == t.player.team) t.receiver = next;
    }
    for (const Touch& t : plan.touches) {
        if (int i = plan.indexOf(t.player); i >= 0) plan.players[static_cast<std::size_t>(i)].inAction = true;
        if (t.target.kind == KickTarget::Kind::Player) {
            if (int i = plan.indexOf(t.target.player); i >= 0) plan.players[static_cast<std::size_t>(i)].inAction = true;
        }
    }

    // The ball at the start: where the script puts it, or at the first kicker's feet.
    plan.ballStart.position = withHeight(pitch::kCentre, model.radius);
    plan.ballVisible = moment.ball.has_value() || !plan.touches.empty();
    if (moment.ball) {
        plan.ballStart.position = withHeight(*moment.ball, model.radius);
    } else if (!plan.touches.empty()) {
        const Touch& first = plan.touches.front();
        const Vec2 feet = plan.startPositions[static_cast<std::size_t>(plan.indexOf(first.player))];
        Vec2 dir{1.0, 0.0};
        if (first.kind != TouchKind::Hold && first.kind != TouchKind::Trap) {
            const double arrival = first.arriveStep ? *first.arriveStep * kStep : first.step * kStep + 1.0;
            dir = normalized(aimAt(script, plan, model, first, arrival).ground() - feet);
            if (dir == Vec2{}) dir = {1.0, 0.0};
        }
        plan.ballStart.position = withHeight(feet + dir * kFootOffset, model.radius);
    }

    // Predict the ball from touch to touch and aim each one.
    BallState ball = plan.ballStart;
    int previous = 0;
    PlayerId holder;
    Vec3 hands;
    for (Touch& t : plan.touches) {
        if (holder.valid()) {
            ball = BallState{};
            ball.position = hands;
        } else {
            ball = flyFor(model, ball, t.step - previous);
        }
        t.ballAt = ball;
        resolveTouch(script, moment, plan, model, t, &diagnostics);
        if (holder.valid() && holder == t.player) t.standAt = hands.ground();  // kicked out of his hands
        ball = t.launch;
        holder = t.held ? t.player : PlayerId{};
        if (t.held) hands = withHeight(t.standAt, kHandsHeight);
        previous = t.step;
    }
    return plan;
}

}  // namespace touchline::sim
