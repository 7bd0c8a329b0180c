#include "import/moment_repair.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "core/assert.h"
#include "sim/ball_flight.h"
#include "sim/give_way.h"
#include "sim/kick_solver.h"
#include "sim/moment_plan.h"
#include "sim/offside.h"
#include "sim/pitch_world.h"
#include "sim/player_paths.h"

namespace touchline::import {

namespace {

constexpr double kClearance = 0.95;  // m between a body's centre and the ball's, wanted
constexpr int kAfterTouchSteps = 84; // the simulation's own: a body ignores the ball it has just played
constexpr int kEvery = 4;            // check every fourth step (60 per second)
constexpr double kSprint = 9.8;      // m/s into or out of a touch: the simulation allows 10.5

struct Interval {
    int from, to;
};

class Repair {
public:
    Repair(const Script& script, int index, const sim::Lineup& lineup, MomentDraft& draft, sim::KickMemo* kicks)
        : script_(script), lineup_(lineup), draft_(draft), index_(index), kicks_(kicks) {}

    RepairRound run() {
        plan_ = sim::planMoment(script_, index_, lineup_, model_, planning_, kicks_);
        // The ball's journey first: when it changes, the moment is planned again before the rest is
        // judged, and the players' paths (the dearest part of a round) are not needed.
        if (reshapeKicks()) return RepairRound::Mended;
        own_ = sim::touchPaths(plan_);
        paths_ = sim::givenWay(script_, plan_, own_);
        predictBall();
        exclusions();
        bool changed = reachTouches();
        changed = clearPaths() || changed;
        changed = judgeOffsides() || changed;
        if (changed) return RepairRound::Mended;
        return stuck_ ? RepairRound::Stuck : RepairRound::Sound;
    }

    sim::PlannedMoment planned() && { return {std::move(plan_), std::move(planning_), std::move(paths_)}; }

private:
    // The ball every kEvery steps (all clearPaths looks at), flown through every step: from each touch to
    // the next (the flights the plan flew, remembered), and on to the end after the last.
    void predictBall() {
        static_assert(kEvery == sim::kFlightSampleEvery);
        ball_.clear();
        held_.clear();
        sim::KickMemo local;
        sim::KickMemo& flights = kicks_ ? *kicks_ : local;
        sim::BallState state = plan_.ballStart;
        bool holding = false;
        int from = 0;  // the step the ball was last launched at
        const auto flyUntil = [&](int until, bool lying) {  // the samples of steps from..until-1
            if (holding) {
                for (int k = (from + kEvery - 1) / kEvery * kEvery; k < until; k += kEvery) {
                    ball_.push_back(state);
                    held_.push_back(true);
                }
                return;
            }
            const sim::Flight& flight = flights.fly(model_, state, from, until - from);
            ball_.insert(ball_.end(), flight.samples.begin(), flight.samples.end());
            held_.insert(held_.end(), flight.samples.size(), lying);
            state = flight.end;
        };
        std::size_t next = 0;
        while (next < plan_.touches.size() && plan_.touches[next].step <= plan_.steps) {
            const int step = plan_.touches[next].step;
            flyUntil(step, next == 0);  // before the first touch it lies still
            while (next < plan_.touches.size() && plan_.touches[next].step == step) {
                state = plan_.touches[next].launch;
                holding = plan_.touches[next].held;
                ++next;
            }
            from = step;
        }
        flyUntil(plan_.steps + 1, next == 0);
        TOUCHLINE_ASSERT(ball_.size() == static_cast<std::size_t>(plan_.steps / kEvery) + 1, "predictBall: a sample every kEvery steps");
    }

    void exclusions() {
        excluded_.assign(plan_.players.size(), {});
        for (std::size_t k = 0; k < plan_.touches.size(); ++k) {
            const sim::Touch& t = plan_.touches[k];
            const int previous = k > 0 ? plan_.touches[k - 1].step : 0;
            if (int i = plan_.indexOf(t.player); i >= 0) excluded_[static_cast<std::size_t>(i)].push_back({previous, t.step + kAfterTouchSteps});
            if (t.target.kind == KickTarget::Kind::Player) {
                const int arrive = t.arriveStep ? *t.arriveStep : t.step + 2 * sim::kStepsPerSecond;
                if (int i = plan_.indexOf(t.target.player); i >= 0) {
                    excluded_[static_cast<std::size_t>(i)].push_back({t.step, arrive + kAfterTouchSteps});
                }
            }
        }
    }

