#include "import/statsbomb_reader.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "import/pitch_frame.h"
#include "import/squad_shape.h"

namespace touchline::import {

namespace {

// StatsBomb event type ids.
constexpr int kBallRecovery = 2, kDispossessed = 3, kDuel = 4, kBlock = 6, kOffside = 8, kClearance = 9,
              kInterception = 10, kDribble = 14, kShot = 16, kSubstitution = 19, kOwnGoalAgainst = 20,
              kFoulCommitted = 22, kGoalKeeper = 23, kBadBehaviour = 24, kPass = 30, kStartingXI = 35,
              kMiscontrol = 38, kBallReceipt = 42, kCarry = 43;

struct PositionSpot {
    int id;
    const char* code;
    Vec2 spot;  // attacking x = 105; y = 0 is the team's right touchline
};
// StatsBomb's 25 positions, their team-sheet codes and a kick-off spot each.
constexpr PositionSpot kPositions[] = {
    {1, "GK", {5, 34}},   {2, "RB", {24, 10}},  {3, "CB", {20, 25}},  {4, "CB", {19, 34}},  {5, "CB", {20, 43}},
    {6, "LB", {24, 58}},  {7, "RB", {30, 8}},   {8, "LB", {30, 60}},  {9, "DM", {30, 26}},  {10, "DM", {30, 34}},
    {11, "DM", {30, 42}}, {12, "RM", {38, 10}}, {13, "CM", {36, 24}}, {14, "CM", {36, 34}}, {15, "CM", {36, 44}},
    {16, "LM", {38, 58}}, {17, "RW", {46, 12}}, {18, "AM", {42, 24}}, {19, "AM", {42, 34}}, {20, "AM", {42, 44}},
    {21, "LW", {46, 56}}, {22, "CF", {47, 28}}, {23, "CF", {48, 34}}, {24, "CF", {47, 40}}, {25, "CF", {44, 34}},
};

const PositionSpot* positionOf(double id) {
    for (const PositionSpot& p : kPositions) {
        if (p.id == static_cast<int>(id)) return &p;
    }
    return nullptr;
}

// "00:18:21.121" -> seconds.
std::optional<double> timestamp(std::string_view text) {
    int h = 0, m = 0;
    double s = 0.0;
    if (std::sscanf(std::string(text).c_str(), "%d:%d:%lf", &h, &m, &s) != 3) return std::nullopt;
    if (h < 0 || m < 0 || m >= 60 || !(s >= 0.0 && s < 60.0)) return std::nullopt;
    return h * 3600.0 + m * 60.0 + s;
}

std::optional<PeriodId> periodOf(double p) {
    if (p < 1 || p > 5 || p != static_cast<int>(p)) return std::nullopt;
    return static_cast<PeriodId>(static_cast<int>(p) - 1);
}

// "Lionel Messi" -> "Messi", "Marc-André ter Stegen" -> "ter Stegen": a nickname without its first word.
std::string surname(const std::string& nickname) {
    const auto space = nickname.find(' ');
    return space == std::string::npos ? nickname : nickname.substr(space + 1);
}

std::string formationText(int digits) {
    const std::string d = std::to_string(digits);
    std::string out;
    for (char c : d) {
        if (!out.empty()) out += '-';
        out += c;
    }
    return out;
}

class Reader {
public:
    explicit Reader(const StatsBombFiles& files) : files_(files), log_(*files.eventsLog) {}

    std::optional<MatchData> read() {
        match_.provider = Provider::StatsBomb;
        const json::Value events = files_.events->root();
        if (!readStartingElevens(events)) return std::nullopt;
        if (files_.matches) readMatchRecord();
        else log_.warning("StatsBomb events do not say who was at home: the first team listed is taken as the home team");
        if (files_.lineups) readLineups(files_.lineups->root());
        for (std::size_t i = 0; i < events.size(); ++i) readEvent(events[i], static_cast<int>(i));
        if (match_.events.empty()) log_.error(events, "no usable events: this is not a match");
        if (log_.failed()) return std::nullopt;
        std::stable_sort(match_.events.begin(), match_.events.end(), [](const MatchEvent& a, const MatchEvent& b) {
            return a.period != b.period ? a.period < b.period : a.time < b.time;
        });
        std::sort(match_.periods.begin(), match_.periods.end(),
                  [](const PeriodData& a, const PeriodData& b) { return a.id < b.id; });
        inferSquadShapes(match_);
        return std::move(match_);
    }

private:
    bool readStartingElevens(const json::Value& events) {
        int found = 0;
        for (std::size_t i = 0; i < events.size() && found < 2; ++i) {
            const json::Value e = events[i];
            if (e["type"]["id"].number() != kStartingXI) continue;
            const auto teamId = e["team"]["id"].number();
            if (!teamId) {
                log_.expected(e["team"]["id"], "the team's id");
                continue;
            }
            TeamData& team = match_.teams[static_cast<std::size_t>(found)];
            teamIds_[static_cast<std::size_t>(found)] = *teamId;
            team.providerId = idText(*teamId);
            team.name = std::string(e["team"]["name"].string().value_or(team.providerId));
            if (auto f = e["tactics"]["formation"].integer(); f && *f > 0) team.formation = formationText(*f);
            const json::Value lineup = e["tactics"]["lineup"];
            for (std::size_t k = 0; k < lineup.size(); ++k) {
                const PlayerRef ref = playerFor(found, lineup[k]["player"], lineup[k]);
                if (!ref.valid()) continue;
                SquadPlayer& p = match_.player(ref);
                p.starter = p.played = true;
                if (auto n = lineup[k]["jersey_number"].integer()) p.number = *n;
                place(p, lineup[k]["position"]["id"]);
            }
            ++found;
        }
        if (found < 2) {
            log_.error("expected a Starting XI event for each team; found " + std::to_string(found));
            return false;
        }
        return true;
    }

