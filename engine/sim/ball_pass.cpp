#include "sim/ball_pass.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/human_limits.h"
#include "sim/ball_flight.h"
#include "sim/goal_frame.h"
#include "sim/offside.h"
#include "sim/pitch_world.h"

namespace touchline::sim {

namespace {

constexpr double kBounceEventSpeed = 1.5;  // m/s: smaller landings are not worth an event
constexpr int kShortlistEvery = 4;         // steps between looks at who is near the ball

class BallPass {
public:
    BallPass(const Script& script, const MomentPlan& plan, const BallModel& model, const std::vector<PlayerPath>& paths,
             const std::vector<std::vector<StepSpan>>& exclusions)
        : script_(script),
          moment_(stretchOf(script, plan)),
          plan_(plan),
          model_(model),
          motion_(paths) {
        excluded_.reserve(exclusions.size());
        for (const auto& spans : exclusions) excluded_.emplace_back(spans);
        fastest_.reserve(paths.size());
        for (const PlayerPath& path : paths) fastest_.push_back(path.speedBound());
    }

    PassResult run() {
        out_.touches = plan_.touches;
        out_.ball.assign(static_cast<std::size_t>(plan_.steps) + 1, BallSample{});
        PitchWorld world(model_);
        State& s = state_;
        s.ball = plan_.ballStart;
        const Vec3 p0 = s.ball.position;
        s.inPlay = p0.x >= 0.0 && p0.x <= pitch::kLength && p0.y >= 0.0 && p0.y <= pitch::kWidth;
        std::size_t next = 0;
        for (int k = 0; k <= plan_.steps; ++k) {
            if (s.holder.valid()) {
                const auto p = static_cast<std::size_t>(plan_.indexOf(s.holder));
                const Vec2 hands = motion_.at(p, k);
                s.ball.position = withHeight(hands, kHandsHeight);
                s.ball.velocity = withHeight((motion_.at(p, k + 1) - hands) / kStep, 0.0);
                s.ball.spin = {};
            }
            while (next < out_.touches.size() && out_.touches[next].step == k) {
                applyTouch(next, k);
                ++next;
            }
            const Vec3& at = s.ball.position;
            out_.ball[static_cast<std::size_t>(k)] = {static_cast<float>(at.x), static_cast<float>(at.y),
                                                      static_cast<float>(at.z)};
            if (k == plan_.steps) break;
            if (s.holder.valid()) continue;
            stepBall(world, k);
        }
        return std::move(out_);
    }

private:
    // Everything a pass changes, made fresh for each pass.
    struct State {
        BallState ball;
        PlayerId holder;                      // the keeper with the ball in his hands
        bool inPlay = true;
        std::vector<PlayerId> offsideReceivers;
        bool offenceCommitted = false;        // an offside player has played the ball
        PlayerId lastKicker;
        PlayerId assist;                      // who played it to the last kicker
        ActionKind lastCause = ActionKind::Run;
        int lastAction = -1;
        // The shot the keeper's last touch palmed, while that touch is the last: a goal is its shooter's.
        struct Shooter {
            PlayerId player;
            ActionKind cause = ActionKind::Shot;
            int action = -1;
            PlayerId assist;
        };
        std::optional<Shooter> parried;
        bool onPost = false;
        PlayerId lastBody;
        int lastBodyStep = -1000;
        std::vector<std::size_t> shortlist;   // players near enough to be looked at this stride
        bool shortlistStale = true;
        // Per player: how far from the ball he was when last looked at for the shortlist, and where.
        struct Seen {
            int step = -1;
            double gap = 0.0;
            Vec2 ball;
        };
        std::vector<Seen> seen;
        std::vector<NearbyPlayer> nearby;
    };

    bool onPitch(std::size_t p, int step) const {
        const double t = step * kStep;
        return t >= plan_.players[p].onFrom && t < plan_.players[p].onUntil;
    }