    bool isExcluded(std::size_t p, int step) const {
        return std::any_of(excluded_[p].begin(), excluded_[p].end(), [&](const Interval& i) { return step >= i.from && step <= i.to; });
    }

    Vec2 positionOf(std::size_t p, double t) const { return paths_[p].position(t); }

    // A kick the solver cannot make as drafted is made another way: in the air rather than along the
    // grass (or the other way round), then with more time for the ball to get there. One kick per
    // round, the earliest, since every later touch depends on where it sends the ball.
    bool reshapeKicks() {
        const Moment& moment = script_.moments[static_cast<std::size_t>(index_)];
        for (const sim::Touch& planned : plan_.touches) {
            if (planned.kind == sim::TouchKind::Dribble || planned.kind == sim::TouchKind::Control ||
                planned.kind == sim::TouchKind::Hold || planned.kind == sim::TouchKind::Trap) continue;
            sim::Touch t = planned;
            sim::resolveTouch(script_, plan_, model_, t);
            if (std::none_of(t.problems.begin(), t.problems.end(), [](const sim::TouchProblem& p) { return p.severity == Severity::Error; })) continue;
            const Action& assembled = moment.actions[static_cast<std::size_t>(t.action)];
            std::size_t which = draft_.ballActions.size();
            for (std::size_t k = 0; k < draft_.ballActions.size(); ++k) {
                const Action& a = draft_.ballActions[k];
                if (a.kind == assembled.kind && a.actor == assembled.actor && std::abs(a.at - assembled.at) < 0.01) which = k;
            }
            if (which == draft_.ballActions.size()) return false;
            Action* drafted = &draft_.ballActions[which];
            draft_.reshapes.resize(draft_.ballActions.size(), 0);
            const int tries = ++draft_.reshapes[which];
            if (tries > 6 || !drafted->arrive) return false;
            // Another flight time or trajectory the solver can make, nearest the drafted one first.
            const double old = *drafted->arrive;
            const double flight = old - drafted->at;
            // First within the data's own slack (0.2 s either way), so what follows keeps its time.
            std::vector<double> flights;
            for (double slack : {-0.1, 0.1, -0.2, 0.2}) {
                if (flight + slack > 0.05) flights.push_back(flight + slack);
            }
            for (double scale : {0.85, 1.2, 0.7, 1.45, 0.55, 1.8}) flights.push_back(flight * scale);
            for (double tried : flights) {
                for (KickStyle style : {drafted->style, KickStyle::Driven, KickStyle::Lofted}) {
                    if (style == KickStyle::Ground && t.aim.z > model_.radius + 0.25) continue;
                    sim::KickRequest request;
                    request.from = t.ballAt.position;
                    request.target = t.aim;
                    request.style = style;
                    request.arriveSteps = std::max(1, static_cast<int>(std::lround(tried * sim::kStepsPerSecond)));
                    request.advise = false;  // only whether it can: the tries that cannot are most of them
                    if (!sim::solveKick(model_, request, kicks_)) continue;
                    drafted->style = style;
                    const double arrive = drafted->at + tried;
                    if (arrive > old) {
                        // Later: everything that waited on this ball happens that much later too.
                        const double delta = arrive - old;
                        for (Action& a : draft_.ballActions) {
                            if (&a == drafted || a.at < old - 0.01) continue;
                            a.at += delta;
                            if (a.arrive) *a.arrive += delta;
                        }
                        draft_.motion.shiftAfter(old, delta);
                        draft_.moment.duration += delta;
                    } else if (drafted->target.kind == KickTarget::Kind::Player) {
                        draft_.motion.retime(drafted->target.player, old, arrive);
                    }
                    drafted->arrive = arrive;
                    return true;
                }
            }
            // Out of range of any human kick (a 60 m ball is at the edge of what our drag allows): it
            // comes down shorter, and the receiver meets it there.
            if (drafted->target.kind == KickTarget::Kind::Player) {
                const Vec2 from = t.ballAt.position.ground();
                const Vec2 shorter = from + (t.aim.ground() - from) * 0.85;
                draft_.motion.moveTouch(drafted->target.player, old, shorter);
                if (tries == 1) {
                    draft_.notes.push_back(script_.player(drafted->actor).name + "'s " + std::string(actionKeyword(drafted->kind)) +
                                           " is longer than the physics can kick it; it lands short and " +
                                           script_.player(drafted->target.player).name + " meets it there");
                }
                return true;
            }
            if (isShot(drafted->kind) && drafted->target.kind != KickTarget::Kind::Player) {
                return bringShotInReach(*drafted, t, moment.matchTime);
            }
            return false;
        }
        return false;
    }

