#include "script/script_writer.h"

#include <cassert>
#include <cmath>
#include <cstdio>

#include "script/action_schema.h"
#include "script/moment_parser.h"
#include "script/yaml_emit.h"

namespace touchline {

namespace {

// Captions longer than this are folded over several lines.
constexpr std::size_t kFoldWidth = 96;

std::string_view endKeyword(pitch::End end) { return end == pitch::End::Left ? "left" : "right"; }

std::string nameOf(const Script& script, PlayerId id) {
    assert(id.valid() && id.team < 2 && static_cast<std::size_t>(id.index) < script.teams[id.team].players.size());
    return yamlScalar(script.player(id).name);
}

// Text for a comment line: one line, whatever it holds.
std::string commentText(std::string_view text) {
    std::string s(text);
    for (char& c : s) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return s;
}

std::string colour(Rgba c) {
    char buffer[16];
    if (c.a == 255) std::snprintf(buffer, sizeof buffer, "\"#%02x%02x%02x\"", c.r, c.g, c.b);
    else std::snprintf(buffer, sizeof buffer, "\"#%02x%02x%02x%02x\"", c.r, c.g, c.b, c.a);
    return buffer;
}

std::string clockOf(const ClockReading& reading) { return yamlScalar(formatReading(reading)); }

// A stoppage as the guide writes it, "2:07", when it is whole seconds.
std::string stoppage(double seconds) {
    if (seconds != std::floor(seconds)) return yamlDecimal(seconds);
    const long s = std::lround(seconds);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "\"%ld:%02ld\"", s / 60, s % 60);
    return buffer;
}

std::string fieldValue(const Script& script, const FieldSpec& field, const Action& a) {
    return std::visit(
        [&](auto slot) -> std::string {
            using T = std::decay_t<decltype(a.*slot)>;
            const T& v = a.*slot;
            if constexpr (std::is_same_v<T, double>) return yamlDecimal(v);
            else if constexpr (std::is_same_v<T, std::optional<double>>) return yamlDecimal(v.value_or(0.0));
            else if constexpr (std::is_same_v<T, Vec2>) return yamlPlace(v);
            else if constexpr (std::is_same_v<T, KickTarget>) return formatTarget(script, v);
            else if constexpr (std::is_same_v<T, KickStyle>) return std::string(styleKeyword(v));
            else if constexpr (std::is_same_v<T, bool>) return v ? "true" : "false";
            else if constexpr (std::is_same_v<T, PlayerId>) return nameOf(script, v);
            else return std::string(cardKeyword(v));
        },
        field.slot);
}

// "card: Benatia, colour: yellow": the kind key and the fields the kind's schema says are set.
std::string kindAndFields(const Script& script, const Action& a) {
    const ActionSchema& schema = schemaOf(a.kind);
    std::string s(schema.keyword);
    s += ": ";
    s += a.kind == ActionKind::Whistle ? std::string(whistleKeyword(a.whistle)) : nameOf(script, a.actor);
    for (const FieldSpec& field : schema.fields) {
        if (!fieldIsSet(schema, field, a)) continue;
        s += ", ";
        s += field.key;
        s += ": ";
        s += fieldValue(script, field, a);
    }
    return s;
}

std::string teamText(const Team& team) {
    std::string s = "  " + yamlScalar(team.key) + ":\n";
    s += "    name: " + yamlScalar(team.name) + "\n";
    s += "    short: " + yamlScalar(team.shortName) + "\n";
    if (!team.formation.empty()) s += "    formation: " + yamlScalar(team.formation) + "\n";
    if (!team.coach.empty()) s += "    coach: " + yamlScalar(team.coach) + "\n";
    const auto kit = [](const Kit& k) {
        std::string t = "{ shirt: " + colour(k.shirt);
        if (k.stripes != Rgba{0, 0, 0, 0}) t += ", stripes: " + colour(k.stripes);
        return t + ", number: " + colour(k.number) + " }";
    };
    s += "    kit: " + kit(team.kit) + "\n";
    s += "    goalkeeper: " + kit(team.goalkeeperKit) + "\n";
    bool starters = false, substitutes = false;
    for (const Player& p : team.players) {
        assert(!(p.starter && substitutes) && "starters come before substitutes");
        if (p.starter && !starters) s += "    players:\n";
        if (!p.starter && !substitutes) s += "    substitutes:\n";
        starters = starters || p.starter;
        substitutes = substitutes || !p.starter;
        // A player with no known shirt number (0) has none written.
        s += "      - { ";
        if (p.number > 0) s += "number: " + std::to_string(p.number) + ", ";
        s += "name: " + yamlScalar(p.name);
        if (!p.fullName.empty()) s += ", full_name: " + yamlScalar(p.fullName);
        s += ", position: " + yamlScalar(p.position);
        // A substitute without a spot of his own stands at the origin until he takes someone's.
        if (p.starter || p.formationSpot != Vec2{}) s += ", spot: " + yamlPlace(p.formationSpot);
        s += " }\n";
    }
    if (!starters) s += "    players: []\n";
    return s;
}

std::string matchText(const Script& script) {
    const MatchInfo& m = script.match;
    std::string s = "match:\n";
    s += "  competition: " + yamlScalar(m.competition) + "\n";
    if (!m.date.empty()) s += "  date: " + yamlScalar(m.date) + "\n";
    s += "  venue: " + yamlScalar(m.venue) + "\n";
    if (!m.referee.empty()) s += "  referee: " + yamlScalar(m.referee) + "\n";
    s += "  home: " + yamlScalar(script.teams[0].key) + "\n";
    s += "  away: " + yamlScalar(script.teams[1].key) + "\n";
    s += "  score: [" + std::to_string(m.finalScore[0]) + ", " + std::to_string(m.finalScore[1]) + "]\n";
    s += "  home_attacks: " + std::string(endKeyword(m.homeAttacksFirstHalf)) + "\n";
    const MatchClock& clock = script.clock;
    const double first = clock.stoppage(Period::FirstHalf), second = clock.stoppage(Period::SecondHalf);
    if (clock.extraTime()) {
        s += "  stoppage: [" + stoppage(first) + ", " + stoppage(second) + ", " +
             stoppage(clock.stoppage(Period::ExtraFirstHalf)) + ", " + stoppage(clock.stoppage(Period::ExtraSecondHalf)) + "]\n";
    } else if (first != 0.0 || second != 0.0) {
        s += "  stoppage: [" + stoppage(first) + ", " + stoppage(second) + "]\n";
    }
    if (clock.has(Period::Shootout)) s += "  shootout: " + stoppage(clock.stoppage(Period::Shootout)) + "\n";
    return s;
}

// "# First half: Juventus attack right (towards x = 105), Napoli left (towards x = 0). ..."
std::string endsComment(const Script& script) {
    const auto name = [&](int t) { return commentText(script.teams[t].name.empty() ? script.teams[t].key : script.teams[t].name); };
    const auto half = [&](bool homeRight) {
        return name(0) + " attack " + (homeRight ? "right (towards x = 105), " : "left (towards x = 0), ") + name(1) +
               (homeRight ? " left (towards x = 0)" : " right (towards x = 105)");
    };
    const bool right = script.match.homeAttacksFirstHalf == pitch::End::Right;
    return "# First half: " + half(right) + ".\n# Second half: " + half(!right) + ".\n";
}

}  // namespace

