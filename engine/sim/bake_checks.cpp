#include "sim/bake_checks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <utility>

#include "sim/pitch_world.h"
#include "sim/set_piece.h"

namespace touchline::sim {

namespace {

// Centres closer than this are one player on top of another: team-mates whose bodies overlap, or
// opponents closer than any challenge brings them (a marker stands shoulder to shoulder, 0.3-0.5 m).
constexpr double kTeamMatesOverlap = 2.0 * kBodyRadius;
constexpr double kOpponentsOverlap = kBodyRadius;
constexpr int kOverlapEvery = 3;                // look every third sample (10 times a second)
constexpr double kDuelWindow = 1.0;             // s either side of a tackle or foul between the two

std::string fmt(const char* pattern, double a, double b = 0.0, double c = 0.0) {
    char buffer[200];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
    return buffer;
}

std::string name(const Script& script, PlayerId id) { return std::string(script.playerName(id)); }

const Action* actionAt(const Moment& moment, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= moment.actions.size()) return nullptr;
    return &moment.actions[static_cast<std::size_t>(index)];
}

// The action that put a player where he is at time t (the run or touch he is moving to, or the last one
// he reached), or -1 when he stands where the moment started him.
int actionBehind(const PlayerPath& path, double t) {
    const auto& keys = path.keys();
    int found = -1;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].action >= 0) found = keys[i].action;
        if (keys[i].time >= t) break;
    }
    return found;
}

// Where a player's standing place was written: his entry in the moment's shape, if any.
const SourceLocation* shapeEntry(const Moment& moment, PlayerId id) {
    for (const Placement& p : moment.shape) {
        if (p.player == id) return &p.where;
    }
    return nullptr;
}

bool inDuel(const Moment& moment, PlayerId a, PlayerId b, double t) {
    for (const Action& act : moment.actions) {
        if (act.kind != ActionKind::Tackle && act.kind != ActionKind::Foul) continue;
        const bool between = (act.actor == a && act.other == b) || (act.actor == b && act.other == a);
        if (between && std::abs(act.at - t) <= kDuelWindow) return true;
    }
    return false;
}

// The team shape moves everyone in a passage and keeps each touch whatever it costs (shape_follower.h):
// a player it brings late sprints into the touch faster than anyone runs over the last second or two,
// never in one key's leg. That is his touch come too soon, and is said as such, over the run from
// kRunUp before it (or from his touch before), so the import can put it later (import/passage_builder.cpp
// reads the metres and the seconds).
constexpr double kRunUp = 3.0;  // s

void checkRunIntoTouches(const Script& script, const MomentPlan& plan, std::size_t p, const PlayerPath& path,
                         std::set<int>& reported, BakeReport& report) {
    const Moment& moment = stretchOf(script, plan);
    const auto& keys = path.keys();
    double fastUntil = -1.0;  // the end of the last leg faster than a run
    double lastTouch = -1e9;
    for (std::size_t i = 1; i < keys.size(); ++i) {
        const Keyframe& a = keys[i - 1];
        const Keyframe& b = keys[i];
        const double dt = b.time - a.time;
        if (dt > 0.0 && distance(a.position, b.position) / dt > kMaxRunSpeed + 0.05) fastUntil = b.time;
        if (!b.touch) continue;
        const double from = std::max(b.time - kRunUp, lastTouch);
        lastTouch = b.time;
        if (fastUntil < from || b.time - from <= 0.0) continue;
        const Action* action = actionAt(moment, b.action);
        if (!action || !reported.insert(b.action).second) continue;
        const double d = distance(path.position(from), b.position);
        const double seconds = b.time - from;
        report.add(Severity::Error, action->where,
                   name(script, plan.players[p].id) + " cannot get to the ball in time" +
                       fmt(": %.1f m in %.2f s, sprinting faster than a player runs (%.1f m/s) on the way", d, seconds,
                           kMaxRunSpeed));
    }
}

// Once play stops in a passage, everyone walks into the next passage's opening (sim::passageOpening) by
// its start. The data may leave no time for it (play goes on to a second before a throw-in its taker is
// 40 m from); the walk is then faster than anyone runs over its last seconds. It is said at the passage's
// last action, so the import ends play before it and the walk has the time.
constexpr double kWalkIn = 3.0;  // s before the passage's end looked at