    static bool isShot(ActionKind kind) {
        return kind == ActionKind::Shot || kind == ActionKind::Header || kind == ActionKind::Volley || kind == ActionKind::Penalty;
    }

    // A shot from so far out (near halfway) that no human kick in our drag crosses the line in the air
    // where the data has it: struck along the same line on goal to reach the line on the bounce, wide of
    // the post when the data has it miss (bouncing into the net it would be a goal the data does not
    // have). Once per shot, and said at the moment.
    bool bringShotInReach(Action& drafted, const sim::Touch& t, double momentStart) {
        if (drafted.target.height <= model_.radius) return false;  // already along the grass
        const Vec2 from = t.ballAt.position.ground(), aim = t.aim.ground();
        const double lineX = drafted.target.kind == KickTarget::Kind::Goal ? pitch::goalLineX(drafted.target.goal)
                             : aim.x < pitch::kCentre.x                    ? 0.0
                                                                           : pitch::kLength;
        if (std::abs(aim.x - from.x) < 1e-6) return false;
        const Vec2 onLine = from + (aim - from) * ((lineX - from.x) / (aim.x - from.x));
        const bool goal = expectsGoal(drafted.actor, momentStart + drafted.at);
        const double post = pitch::kGoalWidth / 2.0;
        const double across = onLine.y - pitch::kCentre.y;
        const double side = across != 0.0 ? (across > 0.0 ? 1.0 : -1.0) : (from.y > pitch::kCentre.y ? 1.0 : -1.0);
        Vec2 place = onLine;
        if (goal) place.y = pitch::kCentre.y + std::clamp(across, -(post - 0.5), post - 0.5);
        else if (std::abs(across) < post + 1.0) place.y = pitch::kCentre.y + side * (post + 1.2);
        drafted.target.kind = KickTarget::Kind::Place;
        drafted.target.place = place;
        drafted.target.height = 0.0;
        char metres[16];
        std::snprintf(metres, sizeof metres, "%.0f", distance(from, onLine));
        draft_.notes.push_back(script_.player(drafted.actor).name + "'s " + std::string(actionKeyword(drafted.kind)) + " from " +
                               metres + " m is longer than the physics can strike it in the air; it reaches the line on the bounce" +
                               (goal ? ", into the net" : ", wide of the post"));
        return true;
    }

    bool expectsGoal(PlayerId shooter, double when) const {
        const ExpectedOutcome* nearest = nullptr;
        for (const ExpectedOutcome& o : draft_.outcomes) {
            if (o.scorer != shooter) continue;
            if (!nearest || std::abs(o.time - when) < std::abs(nearest->time - when)) nearest = &o;
        }
        return nearest && nearest->kind == ExpectedOutcome::Kind::Goal;
    }

