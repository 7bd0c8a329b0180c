// Importing hand-written event files: each of the bad or odd inputs gives a one-line message with
// its JSON path (or a warning) and never a crash; the good ones import, bake clean and score the data's
// goals. The files are in tests/import/corpus/ (small, written for this; never the shared data).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

#include "import/import.h"
#include "timeline/bake.h"
#include "timeline/match_summary.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

std::string corpus(const std::string& name) { return (fs::path(TOUCHLINE_TESTS_DIR) / "import" / "corpus" / name).string(); }

bool said(const Diagnostics& d, const std::string& part) { return d.text().find(part) != std::string::npos; }

struct Baked {
    import::ImportedMatch imported;
    std::optional<BakeResult> baked;
};

Baked importAndBake(const std::string& file, const std::optional<std::string>& records = std::nullopt) {
    Baked out;
    import::ImportOptions options;
    if (records) options.matches = corpus(*records);
    out.imported = import::importMatch(corpus(file), options);
    if (out.imported.script) out.baked = bake(*out.imported.script);
    return out;
}

// How far `who` is at match time t from the nearer corner flag on the goal line x = 0 (-1: not on the
// pitch): the corpus's corners are taken there.
double fromTheNearerFlag(const Timeline& tl, PlayerId who, double t) {
    Frame frame;
    tl.sample(t, frame);
    const auto it = std::find_if(frame.players.begin(), frame.players.end(), [&](const PlayerFrame& p) { return p.id == who; });
    return it == frame.players.end() ? -1.0 : std::min(distance(it->position, Vec2{0.0, 0.0}), distance(it->position, Vec2{0.0, pitch::kWidth}));
}

int countedGoals(const Timeline& timeline) {
    const auto s = timeline.scoreAt(timeline.duration());
    return s[0] + s[1];
}

TEST(ImportCorpus, NeitherProviderIsOneLine) {
    const auto r = import::importMatch(corpus("neither-provider.json"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.diagnostics.items().size(), 1u) << r.diagnostics.text();
    EXPECT_TRUE(said(r.diagnostics, "neither-provider.json: this JSON is neither Wyscout nor StatsBomb event data"))
        << r.diagnostics.text();
}

TEST(ImportCorpus, ATruncatedFileSaysWhere) {
    const auto r = import::importMatch(corpus("wyscout-truncated.json"));
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.items().size(), 1u) << r.diagnostics.text();
    const Diagnostic& d = r.diagnostics.items().front();
    EXPECT_GT(d.where.line, 1);
    EXPECT_GT(d.where.column, 0);
    EXPECT_NE(d.message.find("not valid JSON"), std::string::npos) << d.text();
}