void checkWalkIntoNextOpening(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths,
                              BakeReport& report) {
    const Moment& moment = stretchOf(script, plan);
    if (!plan.passage || !moment.stop || moment.actions.empty() || !script.passageFollowingOn(plan.moment)) return;
    const double from = std::min(moment.stop->at, plan.duration - kWalkIn);
    double worst = kMaxRunSpeed + 0.05;
    std::optional<std::size_t> who;
    for (std::size_t p = 0; p < paths.size(); ++p) {
        const auto& keys = paths[p].keys();
        for (std::size_t i = 1; i < keys.size(); ++i) {
            const double dt = keys[i].time - keys[i - 1].time;
            // A leg into a touch is the touch's to report (checkPaths, checkRunIntoTouches), at its action.
            if (keys[i].time <= from || dt <= 0.0 || keys[i].touch) continue;
            const double speed = distance(keys[i - 1].position, keys[i].position) / dt;
            if (speed > worst) {
                worst = speed;
                who = p;
            }
        }
    }
    if (!who) return;
    const double seconds = plan.duration - from;
    const double d = distance(paths[*who].position(from), paths[*who].position(plan.duration));
    report.add(Severity::Error, moment.actions.back().where,
               name(script, plan.players[*who].id) + " cannot get to where play restarts in time" +
                   fmt(": %.1f m in the last %.2f s, sprinting faster than a player runs (%.1f m/s) on the way", d, seconds,
                       kMaxRunSpeed));
}

}  // namespace

void checkPaths(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths, BakeReport& report) {
    const Moment& moment = stretchOf(script, plan);
    for (std::size_t p = 0; p < paths.size(); ++p) {
        const auto& keys = paths[p].keys();
        // Plain runs are the loader's to check, except a substitute's: he starts where the engine puts him.
        const bool substitute = plan.players[p].onFrom > 0.0;
        std::set<int> reported;
        for (std::size_t i = 1; i < keys.size(); ++i) {
            const Keyframe& a = keys[i - 1];
            const Keyframe& b = keys[i];
            if (!a.touch && !b.touch && !substitute) continue;
            const double d = distance(a.position, b.position);
            const double dt = b.time - a.time;
            if (dt <= 0.0 || d / dt <= kMaxRunSpeed + 0.05) continue;
            const int blame = b.touch ? b.action : (b.action >= 0 ? b.action : a.action);
            const Action* action = actionAt(moment, blame);
            if (!action || !reported.insert(blame).second) continue;
            const std::string who = name(script, plan.players[p].id);
            std::string what = b.touch ? who + " cannot get to the ball in time"
                                       : who + " cannot get from the ball to where his run ends in time";
            if (!a.touch && !b.touch) what = who + " cannot get from the touchline, where he comes on, to where his run ends in time";
            report.add(Severity::Error, action->where,
                       what + fmt(": %.1f m in %.2f s needs %.1f m/s", d, dt, d / dt) +
                           fmt(" (a player runs at most %.1f m/s)", kMaxRunSpeed));
        }
        if (plan.passage) checkRunIntoTouches(script, plan, p, paths[p], reported, report);
    }
    checkWalkIntoNextOpening(script, plan, paths, report);
}

void checkBodyContacts(const Script& script, const MomentPlan& plan, const std::vector<BodyContact>& contacts,
                       BakeReport& report) {
    const Moment& moment = stretchOf(script, plan);
    std::set<std::pair<int, PlayerId>> reported;
    for (const BodyContact& c : contacts) {
        const Action* action = actionAt(moment, c.action);
        if (!action || !reported.insert({c.action, c.player}).second) continue;
        const std::string kicker = c.kicker.valid() ? name(script, c.kicker) + "'s " + std::string(actionKeyword(action->kind))
                                                    : std::string("the ball");
        report.add(Severity::Warning, action->where,
                   kicker + " runs into " + name(script, c.player) +
                       fmt(" %.1f m above the grass, %.2f s into the moment: he stands in its path and deflects it",
                           std::max(0.0, c.height), c.step * kStep));
    }
}