    // Every player gets to where he plays the ball, and away from it, within a sprint: the legs into and
    // out of his touches, as the simulation will build his path, bring the places next to them closer.
    bool reachTouches() {
        bool changed = false;
        for (std::size_t p = 0; p < plan_.players.size(); ++p) {
            const sim::PlayerPath& path = own_[p];
            const auto& keys = path.keys();
            for (std::size_t i = 1; i < keys.size(); ++i) {
                const sim::Keyframe& a = keys[i - 1];
                const sim::Keyframe& b = keys[i];
                const double dt = b.time - a.time, d = distance(a.position, b.position);
                if ((!a.touch && !b.touch) || (a.touch && b.touch) || dt <= 0.0 || d <= kSprint * dt) continue;
                // Keep the touch; bring the other end within reach of it.
                const sim::Keyframe& touch = a.touch ? a : b;
                const sim::Keyframe& other = a.touch ? b : a;
                const Vec2 within = touch.position + (other.position - touch.position) * (kSprint * 0.95 * dt / d);
                changed = draft_.motion.pin(plan_.players[p].id, other.time, within) || changed;
            }
        }
        return changed;
    }

    // Every body the moving ball would meet, moved off its path.
    bool clearPaths() {
        // The steps at which the ball is loose and low enough to meet a body: the same for everyone.
        std::vector<int> loose;
        for (int k = 0; k <= plan_.steps; k += kEvery) {
            const std::size_t i = static_cast<std::size_t>(k / kEvery);
            if (!held_[i] && ball_[i].position.z - model_.radius < sim::kBodyHeight) loose.push_back(k);
        }
        // How far the ball goes from one of those steps to the next, summed: never less than how far it
        // is from where it was.
        std::vector<double> travelled(loose.size());
        for (std::size_t i = 1; i < loose.size(); ++i) {
            const Vec2 from = ball_[static_cast<std::size_t>(loose[i - 1] / kEvery)].position.ground();
            travelled[i] = travelled[i - 1] + distance(ball_[static_cast<std::size_t>(loose[i] / kEvery)].position.ground(), from);
        }
        bool changed = false;
        for (std::size_t p = 0; p < plan_.players.size(); ++p) {
            int lastPush = -100000;
            std::size_t cursor = 0;  // along his path: the samples come in time order
            // Where he was last looked at: until he or the ball could have closed that gap to the clearance,
            // he is not looked at again (most of a moment, he is nowhere near the ball).
            const double fastest = paths_[p].speedBound();
            double seenAt = 0.0, seenGap = -1.0, seenTravelled = 0.0;
            for (std::size_t i = 0; i < loose.size(); ++i) {
                const int k = loose[i];
                if (k - lastPush < sim::kStepsPerSecond) continue;
                const double t = k * sim::kStep;
                if (seenGap - fastest * (t - seenAt) - (travelled[i] - seenTravelled) * (1.0 + 1e-9) > kClearance + 1e-6) continue;
                if (t < plan_.players[p].onFrom || t >= plan_.players[p].onUntil || isExcluded(p, k)) continue;
                const sim::BallState& b = ball_[static_cast<std::size_t>(k / kEvery)];
                const Vec2 body = paths_[p].sweepPosition(t, cursor);
                const double d = distance(body, b.position.ground());
                seenAt = t;
                seenGap = d;
                seenTravelled = travelled[i];
                if (d >= kClearance) continue;
                Vec2 across = perpendicular(normalized(b.velocity.ground()));
                if (across == Vec2{}) across = normalized(body - b.position.ground());
                if (across == Vec2{}) across = {0.0, 1.0};
                if (dot(body - b.position.ground(), across) < 0.0) across = -across;
                const double offset = dot(body - b.position.ground(), across);
                // A push that moves nothing (he is about to play the ball) mends nothing: another round
                // would judge the same moment again.
                const bool pushed = draft_.motion.push(plan_.players[p].id, t, across * (kClearance + 0.4 - offset), 1.0);
                changed = pushed || changed;
                stuck_ = !pushed || stuck_;
                lastPush = k;
            }
        }
        return changed;
    }

    // Whether the player plays the ball within a second of `step` (his place then is the ball's).
    bool touchesNear(PlayerId id, int step) const {
        return std::any_of(plan_.touches.begin(), plan_.touches.end(), [&](const sim::Touch& t) {
            return t.player == id && std::abs(t.step - step) < sim::kStepsPerSecond;
        });
    }

