#include "import/wyscout_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "import/squad_shape.h"
#include "import/wyscout_events.h"

namespace touchline::import {

namespace {

// The data set writes some names with their JSON escapes doubled ("Pjani\\u0107"): decode them by
// reading the text as a JSON string once more. A soft hyphen ("Guðmunds\\u00adson") is a hint for
// breaking a line, which a name on a shirt or in a table never wants: it goes.
std::string decodeName(std::string_view text) {
    std::string out(text);
    if (out.find("\\u") != std::string::npos) {
        if (auto doc = json::parse("\"" + out + "\"")) {
            if (auto s = doc->root().string()) out = std::string(*s);
        }
    }
    constexpr std::string_view kSoftHyphen = "\xC2\xAD";
    for (std::size_t at = out.find(kSoftHyphen); at != std::string::npos; at = out.find(kSoftHyphen, at)) {
        out.erase(at, kSoftHyphen.size());
    }
    return out;
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    return s;
}

// "G. Chiellini" -> "Chiellini"; "Douglas Costa" stays.
std::string withoutInitial(const std::string& shortName) {
    const auto dot = shortName.find(". ");
    if (dot != std::string::npos && dot <= 3) return shortName.substr(dot + 2);
    return shortName;
}

struct CompetitionName {
    int id;
    const char* name;
};
// The seven competitions of the public data set.
constexpr CompetitionName kCompetitions[] = {{364, "Premier League"}, {412, "Ligue 1"}, {426, "Bundesliga"},
                                             {524, "Serie A"},        {795, "La Liga"}, {102, "Euro"},
                                             {28, "World Cup"}};

std::string competitionName(const json::Value& record) {
    const auto id = record["competitionId"].integer();
    const std::string date(record["dateutc"].string().value_or(""));
    const int year = date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0;
    const int month = date.size() >= 7 ? std::atoi(date.substr(5, 2).c_str()) : 0;
    for (const CompetitionName& c : kCompetitions) {
        if (!id || *id != c.id) continue;
        if (c.id == 102 || c.id == 28) return std::string(c.name) + " " + std::to_string(year);
        // A club season runs from August to May.
        const int first = month >= 7 ? year : year - 1;
        char season[16];
        std::snprintf(season, sizeof season, "%d/%02d", first, (first + 1) % 100);
        return std::string(c.name) + " " + season;
    }
    return {};
}

class Reader {
public:
    explicit Reader(const WyscoutFiles& files) : files_(files), log_(*files.eventsLog) {}

    std::optional<MatchData> read() {
        const json::Value root = files_.events->root();
        if (!readTeams(root["teams"])) return std::nullopt;
        if (files_.matches && !readRecord(root)) return std::nullopt;
        if (!files_.matches) {
            log_.warning("no match records (--matches): home and away, the line-ups, substitution times and the "
                         "score are inferred from the events alone");
        }
        readSquads(root["players"]);
        if (record_.exists()) readLineups();
        readEvents(root["events"]);
        if (log_.failed()) return std::nullopt;
        finishPeriods();
        if (record_.exists()) {
            readSubstitutions();
        } else {
            inferLineups();
        }
        std::stable_sort(match_.events.begin(), match_.events.end(), [](const MatchEvent& a, const MatchEvent& b) {
            return a.period != b.period ? a.period < b.period : a.time < b.time;
        });
        inferSquadShapes(match_);
        return std::move(match_);
    }

private:
    bool readTeams(const json::Value& teams) {
        if (!teams.isObject() || teams.size() != 2) {
            log_.expected(teams, "an object with the match's two teams");
            return false;
        }
        for (std::size_t t = 0; t < 2; ++t) {
            const json::Value team = teams[teams.keyAt(t)]["team"];
            const auto id = team["wyId"].number();
            if (!id) {
                log_.expected(team["wyId"], "the team's id (a number)");
                return false;
            }
            ids_.teams[t] = *id;
            match_.teams[t].providerId = idText(*id);
            match_.teams[t].name = decodeName(team["name"].string().value_or(match_.teams[t].providerId));
            teamValues_[t] = team;
        }
        return true;
    }

