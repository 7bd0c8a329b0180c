#include "import/moment_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "import/ball_chain.h"
#include "import/moment_text.h"
#include "import/off_ball.h"
#include "sim/set_piece.h"

namespace touchline::import {

double naturalFlight(double metres, bool lofted) { return lofted ? 0.5 + metres / 17.0 : 0.2 + metres / 13.0; }

namespace {

constexpr double kShapeEvery = 1.5;   // s between a team-shape waypoint and the next
constexpr double kRestartReach = 20.0;  // s: a restart longer ago than this leaves everyone time to be in shape
constexpr double kHeadHeight = 2.0;   // where a ball meets a head
constexpr double kAfterShot = 3.5;    // a moment ends this long after its last shot
constexpr double kDribbleSpeed = 6.5; // m/s: the fastest a player runs with the ball at his feet
constexpr double kInside = 0.9;      // m inside the lines: the nearest open play comes to them
constexpr double kRollsOnFor = 0.6;  // s: a ball that reaches a player this much before he plays it rolls on
constexpr double kHighestHeadedLob = 1.2;  // of a ball's natural flight: the longest one headed on arrival takes
constexpr double kSettle = 0.55;      // s a player takes to bring a ball under control before he runs with it
constexpr double kInCornerArc = 0.4;  // m inside both lines: where a corner is taken
constexpr double kParrySpeed = 6.0;   // m/s on average: a shot a keeper turns round the post
constexpr double kHardestParry = 14.0;  // m/s on average: a shot deflected far out of play
constexpr double kLongestParry = 1.5;   // s: the longest a deflected shot takes to go out
constexpr double kParryWide = 2.0;    // m outside the post: where a ball he turns round it crosses the line
constexpr double kParryBeyond = 1.5;  // m on past the line: where he aims it
constexpr double kClearOfPenalty = 0.5;  // m clear of the area, the arc and the mark at a penalty kick

struct Planned : Anchor {
    PlayerId id;             // the script's player; invalid for the ball going out
    double received = -1.0;  // when a kick to him arrives, when one does
};

std::string fmt(const char* pattern, const std::string& a, double b = 0.0, double c = 0.0) {
    char buffer[240];
    std::snprintf(buffer, sizeof buffer, pattern, a.c_str(), b, c);
    return buffer;
}

// The point at least `margin` inside both pairs of lines.
Vec2 insideLines(Vec2 p, double margin) {
    return {std::clamp(p.x, margin, pitch::kLength - margin), std::clamp(p.y, margin, pitch::kWidth - margin)};
}

bool receivesWithHead(const Planned& a) {
    if (!a.event) return false;
    return a.event->header && (a.event->type == EventType::Pass || a.event->type == EventType::Shot ||
                               a.event->type == EventType::Clearance || a.event->type == EventType::Duel);
}

class Builder {
public:
    Builder(const MomentContext& c, const MomentWindow& w, std::span<const std::size_t> missWide, bool pinPresences,
            bool journeyOnly = false)
        : c_(c), w_(w), missWide_(missWide), pinPresences_(pinPresences), journeyOnly_(journeyOnly) {}

    MomentDraft build() {
        const MatchClock& clock = c_.script.clock;
        const Period period = static_cast<Period>(static_cast<int>(w_.period));
        start_ = clock.periodStart(period) + w_.start;
        duration_ = w_.end - w_.start;
        Moment& m = draft_.moment;
        m.clock = ClockReading{period, clockOffset(period) + w_.start};
        m.matchTime = start_;
        m.level = w_.level;
        chain_ = buildChain(c_.match, w_);
        draft_.notes = chain_.notes;
        resolvePlayers();
        draft_.keyEvent = w_.keys.empty() ? -1 : static_cast<int>(w_.keys.front().event);
        draft_.window = w_;
        if (!anchors_.empty() && anchors_.front().event && anchors_.front().event->restart == Restart::Penalty) {
            layOutPenalty();
        } else if (!anchors_.empty() && anchors_.front().role == AnchorRole::Play) {
            // The passage starts with the ball at the first player's feet (a corner's in the arc).
            const Planned& first = anchors_.front();
            Vec2 ball = first.at;
            if (first.event && first.event->restart == Restart::Corner) {
                ball = insideLines(ball, kInCornerArc);
                anchors_.front().at = ball;
            }
            draft_.moment.ball = ball;
            draft_.motion.fix(first.id, 0.0, ball);
        }
        planBall();
        if (journeyOnly_) {
            m.duration = std::max(duration_, lastAction_);
            return std::move(draft_);
        }
        expectUnshownGoals();
        for (const MatchEvent* offside : chain_.offsides) {
            if (PlayerId id = c_.playerId(offside->player); id.valid()) draft_.offsideReceivers.push_back(id);
        }
        // A goal the flag took away: the pass to the scorer is the offside one, so that the physics
        // disallows the goal it then sees.
        for (const KeyEvent& k : w_.keys) {
            if (k.kind != KeyKind::Disallowed || followedUp(c_.match.events[k.event])) continue;
            if (PlayerId id = c_.playerId(c_.match.events[k.event].player); id.valid()) draft_.offsideReceivers.push_back(id);
        }
        for (const Presence& p : chain_.presences) {
            const PlayerId id = c_.playerId(p.player);
            if (!onPitch(id)) continue;
            // Busy with the ball close by, he is still there when he can get there and back in time.
            if (pinPresences_ && draft_.motion.canReach(id, p.t, p.at, kShapeSpeed, 0.3)) {
                draft_.motion.pin(id, p.t, p.at);
                draft_.pinnedPresences = true;
                continue;
            }
            if (draft_.motion.busy(id, p.t)) continue;
            if (pinPresences_) {
                draft_.motion.pin(id, p.t, p.at);
                draft_.pinnedPresences = true;
            } else {
                draft_.motion.soft(id, p.t, p.at);
            }
        }
        m.duration = std::min(std::max(duration_, lastAction_ + 1.5), periodEnd(c_.match, w_.period) - w_.start);
        addShape();
        keepClearOfPenalty();
        draft_.motion.limitSpeeds(c_.script, kShapeSpeed, draft_.notes);
        describeMoment(c_, w_, draft_, std::nullopt);
        return std::move(draft_);
    }

private:
    double matchTime(double t) const { return start_ + t; }