    bool judgeOffsides() {
        bool changed = false;
        for (const sim::Touch& t : plan_.touches) {
            if (t.kind != sim::TouchKind::Kick && t.kind != sim::TouchKind::Header) continue;
            if (!t.receiver.valid() || t.cause == ActionKind::Corner) continue;
            const int r = plan_.indexOf(t.receiver);
            if (r < 0) continue;
            const double time = t.step * sim::kStep;
            const Vec2 receiver = positionOf(static_cast<std::size_t>(r), time);
            std::vector<std::pair<PlayerId, Vec2>> opponents;
            for (std::size_t p = 0; p < plan_.players.size(); ++p) {
                const auto& tracked = plan_.players[p];
                if (tracked.id.team == t.player.team || time < tracked.onFrom || time >= tracked.onUntil) continue;
                opponents.emplace_back(tracked.id, positionOf(p, time));
            }
            const pitch::End attacking = script_.attackingEnd(t.player.side(), plan_.start + time);
            const sim::OffsideJudgement j = sim::judgeOffside(receiver, t.ballAt.position.ground(), attacking, opponents);
            const bool flagged = std::find(draft_.offsideReceivers.begin(), draft_.offsideReceivers.end(), t.receiver) !=
                                 draft_.offsideReceivers.end();
            // Towards the defending team's own goal, along x.
            const double deeper = attacking == pitch::End::Right ? 1.0 : -1.0;
            if (j.offside && !flagged) {
                // The defender nearest to being level drops back to play him on (a few metres at most,
                // which he can run in the time).
                PlayerId best;
                Vec2 bestAt;
                double bestMove = 9.0;
                for (const auto& [id, at] : opponents) {
                    if (script_.player(id).isGoalkeeper()) continue;
                    const double move = (receiver.x + deeper * 1.0 - at.x) * deeper;
                    if (move > 0.0 && move < bestMove && !touchesNear(id, t.step)) {
                        bestMove = move;
                        best = id;
                        bestAt = at;
                    }
                }
                if (best.valid()) {
                    const Vec2 level{receiver.x + deeper * 1.0, bestAt.y};
                    changed = draft_.motion.pin(best, time, level) || changed;
                    draft_.motion.pin(best, time + 0.5, level);
                }
            } else if (!j.offside && flagged) {
                // The line steps up and leaves him beyond it.
                for (const auto& [id, at] : opponents) {
                    if (script_.player(id).isGoalkeeper() || touchesNear(id, t.step)) continue;
                    const double beyond = (at.x - (receiver.x - deeper * 1.5)) * deeper;
                    if (beyond > 0.0 && beyond < 12.0) {
                        const Vec2 up{receiver.x - deeper * 1.5, at.y};
                        changed = draft_.motion.pin(id, time, up) || changed;
                        draft_.motion.pin(id, time + 0.5, up);
                    }
                }
            }
        }
        return changed;
    }

    const Script& script_;
    const sim::Lineup& lineup_;
    MomentDraft& draft_;
    int index_;
    sim::KickMemo* kicks_;
    sim::BallModel model_;
    sim::MomentPlan plan_;
    Diagnostics planning_;
    std::vector<sim::PlayerPath> own_;    // each player's own path through his touches, before giving way
    std::vector<sim::PlayerPath> paths_;  // as the bake will move everyone (sim/give_way.h)
    std::vector<sim::BallState> ball_;    // every kEvery steps
    std::vector<bool> held_;
    std::vector<std::vector<Interval>> excluded_;
    bool stuck_ = false;  // a body in the ball's way that no waypoint could move
};

}  // namespace

RepairRound repairMoment(const Script& script, int index, const sim::Lineup& lineup, MomentDraft& draft,
                         sim::KickMemo* kicks, sim::PlannedMoment* judged) {
    Repair repair(script, index, lineup, draft, kicks);
    const RepairRound round = repair.run();
    if (round != RepairRound::Mended && judged) *judged = std::move(repair).planned();
    return round;
}

}  // namespace touchline::import