std::string formatTarget(const Script& script, const KickTarget& target) {
    switch (target.kind) {
        case KickTarget::Kind::Place:
            if (target.height != 0.0) {
                return "[" + yamlDecimal(target.place.x) + ", " + yamlDecimal(target.place.y) + ", " +
                       yamlDecimal(target.height) + "]";
            }
            return yamlPlace(target.place);
        case KickTarget::Kind::Player: {
            std::string s = "{ player: " + nameOf(script, target.player);
            if (target.height != 0.0) s += ", height: " + yamlDecimal(target.height);
            return s + " }";
        }
        case KickTarget::Kind::Goal: {
            std::string s = "{ goal: " + std::string(endKeyword(target.goal)) + ", y: " + yamlDecimal(target.place.y);
            if (target.height != 0.0) s += ", z: " + yamlDecimal(target.height);
            return s + " }";
        }
    }
    return "[0.0, 0.0]";
}

std::string formatAction(const Script& script, const Action& action) {
    return "{ at: " + yamlDecimal(action.at) + ", " + kindAndFields(script, action) + " }";
}

std::string formatMarker(const Script& script, const Marker& marker) {
    std::string s = "{ clock: " + clockOf(marker.clock) + ", " + kindAndFields(script, marker.action);
    if (!marker.note.empty()) s += ", note: " + yamlScalar(marker.note);
    return s + " }";
}

std::string formatRestart(const Script& script, const Restart& r) {
    return "{ " + std::string(restartKeyword(r.kind)) + ": " + nameOf(script, r.taker) + ", at: " + yamlPlace(r.at) + " }";
}

