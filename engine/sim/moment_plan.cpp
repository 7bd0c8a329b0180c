#include "sim/moment_plan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/human_limits.h"
#include "sim/ball_flight.h"
#include "sim/set_piece.h"

namespace touchline::sim {

namespace {

constexpr double kFootOffset = 0.35;     // a kicker stands this far behind the ball
constexpr double kDribbleOffset = 0.5;   // a dribbler keeps the ball this far ahead
constexpr double kDribbleEvery = 0.45;   // seconds between a dribbler's touches
constexpr double kDiveShortOf = 0.75;    // a beaten keeper's centre ends this far from the ball's

std::string touchWord(const Touch& t) {
    if (t.kind == TouchKind::Dribble) return "dribble";
    if (t.kind == TouchKind::Parry || t.kind == TouchKind::Hold || t.kind == TouchKind::Dive) return "save";
    return std::string(actionKeyword(t.cause));
}

std::string fmt(const char* pattern, double a, double b = 0.0) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, pattern, a, b);
    return buffer;
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

bool playsTheBall(ActionKind kind) {
    return isKick(kind) || kind == ActionKind::Save || kind == ActionKind::Tackle || kind == ActionKind::Dribble;
}

int stepOf(double seconds) { return static_cast<int>(std::llround(seconds * kStepsPerSecond)); }

int MomentPlan::indexOf(PlayerId id) const {
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

void resolveTouch(const Script& script, const MomentPlan& plan, const BallModel& model, Touch& t) {
    t.problems.clear();
    const auto report = [&](Severity severity, const std::string& message) {
        t.problems.push_back({severity, std::string(script.playerName(t.player)) + "'s " + touchWord(t) + ": " + message});
    };
    const BallState& ball = t.ballAt;
    const double now = t.step * kStep;
    t.launch = ball;
    t.held = false;
    t.aim = ball.position;
    const int self = plan.indexOf(t.player);
    const Vec2 planned = self >= 0 ? plan.planned[static_cast<std::size_t>(self)].position(now) : ball.position.ground();

    if (t.kind == TouchKind::Dive) {
        // He goes the right way, towards where the ball passes, and ends a hand short of it.
        const Vec2 ballAt = ball.position.ground();
        Vec2 from = normalized(planned - ballAt);
        if (from == Vec2{}) from = normalized(Vec2{0.0, pitch::kCentre.y - ballAt.y});
        if (from == Vec2{}) from = {0.0, 1.0};
        t.standAt = ballAt + from * kDiveShortOf;
        return;
    }
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
    request.tolerance = plan.passage ? kPassageArrivalTolerance : kArrivalTolerance;
    request.mayBounce = plan.passage;
    Result<KickSolution> solved = solveKick(model, request, plan.kicks);
    // A kick at a given speed to a moving player: where he is depends on when the ball gets there.
    for (int i = 0; i < 6 && solved && speed && t.target.kind == KickTarget::Kind::Player; ++i) {
        const Vec3 next = aimAt(script, plan, model, t, now + solved->flightTime);
        if (distance(next, request.target) < 0.01) break;
        request.target = next;
        solved = solveKick(model, request, plan.kicks);
    }
    t.aim = request.target;
    if (solved) {
        if (solved->miss > kArrivalTolerance) {
            report(Severity::Warning, fmt("the nearest kick passes %.2f m from where it is aimed", solved->miss));
        }
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

double momentDuration(const Moment& m) {
    if (m.duration > 0.0) return m.duration;
    double last = 0.0;
    for (const Action& a : m.actions) {
        last = std::max(last, a.at);
        if (isMovement(a.kind)) last = std::max(last, a.by);
        if (a.arrive) last = std::max(last, *a.arrive);
    }
    return m.animated() ? last + 2.0 : std::max(4.0, last + 2.0);
}

std::vector<TrackedPlayer> playersInMoment(const Moment& moment, const Lineup& lineup) {
    std::vector<TrackedPlayer> players;
    const auto find = [&](PlayerId id) {
        return std::find_if(players.begin(), players.end(), [&](const TrackedPlayer& p) { return p.id == id; });
    };
    for (PlayerId id : lineup.onPitchAt(moment.matchTime)) players.push_back({id, 0.0, 1e9, false});
    for (const Action& a : moment.actions) {
        if (a.kind == ActionKind::Substitution && a.actor.valid() && find(a.actor) == players.end()) {
            players.push_back({a.actor, a.at, 1e9, false});
        }
    }
    for (const Action& a : moment.actions) {
        const bool off = (a.kind == ActionKind::Substitution && a.other.valid()) ||
                         (a.kind == ActionKind::Card && a.card == CardColour::Red);
        if (!off || a.at <= 0.0) continue;
        const PlayerId leaving = a.kind == ActionKind::Substitution ? a.other : a.actor;
        if (auto it = find(leaving); it != players.end()) it->onUntil = a.at;
    }
    return players;
}

std::vector<Vec2> startPositions(const Moment& moment, const Lineup& lineup, const std::vector<TrackedPlayer>& players) {
    std::vector<Vec2> positions;
    positions.reserve(players.size());
    for (const TrackedPlayer& p : players) {
        // A substitute who comes on during the moment starts on the touchline, by the bench.
        positions.push_back(p.onFrom > 0.0 ? substituteEntry(p.id) : lineup.formationPosition(p.id, moment.matchTime));
    }
    for (const Placement& placed : moment.shape) {
        for (std::size_t i = 0; i < players.size(); ++i) {
            if (players[i].id == placed.player) positions[i] = placed.position;
        }
    }
    return positions;
}

std::vector<std::vector<RunLeg>> plannedRuns(const Script& script, const Moment& moment, const MomentPlan& plan,
                                             Diagnostics& diagnostics) {
    std::vector<std::vector<RunLeg>> runs(plan.players.size());
    for (std::size_t ai = 0; ai < moment.actions.size(); ++ai) {
        const Action& a = moment.actions[ai];
        if (!isMovement(a.kind)) continue;
        const int i = plan.indexOf(a.actor);
        if (i < 0) {
            diagnostics.error(a.where, std::string(script.playerName(a.actor)) + " is not on the pitch at this time");
            continue;
        }
        runs[static_cast<std::size_t>(i)].push_back({a.at, a.by, a.to, static_cast<int>(ai)});
    }
    return runs;
}

void placeSetPiece(const Script& script, const Moment& moment, MomentPlan& plan) {
    std::vector<PlayerId> ids;
    ids.reserve(plan.players.size());
    for (const TrackedPlayer& p : plan.players) ids.push_back(p.id);
    plan.setPiece = setPieceOf(script, moment, ids, plan.startPositions);
    if (!plan.setPiece) return;
    for (const auto& [id, at] : plan.setPiece->placed) plan.startPositions[static_cast<std::size_t>(plan.indexOf(id))] = at;
}

void holdKeeperOnHisLine(MomentPlan& plan) {
    const std::optional<SetPiece>& setPiece = plan.setPiece;
    if (!setPiece || !setPiece->keeper.valid() || setPiece->kickAt <= 0.0) return;
    const int keeper = plan.indexOf(setPiece->keeper);
    if (keeper < 0) return;
    // He keeps to his line until the kick, unless the script moves him before it.
    auto& legs = plan.runs[static_cast<std::size_t>(keeper)];
    if (legs.empty() || legs.front().at >= setPiece->kickAt) {
        legs.insert(legs.begin(), RunLeg{0.0, setPiece->kickAt, setPiece->keeperSpot, setPiece->action});
    }
}

void walkSubstitutions(const Moment& moment, const Lineup& lineup, MomentPlan& plan) {
    std::vector<bool> changed(plan.players.size(), false);
    for (std::size_t ai = 0; ai < moment.actions.size(); ++ai) {
        const Action& a = moment.actions[ai];
        const bool sub = a.kind == ActionKind::Substitution;
        const bool sentOff = a.kind == ActionKind::Card && a.card == CardColour::Red;
        if ((!sub && !sentOff) || a.at <= 0.0) continue;
        if (const int on = sub ? plan.indexOf(a.actor) : -1; on >= 0 && plan.players[static_cast<std::size_t>(on)].onFrom > 0.0) {
            const auto i = static_cast<std::size_t>(on);
            const Vec2 spot = lineup.formationPosition(a.actor, moment.matchTime + a.at);
            const double by = a.at + distance(plan.startPositions[i], spot) / kWalkOnSpeed;
            auto& runs = plan.runs[i];
            runs.insert(runs.begin(), RunLeg{a.at, by, spot, static_cast<int>(ai)});
            changed[i] = true;
        }
        const int off = plan.indexOf(sub ? a.other : a.actor);
        if (off < 0) continue;
        const auto i = static_cast<std::size_t>(off);
        const Vec2 from = plan.planned[i].position(a.at);
        const Vec2 exit = exitPoint(from);
        const double walk = distance(from, exit) / kWalkOffSpeed;
        plan.players[i].onUntil = a.at + walk;
        if (walk > 0.0) {
            plan.runs[i].push_back({a.at, a.at + walk, exit, static_cast<int>(ai)});
            changed[i] = true;
        }
    }
    for (std::size_t i = 0; i < plan.players.size(); ++i) {
        if (changed[i]) plan.planned[i] = buildPath(plan.startPositions[i], plan.runs[i], {});
    }
}

namespace {

// A dribble: touches every ~0.45 s, each rolling the ball to just ahead of where he will be at the next
// one, the last leaving it at his feet when he arrives.
void addDribbleTouches(const Action& a, const Touch& first, const PlayerPath& path, int steps, std::vector<Touch>& out) {
    const double span = std::max(a.by - a.at, kStep);
    const int count = std::max(1, static_cast<int>(std::ceil(span / kDribbleEvery - 1e-9)));
    const Vec2 overall = normalized(a.to - path.position(a.at));
    for (int j = 0; j < count; ++j) {
        const double next = a.at + span * (j + 1) / count;
        Touch d = first;
        d.kind = TouchKind::Dribble;
        d.step = std::clamp(stepOf(a.at + span * j / count), 0, steps);
        d.arriveStep = std::max(d.step + 1, stepOf(next));
        d.speed.reset();
        d.style = KickStyle::Ground;
        Vec2 heading = normalized(path.velocity(next));
        if (heading == Vec2{}) heading = overall == Vec2{} ? Vec2{1.0, 0.0} : overall;
        d.target = KickTarget{};
        d.target.kind = KickTarget::Kind::Place;
        d.target.place = path.position(next) + heading * kDribbleOffset;
        out.push_back(d);
    }
}

}  // namespace

std::vector<Touch> scriptedTouches(const Script& script, const Moment& moment, const MomentPlan& plan,
                                   Diagnostics& diagnostics) {
    std::vector<Touch> touches;
    for (std::size_t ai = 0; ai < moment.actions.size(); ++ai) {
        const Action& a = moment.actions[ai];
        if (!playsTheBall(a.kind)) continue;
        const int who = plan.indexOf(a.actor);
        const std::string actor(script.playerName(a.actor));
        if (who < 0) {
            diagnostics.error(a.where, actor + " is not on the pitch at this time");
            continue;
        }
        if (a.target.kind == KickTarget::Kind::Player && (isKick(a.kind) || a.kind == ActionKind::Save) &&
            plan.indexOf(a.target.player) < 0) {
            diagnostics.error(a.where, actor + "'s " + std::string(actionKeyword(a.kind)) + " goes to " +
                                           std::string(script.playerName(a.target.player)) +
                                           ", who is not on the pitch at this time");
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
            diagnostics.error(a.where, actor + "'s " + std::string(actionKeyword(a.kind)) +
                                           ": the ball must arrive after it is kicked");
            t.arriveStep = t.step + 1;
        }
        if (isKick(a.kind)) {
            t.kind = a.kind == ActionKind::Header ? TouchKind::Header : TouchKind::Kick;
            touches.push_back(t);
        } else if (a.kind == ActionKind::Save) {
            t.kind = a.beaten ? TouchKind::Dive : a.holds ? TouchKind::Hold : TouchKind::Parry;
            if (!a.holds && t.style == KickStyle::Ground) t.style = KickStyle::Driven;
            touches.push_back(t);
        } else if (a.kind == ActionKind::Tackle) {
            t.kind = TouchKind::Trap;
            touches.push_back(t);
        } else {
            addDribbleTouches(a, t, plan.planned[static_cast<std::size_t>(who)], plan.steps, touches);
        }
    }
    return touches;
}

namespace {

// The player who takes down a kick to a place: the next to play the ball, when he kicks, heads or
// dribbles it after it has arrived (a keeper's save or a tackle meets the ball where it is, and one who
// plays it before it arrives intercepts it).
PlayerId nextToPlayOn(const std::vector<Touch>& touches, std::size_t k, int arrive) {
    if (k + 1 >= touches.size()) return {};
    const Touch& u = touches[k + 1];
    const bool playsOn = u.kind == TouchKind::Kick || u.kind == TouchKind::Header || u.kind == TouchKind::Dribble;
    return playsOn && u.step >= arrive - 2 ? u.player : PlayerId{};
}

}  // namespace

void addControls(std::vector<Touch>& touches, int steps, bool passage) {
    const std::size_t scripted = touches.size();
    for (std::size_t k = 0; k < scripted; ++k) {
        const Touch t = touches[k];
        if (!t.arriveStep || t.kind == TouchKind::Dribble) continue;
        const int arrive = std::min(*t.arriveStep, steps);
        PlayerId receiver = t.target.player;
        if (t.target.kind == KickTarget::Kind::Place && passage && (t.kind == TouchKind::Kick || t.kind == TouchKind::Header)) {
            receiver = nextToPlayOn(touches, k, arrive);
        } else if (t.target.kind != KickTarget::Kind::Player) {
            continue;
        }
        if (!receiver.valid()) continue;
        const bool plays = std::any_of(touches.begin(), touches.end(), [&](const Touch& u) {
            return u.player == receiver && u.step >= arrive - 2 && u.step <= arrive + kStepsPerSecond / 2;
        });
        if (plays) continue;
        Touch control;
        control.step = arrive;
        control.player = receiver;
        control.action = t.action;
        control.kind = TouchKind::Control;
        control.cause = ActionKind::Run;
        touches.push_back(control);
    }
    std::stable_sort(touches.begin(), touches.end(), [](const Touch& a, const Touch& b) { return a.step < b.step; });
}

void assignReceivers(std::vector<Touch>& touches) {
    for (std::size_t k = 0; k < touches.size(); ++k) {
        Touch& t = touches[k];
        if (t.kind != TouchKind::Kick && t.kind != TouchKind::Header) continue;
        if (t.cause == ActionKind::Corner) continue;
        PlayerId next;
        for (std::size_t m = k + 1; m < touches.size() && !next.valid(); ++m) {
            // Law 11: a ball that rebounds off the opposing goalkeeper's save is still played to the team-mate
            // who next plays it; he is judged where he was at this kick.
            const Touch& n = touches[m];
            if (n.kind == TouchKind::Parry && n.player.team != t.player.team) continue;
            if (n.player != t.player) next = n.player;
        }
        if (!next.valid() && t.target.kind == KickTarget::Kind::Player) next = t.target.player;
        if (next.valid() && next != t.player && next.team == t.player.team) t.receiver = next;
    }
}

std::optional<std::size_t> offsidePass(const Moment& moment, const std::vector<Touch>& touches) {
    if (!moment.stop || moment.stop->kind != StopKind::Offside || !moment.stop->player.valid()) return std::nullopt;
    const PlayerId caught = moment.stop->player;
    const double stopStep = moment.stop->at * kStepsPerSecond + 1e-6;
    std::optional<std::size_t> pass;
    for (std::size_t k = 0; k < touches.size() && touches[k].step <= stopStep; ++k) {
        const Touch& t = touches[k];
        if (t.player.team != caught.team) {
            // An opponent who plays the ball on (not a save, not a keeper beaten) ends what the pass offers.
            if (t.kind != TouchKind::Parry && t.kind != TouchKind::Dive) pass.reset();
            continue;
        }
        const bool kicked = t.kind == TouchKind::Kick || t.kind == TouchKind::Header;
        if (kicked && t.cause != ActionKind::Corner && t.player != caught) pass = k;
    }
    return pass;
}

void callOffside(const Moment& moment, std::vector<Touch>& touches) {
    if (const auto k = offsidePass(moment, touches)) touches[*k].receiver = moment.stop->player;
}

void markInAction(const std::vector<Touch>& touches, MomentPlan& plan) {
    for (const Touch& t : touches) {
        if (int i = plan.indexOf(t.player); i >= 0) plan.players[static_cast<std::size_t>(i)].inAction = true;
        if (t.target.kind == KickTarget::Kind::Player) {
            if (int i = plan.indexOf(t.target.player); i >= 0) plan.players[static_cast<std::size_t>(i)].inAction = true;
        }
    }
}

BallState ballStart(const Script& script, const Moment& moment, const MomentPlan& plan, const BallModel& model) {
    BallState ball;
    ball.position = withHeight(pitch::kCentre, model.radius);
    if (const std::optional<Vec2> given = moment.givenBallStart()) {
        ball.position = withHeight(*given, model.radius);
    } else if (plan.setPiece) {
        ball.position = withHeight(plan.setPiece->ball, model.radius);
    } else if (!plan.touches.empty()) {
        const Touch& first = plan.touches.front();
        const Vec2 feet = plan.startPositions[static_cast<std::size_t>(plan.indexOf(first.player))];
        Vec2 dir{1.0, 0.0};
        if (first.kind != TouchKind::Hold && first.kind != TouchKind::Trap) {
            const double arrival = first.arriveStep ? *first.arriveStep * kStep : first.step * kStep + 1.0;
            dir = normalized(aimAt(script, plan, model, first, arrival).ground() - feet);
            if (dir == Vec2{}) dir = {1.0, 0.0};
        }
        ball.position = withHeight(feet + dir * kFootOffset, model.radius);
    }
    return ball;
}

void aimTouches(const Script& script, MomentPlan& plan, const BallModel& model) {
    BallState ball = plan.ballStart;
    int previous = 0;
    PlayerId holder;
    Vec3 hands;
    for (Touch& t : plan.touches) {
        if (holder.valid()) {
            ball = BallState{};
            ball.position = hands;
        } else {
            ball = plan.kicks ? plan.kicks->fly(model, ball, previous, t.step - previous).end : flyFor(model, ball, t.step - previous);
        }
        t.ballAt = ball;
        resolveTouch(script, plan, model, t);
        if (holder.valid() && holder == t.player) t.standAt = hands.ground();  // kicked out of his hands
        ball = t.launch;
        holder = t.held ? t.player : PlayerId{};
        if (t.held) hands = withHeight(t.standAt, kHandsHeight);
        previous = t.step;
    }
}

const Moment& stretchOf(const Script& script, const MomentPlan& plan) {
    const std::vector<Moment>& list = plan.passage ? script.passages : script.moments;
    TOUCHLINE_ASSERT(plan.moment >= 0 && static_cast<std::size_t>(plan.moment) < list.size(), "stretchOf: no such moment or passage");
    return list[static_cast<std::size_t>(plan.moment)];
}

namespace {

MomentPlan planStretch(const Script& script, int index, bool passage, const Lineup& lineup, const BallModel& model,
                       Diagnostics& diagnostics, KickMemo* kicks) {
    MomentPlan plan;
    plan.kicks = kicks;
    plan.moment = index;
    plan.passage = passage;
    const Moment& moment = stretchOf(script, plan);
    plan.start = moment.matchTime;
    plan.duration = momentDuration(moment);
    plan.steps = std::max(1, static_cast<int>(std::ceil(plan.duration * kStepsPerSecond - 1e-6)));
    plan.players = playersInMoment(moment, lineup);
    plan.startPositions = startPositions(moment, lineup, plan.players);
    placeSetPiece(script, moment, plan);
    plan.runs = plannedRuns(script, moment, plan, diagnostics);
    // In a passage the restart's shape holds him there until the kick (set_piece_shape.cpp), and the team
    // shape moves him after it: a run would leave him standing on his line to the end of the passage.
    if (!passage) holdKeeperOnHisLine(plan);
    plan.planned.reserve(plan.players.size());
    for (std::size_t i = 0; i < plan.players.size(); ++i) {
        plan.planned.push_back(buildPath(plan.startPositions[i], plan.runs[i], {}));
    }
    walkSubstitutions(moment, lineup, plan);
    plan.touches = scriptedTouches(script, moment, plan, diagnostics);
    addControls(plan.touches, plan.steps, plan.passage);
    assignReceivers(plan.touches);
    callOffside(moment, plan.touches);
    markInAction(plan.touches, plan);
    plan.ballVisible = moment.ball.has_value() || moment.restart.has_value() || !plan.touches.empty();
    plan.ballStart = ballStart(script, moment, plan, model);
    aimTouches(script, plan, model);
    return plan;
}

}  // namespace

MomentPlan planMoment(const Script& script, int momentIndex, const Lineup& lineup, const BallModel& model,
                      Diagnostics& diagnostics, KickMemo* kicks) {
    return planStretch(script, momentIndex, false, lineup, model, diagnostics, kicks);
}

MomentPlan planPassage(const Script& script, int passageIndex, const Lineup& lineup, const BallModel& model,
                       Diagnostics& diagnostics) {
    return planStretch(script, passageIndex, true, lineup, model, diagnostics, nullptr);
}

}  // namespace touchline::sim