    bool onPitch(PlayerId id) const {
        if (!id.valid()) return false;
        const auto on = c_.lineup.onPitchAt(start_);
        return std::find(on.begin(), on.end(), id) != on.end();
    }

    void resolvePlayers() {
        for (const Anchor& a : chain_.anchors) {
            Planned p;
            static_cast<Anchor&>(p) = a;
            p.id = c_.playerId(a.player);
            if (a.role != AnchorRole::Out && !onPitch(p.id)) {
                if (a.player.valid()) {
                    draft_.notes.push_back(c_.match.player(a.player).name + " is not on the pitch at this time in the "
                                                                            "line-ups; his touch is left out");
                }
                continue;
            }
            if ((p.role == AnchorRole::Play || p.role == AnchorRole::Tackle) && (!p.event || p.event->restart == Restart::None)) {
                // Play the data puts on a line (a cut-back from the byline) stays in: a touch there would
                // roll the ball out.
                p.at = insideLines(p.at, kInside);
            }
            anchors_.push_back(p);
        }
    }

    PlayerId keeperOf(TeamSide side) const {
        for (PlayerId id : c_.lineup.onPitchAt(start_)) {
            if (id.side() == side && c_.script.player(id).isGoalkeeper()) return id;
        }
        return {};
    }

    Action action(ActionKind kind, double at, PlayerId actor) {
        Action a;
        a.kind = kind;
        a.at = at;
        a.actor = actor;
        lastAction_ = std::max(lastAction_, at);
        return a;
    }

    // A goal of the passage that the ball's journey never reached (the data's chain broken before it)
    // is still expected, so the import says it is missing instead of showing a different score.
    void expectUnshownGoals() {
        for (const KeyEvent& k : w_.keys) {
            if (k.kind != KeyKind::Goal && k.kind != KeyKind::OwnGoal) continue;
            const MatchEvent& e = c_.match.events[k.event];
            if (std::find(shown_.begin(), shown_.end(), &e) != shown_.end()) continue;
            const PlayerId scorer = c_.playerId(e.player);
            if (e.team < 0 && !scorer.valid()) continue;
            const auto team = static_cast<TeamSide>(e.team >= 0 ? e.team : scorer.team);
            ExpectedOutcome expected;
            expected.kind = ExpectedOutcome::Kind::Goal;
            expected.scorer = scorer;
            expected.counts = k.kind == KeyKind::OwnGoal ? opponent(team) : team;
            expected.time = c_.script.clock.periodStart(static_cast<Period>(static_cast<int>(e.period))) + e.time;
            expected.what = (scorer.valid() ? c_.script.player(scorer).name + "'s " : std::string("the ")) +
                            (k.kind == KeyKind::OwnGoal ? "own goal" : "goal");
            draft_.outcomes.push_back(expected);
        }
    }

    // --- the ball's journey --------------------------------------------------------------------------

    void planBall() {
        PlayerMotion& motion = draft_.motion;
        double notBefore = 0.0;
        double shift = 0.0;  // how late the last anchor came against the data: the ones after keep their gaps
        for (std::size_t i = 0; i < anchors_.size(); ++i) {
            Planned& a = anchors_[i];
            const double data = a.t;
            a.t = std::max(a.t + shift, notBefore);
            shift = a.t - data;
            if (a.role == AnchorRole::Out) break;
            if (a.role == AnchorRole::Foul) {
                addFoul(a);
                break;
            }
            motion.fix(a.id, a.t, a.at);
            lastAction_ = std::max(lastAction_, a.t);
            if (a.role == AnchorRole::Tackle) {
                const PlayerId victim = c_.playerId(a.other);
                Action tackle = action(ActionKind::Tackle, a.t, a.id);
                tackle.other = onPitch(victim) ? victim : PlayerId{};
                if (tackle.other.valid()) draft_.ballActions.push_back(tackle);
            }
            if (a.event && a.event->ownGoal) {
                planOwnGoal(a);
                break;
            }
            if (a.event && a.event->type == EventType::Shot) {
                const std::size_t resume = planShot(i, notBefore);
                if (resume >= anchors_.size()) break;
                i = resume - 1;
                continue;
            }
            if (i + 1 >= anchors_.size()) {
                // The last thing the data has: a pass to where it says the ball went. A touch that puts
                // it out for a corner or a throw-in (a block turned behind) goes out too, and everyone
                // goes to his place for the restart: left to the shape, the centre backs who would go up
                // for the corner were still at halfway as the moment closed.
                if (a.event && a.event->end) {
                    const bool out = onALine(*a.event->end) && restartAfterOut(*a.event);
                    if (a.event->type == EventType::Pass || out) {
                        const double arrives = kickToPlace(a, out ? pastTheLine(*a.event->end) : *a.event->end, out);
                        if (out) expectRestart(*a.event, a.t, arrives);
                    }
                }
                break;
            }
            Planned& next = anchors_[i + 1];
            if (next.role == AnchorRole::Foul) {
                // Play stops where he is brought down: he carries the ball there.
                const PlayerId victim = next.other.valid() ? c_.playerId(next.other) : a.id;
                if (victim == a.id) {
                    next.other = a.player;
                    next.t = std::max(next.t, a.t + 0.1);
                    const Vec2 to = next.at + Vec2{0.0, 0.7};
                    if (distance(a.at, to) > 1.2 && distance(a.at, to) / (next.t - a.t) <= 8.5) {
                        motion.fix(a.id, next.t, to);
                        motion.dribble(a.id, a.t);
                    }
                }
                continue;
            }
            if (next.id == a.id && next.role != AnchorRole::Out) {
                next.t = std::max(next.t, a.t + 0.1);
                // He runs with it once it is under control; a touch moments later is where he already is.
                const double from = a.received >= 0.0 ? std::max(a.t, a.received + kSettle) : a.t;
                if (next.t - from < 0.5) {
                    // Moments apart: he plays it from where he meets it, when the data has him play it
                    // (the ball is at his feet at both of the data's times).
                    next.at = a.at;
                    if (a.received >= 0.0 && next.t > a.received && next.t - a.received < kRollsOnFor) comeLater(a, next.t);
                    next.received = a.received;
                    continue;
                }
                if (distance(a.at, next.at) < 1.2) {
                    next.at = a.at;
                    continue;
                }
                const double speed = distance(a.at, next.at) / (next.t - from);
                if (speed > kDribbleSpeed) {
                    draft_.notes.push_back(fmt("%s would carry the ball at %.1f m/s; he carries it at the most a "
                                               "player can and plays it %.1f m short",
                                               c_.script.player(a.id).name, speed,
                                               distance(a.at, next.at) - kDribbleSpeed * (next.t - from)));
                    next.at = a.at + (next.at - a.at) * (kDribbleSpeed / speed);
                }
                if (from > a.t) motion.fix(a.id, from, a.at);
                motion.dribble(a.id, from);
                continue;
            }
            if (distance(a.at, next.at) < 1.0) {
                // The data has the next player on the same spot: he takes it from there.
                const Vec2 away = normalized(next.at - a.at) == Vec2{} ? Vec2{1.0, 0.0} : normalized(next.at - a.at);
                next.at = a.at + away * 1.2;
            }
            notBefore = kickTo(a, next);
        }
    }

