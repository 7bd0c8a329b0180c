#include "script/script_parser.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/text.h"
#include "script/moment_parser.h"

namespace touchline {

namespace {

constexpr std::string_view kTopFields[] = {"format", "match", "teams", "moments", "markers", "passages"};
constexpr std::string_view kMatchFields[] = {"competition", "date",  "venue",        "referee", "home",
                                             "away",        "score", "home_attacks", "stoppage", "shootout"};
constexpr std::string_view kTeamFields[] = {"name", "short", "formation", "coach", "kit", "goalkeeper",
                                            "players", "substitutes"};
constexpr std::string_view kKitFields[] = {"shirt", "stripes", "number"};
constexpr std::string_view kPlayerFields[] = {"number", "name", "full_name", "position", "spot"};
constexpr std::string_view kEnds[] = {"left", "right"};

constexpr int kFormat = 1;
constexpr double kMaxStoppage = 30.0 * 60.0;
constexpr double kMaxShootout = 60.0 * 60.0;

std::size_t characterCount(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool isDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    const int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// "2:00" as seconds; nullopt unless it is m:ss.
std::optional<double> minutesAndSeconds(std::string_view s) {
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 3 || s.size() != colon + 3) return std::nullopt;
    int minutes = 0;
    for (std::size_t i = 0; i < colon; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
        minutes = minutes * 10 + (s[i] - '0');
    }
    if (!std::isdigit(static_cast<unsigned char>(s[colon + 1])) || !std::isdigit(static_cast<unsigned char>(s[colon + 2]))) {
        return std::nullopt;
    }
    const int seconds = (s[colon + 1] - '0') * 10 + (s[colon + 2] - '0');
    if (seconds >= 60) return std::nullopt;
    return minutes * 60.0 + seconds;
}

class DocumentParser {
public:
    DocumentParser(YamlReader& reader, ParsedScript& out) : reader_(reader), out_(out), script_(out.script) {}

    void parse(const YamlNode& root) {
        const SourceLocation top{reader_.file(), 1, 1};
        if (root.isNull()) {
            reader_.error(top, "the file is empty", "a replay script starts with 'format: 1'");
            return;
        }
        if (!root.isMap()) {
            reader_.error(reader_.locate(root, top), "this is not a replay script: it should be a YAML mapping "
                                                     "that starts with 'format: 1'");
            return;
        }
        MapView map(reader_, Field{"file", root, {}, top, top}, "the file");
        parseFormat(map);
        parseMatch(map);
        parseTeams(map);
        script_.indexPlayers();
        MomentParser moments(reader_, script_, out_.scope);
        if (auto list = map.get("moments")) {
            for (const Field& item : reader_.items(*list, "moment")) moments.parseMoment(item);
        }
        if (auto list = map.get("markers")) {
            for (const Field& item : reader_.items(*list, "marker")) moments.parseMarker(item);
        }
        if (auto passages = map.get("passages")) {
            // Written here, or kept in a file of their own beside this one (the loader reads it).
            if (passages->value.isScalar()) {
                script_.passagesFile = reader_.text(*passages).value_or("");
                out_.passagesWhere = passages->where;
            } else {
                for (const Field& item : reader_.items(*passages, "passage")) moments.parsePassage(item);
            }
        }
        map.rejectUnknown(kTopFields);
    }

private:
    void parseFormat(MapView& map) {
        auto field = map.require("format", "a replay script starts with 'format: 1'");
        if (!field) return;
        auto format = reader_.integer(*field, 0, 1000000);
        if (!format) return;
        script_.format = *format;
        if (*format != kFormat) {
            reader_.error(field->where, "this file is in format " + std::to_string(*format) +
                                            "; this touchline reads format " + std::to_string(kFormat));
        }
    }

    void parseMatch(MapView& top) {
        auto field = top.require("match", "the competition, date, venue, teams and score");
        if (!field) return;
        MapView map(reader_, *field, "match");
        if (!map.ok()) return;
        MatchInfo& match = script_.match;
        match.where = map.where();
        if (auto f = map.require("competition")) match.competition = reader_.text(*f).value_or("");
        // Optional: an import from event data without the match's records does not know it.
        if (auto f = map.get("date")) {
            if (auto date = reader_.text(*f)) {
                if (isDate(*date)) match.date = *date;
                else reader_.error(f->where, "'date' should be YYYY-MM-DD, not '" + *date + "'");
            }
        }
        if (auto f = map.require("venue")) match.venue = reader_.text(*f).value_or("");
        if (auto f = map.get("referee")) match.referee = reader_.text(*f).value_or("");
        if (auto f = map.require("home", "the key of the home team under 'teams'")) {
            homeKey_ = reader_.text(*f).value_or("");
            homeWhere_ = f->where;
        }
        if (auto f = map.require("away", "the key of the away team under 'teams'")) {
            awayKey_ = reader_.text(*f).value_or("");
            awayWhere_ = f->where;
        }
        if (!homeKey_.empty() && homeKey_ == awayKey_) {
            reader_.error(awayWhere_, "the away team is the home team, '" + awayKey_ + "'");
        }
        if (auto f = map.require("score", "the final score as [home, away]")) parseScore(*f);
        if (auto f = map.require("home_attacks", "left or right: the end the home team attacks in the first half")) {
            if (auto end = reader_.keyword(*f, kEnds)) {
                match.homeAttacksFirstHalf = *end == 0 ? pitch::End::Left : pitch::End::Right;
            }
        }
        std::array<double, 4> stoppage{0.0, 0.0, 0.0, 0.0};
        bool extraTime = false;
        if (auto f = map.get("stoppage")) extraTime = parseStoppage(*f, stoppage);
        std::optional<double> shootout;
        if (auto f = map.get("shootout")) {
            shootout = minutesAndSecondsField(*f, kMaxShootout, "a shoot-out's length, from \"0:00\" to \"60:00\"");
            if (shootout && !extraTime) {
                reader_.error(f->where, "a shoot-out follows extra time",
                              "give match.stoppage four entries: both halves and both halves of extra time");
                shootout.reset();
            }
        }
        script_.clock = extraTime ? MatchClock(stoppage, shootout) : MatchClock(stoppage[0], stoppage[1]);
        map.rejectUnknown(kMatchFields);
    }

