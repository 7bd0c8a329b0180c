#include "import/moment_selection.h"

#include <algorithm>
#include <cmath>

#include "core/match_clock.h"

namespace touchline::import {

namespace {

constexpr double kLookBack = 20.0;     // a passage starts at most this long before its event
constexpr double kSilence = 6.0;       // no events for this long: play had stopped
constexpr double kAfterGoal = 3.5;
constexpr double kAfter = 3.0;
constexpr double kLeadIn = 1.0;        // the moment starts this long before its first event
constexpr double kOffsideAfterShot = 8.0;
constexpr double kJoinGap = 6.0;       // s: a chance this soon after a moment ends extends it, or
constexpr double kPlayFollows = 6.0;   // m/s: a chance sooner than play moves this fast from where it ended

bool stopsPlay(const MatchEvent& e) {
    return e.type == EventType::BallOut || e.type == EventType::Foul || e.type == EventType::Offside ||
           e.type == EventType::Substitution || e.type == EventType::Card || e.goal || e.ownGoal;
}

bool onBall(const MatchEvent& e) {
    switch (e.type) {
        case EventType::Pass:
        case EventType::Shot:
        case EventType::Carry:
        case EventType::Receipt:
        case EventType::Clearance:
        case EventType::Touch:
        case EventType::Duel:
        case EventType::Interception:
        case EventType::Save:
        case EventType::KeeperClaim: return true;
        default: return false;
    }
}

std::optional<KeyKind> keyKind(const MatchData& match, std::size_t i) {
    const MatchEvent& e = match.events[i];
    if (e.period == PeriodId::Shootout) {
        if (e.type == EventType::Shot) return KeyKind::ShootoutKick;
        return std::nullopt;
    }
    if (e.ownGoal) return KeyKind::OwnGoal;
    if (e.type == EventType::Card && e.card == CardColour::Red) return KeyKind::RedCard;
    if (e.type != EventType::Shot) return std::nullopt;
    if (e.goal) return KeyKind::Goal;
    if (e.restart == Restart::Penalty) return KeyKind::Penalty;
    // A shot followed, before play restarts, by an offside against the shooter's team: a goal (or a
    // chance) the flag took away.
    for (std::size_t j = i + 1; j < match.events.size(); ++j) {
        const MatchEvent& n = match.events[j];
        if (n.period != e.period || n.time > e.time + kOffsideAfterShot) break;
        if (n.type == EventType::Offside && n.team == e.team) return KeyKind::Disallowed;
        if (n.type == EventType::BallOut || n.type == EventType::Foul) break;
    }
    switch (e.outcome) {
        case ShotOutcome::Woodwork: return KeyKind::Woodwork;
        case ShotOutcome::Saved: return KeyKind::Saved;
        case ShotOutcome::Blocked: return KeyKind::Blocked;
        default: return KeyKind::OffTarget;
    }
}

bool isKey(KeyKind kind) { return kind != KeyKind::OffTarget && kind != KeyKind::Blocked; }

MomentWindow windowFor(const MatchData& match, std::size_t k, KeyKind kind) {
    const auto& events = match.events;
    const MatchEvent& key = events[k];
    MomentWindow w;
    w.period = key.period;
    w.keys.push_back({k, kind});
    w.level = isKey(kind) ? MomentLevel::Key : MomentLevel::Extended;
    std::size_t first = k;
    if (kind == KeyKind::RedCard) {
        // The passage leads to the foul he is sent off for.
        for (std::size_t j = k; j-- > 0 && key.time - events[j].time < 1.0;) {
            if (events[j].type == EventType::Foul && events[j].player == key.player) first = j;
        }
    }
    if (key.period != PeriodId::Shootout) {
        for (std::size_t j = first; j-- > 0;) {
            const MatchEvent& e = events[j];
            if (e.period != key.period || stopsPlay(e) || key.time - e.time > kLookBack) break;
            if (events[first].time - e.time > kSilence) break;
            if (!onBall(e) && e.type != EventType::Other) continue;
            first = j;
            if (e.restart != Restart::None) break;  // a set piece: start with it
        }
    }
    // Skip what is not on the ball at the start (the passage begins with someone playing it).
    while (first < k && !onBall(events[first]) && events[first].type != EventType::Foul) ++first;
    w.first = first;
    // Whole seconds on the clock: that is how a script writes a moment's start.
    w.start = std::max(0.0, std::floor(events[first].time - kLeadIn));
    const double after = (kind == KeyKind::Goal || kind == KeyKind::OwnGoal || kind == KeyKind::ShootoutKick) ? kAfterGoal : kAfter;
    w.end = key.time + after;
    w.last = k;
    // The keeper's save, a rebound, the flag: what follows within the tail belongs to the moment.
    for (std::size_t j = k + 1; j < events.size(); ++j) {
        const MatchEvent& e = events[j];
        if (e.period != key.period || e.time > w.end) break;
        w.last = j;
        if (stopsPlay(e) && e.type != EventType::Offside) break;
    }
    w.end = std::min(w.end, periodEnd(match, key.period));
    return w;
}

// How soon after `previous` a moment starting at `next` joins it: kJoinGap, or longer when play moved far
// in between (the ball cleared to the other end): the teams then follow it at no more than kPlayFollows.
double joinGap(const MatchData& match, const MomentWindow& previous, const MomentWindow& next) {
    const MatchEvent& last = match.events[previous.last];
    const MatchEvent& first = match.events[next.first];
    const std::optional<Vec2> from = last.end ? last.end : last.start;
    if (!from || !first.start) return kJoinGap;
    return std::max(kJoinGap, distance(*from, *first.start) / kPlayFollows);
}

}  // namespace

double periodEnd(const MatchData& match, PeriodId period) {
    for (const PeriodData& p : match.periods) {
        if (p.id != period) continue;
        const double last = std::ceil(p.length + 4.0);
        // A file whose events stop before the regular end (a match abandoned, data cut short) still has
        // its whole period: the clock cannot end a half at 42:49.
        if (period == PeriodId::Shootout) return last;
        return std::max(last, regularLength(static_cast<Period>(static_cast<int>(period))));
    }
    return 0.0;
}

std::vector<MomentWindow> selectMoments(const MatchData& match) {
    std::vector<MomentWindow> windows;
    for (std::size_t i = 0; i < match.events.size(); ++i) {
        const auto kind = keyKind(match, i);
        if (!kind) continue;
        MomentWindow w = windowFor(match, i, *kind);
        if (!windows.empty()) {
            MomentWindow& previous = windows.back();
            if (previous.period == w.period && w.start < previous.end + joinGap(match, previous, w)) {
                // One passage: the later chance extends the earlier moment (two moments this close would
                // have their players walk between the two faster than anyone runs).
                previous.end = std::max(previous.end, w.end);
                previous.last = std::max(previous.last, w.last);
                previous.keys.insert(previous.keys.end(), w.keys.begin(), w.keys.end());
                if (w.level == MomentLevel::Key) previous.level = MomentLevel::Key;
                continue;
            }
        }
        windows.push_back(std::move(w));
    }
    return windows;
}

const MatchEvent* offsideFollowUp(const MatchData& match, const MomentWindow& window, std::size_t shot) {
    const MatchEvent& s = match.events[shot];
    if (s.type != EventType::Shot || s.outcome != ShotOutcome::Saved) return nullptr;
    for (std::size_t j = shot + 1; j <= window.last && j < match.events.size(); ++j) {
        const MatchEvent& n = match.events[j];
        if (n.type == EventType::Offside && n.team == s.team && n.player.valid() && !(n.player == s.player)) return &n;
    }
    return nullptr;
}

const MatchEvent* restartFromSave(const MatchData& match, std::size_t shot) {
    constexpr double kRestartWithin = 60.0;  // s: a restart later than this is not the save's
    constexpr double kOutWithin = 8.0;       // s: a ball out later than this after the shot is not the save's
    constexpr double kFarthestParry = 30.0;  // m from the goal line: the farthest a save puts the ball out
    const MatchEvent& s = match.events[shot];
    if (s.type != EventType::Shot || s.outcome != ShotOutcome::Saved) return nullptr;
    for (std::size_t j = shot + 1; j < match.events.size(); ++j) {
        const MatchEvent& n = match.events[j];
        if (n.period != s.period || n.time > s.time + kRestartWithin) return nullptr;
        if (n.type == EventType::Pass && (n.restart == Restart::Corner || n.restart == Restart::ThrowIn)) {
            if (n.team != s.team || !n.start) return nullptr;
            // A throw-in far upfield is not where a save went out: he held it and play went on unrecorded.
            const double goalLine = s.start && s.start->x < pitch::kCentre.x ? 0.0 : pitch::kLength;
            return std::abs(n.start->x - goalLine) <= kFarthestParry ? &n : nullptr;
        }
        // The ball going out long after the save: play went on, unrecorded.
        if (n.type == EventType::BallOut && n.time > s.time + kOutWithin) return nullptr;
        // The keeper's own record of the save, the ball going out, a card or a change: not play.
        const bool keepersSave = n.type == EventType::Save && n.team != s.team;
        if (keepersSave || !isOnBall(n.type)) continue;
        return nullptr;
    }
    return nullptr;
}

}  // namespace touchline::import