    // The ball kicked to `a` would roll on past him before he plays it again so soon: it reaches him a
    // moment later, by `until` and within the data's slack of his first touch.
    void comeLater(Planned& a, double until) {
        if (draft_.ballActions.empty()) return;
        Action& kick = draft_.ballActions.back();
        if (kick.target.kind != KickTarget::Kind::Player || kick.target.player != a.id || !kick.arrive ||
            std::abs(*kick.arrive - a.received) > 1e-9) return;
        const double arrive = std::min(until, a.received + kFidelityTime);
        draft_.motion.retime(a.id, a.received, arrive);
        kick.arrive = arrive;
        a.received = arrive;
        lastAction_ = std::max(lastAction_, arrive);
    }

    // Where the data has the ball leave the pitch: on a line (its coordinates stop there), or beyond.
    static bool onALine(Vec2 at) {
        return at.x <= 0.5 || at.x >= pitch::kLength - 0.5 || at.y <= 0.5 || at.y >= pitch::kWidth - 0.5;
    }

    // A metre past the line where the data has the ball leave the pitch at `at`.
    static Vec2 pastTheLine(Vec2 at) {
        if (at.x <= 0.5) at.x = -1.0;
        else if (at.x >= pitch::kLength - 0.5) at.x = pitch::kLength + 1.0;
        if (at.y <= 0.5) at.y = -1.0;
        else if (at.y >= pitch::kWidth - 0.5) at.y = pitch::kWidth + 1.0;
        return at;
    }

    // The corner or throw-in the data restarts play with right after `touch`, which put the ball out;
    // nothing otherwise.
    const MatchEvent* restartAfterOut(const MatchEvent& touch) const {
        constexpr double kRestartWithin = 60.0;  // s: a restart later than this is not the touch's
        const auto first = static_cast<std::size_t>(&touch - c_.match.events.data()) + 1;
        for (std::size_t j = first; j < c_.match.events.size(); ++j) {
            const MatchEvent& n = c_.match.events[j];
            if (n.period != touch.period || n.time > touch.time + kRestartWithin) return nullptr;
            if (n.restart == Restart::Corner || n.restart == Restart::ThrowIn) {
                return n.start && n.team >= 0 && c_.playerId(n.player).valid() ? &n : nullptr;
            }
            if (isOnBall(n.type)) return nullptr;
        }
        return nullptr;
    }

    // `touch` at `t` puts the ball out, over the line at `out`: when the data restarts with a corner or a
    // throw-in next, everyone goes to his place for it from then on.
    void expectRestart(const MatchEvent& touch, double t, double out) {
        const MatchEvent* restart = restartAfterOut(touch);
        if (!restart) return;
        restartAfter_ = RestartAfter{t, out, static_cast<TeamSide>(restart->team), *restartKind(restart->restart),
                                     insideLines(*restart->start, kInCornerArc), c_.playerId(restart->player)};
    }

    // A kick from `a` to the next player on the ball: the arrival time, by the data when it says,
    // otherwise by how long such a ball takes; the receiver runs to meet it.
    double kickTo(Planned& a, Planned& next) {
        if (next.role == AnchorRole::Out) {
            const double out = kickToPlace(a, pastTheLine(next.at), true);
            if (a.event) expectRestart(*a.event, a.t, out);
            return out;
        }
        const double d = distance(a.at, next.at);
        Action kick = kickAction(a, next);
        const bool lofted = kick.style == KickStyle::Lofted;
        double natural = naturalFlight(d, lofted);
        if (kick.kind == ActionKind::Header) natural = 0.15 + d / 11.0;
        if (kick.kind == ActionKind::Corner) natural = std::max(natural, 1.4);
        if (a.event && a.event->type == EventType::Pass && a.event->duration) natural = *a.event->duration;
        // A long ball along the grass slows too much: it goes in the air.
        if (kick.style == KickStyle::Ground && d > 30.0) {
            kick.style = KickStyle::Lofted;
            natural = 0.5 + d / 17.0;
        }
        double fastest = kick.style == KickStyle::Lofted ? 0.45 + d / 27.0 : 0.1 + d / 22.0;
        const double gap = next.t - a.t;
        if (gap < fastest && kick.kind == ActionKind::Pass) {
            // Quicker than such a ball: struck hard and low, as the data has it, rather than late (which
            // would make everything after it late too).
            const double driven = 0.05 + d / 30.0;
            if (driven < fastest) {
                kick.style = KickStyle::Driven;
                fastest = driven;
                natural = std::max(natural, driven);
            }
        }
        // The data's timing when a ball could take that long; a ball sooner than any kick can be
        // arrives as soon as one can; a player who kept it waiting receives it in its own time.
        const double slowest = std::max(natural * (kick.style == KickStyle::Lofted ? 1.12 : 1.4), fastest);
        double flight = gap < fastest ? fastest : gap <= slowest ? gap : natural;
        // A ball at his feet moments before he plays it would roll on past him (the simulation takes a ball
        // down only for a player who does not play it that soon): it comes when he plays it.
        if (gap > slowest && gap - natural < kRollsOnFor) flight = gap;
        // Nor can a header wait for the ball: one who heads it a little later than such a ball comes gets
        // a higher one, at his head when he heads it (Iraizoz's goal kick came 0.7 s before Aleix García
        // headed it at Girona-Barcelona 8:58, on its bounce 3 m up, and the passage stopped before it).
        if (gap > slowest && receivesWithHead(next) && gap <= natural * kHighestHeadedLob) flight = gap;
        // Quicker than a lofted ball can be: the data's timing wins, and the ball is driven.
        if (kick.style == KickStyle::Lofted && flight < 0.6 + d / 25.0) kick.style = KickStyle::Driven;
        const double arrival = a.t + std::max(flight, 0.1);
        next.t = std::max(next.t, arrival);
        next.received = arrival;
        kick.target.kind = KickTarget::Kind::Player;
        kick.target.player = next.id;
        kick.target.height = receivesWithHead(next) ? kHeadHeight : 0.0;
        // A keeper gathering it takes it in his hands.
        const bool gathered = next.role == AnchorRole::Save || (next.event && next.event->type == EventType::KeeperClaim);
        if (gathered && c_.script.player(next.id).isGoalkeeper()) kick.target.height = 1.2;
        if (kick.target.height > 0.3 && kick.style == KickStyle::Ground) kick.style = KickStyle::Lofted;
        kick.arrive = arrival;
        draft_.ballActions.push_back(kick);
        if (gathered && c_.script.player(next.id).isGoalkeeper()) {
            Action hold = action(ActionKind::Save, arrival, next.id);
            hold.holds = true;
            draft_.ballActions.push_back(hold);
        }
        draft_.motion.fix(next.id, arrival, next.at);
        lastAction_ = std::max(lastAction_, arrival);
        return arrival;
    }

