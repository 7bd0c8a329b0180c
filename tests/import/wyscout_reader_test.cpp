// The Wyscout reader on small hand-written files: the data set's quirks, one at a time.
#include <gtest/gtest.h>

#include <string>

#include "import/wyscout_reader.h"

namespace touchline {
namespace {

using import::EventType;
using import::MatchData;
using import::MatchEvent;

// Two teams (10 at home, 20 away) of two players each, and a null squad entry; `events` is the list.
std::string eventsFile(const std::string& events) {
    return R"({"teams": {"20": {"team": {"wyId": 20, "name": "Away FC"}}, "10": {"team": {"wyId": 10, "name": "Home United"}}},
"players": {"10": [{"player": {"wyId": 1, "shortName": "A. Keeper", "firstName": "Ann", "lastName": "Keeper", "role": {"code2": "GK"}}},
                   {"player": {"wyId": 2, "shortName": "B. Pjani\\u0107", "firstName": "Bo", "lastName": "Pjani\\u0107", "role": {"code2": "FW"}}},
                   null],
            "20": [{"player": {"wyId": 3, "shortName": "C. Stopper", "firstName": "Cy", "lastName": "Stopper", "role": {"code2": "GK"}}},
                   {"player": {"wyId": 4, "shortName": "D. Back", "firstName": "Di", "lastName": "Back", "role": {"code2": "DF"}}}]},
"events": [)" + events + "]}";
}

// 10 at home, won 1-0.
const std::string kRecords = R"([{"wyId": 5, "teamsData": {}},
{"wyId": 99, "label": "Home United - Away FC, 1 - 0", "dateutc": "2018-04-22 18:45:00", "venue": "Ground", "competitionId": 524,
 "duration": "Regular",
 "teamsData": {"20": {"teamId": 20, "side": "away", "score": 0, "scoreET": 0, "scoreP": 0,
                      "formation": {"lineup": [{"playerId": 3}, {"playerId": 4}], "bench": [], "substitutions": []}},
               "10": {"teamId": 10, "side": "home", "score": 1, "scoreET": 0, "scoreP": 0,
                      "formation": {"lineup": [{"playerId": 1}, {"playerId": 2}], "bench": [], "substitutions": []}}}}])";

struct Read {
    std::optional<MatchData> match;
    Diagnostics diagnostics;
};

Read read(const std::string& events, const std::string* records = &kRecords) {
    Read out;
    auto doc = json::parse(eventsFile(events));
    EXPECT_TRUE(doc.ok()) << (doc ? "" : doc.error().message);
    std::optional<json::Document> recordsDoc;
    if (records) recordsDoc.emplace(std::move(*json::parse(*records)));
    import::ImportLog log("events.json", out.diagnostics), recordsLog("records.json", out.diagnostics);
    out.match = import::readWyscout({&*doc, &log, recordsDoc ? &*recordsDoc : nullptr, &recordsLog});
    return out;
}

bool said(const Diagnostics& d, const std::string& part) {
    return d.text().find(part) != std::string::npos;
}

// A home shot that scores at 10:00 of the first half, and the away keeper's save that carries its goal tag.
const std::string kGoal = R"(
{"eventId": 8, "subEventId": 85, "matchId": 99, "matchPeriod": "1H", "eventSec": 598.0, "teamId": 10, "playerId": 1,
 "tags": [{"id": 1801}], "positions": [{"x": 40, "y": 50}, {"x": 85, "y": 40}]},
{"eventId": 10, "subEventId": 100, "matchId": 99, "matchPeriod": "1H", "eventSec": 600.0, "teamId": 10, "playerId": 2,
 "tags": [{"id": 101}, {"id": 402}, {"id": 1205}, {"id": 1801}], "positions": [{"x": 88, "y": 40}, {"x": 100, "y": 100}]},
{"eventId": 9, "subEventId": 90, "matchId": 99, "matchPeriod": "1H", "eventSec": 601.0, "teamId": 20, "playerId": 3,
 "tags": [{"id": 101}, {"id": 1205}, {"id": 1802}], "positions": [{"x": 0, "y": 0}, {"x": 8, "y": 53}]},
{"eventId": 8, "subEventId": 85, "matchId": 99, "matchPeriod": "2H", "eventSec": 2800.0, "teamId": 20, "playerId": 4,
 "tags": [{"id": 1801}], "positions": [{"x": 50, "y": 50}, {"x": 60, "y": 30}]})";

TEST(WyscoutReader, AGoalCountsOnceAndTheSaveIsTheKeepersBeaten) {
    const Read r = read(kGoal);
    ASSERT_TRUE(r.match) << r.diagnostics.text();
    const MatchData& m = *r.match;
    EXPECT_EQ(m.teams[0].name, "Home United");  // the records say who was at home
    int goals = 0;
    for (const MatchEvent& e : m.events) goals += e.goal;
    EXPECT_EQ(goals, 1);
    const MatchEvent& save = m.events[2];
    EXPECT_EQ(save.type, EventType::Save);
    EXPECT_FALSE(save.won);
    EXPECT_FALSE(save.goal);
    EXPECT_FALSE(save.start.has_value());  // (0, 0) is a placeholder, not a place
    ASSERT_TRUE(m.finalScore.has_value());
    EXPECT_EQ(*m.finalScore, (std::array<int, 2>{1, 0}));
    EXPECT_EQ(m.date, "2018-04-22");
    EXPECT_EQ(m.competition, "Serie A 2017/18");
}