    void parseScore(const Field& field) {
        if (!field.value.isSequence() || field.value.size() != 2) {
            reader_.error(field.where, "'score' should be [home goals, away goals]");
            return;
        }
        auto goals = reader_.items(field, "score");
        for (std::size_t i = 0; i < goals.size() && i < 2; ++i) {
            goals[i].name = "score";
            if (auto n = reader_.integer(goals[i], 0, 99)) script_.match.finalScore[i] = *n;
        }
    }

    // Two entries (the halves), or four (and the halves of extra time). True for four.
    bool parseStoppage(const Field& field, std::array<double, 4>& added) {
        if (!field.value.isSequence() || (field.value.size() != 2 && field.value.size() != 4)) {
            reader_.error(field.where, "'stoppage' should be [first half, second half], e.g. [\"2:00\", \"4:00\"], "
                                       "with two more entries for the halves of extra time");
            return false;
        }
        auto periods = reader_.items(field, "stoppage");
        for (std::size_t i = 0; i < periods.size() && i < 4; ++i) {
            periods[i].name = "stoppage";
            if (auto seconds = minutesAndSecondsField(periods[i], kMaxStoppage, "m:ss, from \"0:00\" to \"30:00\"")) {
                added[i] = *seconds;
            }
        }
        return periods.size() == 4;
    }

    // "2:07" or a number of seconds, up to `most`.
    std::optional<double> minutesAndSecondsField(const Field& field, double most, const std::string& hint) {
        const YamlNode& v = field.value;
        if (v.isScalar() && v.text().find(':') != std::string::npos) {
            auto seconds = minutesAndSeconds(v.text());
            if (!seconds || *seconds > most) {
                reader_.error(field.where, "'" + v.text() + "' is not a length of time", "write " + hint);
                return std::nullopt;
            }
            return seconds;
        }
        return reader_.number(field, 0.0, most);
    }

    void parseTeams(MapView& top) {
        auto field = top.require("teams", "the two teams, keyed by match.home and match.away");
        if (!field) return;
        MapView map(reader_, *field, "teams");
        if (!map.ok()) return;
        std::vector<std::string> keys;
        for (const Field& f : map.fields()) keys.push_back(f.name);
        const std::string* wanted[2] = {&homeKey_, &awayKey_};
        const SourceLocation* wantedWhere[2] = {&homeWhere_, &awayWhere_};
        std::optional<Field> found[2];
        for (int t = 0; t < 2; ++t) {
            if (wanted[t]->empty()) continue;
            found[t] = map.get(*wanted[t]);
            if (!found[t]) {
                std::string hint;
                if (auto near = nearestName(*wanted[t], keys)) hint = "did you mean '" + *near + "'?";
                reader_.error(*wantedWhere[t], "there is no team '" + *wanted[t] + "' under 'teams'", hint);
            }
        }
        // When match.home or match.away names no team, the other teams are read in the file's order
        // anyway, so their players are known and do not show up as unknown everywhere.
        std::vector<Field> others;
        for (const Field& f : map.fields()) {
            if (!map.consumed(f)) others.push_back(f);
        }
        std::size_t next = 0;
        for (int t = 0; t < 2; ++t) {
            if (!found[t] && next < others.size()) found[t] = others[next++];
        }
        for (const Field& f : others) map.consume(f);
        for (; next < others.size(); ++next) {
            reader_.error(others[next].key, "team '" + others[next].name + "' is neither match.home nor match.away",
                          "a match has two teams");
        }
        for (int t = 0; t < 2; ++t) {
            if (found[t]) parseTeam(*found[t], t);
        }
        if (!found[1]) reader_.error(map.where(), "'teams' should hold two teams");
    }