    double kickToPlace(const Planned& a, Vec2 place, bool out) {
        Action kick = kickAction(a, a);
        const double d = distance(a.at, place);
        const double flight = naturalFlight(d, kick.style == KickStyle::Lofted);
        kick.target.kind = KickTarget::Kind::Place;
        kick.target.place = Vec2{std::clamp(place.x, -4.5, pitch::kLength + 4.5), std::clamp(place.y, -4.5, pitch::kWidth + 4.5)};
        kick.arrive = a.t + flight;
        if (out && kick.style == KickStyle::Ground) kick.style = KickStyle::Driven;
        draft_.ballActions.push_back(kick);
        lastAction_ = std::max(lastAction_, a.t + flight);
        return a.t + flight;
    }

    Action kickAction(const Planned& a, const Planned& next) {
        Action kick = action(ActionKind::Pass, a.t, a.id);
        kick.style = KickStyle::Ground;
        const MatchEvent* e = a.event;
        if (a.role == AnchorRole::Save || (e && e->type == EventType::KeeperClaim)) {
            kick.style = KickStyle::Lofted;  // out of the keeper's hands
            return kick;
        }
        if (!e) return kick;
        if (e->header) {
            kick.kind = ActionKind::Header;
            kick.style = KickStyle::Driven;
            return kick;
        }
        if (e->type == EventType::Pass) {
            if (e->restart == Restart::Corner) {
                kick.kind = ActionKind::Corner;
                kick.style = KickStyle::Lofted;
            } else if (e->style == PassStyle::High) {
                const bool wide = std::abs(a.at.y - pitch::kCentre.y) > 18.0;
                const bool intoBox = std::abs(next.at.y - pitch::kCentre.y) < pitch::kPenaltyAreaWidth / 2 &&
                                     (next.at.x < pitch::kPenaltyAreaDepth || next.at.x > pitch::kLength - pitch::kPenaltyAreaDepth);
                kick.kind = wide && intoBox ? ActionKind::Cross : ActionKind::Pass;
                kick.style = KickStyle::Lofted;
            }
        } else if (e->type == EventType::Clearance) {
            kick.style = KickStyle::Lofted;
        }
        return kick;
    }

    void addFoul(const Planned& a) {
        const PlayerId victim = c_.playerId(a.other);
        draft_.motion.fix(a.id, a.t, a.at);
        Action foul = action(ActionKind::Foul, a.t, a.id);
        if (onPitch(victim) && victim.team != a.id.team) {
            foul.other = victim;
            draft_.motion.fix(victim, a.t, a.at + Vec2{0.0, 0.7});
        }
        if (foul.other.valid()) draft_.ballActions.push_back(foul);
        Action whistle = action(ActionKind::Whistle, a.t + 0.4, PlayerId{});
        whistle.whistle = WhistleKind::Foul;
        draft_.ballActions.push_back(whistle);
    }

    // --- shots ---------------------------------------------------------------------------------------

    // The goal mouth point the data gives, made consistent with the outcome it records (a goal inside
    // the frame, a miss outside it, the woodwork on it).
    GoalMouthPoint mouthFor(const MatchEvent& e, ShotOutcome outcome) const {
        GoalMouthPoint p = e.mouth.value_or(GoalMouthPoint{0.0, 0.5});
        const double side = p.lateral >= 0.0 ? 1.0 : -1.0;
        switch (outcome) {
            case ShotOutcome::Goal:
                p.lateral = std::clamp(p.lateral, -3.0, 3.0);
                p.height = std::clamp(p.height, 0.2, 2.05);
                break;
            case ShotOutcome::Saved:
                p.lateral = std::clamp(p.lateral, -3.2, 3.2);
                p.height = std::clamp(p.height, 0.25, 2.1);
                break;
            case ShotOutcome::Woodwork:
                if (std::abs(p.lateral) >= 3.3 || p.height < 2.3) {
                    p.lateral = side * 3.78;
                    p.height = std::clamp(p.height, 0.3, 2.0);
                } else {
                    p.lateral = std::clamp(p.lateral, -3.0, 3.0);
                    p.height = 2.57;
                }
                break;
            case ShotOutcome::OffTarget:
                if (std::abs(p.lateral) < 4.3 && p.height < 2.9) {
                    if (3.66 - std::abs(p.lateral) < 2.44 - p.height) p.lateral = side * 4.7;
                    else p.height = 3.2;
                }
                break;
            default: break;
        }
        return p;
    }

    // Whether a saved shot was followed up by a team-mate the data then flags offside (the chain gives
    // him the rebound).
    bool followedUp(const MatchEvent& shot) const {
        return offsideFollowUp(c_.match, w_, static_cast<std::size_t>(&shot - c_.match.events.data())) != nullptr;
    }