    // The match's record in matches_<competition>.json; it decides home and away.
    bool readRecord(const json::Value& root) {
        ImportLog& log = *files_.matchesLog;
        const auto matchId = root["events"][std::size_t{0}]["matchId"].number();
        if (!matchId) {
            log_.expected(root["events"][std::size_t{0}]["matchId"], "the match's id (a number)");
            return false;
        }
        const json::Value records = files_.matches->root();
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (records[i]["wyId"].number() == matchId) {
                record_ = records[i];
                break;
            }
        }
        if (!record_.exists()) {
            log.error("has no record of match " + idText(*matchId) + ", the match of the events file (" +
                      std::to_string(records.size()) + " records; is it the right competition?)");
            return false;
        }
        const json::Value teamsData = record_["teamsData"];
        std::array<double, 2> sides{-1, -1};
        for (std::size_t t = 0; t < teamsData.size(); ++t) {
            const json::Value side = teamsData[teamsData.keyAt(t)];
            const auto id = side["teamId"].number();
            const auto which = side["side"].string();
            if (!id || !which) {
                log.expected(side, "a team's record with teamId and side");
                return false;
            }
            sides[*which == "home" ? 0 : 1] = *id;
        }
        const bool same = sides == ids_.teams;
        const bool swapped = sides[0] == ids_.teams[1] && sides[1] == ids_.teams[0];
        if (!same && !swapped) {
            log.error(teamsData, "match " + idText(*matchId) + "'s teams (" + idText(sides[0]) + ", " + idText(sides[1]) +
                                     ") are not the events file's (" + idText(ids_.teams[0]) + ", " +
                                     idText(ids_.teams[1]) + ")");
            return false;
        }
        if (swapped) {
            std::swap(ids_.teams[0], ids_.teams[1]);
            std::swap(match_.teams[0], match_.teams[1]);
            std::swap(teamValues_[0], teamValues_[1]);
        }
        match_.competition = competitionName(record_);
        const std::string date(record_["dateutc"].string().value_or(""));
        if (date.size() >= 10) match_.date = date.substr(0, 10);
        match_.venue = decodeName(record_["venue"].string().value_or(""));
        std::array<int, 2> score{0, 0}, penalties{0, 0};
        const std::string duration(record_["duration"].string().value_or("Regular"));
        for (std::size_t t = 0; t < 2; ++t) {
            const json::Value side = teamsData[idText(ids_.teams[t])];
            const auto regular = side["score"].number();
            const auto extra = side["scoreET"].number();
            score[t] = static_cast<int>(duration == "Regular" ? regular.value_or(0) : extra.value_or(regular.value_or(0)));
            penalties[t] = static_cast<int>(side["scoreP"].number().value_or(0));
        }
        match_.finalScore = score;
        if (duration == "Penalties") match_.shootoutScore = penalties;
        return true;
    }

    void readSquads(const json::Value& players) {
        if (!players.isObject()) {
            log_.warning(players, "expected the squads keyed by team id; players are known by id only");
            return;
        }
        for (std::size_t t = 0; t < 2; ++t) {
            const json::Value list = players[idText(ids_.teams[t])];
            if (!list.isArray()) {
                log_.warning(list, "expected this team's squad list");
                continue;
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
                const json::Value p = list[i]["player"];
                if (!p.isObject()) {
                    log_.warning(list[i], "a squad entry with no player (null); skipped");
                    continue;
                }
                const auto id = p["wyId"].number();
                if (!id) {
                    log_.warning(p["wyId"], "a player without an id; skipped");
                    continue;
                }
                addPlayer(t, *id, p);
            }
        }
    }

    PlayerRef addPlayer(std::size_t team, double id, const json::Value& p) {
        SquadPlayer player;
        player.providerId = idText(id);
        const std::string shortName = trimmed(decodeName(p["shortName"].string().value_or("")));
        const std::string first = trimmed(decodeName(p["firstName"].string().value_or("")));
        const std::string last = trimmed(decodeName(p["lastName"].string().value_or("")));
        player.fullName = trimmed(first + " " + last);
        player.name = withoutInitial(shortName.empty() ? last : shortName);
        if (player.name.empty()) player.name = "Player " + player.providerId;
        const std::string role(p["role"]["code2"].string().value_or(""));
        player.position = role == "GK" ? "GK" : role == "DF" ? "DF" : role == "FW" ? "FW" : "MD";
        auto& squad = match_.teams[team].players;
        const PlayerRef ref{static_cast<int>(team), static_cast<int>(squad.size())};
        squad.push_back(std::move(player));
        ids_.players[id] = ref;
        return ref;
    }