    void parseTeam(const Field& field, int index) {
        Team& team = script_.teams[index];
        team.key = field.name;
        MapView map(reader_, field, "team '" + field.name + "'");
        if (!map.ok()) return;
        team.where = map.where();
        if (auto f = map.require("name")) team.name = reader_.text(*f).value_or(field.name);
        if (auto f = map.require("short", "up to 4 letters for the scoreboard")) {
            if (auto s = reader_.text(*f)) {
                if (s->empty() || characterCount(*s) > 4) {
                    reader_.error(f->where, "'short' should be 1 to 4 letters for the scoreboard, not '" + *s + "'");
                } else {
                    team.shortName = *s;
                }
            }
        }
        if (auto f = map.get("formation")) team.formation = reader_.text(*f).value_or("");
        if (auto f = map.get("coach")) team.coach = reader_.text(*f).value_or("");
        // Without kits a team wears the defaults for its side.
        team.kit = defaultKit(static_cast<TeamSide>(index));
        team.goalkeeperKit = defaultGoalkeeperKit(static_cast<TeamSide>(index));
        if (auto f = map.get("kit")) parseKit(*f, team.kit);
        if (auto f = map.get("goalkeeper")) parseKit(*f, team.goalkeeperKit);
        if (auto f = map.require("players", "the eleven who start")) parsePlayers(*f, index, true);
        if (auto f = map.get("substitutes")) parsePlayers(*f, index, false);
        map.rejectUnknown(kTeamFields);
    }

    void parseKit(const Field& field, Kit& kit) {
        MapView map(reader_, field, "'" + field.name + "'");
        if (!map.ok()) return;
        if (auto f = map.require("shirt")) readColour(*f, kit.shirt);
        if (auto f = map.get("stripes")) readColour(*f, kit.stripes);
        if (auto f = map.require("number", "the colour of the shirt numbers")) readColour(*f, kit.number);
        map.rejectUnknown(kKitFields);
    }

    void readColour(const Field& field, Rgba& colour) {
        if (field.value.isNull()) {
            reader_.error(field.where, "'" + field.name + "' has no colour",
                          "quote colours, \"#ffffff\": an unquoted # starts a comment");
            return;
        }
        auto text = reader_.text(field);
        if (!text) return;
        auto parsed = parseHexColor(*text);
        if (!parsed) {
            reader_.error(field.where, "'" + field.name + "' should be a colour \"#rrggbb\", not '" + *text + "'");
            return;
        }
        colour = *parsed;
    }

    void parsePlayers(const Field& list, int teamIndex, bool starters) {
        Team& team = script_.teams[teamIndex];
        for (const Field& item : reader_.items(list, starters ? "player" : "substitute")) {
            MapView map(reader_, item, starters ? "this player" : "this substitute");
            if (!map.ok()) continue;
            Player player;
            player.starter = starters;
            player.where = map.where();
            auto name = map.require("name", "how the script refers to him");
            if (name) player.name = reader_.text(*name).value_or("");
            if (name && player.name.empty() && name->value.isScalar()) reader_.error(name->where, "'name' is empty");
            if (auto f = map.get("number")) player.number = reader_.integer(*f, 1, 99).value_or(0);
            if (auto f = map.get("full_name")) player.fullName = reader_.text(*f).value_or("");
            if (auto f = map.require("position", "GK, RB, CB, CM, CF, ...")) player.position = reader_.text(*f).value_or("");
            auto spot = starters ? map.require("spot", "where he stands in the team's shape, [x, y], attacking towards x = 105")
                                 : map.get("spot");
            if (spot) player.formationSpot = reader_.position(*spot).value_or(Vec2{});
            map.rejectUnknown(kPlayerFields);
            if (player.name.empty()) continue;  // nothing can refer to him
            if (!starters && !spot) {
                out_.substitutesWithoutSpot.push_back({teamIndex, static_cast<int>(team.players.size())});
            }
            team.players.push_back(std::move(player));
        }
    }

    YamlReader& reader_;
    ParsedScript& out_;
    Script& script_;
    std::string homeKey_, awayKey_;
    SourceLocation homeWhere_, awayWhere_;
};

}  // namespace

void parsePassagesDocument(const YamlNode& root, YamlReader& reader, ParsedScript& out) {
    const SourceLocation top{reader.file(), 1, 1};
    if (!root.isMap()) {
        reader.error(reader.locate(root, top), "a passages file is a YAML mapping with one list, 'passages'");
        return;
    }
    MapView map(reader, Field{"file", root, {}, top, top}, "the file");
    MomentParser moments(reader, out.script, out.scope);
    if (auto list = map.require("passages", "the list of passages")) {
        for (const Field& item : reader.items(*list, "passage")) moments.parsePassage(item);
    }
    static constexpr std::string_view kFields[] = {"passages"};
    map.rejectUnknown(kFields);
}

void parseDocument(const YamlNode& root, YamlReader& reader, ParsedScript& out) {
    DocumentParser(reader, out).parse(root);
    // Markers may be listed in any order (bookings together, say); the Script holds them by clock.
    std::stable_sort(out.script.markers.begin(), out.script.markers.end(),
                     [](const Marker& a, const Marker& b) { return a.matchTime < b.matchTime; });
}

}  // namespace touchline