    // The keeper at `save` puts the shot `a` out of play for `restart` (the shooter's team's corner or
    // throw-in): round the post on the corner's side, or over the touchline where the throw is taken. Both
    // teams then go to their places for it.
    void parryOut(const MatchEvent& restart, const Planned& a, Vec2 save, double arrival, Action& stop) {
        const pitch::End end = c_.script.attackingEnd(a.id.side(), matchTime(a.t));
        Vec2 spot = *restart.start;  // restartFromSave gives only a restart with a place
        const double outside = spot.y < pitch::kCentre.y ? -1.0 : 1.0;
        if (restart.restart == Restart::Corner) {
            // It crosses the line outside the post whichever side of the goal he meets it.
            const Vec2 crossing{pitch::goalLineX(end), pitch::kCentre.y + outside * (pitch::kGoalWidth / 2.0 + kParryWide)};
            stop.target.place = crossing + normalized(crossing - save) * kParryBeyond;
            spot.x = pitch::goalLineX(end);  // the flag on the side the data has the corner
        } else {
            stop.target.place = {spot.x, spot.y + outside * kParryBeyond};
        }
        spot = insideLines(spot, kInCornerArc);
        stop.target.kind = KickTarget::Kind::Place;
        // A long way to the line (a throw-in far from goal) is a hard deflection, not a soft palm.
        const double metres = distance(save, stop.target.place);
        const double out = arrival + metres / std::clamp(metres / kLongestParry, kParrySpeed, kHardestParry);
        stop.arrive = out;
        stop.style = KickStyle::Driven;
        draft_.ballActions.push_back(stop);
        restartAfter_ = RestartAfter{a.t, out, a.id.side(), *restartKind(restart.restart), spot, c_.playerId(restart.player)};
    }