void checkOverlaps(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths,
                   const std::vector<PlayerTrack>& tracks, BakeReport& report) {
    const Moment& moment = stretchOf(script, plan);
    const std::size_t n = plan.players.size();
    const int total = plan.steps / kPlayerStride + 1;
    std::set<std::pair<std::size_t, std::size_t>> reported;
    std::set<std::pair<std::size_t, std::size_t>> overlapping;  // at the previous look
    std::vector<Vec2> at(n);
    std::vector<bool> on(n);
    for (int s = 0; s < total; s += kOverlapEvery) {
        const double t = static_cast<double>(s) / kPlayerSamplesPerSecond;
        for (std::size_t p = 0; p < n; ++p) {
            on[p] = t >= plan.players[p].onFrom && t < plan.players[p].onUntil;
            if (on[p]) at[p] = tracks[p].at(s).position();
        }
        std::set<std::pair<std::size_t, std::size_t>> now;
        for (std::size_t a = 0; a < n; ++a) {
            if (!on[a]) continue;
            for (std::size_t b = a + 1; b < n; ++b) {
                if (!on[b] || std::abs(at[a].x - at[b].x) >= kTeamMatesOverlap) continue;
                const PlayerId ia = plan.players[a].id, ib = plan.players[b].id;
                if (distance(at[a], at[b]) >= (ia.team == ib.team ? kTeamMatesOverlap : kOpponentsOverlap)) continue;
                if (inDuel(moment, ia, ib, t)) continue;
                now.insert({a, b});
                // Two looks in a row: they stand there, they do not just brush past each other.
                if (!overlapping.count({a, b}) || !reported.insert({a, b}).second) continue;
                const int behindA = actionBehind(paths[a], t), behindB = actionBehind(paths[b], t);
                const bool blameA = behindA >= behindB;
                const int behind = blameA ? behindA : behindB;
                const PlayerId mover = blameA ? ia : ib, other = blameA ? ib : ia;
                const SourceLocation* where = nullptr;
                if (const Action* action = actionAt(moment, behind)) where = &action->where;
                if (!where) where = shapeEntry(moment, mover);
                if (!where) where = shapeEntry(moment, other);
                if (!where) where = &moment.where;
                report.add(Severity::Warning, *where,
                           name(script, mover) + " and " + name(script, other) +
                               fmt(" stand on top of each other (%.2f m apart, %.1f s into the moment): move one of them",
                                   distance(at[a], at[b]), t));
            }
        }
        overlapping = std::move(now);
    }
}

void checkPenaltyPlaces(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths,
                        const std::vector<PlayerTrack>& tracks, BakeReport& report) {
    if (!plan.setPiece) return;
    const Moment& moment = stretchOf(script, plan);
    const SetPiece& penalty = *plan.setPiece;
    const Action* kick = actionAt(moment, penalty.action);
    if (!kick) return;
    const pitch::End end = script.attackingEnd(kick->actor.side(), moment.matchTime);
    const double t = penalty.kickAt;
    const int sample = static_cast<int>(std::lround(t * kPlayerSamplesPerSecond));
    for (std::size_t p = 0; p < plan.players.size(); ++p) {
        const PlayerId id = plan.players[p].id;
        if (id == kick->actor || id == penalty.keeper) continue;
        if (t < plan.players[p].onFrom || t >= plan.players[p].onUntil) continue;
        const Vec2 at = tracks[p].at(sample).position();
        if (clearOfPenaltyKick(at, end)) continue;
        const SourceLocation* where = nullptr;
        if (const Action* action = actionAt(moment, actionBehind(paths[p], t))) where = &action->where;
        if (!where) where = shapeEntry(moment, id);
        if (!where) where = &kick->where;
        const char* place = inPenaltyArea(at, end) ? "in the penalty area"
                            : distance(at, pitch::penaltySpot(end)) < pitch::kPenaltyArcRadius ? "in the arc"
                                                                                              : "nearer the goal line than the mark";
        report.add(Severity::Warning, *where,
                   name(script, id) + " stands " + place + fmt(" [%.1f, %.1f]", at.x, at.y) + " as " +
                       name(script, kick->actor) +
                       fmt(" takes his penalty (%.2f s into the moment): the Laws keep everyone but the taker and "
                           "the keeper outside the area and its arc, behind the mark, until the kick",
                           t));
    }
}

}  // namespace touchline::sim