TEST(ImportCorpus, DeepNestingIsRefused) {
    const auto r = import::importMatch(corpus("deep-nesting.json"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(said(r.diagnostics, "nested deeper than 64 levels")) << r.diagnostics.text();
}

TEST(ImportCorpus, AFileOverASaneSizeIsRefusedUnread) {
    const fs::path huge = fs::temp_directory_path() / ("touchline-huge-" + std::to_string(::getpid()) + ".json");
    {
        std::FILE* f = std::fopen(huge.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fputc('[', f);
        std::fclose(f);
    }
    fs::resize_file(huge, 65u * 1024u * 1024u);  // sparse: no disk used
    const auto r = import::importMatch(huge.string());
    fs::remove(huge);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(said(r.diagnostics, "larger than 64 MB")) << r.diagnostics.text();
}

TEST(ImportCorpus, RecordsOfAnotherMatch) {
    import::ImportOptions options;
    options.matches = corpus("wyscout-other-records.json");
    const auto r = import::importMatch(corpus("wyscout-goal.json"), options);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(said(r.diagnostics, "wyscout-other-records.json: has no record of match 777")) << r.diagnostics.text();
}

TEST(ImportCorpus, RecordsAreNotAnEventsFile) {
    const auto r = import::importMatch(corpus("wyscout-goal-records.json"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(said(r.diagnostics, "this is a file of Wyscout match records, not a match")) << r.diagnostics.text();
}

TEST(ImportCorpus, AGoalIsDetectedOnceAndCreditedToTheShooter) {
    const Baked r = importAndBake("wyscout-goal.json", "wyscout-goal-records.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    const Timeline& tl = r.baked->timeline;
    EXPECT_EQ(tl.scoreAt(tl.duration()), (std::array<int, 2>{1, 0}));  // the save's goal tag is not a second goal
    bool found = false;
    for (const ObservedEvent& e : tl.events()) {
        if (e.kind != EventKind::Goal) continue;
        found = true;
        EXPECT_EQ(tl.script().player(e.player).name, "Striker");
        EXPECT_NEAR(e.time, 604.2, 2.0);
    }
    EXPECT_TRUE(found);
    const Script& s = tl.script();
    EXPECT_EQ(s.teams[0].name, "Riverside");
    EXPECT_EQ(s.match.venue, "The Meadow");
    EXPECT_EQ(s.match.competition, "Premier League 2017/18");
    EXPECT_EQ(s.teams[0].players[0].number, 0);           // Wyscout has no shirt numbers...
    EXPECT_EQ(s.teams[0].players[0].shirtText(), "HK");   // ...the disc shows initials
}

// A penalty's moment opens with the team shape's places for it, outside the area; the shape's next place
// is after the kick, in the area where the rebound falls. Until the kick everyone waits outside (Law 14):
// without that, Abe Back walked into the area during the run-up.
TEST(ImportCorpus, APenaltysOtherPlayersWaitOutsideTheAreaUntilTheKick) {
    const Baked r = importAndBake("wyscout-penalty.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    EXPECT_FALSE(said(r.baked->diagnostics, "takes his penalty")) << r.baked->diagnostics.text();
    const Timeline& tl = r.baked->timeline;
    const Script& s = tl.script();
    ASSERT_EQ(s.moments.size(), 1u);
    const auto penalty = std::find_if(s.moments[0].actions.begin(), s.moments[0].actions.end(),
                                      [](const Action& a) { return a.kind == ActionKind::Penalty; });
    ASSERT_NE(penalty, s.moments[0].actions.end());
    const pitch::End end = s.attackingEnd(penalty->actor.side(), s.moments[0].matchTime);
    const Frame atTheKick = tl.sample(tl.moments()[0].start + penalty->at);
    int waiting = 0;
    for (const PlayerFrame& p : atTheKick.players) {
        if (p.id == penalty->actor || s.player(p.id).isGoalkeeper()) continue;
        ++waiting;
        const double out = std::abs(pitch::goalLineX(end) - p.position.x);  // metres from the goal line
        EXPECT_FALSE(out < pitch::kPenaltyAreaDepth && std::abs(p.position.y - pitch::kCentre.y) < pitch::kPenaltyAreaWidth / 2.0)
            << s.player(p.id).name << " in the area at [" << p.position.x << ", " << p.position.y << "]";
        EXPECT_GE(distance(p.position, pitch::penaltySpot(end)), pitch::kPenaltyArcRadius) << s.player(p.id).name;
        EXPECT_GE(out, pitch::kPenaltySpotDistance) << s.player(p.id).name << " ahead of the mark";
    }
    EXPECT_GE(waiting, 3);
    EXPECT_EQ(tl.scoreAt(tl.duration()), (std::array<int, 2>{1, 0}));
}

// The data set writes a few names with a soft hyphen (Iceland's "Guðmunds\u00adson"), some with the
// escape doubled: a hint for breaking lines, never part of the name a disc or a table shows.
TEST(ImportCorpus, SoftHyphensLeaveTheNames) {
    std::ifstream in(corpus("wyscout-goal.json"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto rename = [&](const std::string& from, const std::string& to) {
        const std::size_t at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
    };
    rename("\"H. Striker\"", "\"H. Stri\\u00adker\"");
    rename("\"H. Mid\"", "\"H. M\\\\u00adid\"");  // doubled: \\u00ad in the file
    const fs::path file = fs::temp_directory_path() / ("touchline_soft_hyphen_" + std::to_string(::getpid()) + ".json");
    std::ofstream(file) << text;
    const import::ImportedMatch imported = import::importMatch(file.string());
    fs::remove(file);
    ASSERT_TRUE(imported.ok()) << imported.diagnostics.text();
    std::vector<std::string> names;
    for (const Player& p : imported.script->teams[0].players) names.push_back(p.name);
    EXPECT_NE(std::find(names.begin(), names.end(), "Striker"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "Mid"), names.end());
    for (const std::string& name : names) EXPECT_EQ(name.find("\xC2\xAD"), std::string::npos) << name;
}

// A keeper who holds a shot and throws it upfield starts the move that ends in a goal at the other end:
// the moment goes on from his hands. A free kick from 59 m, over the bar in the data, is longer than any
// kick our drag allows in the air: it reaches the line on the bounce, wide, and the import says so.
TEST(ImportCorpus, PlayGoesOnFromAHeldSaveAndAShotFromHalfwayStaysOut) {
    const Baked r = importAndBake("wyscout-held-save-long-shot.json", "wyscout-goal-records.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    const Timeline& tl = r.baked->timeline;
    EXPECT_EQ(tl.scoreAt(tl.duration()), (std::array<int, 2>{1, 0}));
    bool held = false, scored = false, wide = false;
    for (const ObservedEvent& e : tl.events()) {
        if (e.kind == EventKind::Save && e.player.side() == TeamSide::Home && e.time < 592.0) held = true;
        if (e.kind == EventKind::Goal && e.player.side() == TeamSide::Home) {
            scored = true;
            EXPECT_NEAR(e.time, 604.2, 2.0);
            EXPECT_EQ(e.moment, 0);  // the same passage as the save: the build-up is animated, not cut
        }
        if ((e.kind == EventKind::Wide || e.kind == EventKind::Over) && e.player.side() == TeamSide::Away && e.time > 3600.0) wide = true;
    }
    EXPECT_TRUE(held);
    EXPECT_TRUE(scored);
    EXPECT_TRUE(wide);
    EXPECT_TRUE(said(r.imported.diagnostics, "shot from 59 m is longer than the physics can strike it in the air")) << r.imported.diagnostics.text();
}

// A keeper who turns a shot round the post gives a corner: the data has the corner next, so the save is a
// parry out of play beside the post (not a catch), and both teams go to their places for the corner.
TEST(ImportCorpus, ASaveTheCornerFollowsIsTurnedRoundThePost) {
    const Baked r = importAndBake("wyscout-save-for-a-corner.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    const Timeline& tl = r.baked->timeline;
    const Script& s = tl.script();
    EXPECT_EQ(tl.scoreAt(tl.duration()), (std::array<int, 2>{0, 0}));
    const auto saved = std::find_if(s.moments.begin(), s.moments.end(), [](const Moment& m) { return m.title == "Keeper denies Striker"; });
    ASSERT_NE(saved, s.moments.end());
    EXPECT_NE(saved->caption.find("turns it round the post for a corner"), std::string::npos) << saved->caption;
    const auto save = std::find_if(saved->actions.begin(), saved->actions.end(), [](const Action& a) { return a.kind == ActionKind::Save; });
    ASSERT_NE(save, saved->actions.end());
    EXPECT_FALSE(save->holds);
    ASSERT_EQ(save->target.kind, KickTarget::Kind::Place);
    EXPECT_LT(save->target.place.x, 0.0);  // past the line of the goal Riverside defend in the first half
    EXPECT_GT(std::abs(save->target.place.y - pitch::kCentre.y), pitch::kGoalWidth / 2.0);

    const auto index = static_cast<int>(saved - s.moments.begin());
    const MomentSpan& span = tl.moments()[static_cast<std::size_t>(index)];
    bool parried = false;
    std::optional<double> out;
    for (const ObservedEvent& e : tl.events()) {
        if (e.moment != index) continue;
        if (e.kind == EventKind::Save) parried = true;
        if (parried && !out && (e.kind == EventKind::OutOfPlay || e.kind == EventKind::Wide)) out = e.time;
    }
    EXPECT_TRUE(parried);
    ASSERT_TRUE(out);
    // From then on the taker (Ari Mid) makes for the corner flag on that side.
    const PlayerId taker = *s.findPlayer("Ari Mid");
    const double whenOut = fromTheNearerFlag(tl, taker, *out);
    ASSERT_GE(whenOut, 0.0);
    EXPECT_LT(fromTheNearerFlag(tl, taker, span.end - 0.01), whenOut - 15.0);
}

// A shot a defender blocks and turns behind: the data has his touch end on the goal line, the ball out and
// the corner next, so his touch puts the ball past that line, and both teams go to their places for the
// corner: the taker makes for the flag (he ran on in open play before, away from it). The same where the
// data has no record of the ball going out (his touch is the last the moment has: it ended at his feet).
class BlockTurnedBehind : public testing::TestWithParam<std::string> {};

TEST_P(BlockTurnedBehind, GoesOutAndTheTeamsGoToTheirPlacesForTheCorner) {
    const Baked r = importAndBake(GetParam());
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    const Timeline& tl = r.baked->timeline;
    const Script& s = tl.script();
    const auto blocked = std::find_if(s.moments.begin(), s.moments.end(), [](const Moment& m) {
        return std::any_of(m.actions.begin(), m.actions.end(), [](const Action& a) { return a.kind == ActionKind::Shot; });
    });
    ASSERT_NE(blocked, s.moments.end());
    const PlayerId defender = *s.findPlayer("Back");
    const auto off = std::find_if(blocked->actions.begin(), blocked->actions.end(),
                                  [&](const Action& a) { return isKick(a.kind) && a.actor == defender; });
    ASSERT_NE(off, blocked->actions.end()) << "the block's touch is not played";
    ASSERT_EQ(off->target.kind, KickTarget::Kind::Place);
    EXPECT_LT(off->target.place.x, 0.0);  // past the line of the goal Riverside defend in the first half

    const auto index = static_cast<int>(blocked - s.moments.begin());
    const MomentSpan& span = tl.moments()[static_cast<std::size_t>(index)];
    std::optional<double> out;
    for (const ObservedEvent& e : tl.events()) {
        if (e.moment == index && !out && (e.kind == EventKind::OutOfPlay || e.kind == EventKind::Wide)) out = e.time;
    }
    ASSERT_TRUE(out);
    const PlayerId taker = *s.findPlayer("Ari Mid");
    const double whenOut = fromTheNearerFlag(tl, taker, *out);
    ASSERT_GE(whenOut, 0.0);
    EXPECT_LT(fromTheNearerFlag(tl, taker, span.end - 0.01), whenOut - 10.0);
}

INSTANTIATE_TEST_SUITE_P(ImportCorpus, BlockTurnedBehind,
                         testing::Values("wyscout-block-for-a-corner.json", "wyscout-block-no-ball-out.json"));

TEST(ImportCorpus, ANullSquadEntryAndAStrangerAreWarnings) {
    const Baked r = importAndBake("wyscout-null-squad.json", "wyscout-goal-records.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    EXPECT_TRUE(said(r.imported.diagnostics, "players.10[4]: a squad entry with no player (null); skipped"))
        << r.imported.diagnostics.text();
    EXPECT_TRUE(said(r.imported.diagnostics, "events[8].playerId: player 299 is in no squad list"))
        << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
}

TEST(ImportCorpus, PlaceholderAndOffPitchPositionsAreUnknown) {
    const Baked r = importAndBake("wyscout-placeholders.json", "wyscout-goal-records.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    EXPECT_TRUE(said(r.imported.diagnostics, "events[0].positions[0]: a position off the pitch's 0-100 range"))
        << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    EXPECT_EQ(countedGoals(r.baked->timeline), 1);
}

TEST(ImportCorpus, AMatchThatEndsWithAShot) {
    const Baked r = importAndBake("wyscout-last-event-shot.json");  // no records: from the events alone
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    EXPECT_TRUE(said(r.imported.diagnostics, "no match records")) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    // The last shot still has time to end in the net before the final whistle.
    EXPECT_EQ(r.baked->timeline.scoreAt(r.baked->timeline.duration()), (std::array<int, 2>{1, 1}));
}

// The data stops at 10:05 of the first half and 0:01 of the second (a file cut short): each half still
// lasts its 45 minutes, and the whistles that end them are blown at their ends.
TEST(ImportCorpus, DataThatStopsEarlyInAHalfStillPlaysTheWholeHalf) {
    const Baked r = importAndBake("wyscout-cut-short.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    const Script& s = *r.imported.script;
    EXPECT_DOUBLE_EQ(s.clock.periodEnd(Period::FirstHalf), MatchClock::kHalfLength);
    EXPECT_DOUBLE_EQ(s.clock.totalLength(), 2.0 * MatchClock::kHalfLength);
    int whistles = 0;
    for (const Marker& m : s.markers) {
        if (m.action.kind != ActionKind::Whistle) continue;
        ++whistles;
        const double end = m.action.whistle == WhistleKind::HalfTime ? s.clock.periodEnd(Period::FirstHalf) : s.clock.totalLength();
        EXPECT_DOUBLE_EQ(m.matchTime, end);
    }
    EXPECT_EQ(whistles, 2);
    EXPECT_EQ(countedGoals(r.baked->timeline), 1);
}

TEST(ImportCorpus, ARedCardLeavesTen) {
    const Baked r = importAndBake("wyscout-red-card.json", "wyscout-goal-records.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    const Timeline& tl = r.baked->timeline;
    // He is sent off at 20:00, in a moment of his own: he leaves the pitch when it ends.
    const auto before = tl.lineup().onPitchAt(1199.0).size();
    const auto after = tl.lineup().onPitchAt(1215.0).size();
    EXPECT_EQ(before, after + 1);
    bool redCard = false;
    for (const Moment& m : tl.script().moments) redCard = redCard || m.title == "Abe Back is sent off";
    EXPECT_TRUE(redCard);
}

TEST(ImportCorpus, StatsBombWithItsLineupsBeside) {
    const Baked r = importAndBake("90001_events.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
    const Script& s = r.baked->timeline.script();
    EXPECT_EQ(s.teams[0].name, "North");
    EXPECT_EQ(s.teams[0].players[3].number, 9);         // shirt numbers from the line-ups
    EXPECT_EQ(s.teams[0].players[3].name, "Striker");   // the nickname's surname
    EXPECT_EQ(r.baked->timeline.scoreAt(r.baked->timeline.duration()), (std::array<int, 2>{1, 0}));
}

// Found by the import fuzzer: a Starting XI entry without a player, and one player id in both teams'
// line-ups. Each is a warning at its place; the player stays with the first team that named him.
TEST(ImportCorpus, ALineUpEntryWithoutAPlayerOrInBothTeamsIsLeftOut) {
    const Baked r = importAndBake("statsbomb-bad-lineup.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    EXPECT_TRUE(said(r.imported.diagnostics, "[0].tactics.lineup[2]: expected a player {id, name}"))
        << r.imported.diagnostics.text();
    EXPECT_TRUE(said(r.imported.diagnostics, "[1].tactics.lineup[3]: player 2 already plays for North; left out here"))
        << r.imported.diagnostics.text();
    const Script& s = *r.imported.script;
    for (const Player& p : s.teams[1].players) EXPECT_NE(p.name, "Back");
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
}

// Also from the fuzzer: numbers no int holds where the data has ids, shirts and formations (an event
// type of 3.5e40 was cast to int). The event is skipped with a warning; the shirt and formation unknown.
TEST(ImportCorpus, NumbersNoIntHoldsAreNotIds) {
    const Baked r = importAndBake("statsbomb-numbers-out-of-range.json");
    ASSERT_TRUE(r.imported.ok()) << r.imported.diagnostics.text();
    EXPECT_TRUE(said(r.imported.diagnostics, "[2]: expected an event with type, period and timestamp; skipped"))
        << r.imported.diagnostics.text();
    const Script& s = *r.imported.script;
    EXPECT_EQ(s.teams[0].players[1].number, 0);
    EXPECT_EQ(s.teams[1].formation, "");
    ASSERT_TRUE(r.baked && r.baked->ok()) << r.baked->diagnostics.text();
}

}  // namespace
}  // namespace touchline