    void place(SquadPlayer& p, const json::Value& positionId) {
        if (auto id = positionId.number()) {
            if (const PositionSpot* spot = positionOf(*id)) {
                p.position = spot->code;
                if (!p.spot) p.spot = spot->spot;
            }
        }
    }

    void readMatchRecord() {
        ImportLog& log = *files_.matchesLog;
        const json::Value matches = files_.matches->root();
        json::Value record;
        for (std::size_t i = 0; i < matches.size(); ++i) {
            const auto home = matches[i]["home_team"]["home_team_id"].number();
            const auto away = matches[i]["away_team"]["away_team_id"].number();
            if ((home == teamIds_[0] && away == teamIds_[1]) || (home == teamIds_[1] && away == teamIds_[0])) {
                record = matches[i];
                break;
            }
        }
        if (!record.exists()) {
            log.error("has no match between these two teams (" + match_.teams[0].name + ", " + match_.teams[1].name + ")");
            return;
        }
        if (record["home_team"]["home_team_id"].number() == teamIds_[1]) {
            std::swap(match_.teams[0], match_.teams[1]);
            std::swap(teamIds_[0], teamIds_[1]);
            for (auto& [id, ref] : players_) ref.team = 1 - ref.team;
        }
        match_.competition = std::string(record["competition"]["competition_name"].string().value_or("")) + " " +
                             std::string(record["season"]["season_name"].string().value_or(""));
        match_.date = std::string(record["match_date"].string().value_or(""));
        match_.venue = std::string(record["stadium"]["name"].string().value_or(""));
        const auto home = record["home_score"].number(), away = record["away_score"].number();
        if (home && away) match_.finalScore = std::array<int, 2>{static_cast<int>(*home), static_cast<int>(*away)};
    }

    void readLineups(const json::Value& teams) {
        ImportLog& log = *files_.lineupsLog;
        if (!teams.isArray()) {
            log.expected(teams, "a list of the two teams' line-ups");
            return;
        }
        for (std::size_t t = 0; t < teams.size(); ++t) {
            const auto id = teams[t]["team_id"].number();
            int team = -1;
            if (id == teamIds_[0]) team = 0;
            if (id == teamIds_[1]) team = 1;
            if (team < 0) {
                log.error(teams[t]["team_id"], "a team that is not in the events file");
                continue;
            }
            const json::Value lineup = teams[t]["lineup"];
            for (std::size_t k = 0; k < lineup.size(); ++k) {
                const json::Value entry = lineup[k];
                const auto pid = entry["player_id"].number();
                if (!pid) {
                    log.warning(entry, "a line-up entry without a player_id; skipped");
                    continue;
                }
                const PlayerRef ref = playerFor(team, *pid, entry["player_name"], entry, log);
                if (!ref.valid()) continue;
                SquadPlayer& p = match_.player(ref);
                if (auto n = entry["jersey_number"].integer()) p.number = *n;
                if (auto nick = entry["player_nickname"].string(); nick && !nick->empty()) {
                    p.name = surname(std::string(*nick));
                    p.fullName = std::string(*nick);
                }
                if (!p.starter) p.onBench = true;
            }
        }
        // Two players with one surname keep their whole names.
        for (TeamData& team : match_.teams) {
            for (SquadPlayer& a : team.players) {
                for (const TeamData& other : match_.teams) {
                    for (const SquadPlayer& b : other.players) {
                        if (&a != &b && a.name == b.name && !a.fullName.empty()) a.name = a.fullName;
                    }
                }
            }
        }
    }

