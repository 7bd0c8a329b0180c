#include "sim/moment_bake.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "core/human_limits.h"
#include "sim/ball_flight.h"
#include "sim/goal_frame.h"
#include "sim/moment_plan.h"
#include "sim/offside.h"
#include "sim/pitch_world.h"

namespace touchline::sim {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kAfterTouchSteps = 84;      // 0.35 s: a player's body ignores the ball he has just played
constexpr double kBounceEventSpeed = 1.5; // m/s: smaller landings are not worth an event
constexpr double kSettled = 0.02;         // m: a touch whose ball moved less than this needs no second pass
constexpr double kDisplaced = 0.3;        // m: beyond this a deflected ball reaches a player who is elsewhere
constexpr int kMaxPasses = 3;
constexpr double kTurnRate = 8.0;         // rad/s: how fast a player turns

struct Interval {
    int from = 0;
    int to = 0;
};

std::string name(const Script& script, PlayerId id) { return id.valid() ? script.player(id).name : "?"; }

std::string fmt(const char* pattern, double a, double b = 0.0, double c = 0.0) {
    char buffer[200];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
    return buffer;
}

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

// a - b as an angle in [-pi, pi], for a and b in [-pi, pi].
double angleBetween(double a, double b) {
    double d = a - b;
    if (d > kPi) d -= 2.0 * kPi;
    else if (d < -kPi) d += 2.0 * kPi;
    return d;
}

double smoothstep(double a, double b, double x) {
    const double t = std::clamp((x - a) / (b - a), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

class Simulation {
public:
    Simulation(const Script& script, const BallModel& model, MomentPlan& plan, MomentTrack& track)
        : script_(script),
          moment_(script.moments[static_cast<std::size_t>(plan.moment)]),
          model_(model),
          plan_(plan),
          track_(track) {
        exclusions_.resize(plan.players.size());
        for (std::size_t k = 0; k < plan.touches.size(); ++k) {
            const Touch& t = plan.touches[k];
            const int previous = k > 0 ? plan.touches[k - 1].step : 0;
            if (int i = plan.indexOf(t.player); i >= 0) {
                exclusions_[static_cast<std::size_t>(i)].push_back({previous, t.step + kAfterTouchSteps});
            }
            if (t.target.kind == KickTarget::Kind::Player) {
                const int arrive = t.arriveStep ? *t.arriveStep : t.step + 2 * kStepsPerSecond;
                if (int i = plan.indexOf(t.target.player); i >= 0) {
                    exclusions_[static_cast<std::size_t>(i)].push_back({t.step, arrive + kAfterTouchSteps});
                }
            }
        }
    }

    // One pass: paths from the plan's touches, then the ball through the world. `actual` receives the
    // touches as the simulated ball met them.
    void run(std::vector<Touch>& actual, Diagnostics& diagnostics) {
        buildPaths();
        fillPlayers();
        simulateBall(actual, diagnostics);
    }

    void checkPaths(Diagnostics& diagnostics) const {
        for (std::size_t p = 0; p < paths_.size(); ++p) {
            const auto& keys = paths_[p].keys();
            for (std::size_t i = 1; i < keys.size(); ++i) {
                const Keyframe& a = keys[i - 1];
                const Keyframe& b = keys[i];
                if (!a.touch && !b.touch) continue;  // plain runs are the loader's to check
                const double d = distance(a.position, b.position);
                const double dt = b.time - a.time;
                if (dt <= 0.0 || d / dt <= kMaxRunSpeed + 0.05) continue;
                const int blame = b.touch ? b.action : (b.action >= 0 ? b.action : a.action);
                if (blame < 0) continue;
                const Action& action = moment_.actions[static_cast<std::size_t>(blame)];
                const std::string who = name(script_, plan_.players[p].id);
                std::string what = b.touch ? who + " cannot get to the ball in time"
                                           : who + " cannot get from the ball to where his run ends in time";
                diagnostics.error(action.where,
                                  what + fmt(": %.1f m in %.2f s needs %.1f m/s", d, dt, d / dt) +
                                      fmt(" (a player runs at most %.1f m/s)", kMaxRunSpeed));
            }
        }
    }

    void computeFacing() {
        const std::size_t n = plan_.players.size();
        for (std::size_t p = 0; p < n; ++p) {
            const bool right = script_.attackingEnd(plan_.players[p].id.side(), plan_.start) == pitch::End::Right;
            const Vec2 attack{right ? 1.0 : -1.0, 0.0};
            double facing = right ? 0.0 : kPi;
            const double maxTurn = kTurnRate * kPlayerStride * kStep;
            for (int s = 0; s < track_.playerSamples; ++s) {
                PlayerSample& sample = track_.playerTrack[static_cast<std::size_t>(s) * n + p];
                const Vec2 pos{sample.x, sample.y};
                const Vec2 v = velocities_[static_cast<std::size_t>(s) * n + p];
                const int ballStep = std::min(s * kPlayerStride, plan_.steps);
                Vec2 look = attack;
                if (plan_.ballVisible) {
                    const Vec2 toBall = track_.ball[static_cast<std::size_t>(ballStep)].position.ground() - pos;
                    if (length(toBall) > 0.05) look = normalized(toBall);
                }
                const double w = smoothstep(0.5, 2.0, length(v));
                const Vec2 dir = normalized(v) * w + look * (1.0 - w);
                if (length(dir) > 1e-6) {
                    const double wanted = facingAngle(dir.y, dir.x);
                    const double turn = std::clamp(angleBetween(wanted, facing), -maxTurn, maxTurn);
                    facing = angleBetween(facing + turn, 0.0);
                    if (s == 0) facing = wanted;
                }
                sample.facing = static_cast<float>(facing);
            }
        }
    }

    const std::vector<ObservedEvent>& events() const { return events_; }

private:
    void buildPaths() {
        const std::size_t n = plan_.players.size();
        std::vector<std::vector<TouchPoint>> touches(n);
        for (const Touch& t : plan_.touches) {
            if (int i = plan_.indexOf(t.player); i >= 0) {
                touches[static_cast<std::size_t>(i)].push_back({t.step * kStep, t.standAt, t.action});
            }
        }
        paths_.clear();
        for (std::size_t p = 0; p < n; ++p) paths_.push_back(buildPath(plan_.startPositions[p], plan_.runs[p], touches[p]));
    }

    void fillPlayers() {
        const std::size_t n = plan_.players.size();
        track_.playerSamples = plan_.steps / kPlayerStride + 2;
        track_.playerTrack.assign(static_cast<std::size_t>(track_.playerSamples) * n, PlayerSample{});
        velocities_.assign(track_.playerTrack.size(), Vec2{});
        std::vector<std::size_t> cursors(n, 0);
        for (int s = 0; s < track_.playerSamples; ++s) {
            const double t = s * kPlayerStride * kStep;
            for (std::size_t p = 0; p < n; ++p) {
                const std::size_t at = static_cast<std::size_t>(s) * n + p;
                Vec2 pos, v;
                paths_[p].sweep(t, cursors[p], pos, v);
                velocities_[at] = v;
                track_.playerTrack[at] = {static_cast<float>(pos.x), static_cast<float>(pos.y), 0.0f,
                                          static_cast<float>(length(v))};
            }
        }
    }

    Vec2 playerAt(std::size_t p, int step) const {
        const std::size_t n = plan_.players.size();
        const int last = (track_.playerSamples - 1) * kPlayerStride;
        step = std::clamp(step, 0, last);
        const int s = std::min(step / kPlayerStride, track_.playerSamples - 2);
        const double f = static_cast<double>(step - s * kPlayerStride) / kPlayerStride;
        const PlayerSample& a = track_.playerTrack[static_cast<std::size_t>(s) * n + p];
        const PlayerSample& b = track_.playerTrack[static_cast<std::size_t>(s + 1) * n + p];
        return {a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f};
    }

    bool onPitch(std::size_t p, int step) const {
        const double t = step * kStep;
        return t >= plan_.players[p].onFrom && t < plan_.players[p].onUntil;
    }

    bool excluded(std::size_t p, int step) const {
        for (const Interval& i : exclusions_[p]) {
            if (step >= i.from && step <= i.to) return true;
        }
        return false;
    }

    double timeAt(double step) const { return plan_.start + step * kStep; }

    ObservedEvent event(EventKind kind, double step, PlayerId player, const BallState& ball) const {
        ObservedEvent e;
        e.kind = kind;
        e.time = timeAt(step);
        e.moment = plan_.moment;
        e.player = player;
        e.where = ball.position;
        e.speed = length(ball.velocity);
        return e;
    }

    std::vector<NearbyPlayer>& nearby(const BallState& ball, int step) {
        nearby_.clear();
        const Vec2 b = ball.position.ground();
        const double speed = std::sqrt(ball.velocity.x * ball.velocity.x + ball.velocity.y * ball.velocity.y);
        if (step % kPlayerStride == 0 || shortlistStale_) {
            shortlist_.clear();
            const double range = 3.0 + speed * kPlayerStride * kStep;
            for (std::size_t p = 0; p < plan_.players.size(); ++p) {
                if (onPitch(p, step) && distance(playerAt(p, step), b) < range) shortlist_.push_back(p);
            }
            shortlistStale_ = false;
        }
        if (ball.position.z - model_.radius >= kBodyHeight) return nearby_;
        const double reach = kBodyRadius + model_.radius + speed * kStep + 0.1;
        for (std::size_t p : shortlist_) {
            if (excluded(p, step)) continue;
            const Vec2 now = playerAt(p, step);
            if (distance(now, b) > reach) continue;
            nearby_.push_back({plan_.players[p].id, now, playerAt(p, step + 1)});
        }
        std::stable_sort(nearby_.begin(), nearby_.end(), [&](const NearbyPlayer& x, const NearbyPlayer& y) {
            return distance(x.now, b) < distance(y.now, b);
        });
        if (nearby_.size() > static_cast<std::size_t>(PitchWorld::kPoolSize)) nearby_.resize(PitchWorld::kPoolSize);
        return nearby_;
    }

    void judgeOffsideAt(const Touch& t, int step, const BallState& ball) {
        const int who = plan_.indexOf(t.receiver);
        if (who < 0) return;
        std::vector<std::pair<PlayerId, Vec2>> opponents;
        for (std::size_t p = 0; p < plan_.players.size(); ++p) {
            if (plan_.players[p].id.team != t.player.team && onPitch(p, step)) {
                opponents.emplace_back(plan_.players[p].id, playerAt(p, step));
            }
        }
        const pitch::End attacking = script_.attackingEnd(t.player.side(), timeAt(step));
        const OffsideJudgement j =
            judgeOffside(playerAt(static_cast<std::size_t>(who), step), ball.position.ground(), attacking, opponents);
        if (!j.offside) return;
        ObservedEvent e = event(EventKind::Offside, step, t.receiver, ball);
        e.other = j.setBy == OffsideJudgement::SetBy::Defender ? j.defender : PlayerId{};
        e.cause = t.cause;
        e.action = t.action;
        e.offsideLineX = j.lineX;
        e.offsideMargin = j.margin;
        events_.push_back(e);
        offsideReceivers_.push_back(t.receiver);
    }

    void applyTouch(Touch& t, int step, BallState& ball, PlayerId& holder, Diagnostics& diagnostics) {
        const std::size_t index = static_cast<std::size_t>(&t - actual_->data());
        const Touch& predicted = plan_.touches[index];
        const bool fromHands = holder.valid() && holder == t.player;
        if (!(ball == predicted.ballAt)) {
            t.ballAt = ball;
            resolveTouch(script_, moment_, plan_, model_, t, &diagnostics);
            if (fromHands) t.standAt = ball.position.ground();
        }
        // A beaten keeper dives and does not touch the ball: it, and who played it last, go on.
        if (t.kind == TouchKind::Dive) return;
        parried_.reset();
        const BallState before = ball;
        ball = t.launch;
        holder = t.held ? t.player : PlayerId{};

        // The offence is committed when the offside player plays the ball.
        if (std::find(offsideReceivers_.begin(), offsideReceivers_.end(), t.player) != offsideReceivers_.end()) {
            offenceCommitted_ = true;
        }
        switch (t.kind) {
            case TouchKind::Kick:
            case TouchKind::Header: {
                ObservedEvent e = event(t.kind == TouchKind::Header ? EventKind::Header : EventKind::Kick, step,
                                        t.player, ball);
                e.cause = t.cause;
                e.action = t.action;
                e.other = t.receiver;
                events_.push_back(e);
                break;
            }
            case TouchKind::Parry:
            case TouchKind::Hold: {
                ObservedEvent e = event(EventKind::Save, step, t.player, before);
                e.cause = ActionKind::Save;
                e.action = t.action;
                e.other = lastKicker_;
                events_.push_back(e);
                // A keeper who gets a hand to a shot and cannot keep it out concedes the shooter's goal.
                if (t.kind == TouchKind::Parry) parried_ = Shooter{lastKicker_, lastCause_, lastAction_, assist_};
                break;
            }
            case TouchKind::Trap: {
                ObservedEvent e = event(EventKind::Tackle, step, t.player, before);
                e.cause = ActionKind::Tackle;
                e.action = t.action;
                e.other = moment_.actions[static_cast<std::size_t>(t.action)].other;
                events_.push_back(e);
                break;
            }
            case TouchKind::Dribble:
            case TouchKind::Control:
            case TouchKind::Dive: break;
        }
        if (t.player != lastKicker_) assist_ = lastKicker_;
        lastKicker_ = t.player;
        lastCause_ = t.kind == TouchKind::Dribble ? ActionKind::Dribble : t.cause;
        lastAction_ = t.action;
        if (t.kind != TouchKind::Hold) inPlay_ = true;
        if (t.receiver.valid()) judgeOffsideAt(t, step, before);
    }

    void lineCrossed(const LineCrossing& c, double step, const BallState& ball) {
        BallState at = ball;
        at.position = c.at;
        const pitch::End end = c.end;
        const double t = timeAt(step);
        const bool attackersLast = lastKicker_.valid() && script_.attackingEnd(lastKicker_.side(), t) == end;
        EventKind kind = EventKind::OutOfPlay;
        if (c.kind == LineCrossing::Kind::Goal) {
            kind = EventKind::Goal;
        } else if (c.kind == LineCrossing::Kind::GoalLine && attackersLast &&
                   std::abs(c.at.y - pitch::kCentre.y) < pitch::kPenaltyAreaWidth / 2.0) {
            const bool withinFrame = std::abs(c.at.y - pitch::kCentre.y) <= pitch::kGoalWidth / 2.0 + pitch::kPostThickness;
            kind = withinFrame || metresOver(model_, c.at) > metresWide(model_, c.at) ? EventKind::Over : EventKind::Wide;
        }
        ObservedEvent e = event(kind, step, lastKicker_, at);
        e.cause = lastCause_;
        e.action = lastAction_;
        if (kind == EventKind::Goal) {
            PlayerId assist = assist_;
            const bool palmedIn = parried_ && parried_->player.valid() && lastKicker_.valid() &&
                                  parried_->player.team != lastKicker_.team &&
                                  script_.attackingEnd(lastKicker_.side(), t) != end;
            if (palmedIn) {
                e.player = parried_->player;
                e.cause = parried_->cause;
                e.action = parried_->action;
                assist = parried_->assist;
            }
            if (assist.valid() && e.player.valid() && assist.team == e.player.team) e.other = assist;
            e.disallowed = offenceCommitted_;
        }
        events_.push_back(e);
    }

    void simulateBall(std::vector<Touch>& actual, Diagnostics& diagnostics) {
        actual = plan_.touches;
        actual_ = &actual;
        events_.clear();
        offsideReceivers_.clear();
        offenceCommitted_ = false;
        parried_.reset();
        lastKicker_ = assist_ = PlayerId{};
        lastCause_ = ActionKind::Run;
        lastAction_ = -1;
        shortlistStale_ = true;
        PitchWorld world(model_);
        BallState ball = plan_.ballStart;
        const Vec3 p0 = ball.position;
        inPlay_ = p0.x >= 0.0 && p0.x <= pitch::kLength && p0.y >= 0.0 && p0.y <= pitch::kWidth;
        track_.ball.assign(static_cast<std::size_t>(plan_.steps) + 1, BallSample{});
        std::size_t next = 0;
        PlayerId holder;
        bool onPost = false;
        PlayerId lastBody;
        int lastBodyStep = -1000;
        for (int k = 0; k <= plan_.steps; ++k) {
            if (holder.valid()) {
                const int p = plan_.indexOf(holder);
                ball.position = withHeight(playerAt(static_cast<std::size_t>(p), k), kHandsHeight);
                ball.velocity = withHeight((playerAt(static_cast<std::size_t>(p), k + 1) - ball.position.ground()) / kStep, 0.0);
                ball.spin = {};
            }
            while (next < actual.size() && actual[next].step == k) {
                applyTouch(actual[next], k, ball, holder, diagnostics);
                ++next;
            }
            track_.ball[static_cast<std::size_t>(k)] = {ball.position, ball.velocity};
            if (k == plan_.steps) break;
            if (holder.valid()) continue;

            const Vec3 from = ball.position;
            applyForces(model_, ball, kStep);
            const WorldContacts contacts = world.step(ball, nearby(ball, k), kStep);
            if (contacts.net) {
                ball.velocity.z *= 0.5;
                ball.spin *= 0.5;
            }
            const GroundContact ground = advanceHeight(model_, ball, kStep);
            const bool bar = crossbarBounce(model_, from, ball, kStep);
            netRoof(model_, from, ball);

            if (ground.bounced && ground.impactSpeed > kBounceEventSpeed) {
                events_.push_back(event(EventKind::Bounce, k + 1, lastKicker_, ball));
            }
            if (contacts.post && !onPost) {
                ObservedEvent e = event(EventKind::Post, k + 1, lastKicker_, ball);
                e.cause = lastCause_;
                e.action = lastAction_;
                events_.push_back(e);
            }
            onPost = contacts.post;
            if (bar) {
                ObservedEvent e = event(EventKind::Crossbar, k + 1, lastKicker_, ball);
                e.cause = lastCause_;
                e.action = lastAction_;
                events_.push_back(e);
            }
            if (contacts.player.valid() && (contacts.player != lastBody || k - lastBodyStep > kStepsPerSecond / 4)) {
                const bool keeper = script_.player(contacts.player).isGoalkeeper();
                ObservedEvent e = event(keeper ? EventKind::Save : EventKind::Deflection, k + 1, contacts.player, ball);
                e.other = lastKicker_;
                events_.push_back(e);
            }
            if (contacts.player.valid()) {
                lastBody = contacts.player;
                lastBodyStep = k;
            }
            if (inPlay_) {
                if (auto crossing = crossedLine(model_, from, ball.position)) {
                    lineCrossed(*crossing, k + crossing->fraction, ball);
                    inPlay_ = false;
                }
            }
        }
    }

    const Script& script_;
    const Moment& moment_;
    const BallModel& model_;
    MomentPlan& plan_;
    MomentTrack& track_;
    std::vector<PlayerPath> paths_;
    std::vector<Vec2> velocities_;
    std::vector<std::vector<Interval>> exclusions_;
    std::vector<std::size_t> shortlist_;
    std::vector<NearbyPlayer> nearby_;
    bool shortlistStale_ = true;
    std::vector<Touch>* actual_ = nullptr;
    std::vector<ObservedEvent> events_;
    std::vector<PlayerId> offsideReceivers_;
    bool offenceCommitted_ = false;
    bool inPlay_ = true;
    PlayerId lastKicker_;
    PlayerId assist_;
    // The shot the keeper's last touch palmed, while that touch is the last: a goal is its shooter's.
    struct Shooter {
        PlayerId player;
        ActionKind cause = ActionKind::Shot;
        int action = -1;
        PlayerId assist;
    };
    std::optional<Shooter> parried_;
    ActionKind lastCause_ = ActionKind::Run;
    int lastAction_ = -1;
};

// Cards, substitutions, injuries, fouls and whistles written in the moment.
void scriptedEvents(const Script& script, const MomentPlan& plan, const MomentTrack& track,
                    std::vector<ObservedEvent>& out) {
    const Moment& moment = script.moments[static_cast<std::size_t>(plan.moment)];
    for (std::size_t ai = 0; ai < moment.actions.size(); ++ai) {
        const Action& a = moment.actions[ai];
        EventKind kind;
        switch (a.kind) {
            case ActionKind::Foul: kind = EventKind::Foul; break;
            case ActionKind::Card: kind = EventKind::Card; break;
            case ActionKind::Substitution: kind = EventKind::Substitution; break;
            case ActionKind::Injury: kind = EventKind::Injury; break;
            case ActionKind::Whistle: kind = EventKind::Whistle; break;
            default: continue;
        }
        ObservedEvent e;
        e.kind = kind;
        e.time = plan.start + a.at;
        e.moment = plan.moment;
        e.action = static_cast<int>(ai);
        e.player = a.actor;
        e.other = a.other;
        e.cause = a.kind;
        e.card = a.card;
        e.whistle = a.whistle;
        const int step = std::clamp(stepOf(a.at), 0, plan.steps);
        e.where = track.ball[static_cast<std::size_t>(step)].position;
        out.push_back(e);
    }
}

}  // namespace

MomentBake bakeMoment(const Script& script, int momentIndex, const Lineup& lineup, const BallModel& model) {
    MomentBake out;
    MomentPlan plan = planMoment(script, momentIndex, lineup, model, out.diagnostics);
    MomentTrack& track = out.track;
    track.moment = momentIndex;
    track.start = plan.start;
    track.duration = plan.duration;
    track.steps = plan.steps;
    track.ballVisible = plan.ballVisible;
    track.players = plan.players;

    Simulation sim(script, model, plan, track);
    std::vector<Touch> actual;
    Diagnostics passDiagnostics;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        passDiagnostics = Diagnostics{};
        sim.run(actual, passDiagnostics);
        double moved = 0.0;
        for (std::size_t k = 0; k < actual.size(); ++k) {
            moved = std::max(moved, distance(actual[k].ballAt.position, plan.touches[k].ballAt.position));
        }
        if (moved <= kSettled || pass + 1 == kMaxPasses) break;
        // The ball was deflected on its way to someone: put him where it really comes, and go again.
        plan.touches = actual;
    }
    for (std::size_t k = 0; k < actual.size(); ++k) {
        const double off = distance(actual[k].standAt, plan.touches[k].standAt);
        if (off > kDisplaced) {
            const Action& a = script.moments[static_cast<std::size_t>(momentIndex)].actions[static_cast<std::size_t>(actual[k].action)];
            passDiagnostics.warning(a.where, name(script, actual[k].player) + fmt(" plays the ball %.1f m from where he "
                                                                                  "stands (it was deflected on the way)",
                                                                                  off));
        }
    }
    for (const Diagnostic& d : passDiagnostics.items()) {
        const bool known = std::any_of(out.diagnostics.items().begin(), out.diagnostics.items().end(),
                                       [&](const Diagnostic& e) {
                                           return e.where.line == d.where.line && e.where.column == d.where.column &&
                                                  e.severity == d.severity;
                                       });
        if (!known) out.diagnostics.add(d);
    }
    sim.checkPaths(out.diagnostics);
    sim.computeFacing();
    track.events = sim.events();
    scriptedEvents(script, plan, track, track.events);
    std::stable_sort(track.events.begin(), track.events.end(),
                     [](const ObservedEvent& a, const ObservedEvent& b) { return a.time < b.time; });
    return out;
}

}  // namespace touchline::sim
