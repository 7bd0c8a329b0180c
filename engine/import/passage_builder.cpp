#include "import/passage_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>

#include "core/text.h"
#include "import/moment_selection.h"
#include "sim/kick_solver.h"
#include "sim/moment_bake.h"

namespace touchline::import {

namespace {

constexpr double kAdvantage = 3.0;  // s: a touch this long after the ball went dead is play restarted

bool isRestart(const MatchEvent& e) {
    return e.restart != Restart::None && (e.type == EventType::Pass || e.type == EventType::Shot);
}

bool endsPlay(const MatchEvent& e);

// The events that say play goes on or stops; cards and substitutions are timed in the stoppages.
bool marksPlay(const MatchEvent& e) {
    return isOnBall(e.type) || e.type == EventType::Save || e.type == EventType::KeeperClaim ||
           e.type == EventType::Foul || e.type == EventType::BallOut || e.type == EventType::Offside;
}

bool inHands(const MatchEvent& e) {
    return e.type == EventType::KeeperClaim || (e.type == EventType::Save && e.won);
}

std::optional<StopKind> stopOf(const MatchEvent& e) {
    switch (e.type) {
        case EventType::BallOut: return StopKind::Out;
        case EventType::Foul: return StopKind::Foul;
        case EventType::Offside: return StopKind::Offside;
        case EventType::Shot:
        case EventType::Touch:
        case EventType::Pass:
        case EventType::Clearance:
            if (e.goal || e.ownGoal) return StopKind::Goal;
            return std::nullopt;
        default: return std::nullopt;
    }
}

// The ball is dead after it: out of play, a goal, an offside or a foul (unless play goes on at once).
bool endsPlay(const MatchEvent& e) { return stopOf(e).has_value(); }

// Why play stopped when the data records no stoppage of its own: what the next restart says.
StopKind stopBefore(Restart restart) {
    switch (restart) {
        case Restart::KickOff: return StopKind::Goal;
        case Restart::FreeKick:
        case Restart::Penalty: return StopKind::Foul;
        default: return StopKind::Out;
    }
}

// Ends `span` (whose events are set) before `next` (the next span's first event, none at the period's end).
void closeSpan(const MatchData& match, PassageSpan& span, const MatchEvent* next) {
    const auto& events = match.events;
    double lastPlay = span.from;
    const MatchEvent* stopEvent = nullptr;
    for (std::size_t i = span.first; i <= span.last; ++i) {
        const MatchEvent& e = events[i];
        if (!marksPlay(e)) continue;
        lastPlay = std::max(lastPlay, e.time);
        // Play went on (advantage), unless it is the player caught offside taking the ball (StatsBomb
        // records his receipt of the pass it flags).
        const bool caughtOnBall = stopEvent && stopEvent->type == EventType::Offside && stopEvent->player.valid() &&
                                  e.player == stopEvent->player;
        if (stopOf(e)) stopEvent = &e;
        else if (stopEvent && isOnBall(e.type) && !caughtOnBall) stopEvent = nullptr;
    }
    span.playEnds = lastPlay;
    if (stopEvent) {
        span.stop = *stopOf(*stopEvent);
        span.stopEvent = static_cast<std::size_t>(stopEvent - events.data());
        span.playEnds = std::max(stopEvent->time, span.from);
    } else if (!next) {
        span.stop = StopKind::EndOfHalf;
    } else if (isRestart(*next)) {
        span.stop = stopBefore(next->restart);
    } else {
        span.stop = StopKind::Injury;  // a pause the data does not explain
    }
    if (!next) span.stop = StopKind::EndOfHalf;
    // A substitution made in the pause is why play waited.
    if (next && span.stop != StopKind::Goal) {
        for (std::size_t i = span.last + 1; i < events.size() && &events[i] != next; ++i) {
            if (events[i].type == EventType::Substitution) span.stop = StopKind::Substitution;
        }
    }
}

// The data as passages read it: kick-offs the provider leaves as plain passes from the centre spot (the
// first of a period, the first after a goal) are kick-offs, and a goal kick whose place the provider
// leaves out is taken from the middle of the goal area's front.
MatchData withRestartsPlaced(const MatchData& data) {
    MatchData match = data;
    bool kickOffDue = true;
    PeriodId period = PeriodId::First;
    for (MatchEvent& e : match.events) {
        if (e.period != period) {
            period = e.period;
            kickOffDue = true;
        }
        if (kickOffDue && e.type == EventType::Pass && e.restart == Restart::None && e.start &&
            distance(*e.start, pitch::kCentre) < 3.0) {
            e.restart = Restart::KickOff;
            e.start = pitch::kCentre;
        }
        if (isOnBall(e.type)) kickOffDue = false;
        if (e.goal || e.ownGoal) kickOffDue = true;
        if (e.restart == Restart::GoalKick && !e.start && e.team >= 0) {
            const pitch::End own = attackingEnd(e.team, e.period) == pitch::End::Right ? pitch::End::Left : pitch::End::Right;
            e.start = Vec2{pitch::goalLineX(own) - pitch::side(own) * 5.5, pitch::kCentre.y};
        }
    }
    return match;
}

// Nobody runs in a passage but by the team shape, which takes each player to his touches: a ball aimed at
// a player would go where the shape has him, so it goes where the data has him play it instead, and he
// keeps the appointment there.
void aimAtPlaces(MomentDraft& draft) {
    for (Action& a : draft.ballActions) {
        // A keeper's parry to whoever follows the shot up goes where he does too.
        const bool aimed = isKick(a.kind) || a.kind == ActionKind::Save;
        if (!aimed || a.target.kind != KickTarget::Kind::Player || !a.arrive) continue;
        if (const auto at = draft.motion.at(a.target.player, *a.arrive)) {
            a.target.kind = KickTarget::Kind::Place;
            a.target.place = *at;
        }
    }
}

// Who the flag went up for. The data names him (Wyscout's offside event, StatsBomb's Offside); a pass
// StatsBomb records as offside names no recipient, so then it is the team-mate of the passer whose place
// in the shape is nearest where the pass was going, as a linesman would look for him.
PlayerId caughtOffside(const MomentContext& context, const MatchEvent& offside, const Moment& m) {
    if (const PlayerId named = context.playerId(offside.player); named.valid()) return named;
    const Action* pass = nullptr;
    for (const Action& a : m.actions) {
        if (isKick(a.kind) && a.kind != ActionKind::Corner && a.actor.team == offside.team && a.at <= m.stop->at + 1e-9) pass = &a;
    }
    if (!pass) return {};
    const Vec2 to = pass->target.kind == KickTarget::Kind::Place ? pass->target.place : offside.end.value_or(pitch::kCentre);
    const double t = m.matchTime + pass->at;
    PlayerId best;
    double nearest = 1e300;
    for (const PlayerId id : context.lineup.onPitchAt(t)) {
        if (id.team != offside.team || id == pass->actor || context.script.player(id).isGoalkeeper()) continue;
        const double d = distance(context.lineup.formationPosition(id, t), to);
        if (d < nearest) {
            nearest = d;
            best = id;
        }
    }
    return best;
}

// When an action is over: the ball's arrival for a kick, else its instant.
double endOf(const Action& a) { return a.arrive.value_or(a.at); }

// A player who took the ball down before playing it on takes at least this long over it, however much
// sooner than the data the ball reaches him; one who played it first time still does.
constexpr double kFirstTouch = 0.5;  // s

// Action k happens (or its ball arrives) `by` seconds later, and what follows it only as much later as
// it must: the time a player had on the ball absorbs the delay, down to kFirstTouch. Play stops as
// much later as the last action moved.
void delayFrom(Moment& m, std::size_t k, double by, bool actionToo) {
    Action& first = m.actions[k];
    double oldEnd = endOf(first);
    if (actionToo) first.at += by;
    if (first.arrive) *first.arrive += by;
    double newEnd = endOf(first);
    double lastShift = by;
    for (std::size_t j = k + 1; j < m.actions.size() && lastShift > 0.0; ++j) {
        Action& a = m.actions[j];
        const double held = std::max(0.0, a.at - oldEnd);
        const double shift = std::max(0.0, newEnd + std::min(held, kFirstTouch) - a.at);
        oldEnd = std::max(oldEnd, endOf(a));
        a.at += shift;
        if (a.arrive) *a.arrive += shift;
        newEnd = std::max(newEnd, endOf(a));
        lastShift = shift;
    }
    if (m.stop && lastShift > 0.0) m.stop->at = std::min(m.stop->at + lastShift, m.duration);
}

}  // namespace

std::vector<PassageSpan> splitPassages(const MatchData& data) {
    const MatchData match = withRestartsPlaced(data);
    std::vector<PassageSpan> spans;
    const auto& events = match.events;
    std::size_t i = 0;
    while (i < events.size()) {
        const PeriodId period = events[i].period;
        std::size_t end = i;
        while (end < events.size() && events[end].period == period) ++end;
        if (period == PeriodId::Shootout) {
            i = end;
            continue;
        }
        // Events [i, end) are the period's.
        std::vector<PassageSpan> own;
        const MatchEvent* lastPlay = nullptr;
        for (std::size_t k = i; k < end; ++k) {
            const MatchEvent& e = events[k];
            const bool restart = isRestart(e);
            // Play went on without a restart the data records: after a long pause, or after the ball was dead.
            const bool pause = lastPlay && isOnBall(e.type) && !restart &&
                               ((e.time - lastPlay->time > kPassagePause && !inHands(*lastPlay)) ||
                                (endsPlay(*lastPlay) && e.time - lastPlay->time > kAdvantage));
            // The period's kick-off after events that are no play (StatsBomb's Half Start, a substitution
            // made before it): the period's first passage restarts with it, from the period's start.
            if (restart && own.size() == 1 && !lastPlay && !own.back().restart) {
                own.back().restart = k;
            } else if (own.empty() || restart || pause) {
                if (!own.empty()) {
                    own.back().last = k - 1;
                    closeSpan(match, own.back(), &e);
                }
                PassageSpan span;
                span.period = period;
                span.first = k;
                span.from = own.empty() ? 0.0 : e.time;
                if (restart) span.restart = k;
                own.push_back(span);
            }
            if (marksPlay(e)) lastPlay = &e;
        }
        own.back().last = end - 1;
        closeSpan(match, own.back(), nullptr);
        spans.insert(spans.end(), own.begin(), own.end());
        i = end;
    }
    return spans;
}

std::vector<Moment> buildPassages(const MomentContext& given, std::vector<std::string>& notes) {
    const MatchData match = withRestartsPlaced(given.match);
    const MomentContext context{match, given.script, given.lineup, given.playerId};
    const std::vector<PassageSpan> spans = splitPassages(given.match);
    std::vector<Moment> passages;
    std::vector<double> starts;  // per passage: seconds since its period's kick-off
    for (std::size_t n = 0; n < spans.size(); ++n) {
        const PassageSpan& span = spans[n];
        const auto period = static_cast<Period>(static_cast<int>(span.period));
        // Whole seconds on the clock; never before the one before it has stopped.
        double start = std::floor(span.from);
        if (!passages.empty() && passages.back().clock.period == period) {
            const Moment& before = passages.back();
            start = std::max(start, std::ceil(starts.back() + before.stop->at - 1e-6));
        }
        MomentWindow window;
        window.period = span.period;
        window.start = start;
        window.end = std::max(span.playEnds, start);
        window.first = span.first;
        window.last = span.last;
        window.level = MomentLevel::Extended;
        MomentDraft draft = buildBallJourney(context, window);
        for (const std::string& note : draft.notes) notes.push_back(formatReading(draft.moment.clock) + ": " + note);
        aimAtPlaces(draft);
        draft.motion = PlayerMotion{};
        Moment m = assembleMoment(draft);
        m.offBall = OffBall::Shape;
        m.level = MomentLevel::Key;
        if (span.restart && m.ball && !m.actions.empty()) {
            const MatchEvent& e = context.match.events[*span.restart];
            const PlayerId taker = context.playerId(e.player);
            if (taker.valid() && m.actions.front().actor == taker && isKick(m.actions.front().kind)) {
                m.restart = touchline::Restart{*restartKind(e.restart), taker, *m.ball, {}};
            }
        }
        double stopAt = span.playEnds - start;
        for (const Action& a : m.actions) stopAt = std::max(stopAt, a.arrive.value_or(a.at));
        m.stop = Stop{span.stop, std::max(stopAt, 0.0), {}, {}};
        if (span.stop == StopKind::Offside && span.stopEvent) {
            m.stop->player = caughtOffside(context, context.match.events[*span.stopEvent], m);
        }
        passages.push_back(std::move(m));
        starts.push_back(start);
    }
    // Each runs on to the next one's start, the last of a period to its final whistle.
    for (std::size_t n = 0; n < passages.size(); ++n) {
        Moment& m = passages[n];
        const bool last = n + 1 == passages.size() || passages[n + 1].clock.period != m.clock.period;
        const auto period = static_cast<Period>(static_cast<int>(spans[n].period));
        const MatchClock& clock = context.script.clock;
        const double whistle = std::min(periodEnd(context.match, spans[n].period), clock.periodEnd(period) - clock.periodStart(period));
        const double end = last ? whistle : starts[n + 1];
        m.duration = std::max(end - starts[n], m.stop->at);
    }
    return passages;
}

namespace {

constexpr int kRepairRounds = 6;
constexpr double kPlanSpeed = 8.0;  // m/s: the pace a late arrival is planned for
constexpr double kMendLate = 0.15;  // s: the least a touch no one reaches in time is put back, the first time
constexpr double kAdviceMargin = 0.05;  // s: on top of the flight the solver advises, for a re-aimed kick
// A ball longer than any boot kicks it lands this much of the way, and again, up to so many times.
constexpr double kShorter = 0.85;
constexpr int kMostShortenings = 4;
constexpr double kFootHeight = 1.0;  // m: a kick aimed higher than this goes to a header

std::optional<double> number(const std::string& text, const char* before) {
    const auto at = text.find(before);
    if (at == std::string::npos) return std::nullopt;
    return std::strtod(text.c_str() + at + std::strlen(before), nullptr);
}

// Where the ball is when action k kicks it: the restart's spot, else where the kick before sent it;
// none when the kick before went to a player.
std::optional<Vec2> ballAtKick(const Moment& m, std::size_t k) {
    if (k == 0) return m.givenBallStart();
    if (m.actions[k - 1].target.kind == KickTarget::Kind::Place) return m.actions[k - 1].target.place;
    return std::nullopt;
}

// A long kick of one who holds the ball until he kicks it (a keeper with it in his hands, or anyone on a
// restart's spot) that the data has landing 5-7 s later: no boot flies a ball 40-50 m that long, and the
// header that meets it came out 6 m up (the time such a kick is logged is not when it leaves his boot).
// How much later he kicks it for a hard lofted kick to get there when the data says it does; none when
// he does not hold it, or when such a kick takes as long.
std::optional<double> holdItLonger(const Moment& m, std::size_t k, bool keeper) {
    const Action& a = m.actions[k];
    if (!(keeper || k == 0) || !a.arrive || a.target.kind != KickTarget::Kind::Place) return std::nullopt;
    const std::optional<Vec2> from = ballAtKick(m, k);
    if (!from) return std::nullopt;
    const sim::BallModel model;
    sim::KickRequest request;
    request.from = {from->x, from->y, model.radius};
    request.target = {a.target.place.x, a.target.place.y, std::max(a.target.height, model.radius)};
    request.speed = sim::kHardKickSpeed;
    request.style = KickStyle::Lofted;
    request.tolerance = sim::kPassageArrivalTolerance;
    request.advise = false;
    const Result<sim::KickSolution> kick = sim::solveKick(model, request);
    if (!kick) return std::nullopt;
    const double later = *a.arrive - a.at - kick->flightTime;
    return later > kMendLate ? std::optional<double>(later) : std::nullopt;
}

// The error's action (the bake locates it at the action; line k + 1 marks action k) mended: a touch he
// cannot reach in time is later, the kick to it arriving later too (later again each time it is mended:
// `tries` counts them); a kick faster than anyone kicks takes the time the solver says a boot needs,
// or, when no boot gets it there in the data's time at all, goes in the air, is kicked later by one
// who holds the ball (holdItLonger), else lands shorter. `keeper`: the kicker is a goalkeeper. False
// when it cannot be mended that way.
bool mend(Moment& m, std::size_t k, const std::string& message, int tries, bool keeper) {
    Action& a = m.actions[k];
    if (message.find("cannot get to the ball in time") != std::string::npos) {
        const auto metres = number(message, "time: ");
        const auto seconds = number(message, " m in ");
        if (!metres || !seconds) return false;
        // The last leg into the touch is all the message tells; a player left that short was short all the
        // way, so each attempt doubles what the last one gave.
        const double late = std::max(kMendLate * std::pow(2.0, tries), *metres / kPlanSpeed - *seconds);
        // A passage's kicks go to places, so the touch is his own action's: the kick that reaches him there
        // arrives as much later (and so does he), else his action is later.
        for (std::size_t j = k; j-- > 0;) {
            if (m.actions[j].arrive && std::abs(*m.actions[j].arrive - a.at) < 0.3) {
                delayFrom(m, j, late, false);
                return true;
            }
        }
        delayFrom(m, k, late, true);
        return true;
    }
    if (isKick(a.kind) && a.arrive && message.find("no human kicks") != std::string::npos) {
        const auto needs = number(message, "gets there in ");
        // A ball that gets there only bouncing on cannot be headed: the kick to a header comes down short of
        // it instead, in the air (made later for the bounce, Pickford's 77 m goal kick at Everton-Manchester
        // City 56:38 had to hang 7.6 s, and the passage stopped before it).
        const bool bouncesToAHeader = message.find("bouncing on") != std::string::npos && a.target.height > kFootHeight;
        if (!needs || bouncesToAHeader) {
            // No kick of this style gets there at all (a keeper's long ball the data has as a plain
            // pass): it goes in the air, and if even that falls short, it lands short and whoever plays it
            // next meets it there (the team shape takes him to where it is aimed).
            if (a.style != KickStyle::Lofted) {
                a.style = KickStyle::Lofted;
                return true;
            }
            if (const std::optional<double> later = holdItLonger(m, k, keeper)) {
                a.at += *later;
                return true;
            }
            const std::optional<Vec2> from = ballAtKick(m, k);
            if (!from || a.target.kind != KickTarget::Kind::Place || tries >= kMostShortenings) return false;
            a.target.place = *from + (a.target.place - *from) * kShorter;
            return true;
        }
        const double later = a.at + *needs + kAdviceMargin - *a.arrive;
        if (later <= 0.0) return false;
        delayFrom(m, k, later, false);
        return true;
    }
    if (isKick(a.kind) && a.arrive && message.find("ground pass cannot cover") != std::string::npos) {
        const auto metres = number(message, "cover ");
        const double flight = *a.arrive - a.at;
        const double need = std::max(flight * 1.3 + 0.2, metres ? *metres / 20.0 + 0.3 : 0.0);
        a.style = KickStyle::Driven;
        delayFrom(m, k, need - flight, false);
        return true;
    }
    return false;
}

// A goal the physics sees where the data has none (the data's goals are the key moments'): the kick
// before it goes a few metres wide of the post instead; a kick turned away once already that still scores
// (off someone on its way) ends the passage before it. False when there is no such goal.
bool turnAwayStrayGoal(const Script& script, Moment& m, const std::vector<ObservedEvent>& events,
                       std::set<std::size_t>& turned, std::vector<std::string>& notes) {
    for (const ObservedEvent& e : events) {
        if (e.kind != EventKind::Goal || e.disallowed) continue;
        const bool inMoment = std::any_of(script.moments.begin(), script.moments.end(), [&](const Moment& k) {
            return e.time >= k.matchTime - 1e-9 && e.time <= k.matchTime + k.duration + 1e-9;
        });
        if (inMoment) continue;
        const double at = e.time - m.matchTime;
        for (std::size_t k = m.actions.size(); k-- > 0;) {
            Action& a = m.actions[k];
            if (!isKick(a.kind) || a.at > at) continue;
            if (!turned.insert(k).second) {
                notes.push_back(formatReading(m.clock) + ": the physics scores where the data has no goal; the passage "
                                "stops before " + std::string(script.playerName(a.actor)) + "'s " + std::string(actionKeyword(a.kind)));
                m.actions.resize(k);
                return true;
            }
            const Vec2 goal{e.where.x < pitch::kCentre.x ? 0.0 : pitch::kLength, pitch::kCentre.y};
            const double side = a.target.place.y < pitch::kCentre.y ? -1.0 : 1.0;
            a.target.kind = KickTarget::Kind::Place;
            a.target.place = {goal.x + (goal.x > 0.0 ? 2.0 : -2.0), goal.y + side * 7.5};
            a.target.height = 0.5;
            notes.push_back(formatReading(m.clock) + ": the physics scores where the data has no goal; " +
                            std::string(script.playerName(a.actor)) + "'s " + std::string(actionKeyword(a.kind)) + " goes wide");
            return true;
        }
        if (m.actions.empty()) return false;
        m.actions.clear();  // no kick of ours put it there: nothing of this passage can be shown
        notes.push_back(formatReading(m.clock) + ": the physics scores where the data has no goal; the passage shows no play");
        return true;
    }
    return false;
}

}  // namespace

int repairPassages(Script& script, const sim::Lineup& lineup, std::vector<std::string>& notes,
                   const ImportProgress& progress) {
    int failing = 0;
    const std::size_t total = script.passages.size();
    // From the last back: a passage ends in the next one's opening, which stands its first players within
    // reach of their touches (sim::passageOpening), so it is baked as it will play once the next is final.
    std::vector<std::vector<std::string>> told(script.passages.size());  // per passage, said in match order
    for (std::size_t i = script.passages.size(); i-- > 0;) {
        if (progress.stopped()) return failing;
        Moment& m = script.passages[i];
        std::vector<std::string>& said = told[i];
        for (std::size_t k = 0; k < m.actions.size(); ++k) m.actions[k].where = {"", static_cast<int>(k) + 1, 1};
        bool failed = false;
        std::set<std::size_t> turned;
        std::map<std::size_t, int> tries;  // per action: how often it was mended
        for (int round = 0;; ++round) {
            // Made so late that it would run past the next restart: play stops before it.
            while (!m.actions.empty() && m.actions.back().arrive.value_or(m.actions.back().at) > m.duration - 0.05) {
                said.push_back(formatReading(m.clock) + ": play runs on past the next restart; the passage stops before " +
                                std::string(script.playerName(m.actions.back().actor)) + "'s " +
                                std::string(actionKeyword(m.actions.back().kind)));
                m.actions.pop_back();
            }
            const sim::MomentBake baked = sim::bakePassage(script, static_cast<int>(i), lineup);
            if (!baked.diagnostics.hasErrors()) {
                if (turnAwayStrayGoal(script, m, baked.track.events, turned, said)) continue;
                break;
            }
            failed = true;
            // Each action's first error, mended from the last back (a delay moves only what follows it).
            std::map<std::size_t, const Diagnostic*> errors;
            for (const Diagnostic& d : baked.diagnostics.items()) {
                if (d.severity != Severity::Error || d.where.line <= 0) continue;
                const auto k = static_cast<std::size_t>(d.where.line - 1);
                if (k < m.actions.size()) errors.emplace(k, &d);
            }
            if (errors.empty()) break;
            // The physics cannot play the first that is not mended: play stops before it, and what comes
            // before it stays mended.
            auto stopAt = errors.begin();
            if (round < kRepairRounds) {
                std::set<std::size_t> mended;
                for (auto it = errors.rbegin(); it != errors.rend(); ++it) {
                    const Action& a = m.actions[it->first];
                    const bool keeper = a.actor.valid() && script.player(a.actor).isGoalkeeper();
                    if (mend(m, it->first, it->second->message, tries[it->first]++, keeper)) mended.insert(it->first);
                }
                // The touch right after a kick mended is judged again with it (the header that met a
                // keeper's kick 6 m up meets it lower once he kicks it later).
                stopAt = std::find_if(errors.begin(), errors.end(), [&](const auto& e) {
                    return !mended.count(e.first) && !(e.first > 0 && mended.count(e.first - 1));
                });
                if (stopAt == errors.end()) continue;
            }
            const auto [k, first] = *stopAt;
            said.push_back(formatReading(m.clock) + ": " + first->message + "; the passage stops before it");
            // Play that runs on so late that the next restart's players cannot get there: it stops when
            // that action would have been played, and the walk there has the time from then.
            if (m.stop && first->message.find("cannot get to where play restarts") != std::string::npos) {
                m.stop->at = std::min(m.stop->at, std::max(0.0, m.actions[k].at));
            }
            m.actions.resize(k);
            round = 0;
        }
        failing += failed ? 1 : 0;
        for (Action& a : m.actions) a.where = {};
        // Nothing of it plays, and no restart opens it: the stoppage before it runs on over its time
        // instead, so the players walk to the next opening with all of it. (After a goal the data
        // followed with no kick-off, only a loose ball a minute on, the next throw-in's taker sprinted
        // the length of the pitch in the six seconds this passage left him.)
        const bool empty = m.actions.empty() && !m.restart && !(m.stop && m.stop->kind == StopKind::EndOfHalf);
        if (empty && i > 0 && script.passages[i - 1].stop && script.passageFollowingOn(static_cast<int>(i) - 1)) {
            said.push_back(formatReading(m.clock) + ": nothing of this passage plays; the stoppage before it runs on");
            script.passages[i - 1].duration += m.duration;
            script.passages.erase(script.passages.begin() + static_cast<std::ptrdiff_t>(i));
        }
        progress.tell(total - i, total);
    }
    for (const auto& own : told) notes.insert(notes.end(), own.begin(), own.end());
    return failing;
}

std::vector<Moment> passagesFor(const MatchData& match, const Script& target, const std::string& dataPath,
                                Diagnostics& diagnostics, std::vector<std::string>& notes,
                                const ImportProgress& progress) {
    std::map<std::pair<int, int>, PlayerId> ids;
    std::set<std::pair<int, int>> onBall;
    for (const MatchEvent& e : match.events) {
        if (e.player.valid() && e.period != PeriodId::Shootout) onBall.insert({e.player.team, e.player.index});
    }
    for (int t = 0; t < 2; ++t) {
        const auto& data = match.teams[static_cast<std::size_t>(t)].players;
        const auto& theirs = target.teams[static_cast<std::size_t>(t)].players;
        for (std::size_t i = 0; i < data.size(); ++i) {
            auto it = std::find_if(theirs.begin(), theirs.end(), [&](const Player& p) {
                return (!p.fullName.empty() && sameFolded(p.fullName, data[i].fullName)) || sameFolded(p.name, data[i].name) ||
                       sameFolded(p.name, data[i].fullName);
            });
            if (it == theirs.end()) {
                // "José Callejón" in the data is the script's "Callejón": his surname, when it is no one else's.
                const std::string& name = data[i].name;
                const std::string surname = name.substr(name.find_last_of(' ') == std::string::npos ? 0 : name.find_last_of(' ') + 1);
                const auto same = [&](const Player& p) { return sameFolded(p.name, surname); };
                if (std::count_if(theirs.begin(), theirs.end(), same) == 1) it = std::find_if(theirs.begin(), theirs.end(), same);
            }
            if (it != theirs.end()) {
                ids[{t, static_cast<int>(i)}] = PlayerId{t, static_cast<int>(it - theirs.begin())};
            } else if (onBall.count({t, static_cast<int>(i)})) {
                diagnostics.error({dataPath, 0, 0}, data[i].fullName + " (" + match.teams[static_cast<std::size_t>(t)].name +
                                                        ") plays in the data but is not in " + target.path + " under that name");
            }
        }
    }
    if (diagnostics.hasErrors()) return {};
    Script script = target;
    script.passages.clear();
    const sim::Lineup lineup(script);
    const MomentContext context{match, script, lineup, [&](PlayerRef ref) {
                                    const auto it = ids.find({ref.team, ref.index});
                                    return it == ids.end() ? PlayerId{} : it->second;
                                }};
    script.passages = buildPassages(context, notes);
    repairPassages(script, lineup, notes, progress);
    return std::move(script.passages);
}

}  // namespace touchline::import