    PlayerRef addPlayer(int team, double id, std::string name) {
        SquadPlayer p;
        p.providerId = idText(id);
        p.name = name.empty() ? "Player " + p.providerId : name;
        p.fullName = name;
        auto& squad = match_.teams[static_cast<std::size_t>(team)].players;
        const PlayerRef ref{team, static_cast<int>(squad.size())};
        squad.push_back(std::move(p));
        players_[id] = ref;
        return ref;
    }

    PlayerRef playerFor(int team, const json::Value& player, const json::Value& where) {
        const auto id = player["id"].number();
        if (!id) {
            log_.warning(where, "expected a player {id, name}");
            return {};
        }
        return playerFor(team, *id, player["name"], where, log_);
    }

    PlayerRef playerFor(int team, double id, const json::Value& name, const json::Value& where, ImportLog& log) {
        if (auto it = players_.find(id); it != players_.end()) {
            if (it->second.team == team) return it->second;
            log.warning(where, alreadyPlaysFor(id, match_.teams[static_cast<std::size_t>(it->second.team)]));
            return {};
        }
        return addPlayer(team, id, std::string(name.string().value_or("")));
    }

    std::optional<Vec2> location(const json::Value& v, int team, PeriodId period) {
        if (!v.exists()) return std::nullopt;
        const auto x = v[std::size_t{0}].number(), y = v[std::size_t{1}].number();
        if (!v.isArray() || !x || !y || !(*x >= -5 && *x <= 125 && *y >= -5 && *y <= 85)) {
            log_.warning(v, "expected a location [x, y] on the 120 x 80 pitch; treated as unknown");
            return std::nullopt;
        }
        return forEnd(toPitch(Units::StatsBombYards, *x, *y), attackingEnd(team, period));
    }

    void readEvent(const json::Value& v, int index) {
        const auto type = v["type"]["id"].integer();
        const auto periodNumber = v["period"].number();
        const auto clock = timestamp(v["timestamp"].string().value_or(""));
        if (!type || !periodNumber || !clock) {
            log_.warning(v, "expected an event with type, period and timestamp; skipped");
            return;
        }
        const auto period = periodOf(*periodNumber);
        if (!period) {
            log_.warning(v["period"], "expected a period from 1 to 5; event skipped");
            return;
        }
        notePeriod(*period, *clock);
        const auto teamId = v["team"]["id"].number();
        const int team = teamId == teamIds_[0] ? 0 : teamId == teamIds_[1] ? 1 : -1;
        if (team < 0) return;  // nothing on the pitch without a team
        MatchEvent e;
        e.source = index;
        e.period = *period;
        e.time = *clock;
        e.team = team;
        if (v["player"].exists()) e.player = playerFor(team, v["player"], v);
        if (e.player.valid()) match_.player(e.player).played = true;
        e.start = location(v["location"], team, *period);
        if (auto d = v["duration"].number(); d && *d > 0.0) e.duration = *d;
        const int kind = *type;
        switch (kind) {
            case kPass: readPass(v["pass"], e); break;
            case kShot: readShot(v["shot"], e); break;
            case kCarry:
                e.type = EventType::Carry;
                e.end = location(v["carry"]["end_location"], team, *period);
                break;
            case kBallReceipt: e.type = EventType::Receipt; break;
            case kClearance: e.type = EventType::Clearance; e.header = v["clearance"]["head"].boolean().value_or(false); break;
            case kDuel: {
                e.type = EventType::Duel;
                // A tackle won comes out with the ball; an aerial duel's record is the loser's.
                const std::string what(v["duel"]["type"]["name"].string().value_or(""));
                const std::string outcome(v["duel"]["outcome"]["name"].string().value_or(""));
                e.won = what != "Aerial Lost" && outcome != "Lost In Play" && outcome != "Lost Out";
                break;
            }
            case kInterception: e.type = EventType::Interception; break;
            case kBallRecovery:
            case kBlock:
            case kDispossessed:
            case kDribble:
            case kMiscontrol: e.type = EventType::Touch; break;
            case kGoalKeeper: {
                const std::string what(v["goalkeeper"]["type"]["name"].string().value_or(""));
                if (what == "Collected") e.type = EventType::KeeperClaim;
                else if (what == "Shot Saved" || what == "Goal Conceded" || what == "Save" || what == "Penalty Saved") {
                    e.type = EventType::Save;
                    e.won = what != "Goal Conceded";
                } else {
                    return;  // shot faced, keeper sweeper...: the keeper did not play the ball
                }
                break;
            }
            case kOwnGoalAgainst: e.type = EventType::Touch; e.ownGoal = true; break;
            case kOffside: e.type = EventType::Offside; break;
            case kSubstitution: {
                const PlayerRef on = playerFor(team, v["substitution"]["replacement"], v["substitution"]);
                if (!on.valid() || !e.player.valid()) return;
                e.type = EventType::Substitution;
                e.other = e.player;
                e.player = on;
                SquadPlayer& p = match_.player(on);
                p.played = true;
                p.onBench = false;
                place(p, v["position"]["id"]);
                break;
            }
            case kFoulCommitted:
            case kBadBehaviour: {
                const json::Value card = v[kind == kFoulCommitted ? "foul_committed" : "bad_behaviour"]["card"]["name"];
                if (kind == kFoulCommitted) {
                    e.type = EventType::Foul;
                    match_.events.push_back(e);
                }
                if (auto name = card.string(); name && e.player.valid()) {
                    e.type = EventType::Card;
                    e.card = *name == "Yellow Card" ? CardColour::Yellow : CardColour::Red;
                    e.secondYellow = *name == "Second Yellow";
                    match_.events.push_back(e);
                }
                return;
            }
            default: return;
        }
        match_.events.push_back(e);
    }

