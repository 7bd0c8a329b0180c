#include "script/moment_parser.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "script/action_parser.h"

namespace touchline {

namespace {

constexpr std::string_view kMomentFields[] = {"id",    "clock",    "title",   "caption", "duration", "level",
                                              "ball",  "shape",    "off_ball", "restart", "stop",    "actions"};
constexpr std::string_view kPassageFields[] = {"clock", "duration", "ball", "shape", "restart", "stop", "actions"};
constexpr std::string_view kOffBallWords[] = {"stand", "shape"};
constexpr std::string_view kRestartWords[] = {"kick-off", "throw-in", "corner", "free-kick", "goal-kick", "penalty"};
constexpr std::string_view kStopWords[] = {"out", "foul", "offside", "goal", "injury", "substitution", "end-of-half"};
// A moment lasts this long after its last action; a still moment at least kStillDuration.
constexpr double kTailAfterLastAction = 2.0;
constexpr double kStillDuration = 4.0;

constexpr double kNoTime = std::numeric_limits<double>::quiet_NaN();

// "koulibaly-winner": lower-case letters and digits, words joined by single hyphens.
bool isMomentId(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && !(c == '-' && id[i - 1] != '-')) return false;
    }
    return true;
}

}  // namespace

// The match time of a `clock` field; NaN (after reporting why) when there is no such time.
double MomentParser::matchTimeOf(const Field& field, ClockReading& reading) {
    auto text = reader_.text(field);
    if (!text) return kNoTime;
    auto parsed = parseClock(*text);
    if (!parsed) {
        reader_.error(field.where, parsed.error().message);
        return kNoTime;
    }
    reading = *parsed;
    auto t = script_.clock.toMatchTime(reading);
    if (!t) {
        reader_.error(field.where, "there is no " + *text + " in this match: " + t.error().message,
                      "match.stoppage says how much time each half added");
        return kNoTime;
    }
    return *t;
}

void MomentParser::parseMoment(const Field& item) { parseMomentLike(item, false); }

void MomentParser::parsePassage(const Field& item) { parseMomentLike(item, true); }

void MomentParser::parseMomentLike(const Field& item, bool passage) {
    MapView map(reader_, item, passage ? "this passage" : "this moment");
    if (!map.ok()) return;
    Moment moment;
    moment.where = map.where();
    const std::size_t index = passage ? script_.passages.size() : script_.moments.size();
    bool complete = true;
    if (passage) {
        moment.offBall = OffBall::Shape;
    } else if (auto f = map.require("id", "lower-case words joined by hyphens, e.g. koulibaly-winner")) {
        if (auto id = reader_.text(*f)) {
            moment.id = *id;
            if (!isMomentId(*id)) {
                reader_.error(f->where, "moment id '" + *id + "' should be lower-case words joined by hyphens",
                              "e.g. koulibaly-winner");
            }
        }
    }
    if (auto f = map.require("clock", "the match time of its start, e.g. \"90+1'\"")) {
        moment.matchTime = matchTimeOf(*f, moment.clock);
    } else {
        moment.matchTime = kNoTime;
    }
    if (std::isnan(moment.matchTime)) scope_.lineups = false;
    if (!passage) {
        if (auto f = map.require("title")) moment.title = reader_.text(*f).value_or("");
        if (auto f = map.get("caption")) moment.caption = reader_.text(*f).value_or("");
        if (auto f = map.get("off_ball")) {
            if (auto k = reader_.keyword(*f, kOffBallWords)) moment.offBall = *k == 1 ? OffBall::Shape : OffBall::Stand;
        }
    }
    double duration = 0.0;  // 0: none given
    if (auto f = map.get("duration")) {
        if (auto d = reader_.number(*f, 0.0)) {
            if (*d > 0.0) duration = *d;
            else reader_.error(f->where, "'duration' must be above 0 seconds");
        }
    }
    if (auto f = map.get("level")) {
        constexpr std::string_view kLevels[] = {"key", "extended"};
        if (auto level = reader_.keyword(*f, kLevels)) moment.level = *level == 0 ? MomentLevel::Key : MomentLevel::Extended;
    }
    if (auto f = map.get("ball")) moment.ball = reader_.position(*f);
    if (auto f = map.get("shape")) parseShape(*f, moment);
    if (auto f = map.get("restart")) {
        moment.restart = parseRestart(*f);
        if (!moment.restart) complete = false;
    }
    if (auto f = map.get("stop")) moment.stop = parseStop(*f);
    if (auto f = map.get("actions")) {
        for (const Field& actionItem : reader_.items(*f, "action")) {
            MapView actionMap(reader_, actionItem, "this action");
            auto action = parseAction(actionMap, ActionPlace::Moment, script_, reader_);
            if (action) moment.actions.push_back(*action);
            else complete = false;
        }
    }
    if (passage) map.rejectUnknown(kPassageFields);
    else map.rejectUnknown(kMomentFields);
    moment.duration = duration > 0.0 ? duration : defaultDuration(moment);
    if (!complete) {
        (passage ? scope_.partialPassages : scope_.partialMoments).push_back(index);
        scope_.lineups = false;
    }
    (passage ? script_.passages : script_.moments).push_back(std::move(moment));
}