    double timeAt(double step) const { return plan_.start + step * kStep; }

    ObservedEvent event(EventKind kind, double step, PlayerId player, const BallState& ball) const {
        ObservedEvent e;
        e.kind = kind;
        e.time = timeAt(step);
        plan_.label(e);
        e.player = player;
        e.where = ball.position;
        e.speed = length(ball.velocity);
        return e;
    }

    // The bodies within reach of the ball this step, nearest first, at most the world's pool.
    const std::vector<NearbyPlayer>& nearby(int step) {
        State& s = state_;
        s.nearby.clear();
        const Vec2 b = s.ball.position.ground();
        const double speed = std::sqrt(s.ball.velocity.x * s.ball.velocity.x + s.ball.velocity.y * s.ball.velocity.y);
        if (step % kShortlistEvery == 0 || s.shortlistStale) {
            s.shortlist.clear();
            s.seen.resize(plan_.players.size());
            const double range = 3.0 + speed * kShortlistEvery * kStep;
            for (std::size_t p = 0; p < plan_.players.size(); ++p) {
                if (!onPitch(p, step)) continue;
                // Not looked at again until he or the ball could have closed the gap he had to the range.
                State::Seen& seen = s.seen[p];
                if (seen.step >= 0 && seen.gap - fastest_[p] * ((step - seen.step) * kStep) - distance(b, seen.ball) > range + 1e-6) continue;
                seen = {step, distance(motion_.at(p, step), b), b};
                if (seen.gap < range) s.shortlist.push_back(p);
            }
            s.shortlistStale = false;
        }
        if (s.ball.position.z - model_.radius >= kBodyHeight) return s.nearby;
        const double reach = kBodyRadius + model_.radius + speed * kStep + 0.1;
        for (std::size_t p : s.shortlist) {
            if (excluded_[p].contains(step)) continue;
            const Vec2 now = motion_.at(p, step);
            if (distance(now, b) > reach) continue;
            s.nearby.push_back({plan_.players[p].id, now, motion_.at(p, step + 1)});
        }
        std::stable_sort(s.nearby.begin(), s.nearby.end(), [&](const NearbyPlayer& x, const NearbyPlayer& y) {
            return distance(x.now, b) < distance(y.now, b);
        });
        if (s.nearby.size() > static_cast<std::size_t>(PitchWorld::kPoolSize)) s.nearby.resize(PitchWorld::kPoolSize);
        return s.nearby;
    }

    void judgeOffsideAt(const Touch& t, int step, const BallState& ball) {
        const int who = plan_.indexOf(t.receiver);
        if (who < 0) return;
        std::vector<std::pair<PlayerId, Vec2>> opponents;
        for (std::size_t p = 0; p < plan_.players.size(); ++p) {
            if (plan_.players[p].id.team != t.player.team && onPitch(p, step)) {
                opponents.emplace_back(plan_.players[p].id, motion_.at(p, step));
            }
        }
        const pitch::End attacking = script_.attackingEnd(t.player.side(), timeAt(step));
        const OffsideJudgement j =
            judgeOffside(motion_.at(static_cast<std::size_t>(who), step), ball.position.ground(), attacking, opponents);
        if (!j.offside) return;
        ObservedEvent e = event(EventKind::Offside, step, t.receiver, ball);
        e.other = j.setBy == OffsideJudgement::SetBy::Defender ? j.defender : PlayerId{};
        e.cause = t.cause;
        e.action = t.action;
        e.offsideLineX = j.lineX;
        e.offsideMargin = j.margin;
        out_.events.push_back(e);
        state_.offsideReceivers.push_back(t.receiver);
    }

