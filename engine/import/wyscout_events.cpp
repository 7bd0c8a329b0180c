#include "import/wyscout_events.h"

#include <algorithm>
#include <cmath>

#include "import/pitch_frame.h"

namespace touchline::import {

namespace {

// Tags (Wyscout v2).
constexpr int kGoal = 101, kOwnGoal = 102, kHeadOrBody = 403, kWon = 703, kRed = 1701, kYellow = 1702,
              kSecondYellow = 1703, kAccurate = 1801, kInaccurate = 1802, kBlocked = 2101;

struct Zone {
    int tag;
    GoalMouthPoint point;  // as the shooter sees it: right of the centre positive
    ShotOutcome outcome;
};

// Where a shot ended, from its zone tag. In the goal: a third of the mouth each side and a third of its
// height each band. Out: a metre wide of the posts, or over the bar. Woodwork: the outer half of a post
// (or the top of the bar), so the ball comes back off it rather than in.
constexpr double kIn = 2.6, kWide = 4.7, kPost = 3.78, kLow = 0.3, kMid = 1.2, kHigh = 2.05, kOver = 3.2,
                 kBar = 2.57;
constexpr Zone kZones[] = {
    {1201, {0, kLow}, ShotOutcome::Saved},       {1202, {kIn, kLow}, ShotOutcome::Saved},
    {1203, {0, kMid}, ShotOutcome::Saved},       {1204, {-kIn, kMid}, ShotOutcome::Saved},
    {1205, {-kIn, kLow}, ShotOutcome::Saved},    {1206, {kIn, kMid}, ShotOutcome::Saved},
    {1207, {0, kHigh}, ShotOutcome::Saved},      {1208, {-kIn, kHigh}, ShotOutcome::Saved},
    {1209, {kIn, kHigh}, ShotOutcome::Saved},    {1210, {kWide, kLow}, ShotOutcome::OffTarget},
    {1211, {-kWide, kMid}, ShotOutcome::OffTarget}, {1212, {-kWide, kLow}, ShotOutcome::OffTarget},
    {1213, {kWide, kMid}, ShotOutcome::OffTarget},  {1214, {0, kOver}, ShotOutcome::OffTarget},
    {1215, {-kWide, kOver}, ShotOutcome::OffTarget}, {1216, {kWide, kOver}, ShotOutcome::OffTarget},
    {1217, {kPost, kLow}, ShotOutcome::Woodwork},  {1218, {-kPost, kMid}, ShotOutcome::Woodwork},
    {1219, {-kPost, kLow}, ShotOutcome::Woodwork}, {1220, {kPost, kMid}, ShotOutcome::Woodwork},
    {1221, {0, kBar}, ShotOutcome::Woodwork},      {1222, {-2.8, kBar}, ShotOutcome::Woodwork},
    {1223, {2.8, kBar}, ShotOutcome::Woodwork},
};

const Zone* zoneOf(const std::vector<int>& tags) {
    for (int tag : tags) {
        for (const Zone& z : kZones) {
            if (z.tag == tag) return &z;
        }
    }
    return nullptr;
}

bool has(const std::vector<int>& tags, int tag) { return std::find(tags.begin(), tags.end(), tag) != tags.end(); }

std::vector<int> readTags(const json::Value& list, ImportLog& log) {
    std::vector<int> tags;
    if (!list.exists()) return tags;
    if (!list.isArray()) {
        log.warning(list, "expected a list of {id} tags, found " + std::string(json::describe(list.type())) + "; ignored");
        return tags;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto id = list[i]["id"].integer();
        if (!id) {
            log.warning(list[i], "expected a tag {id: number}; ignored");
            continue;
        }
        tags.push_back(*id);
    }
    return tags;
}

// A position in percent of the pitch, or nothing for a placeholder or a value that is not one.
std::optional<Vec2> readPosition(const json::Value& p, bool cornerStart, ImportLog& log) {
    const auto x = p["x"].number();
    const auto y = p["y"].number();
    if (!x || !y) {
        log.warning(p, "expected a position {x, y} in percent; treated as unknown");
        return std::nullopt;
    }
    if (!(*x >= 0.0 && *x <= 100.0 && *y >= 0.0 && *y <= 100.0)) {
        log.warning(p, "a position off the pitch's 0-100 range; treated as unknown");
        return std::nullopt;
    }
    // (0, 0) and (100, 100) stand for "unknown" (a shot's end, a save's start): never real places,
    // except a corner taken from the corner at (100, 100).
    const bool zero = *x == 0.0 && *y == 0.0;
    const bool full = *x == 100.0 && *y == 100.0;
    if (zero || (full && !cornerStart)) return std::nullopt;
    return Vec2{*x, *y};
}

void decodeType(int eventId, int subEventId, const std::vector<int>& tags, MatchEvent& e) {
    switch (eventId) {
        case 1:
            e.type = EventType::Duel;
            e.won = has(tags, kWon);
            e.header = subEventId == 10;  // an air duel is won with the head
            break;
        case 2: e.type = EventType::Foul; break;
        case 3:
            e.type = EventType::Pass;
            switch (subEventId) {
                case 30: e.restart = Restart::Corner; e.style = PassStyle::High; break;
                case 31: e.restart = Restart::FreeKick; break;
                case 32: e.restart = Restart::FreeKick; e.style = PassStyle::High; break;
                case 33: e.restart = Restart::FreeKick; e.type = EventType::Shot; break;
                case 34: e.restart = Restart::GoalKick; e.style = PassStyle::High; break;
                case 35: e.restart = Restart::Penalty; e.type = EventType::Shot; break;
                case 36: e.restart = Restart::ThrowIn; e.style = PassStyle::High; break;
                default: break;
            }
            break;
        case 5: e.type = subEventId == 50 ? EventType::BallOut : EventType::Other; break;
        case 6: e.type = EventType::Offside; break;
        case 7:
            e.type = subEventId == 70 ? EventType::Carry : subEventId == 71 ? EventType::Clearance : EventType::Touch;
            break;
        case 8:
            e.type = EventType::Pass;
            if (subEventId == 80 || subEventId == 83 || subEventId == 84) e.style = PassStyle::High;
            if (subEventId == 82) e.style = PassStyle::Head;
            break;
        case 9: e.type = EventType::Save; break;
        case 10: e.type = EventType::Shot; break;
        default: e.type = EventType::Other; break;
    }
}

}  // namespace

std::optional<PeriodId> wyscoutPeriod(std::string_view text) {
    if (text == "1H") return PeriodId::First;
    if (text == "2H") return PeriodId::Second;
    if (text == "E1") return PeriodId::ExtraFirst;
    if (text == "E2") return PeriodId::ExtraSecond;
    if (text == "P") return PeriodId::Shootout;
    return std::nullopt;
}

void readWyscoutEvent(const json::Value& v, int index, WyscoutIds& ids, ImportLog& log, std::vector<MatchEvent>& out) {
    if (!v.isObject()) {
        log.warning(v, "expected an event object, found " + std::string(json::describe(v.type())) + "; skipped");
        return;
    }
    MatchEvent e;
    e.source = index;
    const auto periodText = v["matchPeriod"].string();
    const auto period = periodText ? wyscoutPeriod(*periodText) : std::nullopt;
    if (!period) {
        log.warning(v["matchPeriod"], "expected a period \"1H\", \"2H\", \"E1\", \"E2\" or \"P\"; event skipped");
        return;
    }
    e.period = *period;
    const auto seconds = v["eventSec"].number();
    if (!seconds || !(*seconds >= 0.0 && *seconds < 4.0 * 3600.0)) {
        log.warning(v["eventSec"], "expected seconds since the period's kick-off; event skipped");
        return;
    }
    e.time = *seconds;
    const auto team = v["teamId"].number();
    if (team && *team == ids.teams[0]) e.team = 0;
    else if (team && *team == ids.teams[1]) e.team = 1;
    else {
        log.warning(v["teamId"], "a team that is neither of the match's two; event skipped");
        return;
    }
    if (const auto player = v["playerId"].number(); player && *player != 0.0) {
        auto it = ids.players.find(*player);
        if (it != ids.players.end()) {
            e.player = it->second;
        } else if (ids.unknownPlayers.insert(*player).second) {
            char id[32];
            std::snprintf(id, sizeof id, "%.0f", *player);
            log.warning(v["playerId"], std::string("player ") + id + " is in no squad list; his events are kept without him");
        }
    }
    const auto eventId = v["eventId"].integer();
    const auto subEventId = v["subEventId"].integer();  // "" for an offside: that event has no sub-event
    if (!eventId) {
        log.warning(v["eventId"], "expected an event id (1-10); event skipped");
        return;
    }
    const std::vector<int> tags = readTags(v["tags"], log);
    decodeType(*eventId, subEventId.value_or(0), tags, e);

    const json::Value positions = v["positions"];
    if (!positions.isArray()) {
        log.warning(positions, "expected a list of positions; event kept without one");
    } else {
        const pitch::End end = attackingEnd(e.team, e.period);
        const bool corner = e.restart == Restart::Corner;
        for (std::size_t i = 0; i < positions.size() && i < 2; ++i) {
            if (auto p = readPosition(positions[i], corner && i == 0, log)) {
                const Vec2 metres = forEnd(toPitch(Units::WyscoutPercent, p->x, p->y), end);
                (i == 0 ? e.start : e.end) = metres;
            }
        }
        // A penalty is taken from the spot (Law 14); the data puts some shoot-out kicks at the other end's.
        if (e.restart == Restart::Penalty && e.start) e.start = pitch::penaltySpot(end);
    }
    e.header = e.header || has(tags, kHeadOrBody) || e.style == PassStyle::Head;
    e.accurate = !has(tags, kInaccurate) && (has(tags, kAccurate) || e.type != EventType::Shot);
    e.ownGoal = has(tags, kOwnGoal);
    // A keeper's save may carry the goal tag of the shot that beat him: the goal is the shot's.
    e.goal = has(tags, kGoal) && e.type != EventType::Save;
    if (e.type == EventType::Shot) {
        const Zone* zone = zoneOf(tags);
        if (zone) e.mouth = zone->point;
        if (e.goal) e.outcome = ShotOutcome::Goal;
        else if (zone && zone->outcome == ShotOutcome::Woodwork) e.outcome = ShotOutcome::Woodwork;
        else if (has(tags, kBlocked)) e.outcome = ShotOutcome::Blocked;
        else if (zone) e.outcome = zone->outcome;
        else e.outcome = e.accurate ? ShotOutcome::Saved : ShotOutcome::OffTarget;
        // An "on target" zone without a goal was saved, unless it was blocked first.
    }
    if (e.type == EventType::Save) e.won = !has(tags, kGoal);  // a save that carries the goal tag was beaten
    out.push_back(e);

    const bool red = has(tags, kRed), yellow = has(tags, kYellow), second = has(tags, kSecondYellow);
    if ((red || yellow || second) && e.player.valid()) {
        MatchEvent card = e;
        card.type = EventType::Card;
        card.card = red || second ? CardColour::Red : CardColour::Yellow;
        card.secondYellow = second;
        out.push_back(card);
    }
}

}  // namespace touchline::import