    // A player the records name but the squads do not: known by his id.
    PlayerRef playerFor(std::size_t team, double id, const json::Value& where) {
        if (auto it = ids_.players.find(id); it != ids_.players.end()) {
            if (it->second.team == static_cast<int>(team)) return it->second;
            files_.matchesLog->warning(where, alreadyPlaysFor(id, match_.teams[static_cast<std::size_t>(it->second.team)]));
            return {};
        }
        files_.matchesLog->warning(where, "player " + idText(id) + " is not in the events file's squads; shown as '" +
                                              "Player " + idText(id) + "'");
        return addPlayer(team, id, json::Value());
    }

    void readEvents(const json::Value& events) {
        if (!events.isArray()) {
            log_.expected(events, "the list of events");
            return;
        }
        match_.events.reserve(events.size() + 8);
        for (std::size_t i = 0; i < events.size(); ++i) {
            readWyscoutEvent(events[i], static_cast<int>(i), ids_, log_, match_.events);
        }
        if (match_.events.empty()) log_.error(events, "no usable events: this is not a match");
    }

    void finishPeriods() {
        for (const MatchEvent& e : match_.events) {
            auto it = std::find_if(match_.periods.begin(), match_.periods.end(),
                                   [&](const PeriodData& p) { return p.id == e.period; });
            if (it == match_.periods.end()) {
                match_.periods.push_back({e.period, e.time});
            } else {
                it->length = std::max(it->length, e.time);
            }
            if (e.player.valid()) match_.player(e.player).played = true;
        }
        std::sort(match_.periods.begin(), match_.periods.end(),
                  [](const PeriodData& a, const PeriodData& b) { return a.id < b.id; });
    }

    // First and last events of each player, for substitution times.
    struct Span {
        const MatchEvent* first = nullptr;
        const MatchEvent* last = nullptr;
    };
    Span spanOf(PlayerRef ref) const {
        Span s;
        for (const MatchEvent& e : match_.events) {
            if (!(e.player == ref) || e.type == EventType::Card) continue;
            if (!s.first || std::tie(e.period, e.time) < std::tie(s.first->period, s.first->time)) s.first = &e;
            if (!s.last || std::tie(e.period, e.time) > std::tie(s.last->period, s.last->time)) s.last = &e;
        }
        return s;
    }

    // A substitution happens in the stoppage between the last event of the player going off and the
    // first of the one coming on; the records give only its minute.
    void addSubstitution(PlayerRef on, PlayerRef off, std::optional<int> minute) {
        MatchEvent e;
        e.type = EventType::Substitution;
        e.team = on.team;
        e.player = on;
        e.other = off;
        const Span in = spanOf(on), out = spanOf(off);
        if (in.first) {
            e.period = in.first->period;
            e.time = std::max(0.0, in.first->time - 1.0);
            // Midway through the stoppage between them, when the one going off acted last in that period.
            if (out.last && out.last->period == e.period && out.last->time < in.first->time) {
                e.time = 0.5 * (out.last->time + in.first->time);
            }
        } else if (out.last) {
            e.period = out.last->period;
            e.time = out.last->time + 1.0;
        } else if (minute) {
            e.period = *minute <= 45 ? PeriodId::First : PeriodId::Second;
            e.time = std::max(0.0, (*minute - (*minute <= 45 ? 0 : 45)) * 60.0 - 30.0);
        } else {
            return;
        }
        match_.events.push_back(e);
        match_.player(on).played = true;
    }

