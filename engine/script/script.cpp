#include "script/script.h"

#include <algorithm>

#include "core/text.h"
#include "script/action_schema.h"

namespace touchline {

std::string_view actionKeyword(ActionKind kind) { return schemaOf(kind).keyword; }

bool isKick(ActionKind kind) { return schemaOf(kind).what == ActionClass::Kick; }

bool isMovement(ActionKind kind) { return schemaOf(kind).what == ActionClass::Movement; }

std::string_view styleKeyword(KickStyle style) {
    switch (style) {
        case KickStyle::Ground: return "ground";
        case KickStyle::Lofted: return "lofted";
        case KickStyle::Driven: return "driven";
    }
    return "?";
}

std::string_view cardKeyword(CardColour colour) { return colour == CardColour::Yellow ? "yellow" : "red"; }

std::string_view whistleKeyword(WhistleKind kind) {
    switch (kind) {
        case WhistleKind::KickOff: return "kick-off";
        case WhistleKind::Foul: return "foul";
        case WhistleKind::Offside: return "offside";
        case WhistleKind::HalfTime: return "half-time";
        case WhistleKind::FullTime: return "full-time";
    }
    return "?";
}

std::string_view restartKeyword(RestartKind kind) {
    switch (kind) {
        case RestartKind::KickOff: return "kick-off";
        case RestartKind::ThrowIn: return "throw-in";
        case RestartKind::Corner: return "corner";
        case RestartKind::FreeKick: return "free-kick";
        case RestartKind::GoalKick: return "goal-kick";
        case RestartKind::Penalty: return "penalty";
    }
    return "?";
}

std::string_view stopKeyword(StopKind kind) {
    switch (kind) {
        case StopKind::Out: return "out";
        case StopKind::Foul: return "foul";
        case StopKind::Offside: return "offside";
        case StopKind::Goal: return "goal";
        case StopKind::Injury: return "injury";
        case StopKind::Substitution: return "substitution";
        case StopKind::EndOfHalf: return "end-of-half";
    }
    return "?";
}

bool Moment::animated() const {
    return std::any_of(actions.begin(), actions.end(), [](const Action& a) { return isKick(a.kind); });
}

std::optional<PlayerId> Script::findPlayer(std::string_view name) const {
    const std::string wanted = foldForSearch(name);
    for (int t = 0; t < 2; ++t) {
        for (std::size_t i = 0; i < teams[t].players.size(); ++i) {
            if (foldForSearch(teams[t].players[i].name) == wanted) return PlayerId{t, static_cast<int>(i)};
        }
    }
    return std::nullopt;
}

const Moment* Script::findMoment(std::string_view id) const {
    for (const Moment& m : moments) {
        if (m.id == id) return &m;
    }
    return nullptr;
}

pitch::End Script::attackingEnd(TeamSide side, double matchTime) const {
    pitch::End homeEnd = match.homeAttacksFirstHalf;
    if (matchTime >= clock.periodStart(Period::SecondHalf)) {
        homeEnd = homeEnd == pitch::End::Left ? pitch::End::Right : pitch::End::Left;
    }
    if (side == TeamSide::Home) return homeEnd;
    return homeEnd == pitch::End::Left ? pitch::End::Right : pitch::End::Left;
}

Vec2 Script::shapePosition(PlayerId id, double matchTime) const {
    const Vec2 spot = player(id).formationSpot;
    if (attackingEnd(id.side(), matchTime) == pitch::End::Right) return spot;
    return {pitch::kLength - spot.x, pitch::kWidth - spot.y};
}

}  // namespace touchline
