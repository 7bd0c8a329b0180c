// Equality of scripts as replay files say them: what was written, never where (script/script.h). The
// writer's round trip (script_writer.h) is checked against it.
#include <algorithm>

#include "script/action_schema.h"
#include "script/script.h"

namespace touchline {

namespace {

bool samePlace(Vec2 a, Vec2 b) { return sameNumber(a.x, b.x) && sameNumber(a.y, b.y); }

bool sameTime(std::optional<double> a, std::optional<double> b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || sameNumber(*a, *b);
}

bool sameValue(const FieldSpec& field, const Action& a, const Action& b) {
    return std::visit(
        [&](auto slot) -> bool {
            using T = std::decay_t<decltype(a.*slot)>;
            if constexpr (std::is_same_v<T, double>) return sameNumber(a.*slot, b.*slot);
            else if constexpr (std::is_same_v<T, std::optional<double>>) return sameTime(a.*slot, b.*slot);
            else if constexpr (std::is_same_v<T, Vec2>) return samePlace(a.*slot, b.*slot);
            else return a.*slot == b.*slot;
        },
        field.slot);
}

bool sameReading(const ClockReading& a, const ClockReading& b) {
    return a.period == b.period && sameNumber(a.clockSeconds, b.clockSeconds);
}

}  // namespace

bool KickTarget::operator==(const KickTarget& other) const {
    if (kind != other.kind || !sameNumber(height, other.height)) return false;
    switch (kind) {
        case Kind::Place: return samePlace(place, other.place);
        case Kind::Player: return player == other.player;
        case Kind::Goal: return goal == other.goal && sameNumber(place.y, other.place.y);
    }
    return false;
}

bool Action::operator==(const Action& other) const {
    if (kind != other.kind || !sameNumber(at, other.at)) return false;
    if (kind == ActionKind::Whistle) return whistle == other.whistle;
    if (actor != other.actor) return false;
    const ActionSchema& schema = schemaOf(kind);
    for (const FieldSpec& field : schema.fields) {
        const bool set = fieldIsSet(schema, field, *this);
        if (set != fieldIsSet(schema, field, other)) return false;
        if (set && !sameValue(field, *this, other)) return false;
    }
    return true;
}

bool Player::operator==(const Player& other) const {
    return name == other.name && fullName == other.fullName && number == other.number && position == other.position &&
           starter == other.starter && samePlace(formationSpot, other.formationSpot);
}

bool Team::operator==(const Team& other) const {
    return key == other.key && name == other.name && shortName == other.shortName && formation == other.formation &&
           coach == other.coach && kit == other.kit && goalkeeperKit == other.goalkeeperKit && players == other.players;
}

bool MatchInfo::operator==(const MatchInfo& other) const {
    return competition == other.competition && date == other.date && venue == other.venue && referee == other.referee &&
           finalScore == other.finalScore && homeAttacksFirstHalf == other.homeAttacksFirstHalf;
}

bool Placement::operator==(const Placement& other) const {
    return player == other.player && samePlace(position, other.position);
}

bool Restart::operator==(const Restart& other) const {
    return kind == other.kind && taker == other.taker && samePlace(at, other.at);
}

bool Stop::operator==(const Stop& other) const {
    return kind == other.kind && sameNumber(at, other.at) && player == other.player;
}

bool Moment::operator==(const Moment& other) const {
    const bool sameBall = ball.has_value() == other.ball.has_value() && (!ball || samePlace(*ball, *other.ball));
    return id == other.id && title == other.title && caption == other.caption && sameReading(clock, other.clock) &&
           sameNumber(matchTime, other.matchTime) && sameNumber(duration, other.duration) && sameBall &&
           shape == other.shape && actions == other.actions && level == other.level && offBall == other.offBall &&
           restart == other.restart && stop == other.stop;
}

bool Marker::operator==(const Marker& other) const {
    return sameReading(clock, other.clock) && sameNumber(matchTime, other.matchTime) && action == other.action &&
           note == other.note;
}

bool Script::operator==(const Script& other) const {
    const auto sameStoppage = [&](Period p) {
        return clock.has(p) == other.clock.has(p) && sameNumber(clock.stoppage(p), other.clock.stoppage(p));
    };
    bool samePeriods = true;
    for (int p = 0; p < kPeriodCount; ++p) samePeriods = samePeriods && sameStoppage(static_cast<Period>(p));
    return format == other.format && match == other.match && samePeriods && teams == other.teams &&
           moments == other.moments && markers == other.markers && passages == other.passages &&
           passagesFile == other.passagesFile;
}

}  // namespace touchline