    // Plans the shot at anchors_[i]; returns the anchor to carry on from (past the end to stop).
    std::size_t planShot(std::size_t i, double& notBefore) {
        Planned& a = anchors_[i];
        const MatchEvent& e = *a.event;
        const TeamSide side = a.id.side();
        const pitch::End end = c_.script.attackingEnd(side, matchTime(a.t));
        ShotOutcome outcome = e.outcome;
        const bool disallowed = std::any_of(w_.keys.begin(), w_.keys.end(), [&](const KeyEvent& k) {
            return k.kind == KeyKind::Disallowed && &c_.match.events[k.event] == &e;
        });
        // It goes in; the flag is the physics' to raise. Unless it was saved and the data flags the team-mate
        // who followed it up: then the save stands and the parry goes to him, offside.
        if (disallowed && !followedUp(e)) outcome = ShotOutcome::Goal;
        const auto index = static_cast<std::size_t>(&e - c_.match.events.data());
        if (disallowed && std::find(missWide_.begin(), missWide_.end(), index) != missWide_.end()) {
            outcome = ShotOutcome::OffTarget;
            draft_.notes.push_back("the physics cannot put " + c_.script.player(a.id).name +
                                   " offside at the pass, so the goal the flag took away is shown going just wide");
        }
        if (outcome == ShotOutcome::Unknown) outcome = ShotOutcome::OffTarget;
        const GoalMouthPoint mouth = mouthFor(e, outcome);
        const double y = pitch::kCentre.y + (end == pitch::End::Right ? -1.0 : 1.0) * mouth.lateral;
        const Vec2 goalPoint{pitch::goalLineX(end), y};
        const double d = distance(a.at, goalPoint);
        double speed = e.header ? 13.0 : e.restart == Restart::Penalty ? 22.0 : d > 25.0 ? 27.0 : 24.0;
        const PlayerId keeper = keeperOf(opponent(side));
        const bool shootout = w_.period == PeriodId::Shootout;

        ExpectedOutcome expected;
        expected.kind = e.goal ? ExpectedOutcome::Kind::Goal : ExpectedOutcome::Kind::NoGoal;
        expected.scorer = a.id;
        expected.counts = side;
        expected.shootout = shootout;
        expected.time = matchTime(a.t);
        expected.what = c_.script.player(a.id).name + "'s " + (e.header ? "header" : e.restart == Restart::Penalty ? "penalty" : "shot");
        draft_.outcomes.push_back(expected);
        shown_.push_back(&e);

        const ActionKind kind = e.header ? ActionKind::Header : e.restart == Restart::Penalty ? ActionKind::Penalty : ActionKind::Shot;
        Action shot = action(kind, a.t, a.id);
        shot.style = KickStyle::Driven;
        const double flight = d / speed * 1.08;
        lastAction_ = std::max(lastAction_, a.t + flight + kAfterShot);
        duration_ = std::min(duration_, std::max(a.t + flight + kAfterShot, lastAction_));

        if (outcome == ShotOutcome::Saved && keeper.valid()) {
            // The keeper meets it a stride in front of his line, where it was going.
            const Vec2 back = normalized(a.at - goalPoint);
            const Vec2 save = goalPoint + back * 0.9;
            const double arrival = a.t + distance(a.at, save) / speed * 1.08 + 0.05;
            shot.target.kind = KickTarget::Kind::Player;
            shot.target.player = keeper;
            shot.target.height = mouth.height;
            shot.arrive = arrival;
            draft_.ballActions.push_back(shot);
            draft_.motion.fix(keeper, arrival, save);
            draft_.motion.fix(keeper, a.t, save + back * 0.6);
            std::size_t resume = i + 1;
            while (resume < anchors_.size() && anchors_[resume].id == keeper) ++resume;
            Action stop = action(ActionKind::Save, arrival, keeper);
            if (const MatchEvent* restart = restartFromSave(c_.match, index)) {
                parryOut(*restart, a, save, arrival, stop);
                return anchors_.size();
            }
            // A rebound: the next player the data has on the ball, soon after, gets the parry; so does a
            // team-mate the data flags offside for following it up, however late the flag (he is judged at
            // the shot; the parry, driven low, reaches him where and when the data flags him).
            const bool followUp = resume < anchors_.size() && anchors_[resume].event && anchors_[resume].id.valid() &&
                                  anchors_[resume].event->type == EventType::Offside && anchors_[resume].id.side() == side;
            if (resume < anchors_.size() && anchors_[resume].role != AnchorRole::Out &&
                (anchors_[resume].t < arrival + 3.0 || followUp) && anchors_[resume].id.valid()) {
                Planned& rebound = anchors_[resume];
                const double d2 = distance(save, rebound.at);
                const double reach = arrival + std::max(0.4, d2 / 12.0);
                rebound.t = std::max(rebound.t, reach);
                stop.target.kind = KickTarget::Kind::Player;
                stop.target.player = rebound.id;
                stop.arrive = rebound.t;
                stop.style = KickStyle::Driven;
                draft_.motion.fix(rebound.id, rebound.t, rebound.at);
                draft_.ballActions.push_back(stop);
                notBefore = rebound.t;
                duration_ = std::max(duration_, w_.end - w_.start);
                return resume;
            }
            stop.holds = true;
            draft_.ballActions.push_back(stop);
            if (resume < anchors_.size() && anchors_[resume].role != AnchorRole::Out && resume - 1 > i &&
                anchors_[resume - 1].id == keeper) {
                // He holds it, and play goes on from his hands (a throw, a kick upfield: a goal at the
                // other end may follow). The ball stays where he caught it until he lets it go.
                Planned& release = anchors_[resume - 1];
                release.at = save;
                release.t = std::max(release.t, arrival + 1.0);
                release.received = arrival;
                notBefore = arrival;
                duration_ = std::max(duration_, w_.end - w_.start);
                return resume - 1;
            }
            return anchors_.size();
        }
        // Turned into his own net by a defender: the shot goes to him, and his touch is the own goal.
        if (i + 1 < anchors_.size() && anchors_[i + 1].event && anchors_[i + 1].event->ownGoal &&
            anchors_[i + 1].id.valid() && anchors_[i + 1].id.side() != side) {
            Planned& defender = anchors_[i + 1];
            const double arrival = a.t + std::max(0.25, distance(a.at, defender.at) / speed * 1.08);
            shot.target.kind = KickTarget::Kind::Player;
            shot.target.player = defender.id;
            shot.target.height = 0.5;
            shot.arrive = arrival;
            draft_.ballActions.push_back(shot);
            defender.t = arrival;
            notBefore = arrival;
            return i + 1;
        }
        if (outcome == ShotOutcome::Blocked) {
            std::size_t resume = i + 1;
            PlayerId blocker;
            if (resume < anchors_.size() && anchors_[resume].id.valid() && anchors_[resume].id.side() != side &&
                distance(anchors_[resume].at, a.at) < 12.0) {
                blocker = anchors_[resume].id;
            } else {
                blocker = nearestOpponent(side, a.at, a.t);
            }
            if (blocker.valid()) {
                const Vec2 block = a.at + normalized(goalPoint - a.at) * std::min(3.0, d * 0.4);
                const double arrival = a.t + std::max(0.3, distance(a.at, block) / speed + 0.05);
                shot.target.kind = KickTarget::Kind::Player;
                shot.target.player = blocker;
                shot.target.height = 0.4;
                shot.arrive = arrival;
                draft_.ballActions.push_back(shot);
                draft_.motion.fix(blocker, arrival, block);
                if (resume < anchors_.size() && anchors_[resume].id == blocker) {
                    // He stops it first, then plays it: a touch moments after the block would find the
                    // ball metres past him.
                    anchors_[resume].at = block;
                    anchors_[resume].t = std::max(anchors_[resume].t, arrival + kSettle);
                    anchors_[resume].received = arrival;
                    notBefore = arrival;
                    duration_ = std::max(duration_, w_.end - w_.start);
                    return resume;
                }
                if (resume < anchors_.size() && anchors_[resume].role != AnchorRole::Out) {
                    // Play goes on from the block without him in the data (a rebound, a deflection to
                    // someone): the ball comes off him to the next player the data has on it.
                    Planned off;
                    off.id = blocker;
                    off.player = PlayerRef{};
                    off.at = block;
                    off.t = arrival;
                    off.received = arrival;
                    anchors_.insert(anchors_.begin() + static_cast<std::ptrdiff_t>(resume), off);
                    notBefore = arrival;
                    duration_ = std::max(duration_, w_.end - w_.start);
                    return resume;
                }
                return anchors_.size();
            }
            outcome = ShotOutcome::OffTarget;
        }
        // At goal: in, off the woodwork or wide; nobody may stand in its way, the keeper least of all.
        // In or wide, it is aimed through the data's point on the goal line to a point beyond it, so a
        // ball struck across the face of goal still crosses the line where the data has it.
        const double beyond = outcome == ShotOutcome::Woodwork ? 0.0 : outcome == ShotOutcome::Goal ? 1.0 : 2.0;
        const Vec2 through = goalPoint + normalized(goalPoint - a.at) * beyond;
        if (beyond > 0.0) {
            shot.target.kind = KickTarget::Kind::Place;
            shot.target.place = through;
        } else {
            shot.target.kind = KickTarget::Kind::Goal;
            shot.target.goal = end;
            shot.target.place = goalPoint;
        }
        shot.target.height = mouth.height;
        shot.arrive = a.t + flight * (1.0 + beyond / std::max(d, 1.0));
        draft_.ballActions.push_back(shot);
        if (keeper.valid()) keepClear(keeper, a, goalPoint, end, a.t, a.t + flight);
        return anchors_.size();
    }

