#include "sim/moment_bake.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/bake_checks.h"
#include "sim/bake_report.h"
#include "sim/ball_pass.h"
#include "sim/exclusions.h"
#include "sim/give_way.h"
#include "sim/moment_plan.h"
#include "sim/player_track.h"
#include "sim/shape_plan.h"

namespace touchline::sim {

namespace {

constexpr double kSettled = 0.02;   // m: a touch whose ball moved less than this needs no second pass
constexpr double kDisplaced = 0.3;  // m: beyond this a deflected ball reaches a player who is elsewhere
constexpr int kMaxPasses = 3;

// What each touch's last aiming found wrong. A dribble says its first problem, not one per small touch.
void reportTouchProblems(const Moment& moment, const std::vector<Touch>& touches, BakeReport& report) {
    std::vector<bool> dribbleSaid(moment.actions.size(), false);
    for (const Touch& t : touches) {
        if (t.problems.empty()) continue;
        const auto action = static_cast<std::size_t>(t.action);
        if (t.kind == TouchKind::Dribble) {
            if (dribbleSaid[action]) continue;
            dribbleSaid[action] = true;
        }
        for (const TouchProblem& problem : t.problems) report.add(problem.severity, moment.actions[action].where, problem.message);
    }
}

std::string fmt(const char* pattern, double a) {
    char buffer[200];
    std::snprintf(buffer, sizeof buffer, pattern, a);
    return buffer;
}

// Cards, substitutions, injuries, fouls and whistles written in the moment: the events the script
// announces. A tackle is played on the ball by the physics, and its event is observed there.
void scriptedEvents(const Script& script, const MomentPlan& plan, const MomentTrack& track,
                    std::vector<ObservedEvent>& out) {
    const Moment& moment = stretchOf(script, plan);
    for (std::size_t ai = 0; ai < moment.actions.size(); ++ai) {
        const Action& a = moment.actions[ai];
        if (playsTheBall(a.kind)) continue;
        const std::optional<EventKind> kind = announcedEvent(a.kind);
        if (!kind) continue;
        ObservedEvent e;
        e.kind = *kind;
        e.time = plan.start + a.at;
        plan.label(e);
        e.action = static_cast<int>(ai);
        e.player = a.actor;
        e.other = a.other;
        e.cause = a.kind;
        e.card = a.card;
        e.whistle = a.whistle;
        e.where = track.ballAt(std::clamp(stepOf(a.at), 0, plan.steps)).position();
        out.push_back(e);
    }
}

}  // namespace

namespace {

// How the team shape moves the players a stretch with `off_ball: shape` leaves alone: from its restart,
// and for a passage, into the next passage's opening once play stops.
struct ShapeSetup {
    bool on = false;
    std::vector<bool> scripted;  // per tracked player: the script's runs move him
    bool anyScripted = false;
    ShapePlanOptions options;
};

ShapeSetup shapeSetup(const Script& script, const MomentPlan& plan, const Lineup& lineup) {
    const Moment& moment = stretchOf(script, plan);
    ShapeSetup out;
    out.on = plan.passage || moment.offBall == OffBall::Shape;
    if (!out.on) return out;
    for (const auto& legs : plan.runs) {
        out.scripted.push_back(!legs.empty());
        out.anyScripted = out.anyScripted || !legs.empty();
    }
    if (plan.passage) {
        out.options.opening = passageOpening(script, plan.moment);
    } else if (moment.restart) {
        out.options.opening = restartSituation(script, *moment.restart, moment.matchTime);
    }
    if (moment.stop) out.options.stoppedAt = moment.stop->at;
    if (!plan.passage || !moment.stop) return out;
    if (const std::optional<int> next = script.passageFollowingOn(plan.moment)) {
        out.options.closing = passageOpening(script, *next);
        out.options.closingPlayers = playersInMoment(script.passages[static_cast<std::size_t>(*next)], lineup);
    }
    return out;
}

// Everyone's path for one pass: the script's runs (giving way to one another), and the team shape's for
// the players it moves.
std::vector<PlayerPath> passPaths(const Script& script, const MomentPlan& plan, const Lineup& lineup,
                                  const BallModel& model, const ShapeSetup& shape) {
    if (!shape.on) return bakedPaths(script, plan);
    const std::vector<PlayerPath> given = shape.anyScripted ? bakedPaths(script, plan) : plan.planned;
    return shapePlan(script, plan, lineup, model, shape.scripted, given, shape.options);
}

// `firstPaths`: the first pass's paths when the caller already has them (bakedPaths of this plan).
MomentBake bakeStretch(const Script& script, MomentPlan plan, Diagnostics planning, const Lineup& lineup,
                       const BallModel& model, std::vector<PlayerPath> firstPaths = {}, PlayerDetail detail = PlayerDetail::Full) {
    const Moment& moment = stretchOf(script, plan);
    const std::vector<std::vector<StepSpan>> exclusions = exclusionSpans(plan);
    const ShapeSetup shape = shapeSetup(script, plan, lineup);

    // Passes: when the simulated ball meets a touch somewhere else than planned (a deflection), the touch
    // is re-aimed from where it really is, and the player goes there in the next pass.
    std::vector<PlayerPath> paths;
    PassResult pass;
    for (int p = 0; p < kMaxPasses; ++p) {
        if (p == 0 && !shape.on && !firstPaths.empty()) paths = std::move(firstPaths);
        else paths = passPaths(script, plan, lineup, model, shape);
        pass = simulatePass(script, plan, model, paths, exclusions);
        double moved = 0.0;
        for (std::size_t k = 0; k < pass.touches.size(); ++k) {
            moved = std::max(moved, distance(pass.touches[k].ballAt.position, plan.touches[k].ballAt.position));
        }
        if (moved <= kSettled || p + 1 == kMaxPasses) break;
        plan.touches = pass.touches;
    }

    MomentBake out;
    MomentTrack& track = out.track;
    track.moment = plan.passage ? -1 : plan.moment;
    track.start = plan.start;
    track.duration = plan.duration;
    track.steps = plan.steps;
    track.ballVisible = plan.ballVisible;
    track.players = plan.players;
    track.ball = std::move(pass.ball);
    track.playerTracks = recordPlayers(script, plan, paths, track.ball, detail);

    BakeReport report;
    report.addAll(planning);
    reportTouchProblems(moment, pass.touches, report);
    for (std::size_t k = 0; k < pass.touches.size(); ++k) {
        const double off = distance(pass.touches[k].standAt, plan.touches[k].standAt);
        if (off <= kDisplaced) continue;
        const Action& a = moment.actions[static_cast<std::size_t>(pass.touches[k].action)];
        report.add(Severity::Warning, a.where,
                   std::string(script.playerName(pass.touches[k].player)) +
                       fmt(" plays the ball %.1f m from where he stands (it was deflected on the way)", off));
    }
    checkPaths(script, plan, paths, report);
    checkBodyContacts(script, plan, pass.contacts, report);
    checkOverlaps(script, plan, paths, track.playerTracks, report);
    checkPenaltyPlaces(script, plan, paths, track.playerTracks, report);
    out.diagnostics = report.take();

    track.events = std::move(pass.events);
    scriptedEvents(script, plan, track, track.events);
    std::stable_sort(track.events.begin(), track.events.end(),
                     [](const ObservedEvent& a, const ObservedEvent& b) { return a.time < b.time; });
    return out;
}

}  // namespace

MomentBake bakeMoment(const Script& script, int momentIndex, const Lineup& lineup, const BallModel& model,
                      KickMemo* kicks, PlayerDetail detail) {
    TOUCHLINE_ASSERT(momentIndex >= 0 && static_cast<std::size_t>(momentIndex) < script.moments.size(),
                     "bakeMoment: no such moment");
    Diagnostics planning;
    MomentPlan plan = planMoment(script, momentIndex, lineup, model, planning, kicks);
    return bakeStretch(script, std::move(plan), std::move(planning), lineup, model, {}, detail);
}

MomentBake bakeMoment(const Script& script, PlannedMoment planned, const Lineup& lineup, const BallModel& model,
                      PlayerDetail detail) {
    TOUCHLINE_ASSERT(!planned.plan.passage && planned.paths.size() == planned.plan.players.size(),
                     "bakeMoment: a moment's plan and a path for each of its players");
    return bakeStretch(script, std::move(planned.plan), std::move(planned.planning), lineup, model,
                       std::move(planned.paths), detail);
}

MomentBake bakePassage(const Script& script, int passageIndex, const Lineup& lineup, const BallModel& model) {
    TOUCHLINE_ASSERT(passageIndex >= 0 && static_cast<std::size_t>(passageIndex) < script.passages.size(),
                     "bakePassage: no such passage");
    Diagnostics planning;
    MomentPlan plan = planPassage(script, passageIndex, lineup, model, planning);
    return bakeStretch(script, std::move(plan), std::move(planning), lineup, model);
}

}  // namespace touchline::sim