TEST(WyscoutReader, PositionsAreMetresForTheEndEachTeamAttacks) {
    const Read r = read(kGoal);
    ASSERT_TRUE(r.match);
    const MatchEvent& shot = r.match->events[1];
    // Home attacks x = 105 in the first half: 88 % along, 40 % across from its left... its right.
    ASSERT_TRUE(shot.start);
    // 88 % lies between the penalty area (84 % = 88.5 m) and the spot (90 % = 94 m).
    EXPECT_NEAR(shot.start->x, 88.5 + (88.0 - 84.0) / 6.0 * 5.5, 1e-9);
    EXPECT_GT(shot.start->y, 34.0);  // y% 40 is left of centre, attacking x = 105: the far side
    ASSERT_TRUE(shot.mouth);
    EXPECT_LT(shot.mouth->lateral, 0.0);  // 1205: low left, as the shooter sees it
    EXPECT_FALSE(shot.end.has_value());   // (100, 100) placeholder
    // The away team attacks x = 0 in the first half and x = 105 in the second: its second-half pass
    // forward goes towards x = 105, and its y% 30 (left of its centre) is our far side.
    const MatchEvent& pass = r.match->events[3];
    EXPECT_NEAR(pass.start->x, 52.5, 1e-9);
    ASSERT_TRUE(pass.end);
    EXPECT_GT(pass.end->x, 52.5);
    EXPECT_GT(pass.end->y, 34.0);
}

TEST(WyscoutReader, NamesAreDecodedAndNullEntriesSkipped) {
    const Read r = read(kGoal);
    ASSERT_TRUE(r.match);
    EXPECT_EQ(r.match->teams[0].players[1].name, "Pjanić");
    EXPECT_EQ(r.match->teams[0].players[1].fullName, "Bo Pjanić");
    EXPECT_TRUE(said(r.diagnostics, "events.json: warning: players.10[2]: a squad entry with no player (null); skipped"))
        << r.diagnostics.text();
}

TEST(WyscoutReader, RecordsOfAnotherMatchAreAnError) {
    const std::string other = R"([{"wyId": 5, "teamsData": {}}])";
    const Read r = read(kGoal, &other);
    EXPECT_FALSE(r.match);
    EXPECT_TRUE(said(r.diagnostics, "records.json: has no record of match 99")) << r.diagnostics.text();
}

TEST(WyscoutReader, RecordsWithOtherTeamsAreAnError) {
    std::string swapped = kRecords;
    swapped.replace(swapped.find("\"teamId\": 20"), 12, "\"teamId\": 21");
    const Read r = read(kGoal, &swapped);
    EXPECT_FALSE(r.match);
    EXPECT_TRUE(said(r.diagnostics, "are not the events file's")) << r.diagnostics.text();
}

// Records that put a player of one team in the other's line-up too (as the import fuzzer's StatsBomb
// line-ups did): a warning at the entry, and he stays in his own team alone.
TEST(WyscoutReader, APlayerInBothLineUpsStaysWithHisOwnTeam) {
    std::string twice = kRecords;
    twice.replace(twice.find("[{\"playerId\": 3}, {\"playerId\": 4}]"), 34, "[{\"playerId\": 3}, {\"playerId\": 2}]");
    const Read r = read(kGoal, &twice);
    ASSERT_TRUE(r.match) << r.diagnostics.text();
    EXPECT_TRUE(said(r.diagnostics, "records.json: warning: [1].teamsData.20.formation.lineup[1]: player 2 already plays for Home United; left out here"))
        << r.diagnostics.text();
    for (const import::SquadPlayer& p : r.match->teams[1].players) EXPECT_NE(p.providerId, "2");
}

TEST(WyscoutReader, WithoutRecordsTheMatchIsStillRead) {
    const Read r = read(kGoal, nullptr);
    ASSERT_TRUE(r.match) << r.diagnostics.text();
    EXPECT_TRUE(said(r.diagnostics, "no match records")) << r.diagnostics.text();
    EXPECT_FALSE(r.match->finalScore.has_value());
}

TEST(WyscoutReader, BrokenEventsAreSkippedWithTheirPath) {
    const Read r = read(std::string(R"({"eventId": 8, "subEventId": 85, "matchId": 99, "matchPeriod": "3H", "eventSec": 1.0,
 "teamId": 10, "playerId": 2, "tags": [], "positions": []},
{"eventId": 8, "subEventId": 85, "matchId": 99, "matchPeriod": "1H", "eventSec": 2.0, "teamId": 77, "playerId": 2,
 "tags": [], "positions": []},
{"eventId": 8, "subEventId": 85, "matchId": 99, "matchPeriod": "1H", "eventSec": 3.0, "teamId": 10, "playerId": 555,
 "tags": [], "positions": [{"x": 150, "y": 20}, {"x": 10, "y": 20}]},)") + kGoal);
    ASSERT_TRUE(r.match) << r.diagnostics.text();
    EXPECT_TRUE(said(r.diagnostics, "warning: events[0].matchPeriod: expected a period")) << r.diagnostics.text();
    EXPECT_TRUE(said(r.diagnostics, "warning: events[1].teamId: a team that is neither")) << r.diagnostics.text();
    EXPECT_TRUE(said(r.diagnostics, "warning: events[2].playerId: player 555 is in no squad list")) << r.diagnostics.text();
    EXPECT_TRUE(said(r.diagnostics, "warning: events[2].positions[0]: a position off the pitch")) << r.diagnostics.text();
}

}  // namespace
}  // namespace touchline