    // The keeper beaten: off his line where the ball's path leaves him most room (a ball struck across
    // the face of goal runs along his line), near the middle of his goal when he can be.
    void keepClear(PlayerId keeper, const Planned& shooter, Vec2 goalPoint, pitch::End end, double from, double to) {
        const Vec2 a = shooter.at, b = goalPoint;
        const auto away = [&](Vec2 p) { return distance(p, nearestOnSegment(p, a, b)); };
        Vec2 best{pitch::goalLineX(end) - pitch::side(end), pitch::kCentre.y};
        double bestScore = -1e9;
        for (double off : {0.6, 1.0, 1.6, 2.4}) {
            for (double y = pitch::kCentre.y - 4.0; y <= pitch::kCentre.y + 4.0 + 1e-9; y += 0.25) {
                const Vec2 p{pitch::goalLineX(end) - pitch::side(end) * off, y};
                // Room first (up to 2 m is plenty), then nearer the middle and his line.
                const double score = std::min(away(p), 2.0) * 10.0 - std::abs(y - pitch::kCentre.y) - off;
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
        }
        draft_.motion.pin(keeper, from, best);
        draft_.motion.pin(keeper, to + 0.4, best);
    }

    PlayerId nearestOpponent(TeamSide side, Vec2 at, double t) const {
        PlayerId best;
        double bestDistance = 1e9;
        for (PlayerId id : c_.lineup.onPitchAt(start_)) {
            if (id.side() == side || c_.script.player(id).isGoalkeeper()) continue;
            const Vec2 p = draft_.motion.at(id, t).value_or(c_.lineup.formationPosition(id, matchTime(t)));
            const double dd = distance(p, at);
            if (dd < bestDistance && !draft_.motion.busy(id, t)) {
                bestDistance = dd;
                best = id;
            }
        }
        return best;
    }

    void planOwnGoal(const Planned& a) {
        const TeamSide side = a.id.side();
        const pitch::End ownGoal = c_.script.attackingEnd(opponent(side), matchTime(a.t));
        const double y = pitch::kCentre.y + std::clamp(a.at.y - pitch::kCentre.y, -2.5, 2.5);
        Action touch = action(ActionKind::Pass, a.t, a.id);
        touch.style = KickStyle::Driven;
        touch.target.kind = KickTarget::Kind::Goal;
        touch.target.goal = ownGoal;
        touch.target.place = {pitch::goalLineX(ownGoal), y};
        touch.target.height = 0.4;
        const double flight = std::max(0.3, distance(a.at, touch.target.place) / 14.0);
        touch.arrive = a.t + flight;
        draft_.ballActions.push_back(touch);
        const PlayerId keeper = keeperOf(side);
        if (keeper.valid() && keeper != a.id) keepClear(keeper, a, touch.target.place, ownGoal, a.t, a.t + flight);
        lastAction_ = std::max(lastAction_, a.t + flight + kAfterShot);
        duration_ = std::min(duration_, lastAction_);
        ExpectedOutcome expected;
        expected.kind = ExpectedOutcome::Kind::Goal;
        expected.scorer = a.id;
        expected.counts = opponent(side);
        expected.time = matchTime(a.t);
        expected.what = c_.script.player(a.id).name + "'s own goal";
        draft_.outcomes.push_back(expected);
        shown_.push_back(a.event);
    }

    // --- set pieces and the shape --------------------------------------------------------------------

    void layOutPenalty() {
        Planned& kick = anchors_.front();
        const TeamSide side = kick.id.side();
        const pitch::End end = c_.script.attackingEnd(side, matchTime(kick.t));
        const Vec2 spot = pitch::penaltySpot(end);
        kick.at = spot;
        kick.t = std::max(kick.t, 1.0);
        draft_.moment.ball = spot;
        // The Laws place the taker behind the ball and the keeper on his line: pinned there, so nothing
        // that keeps runs under a sprint moves them (a keeper moved toward where the data has him dive
        // stands in the penalty's way).
        const Vec2 runUp{-pitch::side(end) * 2.5, -1.2};
        draft_.motion.pin(kick.id, 0.0, spot + runUp);
        const PlayerId keeper = keeperOf(opponent(side));
        const Vec2 line{pitch::goalLineX(end) - pitch::side(end) * 0.3, pitch::kCentre.y};
        if (keeper.valid()) draft_.motion.pin(keeper, 0.0, line);
        if (w_.period != PeriodId::Shootout) {
            penalty_ = PenaltyKick{kick.id, keeper, end};  // the team shape places everyone else
            return;
        }
        std::array<int, 2> slots{0, 0};
        for (PlayerId id : c_.lineup.onPitchAt(start_)) {
            if (id == kick.id || id == keeper) continue;
            const bool gk = c_.script.player(id).isGoalkeeper();
            const Vec2 place = shootoutWaitingPlace(id.team, slots[static_cast<std::size_t>(id.team)]++, gk);
            draft_.motion.soft(id, 0.0, place);
            draft_.motion.soft(id, kick.t + 4.0, place);
        }
    }

    // The shape places everyone outside the area for a penalty, but its next place, after the kick, is
    // where he follows the ball in, and he would be on his way there before it: until the kick he stays
    // where he last was, outside the area and the arc (Law 14), where nothing that keeps runs under a
    // sprint moves him.
    void keepClearOfPenalty() {
        if (!penalty_) return;
        const double kickAt = anchors_.front().t;
        for (PlayerId id : c_.lineup.onPitchAt(start_)) {
            if (id == penalty_->taker || id == penalty_->keeper) continue;
            const std::vector<Waypoint>* list = draft_.motion.of(id);
            if (!list || list->empty()) continue;
            Vec2 last = list->front().at;
            for (const Waypoint& w : *list) {
                if (w.t <= kickAt) last = w.at;
            }
            draft_.motion.pin(id, kickAt, sim::nearestClearOfPenaltyKick(last, penalty_->end, kClearOfPenalty));
        }
    }

    Vec2 ballAt(double t) const {
        const Planned* previous = nullptr;
        for (const Planned& a : anchors_) {
            if (a.t >= t) {
                if (!previous) return a.at;
                return lerp(previous->at, a.at, (t - previous->t) / std::max(a.t - previous->t, 1e-9));
            }
            previous = &a;
        }
        return previous ? previous->at : pitch::kCentre;
    }

    int possessionAt(double t) const {
        int team = -1;
        for (const Planned& a : anchors_) {
            if (a.id.valid() && (a.t <= t || team < 0)) team = a.id.team;
            if (a.t > t && team >= 0) break;
        }
        return team;
    }

    // The restart the passage starts with, until it is taken.
    std::optional<RestartKind> restartAt(double t) const {
        if (anchors_.empty() || !anchors_.front().event || t > anchors_.front().t) return std::nullopt;
        return restartKind(anchors_.front().event->restart);
    }

    // The places the restart that play before the moment started from wanted everyone in, and when it
    // was taken (match time): none when it was taken long before, or the moment opens with it.
    struct RestartPlaces {
        double kicked = 0.0;
        std::vector<Vec2> places;  // per player, in the order asked
    };
    std::optional<RestartPlaces> restartBefore(const std::vector<PlayerId>& players) const {
        if (w_.first < c_.match.events.size() && c_.match.events[w_.first].restart != Restart::None) return std::nullopt;
        for (std::size_t i = w_.first; i-- > 0;) {
            const MatchEvent& e = c_.match.events[i];
            if (e.period != w_.period || e.time < w_.start - kRestartReach) return std::nullopt;
            if (e.restart == Restart::None) continue;
            const std::optional<RestartKind> kind = restartKind(e.restart);
            if (!kind || !e.start || e.team < 0 || e.time >= w_.start) return std::nullopt;
            sim::ShapeSituation s;
            const double kicked = c_.script.clock.periodStart(static_cast<Period>(static_cast<int>(w_.period))) + e.time;
            s.ball = e.restart == Restart::Corner ? insideLines(*e.start, kInCornerArc) : *e.start;
            s.possession = static_cast<TeamSide>(e.team);
            s.restart = kind;
            s.taker = c_.playerId(e.player);
            for (int team = 0; team < 2; ++team) {
                s.attacking[static_cast<std::size_t>(team)] = c_.script.attackingEnd(static_cast<TeamSide>(team), kicked);
            }
            return RestartPlaces{kicked, offBallTargets(c_.script, c_.lineup, players, s)};
        }
        return std::nullopt;
    }

    void addShape() {
        if (w_.period == PeriodId::Shootout) return;  // everyone is placed already
        const double end = draft_.moment.duration;
        const auto onPitch = c_.lineup.onPitchAt(start_);
        const std::vector<PlayerId> players(onPitch.begin(), onPitch.end());
        // A moment that opens seconds after a corner or a free kick: the centre backs who went up for it
        // are still on their way back (a counter from a corner had them open the moment 70 m from the box
        // they stood in, and sprint 13 m/s to get there in the passage before). Each place in the shape
        // is no further from his place for the restart than he runs in the time since it was taken.
        const std::optional<RestartPlaces> restart = restartBefore(players);
        for (double t = 0.0; t <= end + 1e-9; t += kShapeEvery) {
            sim::ShapeSituation s;
            s.ball = ballAt(t);
            if (const int team = possessionAt(t); team >= 0) s.possession = static_cast<TeamSide>(team);
            s.restart = restartAt(t);
            if (restartAfter_ && t >= restartAfter_->shot) s.possession = restartAfter_->to;  // the save does not win it
            if (restartAfter_ && t >= restartAfter_->out) {
                // Out for a corner or a throw-in: everyone goes to his place for it.
                s.ball = restartAfter_->spot;
                s.possession = restartAfter_->to;
                s.restart = restartAfter_->kind;
                s.taker = restartAfter_->taker;
            }
            for (int team = 0; team < 2; ++team) {
                s.attacking[static_cast<std::size_t>(team)] = c_.script.attackingEnd(static_cast<TeamSide>(team), matchTime(t));
            }
            std::vector<Vec2> targets = offBallTargets(c_.script, c_.lineup, players, s);
            if (restart) {
                const double reach = kShapeSpeed * std::max(0.0, matchTime(t) - restart->kicked);
                for (std::size_t k = 0; k < players.size(); ++k) {
                    targets[k] = restart->places[k] + capped(targets[k] - restart->places[k], reach);
                }
            }
            for (std::size_t k = 0; k < players.size(); ++k) {
                if (!draft_.motion.busy(players[k], t)) draft_.motion.soft(players[k], t, targets[k]);
            }
        }
    }

    const MomentContext& c_;
    const MomentWindow& w_;
    std::span<const std::size_t> missWide_;
    bool pinPresences_ = true;
    bool journeyOnly_ = false;  // the ball's journey alone: no shape, presences, outcomes or words
    BallChain chain_;
    std::vector<Planned> anchors_;
    std::vector<const MatchEvent*> shown_;  // the shots and own goals the journey plans
    MomentDraft draft_;
    double start_ = 0.0;
    double duration_ = 0.0;
    double lastAction_ = 0.0;
    struct RestartAfter {
        double shot = 0.0;  // from then on the restart's team has it (the save does not win it)
        double out = 0.0;   // when the ball crosses the line
        TeamSide to = TeamSide::Home;
        RestartKind kind = RestartKind::Corner;
        Vec2 spot;
        PlayerId taker;
    };
    std::optional<RestartAfter> restartAfter_;  // a save, or a touch, put out of play
    struct PenaltyKick {
        PlayerId taker;
        PlayerId keeper;
        pitch::End end = pitch::End::Right;
    };
    std::optional<PenaltyKick> penalty_;  // the penalty (not a shoot-out's) the moment opens with
};

}  // namespace

MomentDraft buildMoment(const MomentContext& context, const MomentWindow& window, std::span<const std::size_t> missWide,
                        bool pinPresences) {
    return Builder(context, window, missWide, pinPresences).build();
}

MomentDraft buildBallJourney(const MomentContext& context, const MomentWindow& window) {
    return Builder(context, window, {}, true, true).build();
}

Moment assembleMoment(const MomentDraft& draft) {
    Moment m = draft.moment;
    m.actions = draft.ballActions;
    m.shape.clear();
    draft.motion.writeTo(m);
    // Nothing runs past the moment's end: a run still going then is cut where he is at the end.
    std::vector<Action> kept;
    for (Action& a : m.actions) {
        if (a.at >= m.duration - 0.05 && !isKick(a.kind) && a.kind != ActionKind::Save) continue;
        if (isMovement(a.kind) && a.by > m.duration) {
            const double f = (m.duration - a.at) / (a.by - a.at);
            a.to = lerp(draft.motion.at(a.actor, a.at).value_or(a.to), a.to, f);
            a.by = m.duration;
        }
        kept.push_back(a);
    }
    m.actions = std::move(kept);
    // Every time on the simulation's step, so a run's end and a touch at the same instant are one key.
    const auto onStep = [](double t) { return std::round(t * 240.0) / 240.0; };
    for (Action& a : m.actions) {
        a.at = onStep(a.at);
        a.by = onStep(a.by);
        if (a.arrive) a.arrive = onStep(*a.arrive);
        // A ball due at the very end must not arrive a rounding after it.
        if (a.arrive) m.duration = std::max(m.duration, *a.arrive);
    }
    std::stable_sort(m.actions.begin(), m.actions.end(), [](const Action& a, const Action& b) { return a.at < b.at; });
    return m;
}

}  // namespace touchline::import
