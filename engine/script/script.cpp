#include "script/script.h"

#include <algorithm>
#include <cctype>
#include <cmath>

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

std::optional<Vec2> Moment::givenBallStart() const {
    if (ball) return ball;
    if (restart) return restart->at;
    return std::nullopt;
}

PlayerIndex::PlayerIndex(const std::array<Team, 2>& teams) {
    for (int t = 0; t < 2; ++t) {
        const auto& players = teams[static_cast<std::size_t>(t)].players;
        for (std::size_t i = 0; i < players.size(); ++i) {
            folded_.emplace_back(foldForSearch(players[i].name), PlayerId{t, static_cast<int>(i)});
            names_.push_back(players[i].name);
        }
    }
    // Stable: of two players whose names fold alike, the first listed is found.
    std::stable_sort(folded_.begin(), folded_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

std::optional<PlayerId> PlayerIndex::find(std::string_view name) const {
    const std::string wanted = foldForSearch(name);
    auto it = std::lower_bound(folded_.begin(), folded_.end(), wanted,
                               [](const auto& entry, const std::string& key) { return entry.first < key; });
    if (it == folded_.end() || it->first != wanted) return std::nullopt;
    return it->second;
}

std::optional<PlayerId> Script::findPlayer(std::string_view name) const {
    // The index, when it is current; a Script whose players changed since (a test renaming one) is
    // searched name by name instead, so a stale index can never give a wrong player.
    const std::size_t players = teams[0].players.size() + teams[1].players.size();
    if (playerIndex.size() == players) {
        const auto id = playerIndex.find(name);
        if (id && sameFolded(player(*id).name, name)) return id;
    }
    for (int t = 0; t < 2; ++t) {
        const auto& list = teams[static_cast<std::size_t>(t)].players;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (sameFolded(list[i].name, name)) return PlayerId{t, static_cast<int>(i)};
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

std::optional<int> Script::passageFollowingOn(int index) const {
    const auto i = static_cast<std::size_t>(index);
    if (index < 0 || i + 1 >= passages.size()) return std::nullopt;
    const Moment& now = passages[i];
    const Moment& next = passages[i + 1];
    constexpr double kContiguous = 1e-3;  // s: files keep times to a microsecond
    if (next.clock.period != now.clock.period || std::abs(next.matchTime - (now.matchTime + now.duration)) > kContiguous) {
        return std::nullopt;
    }
    return index + 1;
}

std::string Player::shirtText() const {
    if (number > 0) return std::to_string(number);
    // Initials: the first letter (a whole UTF-8 character) of the first and last words of his name.
    const std::string& source = fullName.empty() ? name : fullName;
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < source.size()) {
        while (i < source.size() && source[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < source.size() && source[i] != ' ') ++i;
        if (i > start) words.push_back(std::string_view(source).substr(start, i - start));
    }
    const auto initial = [](std::string_view word) {
        std::size_t n = 1;
        while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) ++n;
        std::string letter(word.substr(0, n));
        if (letter.size() == 1) letter[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(letter[0])));
        return letter;
    };
    if (words.empty()) return "?";
    if (words.size() == 1) return initial(words.front());
    return initial(words.front()) + initial(words.back());
}

std::string_view levelKeyword(MomentLevel level) { return level == MomentLevel::Key ? "key" : "extended"; }

Kit defaultKit(TeamSide side) {
    if (side == TeamSide::Home) return Kit{{200, 32, 44, 255}, {0, 0, 0, 0}, {255, 255, 255, 255}};
    return Kit{{30, 90, 200, 255}, {0, 0, 0, 0}, {255, 255, 255, 255}};
}

Kit defaultGoalkeeperKit(TeamSide side) {
    if (side == TeamSide::Home) return Kit{{250, 214, 40, 255}, {0, 0, 0, 0}, {20, 20, 20, 255}};
    return Kit{{40, 170, 90, 255}, {0, 0, 0, 0}, {255, 255, 255, 255}};
}

pitch::End attackingEnd(pitch::End homeAttacksFirstHalf, const MatchClock& clock, TeamSide side, double matchTime) {
    const Period period = clock.periodAt(matchTime);
    if (period == Period::Shootout) return pitch::End::Right;
    // Teams change ends at half-time, and again between the two periods of extra time, which start
    // the way the match did.
    pitch::End homeEnd = homeAttacksFirstHalf;
    if (period == Period::SecondHalf || period == Period::ExtraSecondHalf) {
        homeEnd = homeEnd == pitch::End::Left ? pitch::End::Right : pitch::End::Left;
    }
    if (side == TeamSide::Home) return homeEnd;
    return homeEnd == pitch::End::Left ? pitch::End::Right : pitch::End::Left;
}

pitch::End Script::attackingEnd(TeamSide side, double matchTime) const {
    return touchline::attackingEnd(match.homeAttacksFirstHalf, clock, side, matchTime);
}

Vec2 Script::shapePosition(PlayerId id, double matchTime) const {
    const Vec2 spot = player(id).formationSpot;
    if (attackingEnd(id.side(), matchTime) == pitch::End::Right) return spot;
    return {pitch::kLength - spot.x, pitch::kWidth - spot.y};
}

}  // namespace touchline