std::string formatStop(const Script& script, const Stop& stop) {
    std::string s = "{ at: " + yamlDecimal(stop.at) + ", why: " + std::string(stopKeyword(stop.kind));
    if (stop.player.valid()) s += ", player: " + nameOf(script, stop.player);
    return s + " }";
}

namespace {

// What a moment and a passage write alike, from the duration on.
std::string momentBody(const Script& script, const Moment& m, const std::string& in) {
    std::string s;
    // Left out when it is what the loader would choose anyway (or not chosen yet, 0), so the moment
    // stays the author's to lengthen.
    if (m.duration > 0.0 && !sameNumber(m.duration, defaultDuration(m))) {
        s += in + "duration: " + yamlDecimal(m.duration) + "\n";
    }
    if (m.level != MomentLevel::Key) s += in + "level: " + std::string(levelKeyword(m.level)) + "\n";
    if (m.restart) s += in + "restart: " + formatRestart(script, *m.restart) + "\n";
    if (m.stop) s += in + "stop: " + formatStop(script, *m.stop) + "\n";
    if (m.ball) s += in + "ball: " + yamlPlace(*m.ball) + "\n";
    if (!m.shape.empty()) {
        s += in + "shape:\n";
        for (const Placement& p : m.shape) s += in + "  " + nameOf(script, p.player) + ": " + yamlPlace(p.position) + "\n";
    }
    if (!m.actions.empty()) {
        s += in + "actions:\n";
        for (const Action& a : m.actions) s += in + "  - " + formatAction(script, a) + "\n";
    }
    return s;
}

}  // namespace

std::string formatMoment(const Script& script, const Moment& m, std::string_view prefix) {
    const std::string in(prefix.size(), ' ');
    std::string s = std::string(prefix) + "id: " + yamlScalar(m.id) + "\n";
    s += in + "clock: " + clockOf(m.clock) + "\n";
    s += in + "title: " + yamlScalar(m.title) + "\n";
    if (!m.caption.empty()) {
        const auto folded = yamlFolded(m.caption, in + "  ", kFoldWidth);
        s += in + "caption: " + (folded ? *folded : yamlScalar(m.caption)) + "\n";
    }
    if (m.offBall == OffBall::Shape) s += in + "off_ball: shape\n";
    return s + momentBody(script, m, in);
}

std::string formatPassage(const Script& script, const Moment& passage, std::string_view prefix) {
    const std::string in(prefix.size(), ' ');
    return std::string(prefix) + "clock: " + clockOf(passage.clock) + "\n" + momentBody(script, passage, in);
}

std::string writePassages(const Script& script) {
    std::string s;
    if (script.passages.empty()) return "passages: []\n";
    s += "passages:\n";
    for (std::size_t i = 0; i < script.passages.size(); ++i) {
        if (i > 0) s += "\n";
        s += formatPassage(script, script.passages[i], "  - ");
    }
    return s;
}

std::string writeScript(const Script& script) {
    const Team& home = script.teams[0];
    const Team& away = script.teams[1];
    std::string s = "# " + commentText(home.name) + " " + std::to_string(script.match.finalScore[0]) + "-" +
                    std::to_string(script.match.finalScore[1]) + " " + commentText(away.name);
    for (const std::string& part : {script.match.competition, script.match.date}) {
        if (!part.empty()) s += ", " + commentText(part);
    }
    s += ".\n";
    s += "# A touchline replay script: docs/replay-format.md explains every field, and `touchline check`\n"
         "# this file says what is wrong with it, line by line.\n";
    s += "format: " + std::to_string(script.format) + "\n\n";
    s += matchText(script) + "\n";
    s += "# Players' spots are drawn for a team attacking towards x = 105; the engine turns them round\n"
         "# when the team attacks x = 0.\n";
    s += "teams:\n" + teamText(home) + "\n" + teamText(away) + "\n";
    s += endsComment(script);
    if (script.moments.empty()) {
        s += "moments: []\n";
    } else {
        s += "moments:\n";
        for (std::size_t i = 0; i < script.moments.size(); ++i) {
            if (i > 0) s += "\n";
            s += formatMoment(script, script.moments[i], "  - ");
        }
    }
    if (!script.markers.empty()) {
        s += "\nmarkers:\n";
        for (const Marker& m : script.markers) s += "  - " + formatMarker(script, m) + "\n";
    }
    if (!script.passagesFile.empty()) {
        s += "\n# Every stretch of play between the moments, made from event data, is in this file:\n";
        s += "passages: " + yamlScalar(script.passagesFile) + "\n";
    } else if (!script.passages.empty()) {
        s += "\n" + writePassages(script);
    }
    return s;
}

}  // namespace touchline