    void readLineups() {
        ImportLog& log = *files_.matchesLog;
        for (std::size_t t = 0; t < 2; ++t) {
            const json::Value formation = record_["teamsData"][idText(ids_.teams[t])]["formation"];
            const json::Value lineup = formation["lineup"];
            const json::Value bench = formation["bench"];
            if (!lineup.isArray()) {
                log.expected(lineup, "the eleven who started");
                continue;
            }
            for (std::size_t i = 0; i < lineup.size(); ++i) {
                if (auto id = lineup[i]["playerId"].number()) {
                    const PlayerRef ref = playerFor(t, *id, lineup[i]);
                    if (!ref.valid()) continue;
                    auto& p = match_.player(ref);
                    p.starter = p.played = true;
                }
            }
            for (std::size_t i = 0; i < bench.size(); ++i) {
                if (auto id = bench[i]["playerId"].number()) {
                    const PlayerRef ref = playerFor(t, *id, bench[i]);
                    if (ref.valid()) match_.player(ref).onBench = true;
                }
            }
        }
    }

    void readSubstitutions() {
        ImportLog& log = *files_.matchesLog;
        for (std::size_t t = 0; t < 2; ++t) {
            const json::Value subs = record_["teamsData"][idText(ids_.teams[t])]["formation"]["substitutions"];
            for (std::size_t i = 0; i < subs.size(); ++i) {
                const auto in = subs[i]["playerIn"].number();
                const auto out = subs[i]["playerOut"].number();
                if (!in || !out) {
                    log.warning(subs[i], "expected playerIn and playerOut; substitution skipped");
                    continue;
                }
                const auto minute = subs[i]["minute"].integer();
                const PlayerRef on = playerFor(t, *in, subs[i]), off = playerFor(t, *out, subs[i]);
                if (!on.valid() || !off.valid()) continue;  // said where it was read
                addSubstitution(on, off, minute);
            }
        }
    }

    // Without records: the eleven of each team who act first started; a player whose first event comes
    // after a starter's last came on for him.
    void inferLineups() {
        for (int t = 0; t < 2; ++t) {
            auto& players = match_.teams[static_cast<std::size_t>(t)].players;
            std::vector<std::pair<Span, int>> acting;
            for (int i = 0; i < static_cast<int>(players.size()); ++i) {
                const Span s = spanOf({t, i});
                if (s.first) acting.push_back({s, i});
            }
            std::sort(acting.begin(), acting.end(), [](const auto& a, const auto& b) {
                return std::tie(a.first.first->period, a.first.first->time) < std::tie(b.first.first->period, b.first.first->time);
            });
            std::vector<int> gone;
            for (std::size_t k = 0; k < acting.size(); ++k) {
                SquadPlayer& p = players[static_cast<std::size_t>(acting[k].second)];
                if (k < 11) {
                    p.starter = true;
                    continue;
                }
                // Replaces the starter (not yet replaced) whose last event is the latest before his first.
                int best = -1;
                for (std::size_t s = 0; s < 11 && s < acting.size(); ++s) {
                    const Span& starter = acting[s].first;
                    if (std::find(gone.begin(), gone.end(), acting[s].second) != gone.end()) continue;
                    if (std::tie(starter.last->period, starter.last->time) >
                        std::tie(acting[k].first.first->period, acting[k].first.first->time)) continue;
                    if (best < 0 || std::tie(starter.last->period, starter.last->time) >
                                        std::tie(acting[static_cast<std::size_t>(best)].first.last->period,
                                                 acting[static_cast<std::size_t>(best)].first.last->time)) {
                        best = static_cast<int>(s);
                    }
                }
                if (best < 0) continue;
                gone.push_back(acting[static_cast<std::size_t>(best)].second);
                addSubstitution({t, acting[k].second}, {t, acting[static_cast<std::size_t>(best)].second}, std::nullopt);
            }
        }
    }

    const WyscoutFiles& files_;
    ImportLog& log_;
    MatchData match_;
    WyscoutIds ids_;
    std::array<json::Value, 2> teamValues_;
    json::Value record_;
};

}  // namespace

std::optional<MatchData> readWyscout(const WyscoutFiles& files) {
    if (!files.events || !files.eventsLog) return std::nullopt;
    return Reader(files).read();
}

}  // namespace touchline::import