// { throw-in: Lichtsteiner, at: [60, 67.8] }: the kind is the key, the taker its value.
std::optional<Restart> MomentParser::parseRestart(const Field& field) {
    MapView map(reader_, field, "the restart");
    if (!map.ok()) return std::nullopt;
    Restart restart;
    restart.where = map.where();
    std::optional<Field> taker;
    for (std::size_t k = 0; k < std::size(kRestartWords); ++k) {
        auto f = map.get(kRestartWords[k]);
        if (!f) continue;
        if (taker) {
            reader_.error(f->where, "a restart is one of " + std::string(kRestartWords[0]) + ", throw-in, corner, ...; this one names two");
            return std::nullopt;
        }
        taker = f;
        restart.kind = static_cast<RestartKind>(k);
    }
    if (!taker) {
        reader_.error(restart.where, "missing the kind of restart and its taker",
                      "e.g. { throw-in: Lichtsteiner, at: [60, 68] }; kinds: kick-off, throw-in, corner, free-kick, "
                      "goal-kick, penalty");
        map.rejectUnknown(kRestartWords);
        return std::nullopt;
    }
    auto who = resolvePlayer(script_, *taker, reader_);
    auto at = map.require("at", "where the ball is, e.g. [60, 68]");
    std::optional<Vec2> place = at ? reader_.position(*at) : std::nullopt;
    static constexpr std::string_view kFields[] = {"kick-off", "throw-in",  "corner", "free-kick",
                                                   "goal-kick", "penalty", "at"};
    map.rejectUnknown(kFields);
    if (!who || !place) return std::nullopt;
    restart.taker = *who;
    restart.at = *place;
    return restart;
}

// { at: 7.9, why: out }, or { at: 12.4, why: offside, player: Higuaín }
std::optional<Stop> MomentParser::parseStop(const Field& field) {
    MapView map(reader_, field, "the stop");
    if (!map.ok()) return std::nullopt;
    Stop stop;
    stop.where = map.where();
    auto at = map.require("at", "the moment time play stops, in seconds");
    auto why = map.require("why", "out, foul, offside, goal, injury, substitution or end-of-half");
    std::optional<double> t = at ? reader_.number(*at, 0.0) : std::nullopt;
    std::optional<std::size_t> kind = why ? reader_.keyword(*why, kStopWords) : std::nullopt;
    if (kind) stop.kind = static_cast<StopKind>(*kind);
    bool named = true;
    if (auto f = map.get("player")) {
        if (kind && stop.kind != StopKind::Offside) {
            reader_.error(f->where, "'player' names who was caught offside; this stop is for " +
                                        std::string(stopKeyword(stop.kind)));
            named = false;
        } else if (auto who = resolvePlayer(script_, *f, reader_)) {
            stop.player = *who;
        } else {
            named = false;
        }
    }
    static constexpr std::string_view kFields[] = {"at", "why", "player"};
    map.rejectUnknown(kFields);
    if (!t || !kind || !named) return std::nullopt;
    stop.at = *t;
    return stop;
}

void MomentParser::parseShape(const Field& field, Moment& moment) {
    MapView map(reader_, field, "the shape");
    for (const Field& entry : map.fields()) {
        map.consume(entry);
        const Field name{"shape", entry.keyNode, {}, entry.key, entry.key};
        auto who = resolvePlayer(script_, name, reader_);
        Field place = entry;
        auto position = reader_.position(place);
        if (who && position) moment.shape.push_back({*who, *position, entry.key});
    }
}

double defaultDuration(const Moment& moment) {
    double last = 0.0;
    for (const Action& a : moment.actions) {
        last = std::max(last, a.at);
        if (isMovement(a.kind)) last = std::max(last, a.by);
        if (a.arrive) last = std::max(last, *a.arrive);
    }
    const double duration = last + kTailAfterLastAction;
    return moment.animated() ? duration : std::max(kStillDuration, duration);
}

void MomentParser::parseMarker(const Field& item) {
    MapView map(reader_, item, "this marker");
    if (!map.ok()) return;
    Marker marker;
    marker.where = map.where();
    bool complete = true;
    if (auto f = map.require("clock", "the match time, e.g. \"9:10\"")) {
        marker.matchTime = matchTimeOf(*f, marker.clock);
    } else {
        marker.matchTime = kNoTime;
    }
    if (auto f = map.get("note")) marker.note = reader_.text(*f).value_or("");
    auto action = parseAction(map, ActionPlace::Marker, script_, reader_);
    if (action) {
        marker.action = *action;
        marker.action.where = marker.where;
    } else {
        complete = false;
    }
    if (!complete || std::isnan(marker.matchTime)) {
        scope_.lineups = false;
        return;
    }
    script_.markers.push_back(std::move(marker));
}

}  // namespace touchline
