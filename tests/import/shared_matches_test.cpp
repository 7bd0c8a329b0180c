// Every whole match in ../shared/data (15 Wyscout, 1 StatsBomb) imports, checks clean and bakes, and the
// physics shows exactly the data's goals — scorer, team and time — and the final score of the match
// records, extra time included and the shoot-out apart (on its own tally). The expected goals are read
// here from the raw files, not through the importer. Skipped, with the reason, where the data is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "import/import.h"
#include "import/shared_data.h"
#include "script/loader.h"
#include "script/script_writer.h"
#include "import/json_document.h"
#include "timeline/bake.h"
#include "timeline/match_score.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

using testdata::dataDir;

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A name as the data writes it, its doubled escapes decoded.
std::string decoded(std::string_view text) {
    auto doc = json::parse("\"" + std::string(text) + "\"");
    if (doc) {
        if (auto s = doc->root().string()) return std::string(*s);
    }
    return std::string(text);
}

struct DataGoal {
    std::string team;       // the provider's team id or name of the team the goal counts for
    double time = 0.0;      // seconds since its period's kick-off
    int period = 0;         // 0 first half ... 3 second half of extra time
    std::string scorer;     // the scorer's full name (the own goal's defender)
};

struct Expected {
    std::vector<DataGoal> goals;
    std::array<std::string, 2> teams;  // home, away: provider ids or names
    std::array<int, 2> score{0, 0};
    std::optional<std::array<int, 2>> shootout;
};

int periodIndex(std::string_view p) {
    if (p == "1H") return 0;
    if (p == "2H") return 1;
    if (p == "E1") return 2;
    if (p == "E2") return 3;
    return 4;
}

Expected wyscoutExpected(const fs::path& events) {
    Expected x;
    auto doc = json::parse(readAll(events));
    EXPECT_TRUE(doc.ok());
    const json::Value root = doc->root();
    std::map<double, std::string> names;
    for (std::size_t t = 0; t < root["players"].size(); ++t) {
        const json::Value list = root["players"][root["players"].keyAt(t)];
        for (std::size_t i = 0; i < list.size(); ++i) {
            const json::Value p = list[i]["player"];
            if (!p.isObject()) continue;
            names[*p["wyId"].number()] = decoded(p["firstName"].string().value_or("")) + " " +
                                         decoded(p["lastName"].string().value_or(""));
        }
    }
    const double match = *root["events"][std::size_t{0}]["matchId"].number();
    // The match records: home and away, the score.
    for (const auto& entry : fs::directory_iterator(events.parent_path() / "matches")) {
        auto records = json::parse(readAll(entry.path()));
        for (std::size_t i = 0; records && i < records->root().size(); ++i) {
            const json::Value r = records->root()[i];
            if (r["wyId"].number() != match) continue;
            const json::Value teams = r["teamsData"];
            const std::string duration(r["duration"].string().value_or(""));
            for (std::size_t t = 0; t < teams.size(); ++t) {
                const json::Value side = teams[teams.keyAt(t)];
                const int k = side["side"].string() == std::optional<std::string_view>("home") ? 0 : 1;
                x.teams[static_cast<std::size_t>(k)] = std::string(teams.keyAt(t));
                x.score[static_cast<std::size_t>(k)] =
                    static_cast<int>(*side[duration == "Regular" ? "score" : "scoreET"].number());
                if (duration == "Penalties") {
                    if (!x.shootout) x.shootout = std::array<int, 2>{0, 0};
                    (*x.shootout)[static_cast<std::size_t>(k)] = static_cast<int>(*side["scoreP"].number());
                }
            }
        }
    }
    const json::Value list = root["events"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json::Value e = list[i];
        const std::string period(e["matchPeriod"].string().value_or(""));
        if (period == "P") continue;
        bool goal = false, own = false;
        for (std::size_t k = 0; k < e["tags"].size(); ++k) {
            goal = goal || e["tags"][k]["id"].number() == 101.0;
            own = own || e["tags"][k]["id"].number() == 102.0;
        }
        if (!(goal && e["eventId"].number() != 9.0) && !own) continue;  // a save's goal tag is the shot's goal
        std::string team = std::to_string(static_cast<long long>(*e["teamId"].number()));
        if (own) team = team == x.teams[0] ? x.teams[1] : x.teams[0];
        x.goals.push_back({team, *e["eventSec"].number(), periodIndex(period), names[*e["playerId"].number()]});
    }
    return x;
}

Expected statsbombExpected(const fs::path& events) {
    Expected x;
    auto doc = json::parse(readAll(events));
    EXPECT_TRUE(doc.ok());
    const json::Value list = doc->root();
    int teams = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json::Value e = list[i];
        const std::string type(e["type"]["name"].string().value_or(""));
        const std::string team(e["team"]["name"].string().value_or(""));
        if (type == "Starting XI" && teams < 2) x.teams[static_cast<std::size_t>(teams++)] = team;
        const bool goal = type == "Shot" && e["shot"]["outcome"]["name"].string() == std::optional<std::string_view>("Goal");
        const bool own = type == "Own Goal Against";
        if (!goal && !own) continue;
        int h = 0, m = 0;
        double s = 0.0;
        std::sscanf(std::string(e["timestamp"].string().value_or("")).c_str(), "%d:%d:%lf", &h, &m, &s);
        const int period = static_cast<int>(*e["period"].number()) - 1;
        if (period == 4) continue;
        const std::string counts = own ? (team == x.teams[0] ? x.teams[1] : x.teams[0]) : team;
        x.goals.push_back({counts, h * 3600.0 + m * 60.0 + s, period, std::string(e["player"]["name"].string().value_or(""))});
        ++x.score[counts == x.teams[0] ? 0 : 1];
    }
    return x;
}