    void applyTouch(std::size_t index, int step) {
        State& s = state_;
        Touch& t = out_.touches[index];
        const Touch& predicted = plan_.touches[index];
        const bool fromHands = s.holder.valid() && s.holder == t.player;
        if (!(s.ball == predicted.ballAt)) {
            t.ballAt = s.ball;
            resolveTouch(script_, plan_, model_, t);
            if (fromHands) t.standAt = s.ball.position.ground();
        }
        // A beaten keeper dives and does not touch the ball: it, and who played it last, go on.
        if (t.kind == TouchKind::Dive) return;
        s.parried.reset();
        const BallState before = s.ball;
        s.ball = t.launch;
        s.holder = t.held ? t.player : PlayerId{};

        // The offence is committed when the offside player plays the ball.
        if (std::find(s.offsideReceivers.begin(), s.offsideReceivers.end(), t.player) != s.offsideReceivers.end()) {
            s.offenceCommitted = true;
        }
        switch (t.kind) {
            case TouchKind::Kick:
            case TouchKind::Header: {
                ObservedEvent e = event(t.kind == TouchKind::Header ? EventKind::Header : EventKind::Kick, step,
                                        t.player, s.ball);
                e.cause = t.cause;
                e.action = t.action;
                e.other = t.receiver;
                out_.events.push_back(e);
                break;
            }
            case TouchKind::Parry:
            case TouchKind::Hold: {
                ObservedEvent e = event(EventKind::Save, step, t.player, before);
                e.cause = ActionKind::Save;
                e.action = t.action;
                e.other = s.lastKicker;
                out_.events.push_back(e);
                // A keeper who gets a hand to a shot and cannot keep it out concedes the shooter's goal.
                if (t.kind == TouchKind::Parry) s.parried = State::Shooter{s.lastKicker, s.lastCause, s.lastAction, s.assist};
                break;
            }
            case TouchKind::Trap: {
                ObservedEvent e = event(EventKind::Tackle, step, t.player, before);
                e.cause = ActionKind::Tackle;
                e.action = t.action;
                e.other = moment_.actions[static_cast<std::size_t>(t.action)].other;
                out_.events.push_back(e);
                break;
            }
            case TouchKind::Dribble:
            case TouchKind::Control:
            case TouchKind::Dive: break;
        }
        if (t.player != s.lastKicker) s.assist = s.lastKicker;
        s.lastKicker = t.player;
        s.lastCause = t.kind == TouchKind::Dribble ? ActionKind::Dribble : t.cause;
        s.lastAction = t.action;
        if (t.kind != TouchKind::Hold) s.inPlay = true;
        if (t.receiver.valid()) judgeOffsideAt(t, step, before);
    }

    void lineCrossed(const LineCrossing& c, double step) {
        const State& s = state_;
        BallState at = s.ball;
        at.position = c.at;
        const pitch::End end = c.end;
        const double t = timeAt(step);
        const bool attackersLast = s.lastKicker.valid() && script_.attackingEnd(s.lastKicker.side(), t) == end;
        EventKind kind = EventKind::OutOfPlay;
        if (c.kind == LineCrossing::Kind::Goal) {
            kind = EventKind::Goal;
        } else if (c.kind == LineCrossing::Kind::GoalLine && attackersLast &&
                   std::abs(c.at.y - pitch::kCentre.y) < pitch::kPenaltyAreaWidth / 2.0) {
            const bool withinFrame = std::abs(c.at.y - pitch::kCentre.y) <= pitch::kGoalWidth / 2.0 + pitch::kPostThickness;
            kind = withinFrame || metresOver(model_, c.at) > metresWide(model_, c.at) ? EventKind::Over : EventKind::Wide;
        }
        ObservedEvent e = event(kind, step, s.lastKicker, at);
        e.cause = s.lastCause;
        e.action = s.lastAction;
        if (kind == EventKind::Goal) {
            PlayerId assist = s.assist;
            const bool palmedIn = s.parried && s.parried->player.valid() && s.lastKicker.valid() &&
                                  s.parried->player.team != s.lastKicker.team &&
                                  script_.attackingEnd(s.lastKicker.side(), t) != end;
            if (palmedIn) {
                e.player = s.parried->player;
                e.cause = s.parried->cause;
                e.action = s.parried->action;
                assist = s.parried->assist;
            }
            if (assist.valid() && e.player.valid() && assist.team == e.player.team) e.other = assist;
            e.disallowed = s.offenceCommitted;
        }
        out_.events.push_back(e);
    }

