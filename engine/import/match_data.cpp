#include "import/match_data.h"

#include <cstdio>

namespace touchline::import {

std::string idText(double id) {
    char buffer[32];  // a hostile 1e300 is cut short, never overrun
    std::snprintf(buffer, sizeof buffer, "%.0f", id);
    return buffer;
}

std::string alreadyPlaysFor(double id, const TeamData& team) {
    return "player " + idText(id) + " already plays for " + team.name + "; left out here";
}

std::string_view providerName(Provider provider) { return provider == Provider::Wyscout ? "Wyscout" : "StatsBomb"; }

std::string_view periodName(PeriodId period) {
    switch (period) {
        case PeriodId::First: return "first half";
        case PeriodId::Second: return "second half";
        case PeriodId::ExtraFirst: return "first half of extra time";
        case PeriodId::ExtraSecond: return "second half of extra time";
        case PeriodId::Shootout: return "shoot-out";
    }
    return "?";
}

bool isOnBall(EventType type) {
    return type == EventType::Pass || type == EventType::Shot || type == EventType::Carry || type == EventType::Receipt ||
           type == EventType::Clearance || type == EventType::Touch || type == EventType::Duel ||
           type == EventType::Interception;
}

pitch::End attackingEnd(int team, PeriodId period) {
    if (period == PeriodId::Shootout) return pitch::End::Right;
    const bool homeRight = period == PeriodId::First || period == PeriodId::ExtraFirst;
    return (team == 0) == homeRight ? pitch::End::Right : pitch::End::Left;
}

std::optional<RestartKind> restartKind(Restart restart) {
    switch (restart) {
        case Restart::KickOff: return RestartKind::KickOff;
        case Restart::ThrowIn: return RestartKind::ThrowIn;
        case Restart::Corner: return RestartKind::Corner;
        case Restart::FreeKick: return RestartKind::FreeKick;
        case Restart::GoalKick: return RestartKind::GoalKick;
        case Restart::Penalty: return RestartKind::Penalty;
        case Restart::None: break;
    }
    return std::nullopt;
}

}  // namespace touchline::import