// Every word of what the script calls him is in the data's full name ("Lionel Messi" in "Lionel Andrés
// Messi Cuccittini").
bool sameMan(const std::string& script, const std::string& data) {
    std::istringstream words(script);
    for (std::string w; words >> w;) {
        if (data.find(w) == std::string::npos) return false;
    }
    return !script.empty();
}

class SharedMatch : public testing::TestWithParam<std::string> {};

TEST_P(SharedMatch, ShowsExactlyTheDatasGoalsAndScore) {
    const fs::path file = dataDir() / GetParam();
    if (!fs::exists(file)) GTEST_SKIP() << "no " << file.string() << "; these tests need ../shared/data beside the project";
    const bool statsbomb = GetParam().rfind("statsbomb", 0) == 0;
    const Expected want = statsbomb ? statsbombExpected(file) : wyscoutExpected(file);

    import::ImportedMatch imported = import::importMatch(file.string());
    ASSERT_TRUE(imported.ok()) << imported.diagnostics.text();
    // What `touchline import` writes is a normal replay script: it reads back to the same Script.
    const LoadResult reread = parseScript(writeScript(*imported.script), file.stem().string() + ".yaml");
    ASSERT_FALSE(reread.diagnostics.hasErrors()) << reread.diagnostics.text();
    EXPECT_TRUE(reread.script == *imported.script) << GetParam() << ": the written script reads back different";
    const BakeResult baked = bake(*imported.script);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();  // checks clean: the physics can do every action
    const Timeline& tl = baked.timeline;
    const Script& s = tl.script();

    // The score of the records, extra time included; the shoot-out apart, on its own tally.
    EXPECT_EQ(tl.scoreAt(tl.duration()), want.score) << GetParam();
    EXPECT_EQ(tl.shootoutAt(tl.duration()), want.shootout) << GetParam();

    // Goal by goal: the team, the scorer, the time (the ball crosses the line within seconds of the shot).
    std::vector<DataGoal> missing = want.goals;
    for (const ObservedEvent& e : tl.events()) {
        if (e.kind != EventKind::Goal || e.disallowed || inShootout(s, e)) continue;
        const int team = index(scoringSide(s, e));
        const Period period = s.clock.periodAt(e.time);
        const double intoPeriod = e.time - s.clock.periodStart(period);
        auto it = std::find_if(missing.begin(), missing.end(), [&](const DataGoal& g) {
            return g.team == want.teams[static_cast<std::size_t>(team)] && g.period == static_cast<int>(period) &&
                   intoPeriod >= g.time - 0.5 && intoPeriod <= g.time + 4.0;
        });
        const std::string who = e.player.valid() ? s.player(e.player).fullName : "?";
        ASSERT_NE(it, missing.end()) << GetParam() << ": a goal the data does not have, " << who << " at "
                                     << s.clock.preciseText(e.time);
        EXPECT_TRUE(sameMan(who, it->scorer)) << GetParam() << " at " << s.clock.preciseText(e.time) << ": " << who
                                              << " scores; the data has " << it->scorer;
        missing.erase(it);
    }
    for (const DataGoal& g : missing) {
        ADD_FAILURE() << GetParam() << ": the data's goal by " << g.scorer << " (period " << g.period << ", "
                      << g.time << " s) is not in the replay";
    }
}

INSTANTIATE_TEST_SUITE_P(Data, SharedMatch, testdata::sharedMatches(), testdata::matchTestName);

// A counter from a corner: Marseille's centre backs went up for Payet's corner at 87:59, Metz cleared it
// and broke, and Niane's chance opens at 88:08. They open it on their way back, within a run of the box
// they stood in, not already in their line 70 m away (x = 83), which the passage before had them sprint
// to at 11-13 m/s (import/moment_builder.cpp restartBefore).
TEST(SharedCounter, CentreBacksOpenACounterFromTheirCornerOnTheirWayBack) {
    const fs::path file = testdata::dataDir() / "wyscout/2500919-olympique-marseille-metz.json";
    if (!fs::exists(file)) GTEST_SKIP() << "no " << file.string() << "; this test needs ../shared/data beside the project";
    const import::ImportedMatch imported = import::importMatch(file.string());
    ASSERT_TRUE(imported.ok()) << imported.diagnostics.text();
    const Script& s = *imported.script;
    const auto counter = std::find_if(s.moments.begin(), s.moments.end(), [](const Moment& m) { return m.title == "Niane goes close"; });
    ASSERT_NE(counter, s.moments.end());
    const PlayerId corner = *s.findPlayer("Payet");
    int checked = 0;
    for (const std::string name : {"Rami", "Rolando"}) {
        const PlayerId back = *s.findPlayer(name);
        ASSERT_EQ(back.team, corner.team);
        for (const Placement& p : counter->shape) {
            if (p.player != back) continue;
            EXPECT_LT(p.position.x, 75.0) << name << " opens the counter at " << p.position.x << ", " << p.position.y;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 2);
}

}  // namespace
}  // namespace touchline