    // The ball from step k to k + 1, free of anyone's hands.
    void stepBall(PitchWorld& world, int k) {
        State& s = state_;
        BallState& ball = s.ball;
        const Vec3 from = ball.position;
        applyForces(model_, ball, kStep);
        const WorldContacts contacts = world.step(ball, nearby(k), kStep);
        if (contacts.net) {
            ball.velocity.z *= 0.5;
            ball.spin *= 0.5;
        }
        const GroundContact ground = advanceHeight(model_, ball, kStep);
        const bool bar = crossbarBounce(model_, from, ball, kStep);
        netRoof(model_, from, ball);

        if (ground.bounced && ground.impactSpeed > kBounceEventSpeed) {
            out_.events.push_back(event(EventKind::Bounce, k + 1, s.lastKicker, ball));
        }
        if (contacts.post && !s.onPost) {
            ObservedEvent e = event(EventKind::Post, k + 1, s.lastKicker, ball);
            e.cause = s.lastCause;
            e.action = s.lastAction;
            out_.events.push_back(e);
        }
        s.onPost = contacts.post;
        if (bar) {
            ObservedEvent e = event(EventKind::Crossbar, k + 1, s.lastKicker, ball);
            e.cause = s.lastCause;
            e.action = s.lastAction;
            out_.events.push_back(e);
        }
        if (contacts.player.valid() && (contacts.player != s.lastBody || k - s.lastBodyStep > kStepsPerSecond / 4)) {
            const bool keeper = script_.player(contacts.player).isGoalkeeper();
            ObservedEvent e = event(keeper ? EventKind::Save : EventKind::Deflection, k + 1, contacts.player, ball);
            e.other = s.lastKicker;
            out_.events.push_back(e);
            out_.contacts.push_back({k + 1, contacts.player, s.lastAction, s.lastKicker, from.z - model_.radius});
        }
        if (contacts.player.valid()) {
            s.lastBody = contacts.player;
            s.lastBodyStep = k;
        }
        if (s.inPlay) {
            if (auto crossing = crossedLine(model_, from, ball.position)) {
                lineCrossed(*crossing, k + crossing->fraction);
                s.inPlay = false;
            }
        }
    }

    const Script& script_;
    const Moment& moment_;
    const MomentPlan& plan_;
    const BallModel& model_;
    PlayerMotion motion_;
    std::vector<double> fastest_;  // per player: his path's speed bound
    std::vector<SpanCursor> excluded_;
    State state_;
    PassResult out_;
};

}  // namespace

Vec2 PlayerMotion::at(std::size_t player, int step) {
    TOUCHLINE_ASSERT(player < paths_->size(), "PlayerMotion::at: no such player");
    const PlayerPath& path = (*paths_)[player];
    const double t = step * kStep;
    std::size_t& cursor = cursors_[player];
    // A question about an earlier time than the last (rare) starts the segment search again.
    if (cursor < path.keys().size() && t < path.keys()[cursor].time) cursor = 0;
    return path.sweepPosition(t, cursor);
}

PassResult simulatePass(const Script& script, const MomentPlan& plan, const BallModel& model,
                        const std::vector<PlayerPath>& paths, const std::vector<std::vector<StepSpan>>& exclusions) {
    TOUCHLINE_ASSERT(paths.size() == plan.players.size() && exclusions.size() == plan.players.size(),
                     "simulatePass: one path and one exclusion list per tracked player");
    return BallPass(script, plan, model, paths, exclusions).run();
}

}  // namespace touchline::sim