    void readPass(const json::Value& pass, MatchEvent& e) {
        e.type = EventType::Pass;
        e.end = location(pass["end_location"], e.team, e.period);
        const std::string height(pass["height"]["name"].string().value_or("Ground Pass"));
        e.style = height == "High Pass" ? PassStyle::High : PassStyle::Ground;
        if (pass["body_part"]["name"].string() == std::optional<std::string_view>("Head")) {
            e.style = PassStyle::Head;
            e.header = true;
        }
        switch (static_cast<int>(pass["type"]["id"].number().value_or(0))) {
            case 61: e.restart = Restart::Corner; break;
            case 62: e.restart = Restart::FreeKick; break;
            case 63: e.restart = Restart::GoalKick; break;
            case 65: e.restart = Restart::KickOff; break;
            case 67: e.restart = Restart::ThrowIn; break;
            default: break;
        }
        // 9 incomplete, 74 injury clearance, 75 out, 76 offside, 77 unknown.
        e.accurate = !pass["outcome"].exists();
        if (pass["recipient"].exists()) e.other = playerFor(e.team, pass["recipient"], pass);
        if (pass["outcome"]["id"].number() == 76.0) {
            MatchEvent offside = e;
            offside.type = EventType::Offside;
            offside.player = e.other;
            match_.events.push_back(e);
            e = offside;
        }
    }

    void readShot(const json::Value& shot, MatchEvent& e) {
        e.type = EventType::Shot;
        e.header = shot["body_part"]["name"].string() == std::optional<std::string_view>("Head");
        const int type = static_cast<int>(shot["type"]["id"].number().value_or(87));
        if (type == 88) e.restart = Restart::Penalty;
        if (type == 62) e.restart = Restart::FreeKick;
        if (type == 61) e.restart = Restart::Corner;
        switch (static_cast<int>(shot["outcome"]["id"].number().value_or(0))) {
            case 97: e.outcome = ShotOutcome::Goal; e.goal = true; break;
            case 96: e.outcome = ShotOutcome::Blocked; break;
            case 99:
            case 116: e.outcome = ShotOutcome::Woodwork; break;
            case 100: e.outcome = ShotOutcome::Saved; break;
            default: e.outcome = ShotOutcome::OffTarget; break;  // 98 off target, 101 wayward, 115 saved off target
        }
        e.accurate = e.outcome == ShotOutcome::Goal || e.outcome == ShotOutcome::Saved;
        const json::Value end = shot["end_location"];
        const auto x = end[std::size_t{0}].number(), y = end[std::size_t{1}].number();
        if (x && y) {
            e.end = forEnd(toPitch(Units::StatsBombYards, *x, *y), attackingEnd(e.team, e.period));
            GoalMouthPoint mouth;
            mouth.lateral = lateralFromCentre(Units::StatsBombYards, *y);
            mouth.height = heightInMetres(Units::StatsBombYards, end[std::size_t{2}].number().value_or(0.3));
            e.mouth = mouth;
        }
    }

    void notePeriod(PeriodId id, double time) {
        auto it = std::find_if(match_.periods.begin(), match_.periods.end(), [&](const PeriodData& p) { return p.id == id; });
        if (it == match_.periods.end()) match_.periods.push_back({id, time});
        else it->length = std::max(it->length, time);
    }

    const StatsBombFiles& files_;
    ImportLog& log_;
    MatchData match_;
    std::array<double, 2> teamIds_{-1, -1};
    std::map<double, PlayerRef> players_;
};

}  // namespace

std::optional<MatchData> readStatsBomb(const StatsBombFiles& files) {
    if (!files.events || !files.eventsLog) return std::nullopt;
    return Reader(files).read();
}

}  // namespace touchline::import
