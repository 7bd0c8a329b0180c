// Loading valid scripts: every field of the format lands in the Script, with the documented defaults.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "script/loader.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

using testing::at;
using testing::fixture;
using testing::hasError;
using testing::load;
using testing::loadsCleanly;

const std::string kGoalMoment = R"(  - id: the-winner
    clock: "27:10"
    title: Striker finishes it
    caption: Maestro threads it through.
    ball: [70, 36]
    shape:
      Maestro: [70, 36]
      Striker: [80, 30]
    actions:
      - { at: 0.0, run: Striker, to: [90, 31], by: 1.6 }
      - { at: 0.2, pass: Maestro, to: [90, 31], arrive: 1.6 }
      - { at: 1.6, shot: Striker, to: { goal: right, y: 36.4, z: 0.3 }, speed: 24 }
)";

TEST(Loader, ReadsTheMatchAndTheTeams) {
    const LoadResult r = load(fixture());
    ASSERT_TRUE(loadsCleanly(r));
    const Script& s = r.script;
    EXPECT_EQ(s.path, "test.yaml");
    EXPECT_EQ(s.format, 1);
    EXPECT_EQ(s.match.competition, "Test Cup");
    EXPECT_EQ(s.match.date, "2024-05-01");
    EXPECT_EQ(s.match.venue, "Test Ground");
    EXPECT_EQ(s.match.finalScore, (std::array<int, 2>{1, 0}));
    EXPECT_EQ(s.match.homeAttacksFirstHalf, pitch::End::Right);
    EXPECT_DOUBLE_EQ(s.clock.stoppage(Period::FirstHalf), 60.0);
    EXPECT_DOUBLE_EQ(s.clock.stoppage(Period::SecondHalf), 180.0);
    EXPECT_EQ(s.teams[0].key, "reds");
    EXPECT_EQ(s.teams[1].name, "Blues");
    EXPECT_EQ(s.teams[1].shortName, "BLU");
    EXPECT_EQ(s.teams[0].kit.shirt, (Rgba{0xc6, 0x28, 0x28, 255}));
    EXPECT_EQ(s.teams[0].kit.stripes.a, 0);  // a plain shirt
    EXPECT_EQ(s.teams[1].goalkeeperKit.shirt, (Rgba{0xff, 0xeb, 0x3b, 255}));
    ASSERT_EQ(s.teams[0].players.size(), 12u);
    const Player& keeper = s.teams[0].players[0];
    EXPECT_EQ(keeper.name, "Keeper");
    EXPECT_TRUE(keeper.isGoalkeeper());
    EXPECT_TRUE(keeper.starter);
    EXPECT_EQ(keeper.formationSpot, (Vec2{4, 34}));
    EXPECT_EQ(keeper.where.line, 18);
    EXPECT_FALSE(s.teams[0].players[11].starter);
    EXPECT_EQ(s.findPlayer("striker"), (PlayerId{0, 9}));
}

TEST(Loader, ReadsAMomentWithItsActions) {
    const std::string text = fixture(kGoalMoment);
    const LoadResult r = load(text);
    ASSERT_TRUE(loadsCleanly(r));
    ASSERT_EQ(r.script.moments.size(), 1u);
    const Moment& m = r.script.moments[0];
    EXPECT_EQ(m.id, "the-winner");
    EXPECT_EQ(m.title, "Striker finishes it");
    EXPECT_EQ(m.caption, "Maestro threads it through.");
    EXPECT_EQ(m.clock, (ClockReading{Period::FirstHalf, 27 * 60.0 + 10.0}));
    EXPECT_DOUBLE_EQ(m.matchTime, 1630.0);
    EXPECT_DOUBLE_EQ(m.duration, 3.6);  // two seconds after the last action
    EXPECT_EQ(m.ball, (Vec2{70, 36}));
    ASSERT_EQ(m.shape.size(), 2u);
    EXPECT_EQ(m.shape[1].player, (PlayerId{0, 9}));
    EXPECT_EQ(m.shape[1].position, (Vec2{80, 30}));
    ASSERT_EQ(m.actions.size(), 3u);

    const Action& run = m.actions[0];
    EXPECT_EQ(run.kind, ActionKind::Run);
    EXPECT_EQ(run.actor, (PlayerId{0, 9}));
    EXPECT_EQ(run.to, (Vec2{90, 31}));
    EXPECT_DOUBLE_EQ(run.by, 1.6);
    EXPECT_EQ(at(text, "{ at: 0.0, run"), "test.yaml:" + std::to_string(run.where.line) + ":" + std::to_string(run.where.column));

    const Action& pass = m.actions[1];
    EXPECT_EQ(pass.kind, ActionKind::Pass);
    EXPECT_EQ(pass.style, KickStyle::Ground);
    EXPECT_EQ(pass.target.kind, KickTarget::Kind::Place);
    EXPECT_EQ(pass.target.place, (Vec2{90, 31}));
    EXPECT_EQ(pass.arrive, 1.6);
    EXPECT_FALSE(pass.speed);

    const Action& shot = m.actions[2];
    EXPECT_EQ(shot.style, KickStyle::Driven);
    EXPECT_EQ(shot.target.kind, KickTarget::Kind::Goal);
    EXPECT_EQ(shot.target.goal, pitch::End::Right);
    EXPECT_EQ(shot.target.place, (Vec2{105, 36.4}));
    EXPECT_DOUBLE_EQ(shot.target.height, 0.3);
    EXPECT_EQ(shot.speed, 24.0);
    EXPECT_TRUE(m.animated());
}

TEST(Loader, KickTargetsAndStyles) {
    const LoadResult r = load(fixture(R"(  - id: corner
    clock: "90+1'"
    title: A corner
    duration: 9
    actions:
      - { at: 0.4, corner: Winger, to: { player: Striker, height: 2.4 }, arrive: 2.6 }
      - { at: 2.6, header: Striker, to: [104, 33, 1.5], speed: 14, height: 2.4 }
      - { at: 3.0, save: Gloves, to: [100, 60], speed: 12 }
      - { at: 4.0, cross: Flyer, to: { player: Maestro }, arrive: 5.5, style: driven }
      - { at: 5.5, volley: Maestro, to: { goal: right, y: 33 }, speed: 30 }
      - { at: 6.0, save: Gloves, holds: true }
)"));
    ASSERT_TRUE(loadsCleanly(r));
    const auto& a = r.script.moments[0].actions;
    EXPECT_DOUBLE_EQ(r.script.moments[0].matchTime, 2760.0 + 2700.0);
    EXPECT_DOUBLE_EQ(r.script.moments[0].duration, 9.0);
    EXPECT_EQ(a[0].style, KickStyle::Lofted);
    EXPECT_EQ(a[0].target.kind, KickTarget::Kind::Player);
    EXPECT_EQ(a[0].target.player, (PlayerId{0, 9}));
    EXPECT_DOUBLE_EQ(a[0].target.height, 2.4);
    EXPECT_EQ(a[1].style, KickStyle::Driven);
    EXPECT_EQ(a[1].target.place, (Vec2{104, 33}));
    EXPECT_DOUBLE_EQ(a[1].target.height, 1.5);
    EXPECT_EQ(a[1].contactHeight, 2.4);
    EXPECT_FALSE(a[2].holds);
    EXPECT_EQ(a[2].style, KickStyle::Driven);
    EXPECT_EQ(a[2].target.place, (Vec2{100, 60}));
    EXPECT_EQ(a[3].style, KickStyle::Driven);
    EXPECT_DOUBLE_EQ(a[3].target.height, 0.0);  // a player's feet unless a height is given
    EXPECT_DOUBLE_EQ(a[4].target.height, 0.0);
    EXPECT_TRUE(a[5].holds);
}

TEST(Loader, DefaultDurationCountsArrivalsAndStillsLastFourSeconds) {
    const LoadResult r = load(fixture(R"(  - id: long-ball
    clock: "10'"
    title: A long ball
    actions:
      - { at: 0.5, pass: Keeper, to: [80, 30], arrive: 4.5, style: lofted }
  - id: change
    clock: "20'"
    title: A change
    actions:
      - { at: 0.5, substitution: Spare, off: Striker }
  - id: quiet
    clock: "30'"
    title: Nothing happens
)"));
    ASSERT_TRUE(loadsCleanly(r));
    EXPECT_DOUBLE_EQ(r.script.moments[0].duration, 6.5);
    EXPECT_DOUBLE_EQ(r.script.moments[1].duration, 4.0);
    EXPECT_FALSE(r.script.moments[1].animated());
    EXPECT_DOUBLE_EQ(r.script.moments[2].duration, 4.0);
}

TEST(Loader, MarkersAreHeldInClockOrder) {
    const LoadResult r = load(fixture({}, R"(  - { clock: "45+1:00", whistle: half-time }
  - { clock: "9:10", card: Tower, colour: yellow, note: a late one }
  - { clock: "9'", substitution: Spare, off: Striker }
  - { clock: "30'", injury: Rock }
  - { clock: "31'", foul: Rock, on: Maestro }
  - { clock: "90+3:00", whistle: full-time }
)"));
    ASSERT_TRUE(loadsCleanly(r));
    const auto& m = r.script.markers;
    ASSERT_EQ(m.size(), 6u);
    EXPECT_EQ(m[0].action.kind, ActionKind::Substitution);
    EXPECT_EQ(m[0].action.actor, (PlayerId{0, 11}));
    EXPECT_EQ(m[0].action.other, (PlayerId{0, 9}));
    EXPECT_EQ(m[1].action.kind, ActionKind::Card);
    EXPECT_EQ(m[1].action.card, CardColour::Yellow);
    EXPECT_EQ(m[1].note, "a late one");
    EXPECT_DOUBLE_EQ(m[1].matchTime, 550.0);
    EXPECT_EQ(m[2].action.kind, ActionKind::Injury);
    EXPECT_EQ(m[3].action.other, (PlayerId{0, 10}));
    EXPECT_EQ(m[4].action.whistle, WhistleKind::HalfTime);
    EXPECT_FALSE(m[4].action.actor.valid());
    EXPECT_EQ(m[5].action.whistle, WhistleKind::FullTime);
    EXPECT_DOUBLE_EQ(m[5].matchTime, 2760.0 + 2700.0 + 180.0);  // the end of the match
}

TEST(Loader, ASubstituteWithoutASpotTakesTheSpotOfThePlayerHeReplaces) {
    const LoadResult r = load(fixture({}, "  - { clock: \"60'\", substitution: Spare, off: Striker }\n"
                                          "  - { clock: \"70'\", substitution: Bench, off: Holder }\n"));
    ASSERT_TRUE(loadsCleanly(r));
    EXPECT_EQ(r.script.teams[0].players[11].formationSpot, (Vec2{62, 30}));
    EXPECT_EQ(r.script.teams[1].players[11].formationSpot, (Vec2{40, 30}));  // Bench gave his own
}

TEST(Loader, TeamsChangeEndsAtHalfTime) {
    const LoadResult r = load(fixture());
    ASSERT_TRUE(loadsCleanly(r));
    const Script& s = r.script;
    const PlayerId right{0, 1};  // the reds' right back, [30, 8]
    EXPECT_EQ(s.shapePosition(right, 100.0), (Vec2{30, 8}));
    EXPECT_EQ(s.shapePosition(right, 3000.0), (Vec2{75, 60}));
    EXPECT_EQ(s.shapePosition(PlayerId{1, 1}, 100.0), (Vec2{75, 60}));
}

TEST(Loader, NamesMatchWithoutAccentsAndColumnsCountCharacters) {
    std::string text = fixture(R"(  - id: accents
    clock: "5'"
    title: Accents
    actions:
      - { at: 0, run: callejon, to: [50, 30], by: 2 }
      - { at: 2, pass: Callejón, to: { player: Strikr }, arrive: 3 }
)");
    text.replace(text.find("name: Winger"), 12, "name: Callejón");
    const LoadResult r = load(text);
    EXPECT_EQ(r.script.moments.size(), 1u);
    EXPECT_EQ(r.script.moments[0].actions.size(), 1u);
    EXPECT_EQ(r.script.moments[0].actions[0].actor, (PlayerId{0, 5}));
    // The column after "Callejón" counts the ó once, as an editor does.
    EXPECT_TRUE(hasError(r, at(text, "Strikr"), "unknown player 'Strikr' (did you mean 'Striker'?)"));
}

TEST(Loader, LoadsFromAFile) {
    const auto dir = std::filesystem::temp_directory_path() / "touchline_loader_test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "reds-blues.yaml").string();
    std::ofstream(path) << fixture(kGoalMoment);
    const LoadResult r = loadScript(path);
    EXPECT_TRUE(loadsCleanly(r));
    EXPECT_EQ(r.script.path, path);
    EXPECT_EQ(r.script.moments.size(), 1u);

    const LoadResult missing = loadScript((dir / "nowhere.yaml").string());
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.diagnostics.text().find("cannot open"), std::string::npos);
    const LoadResult directory = loadScript(dir.string());
    ASSERT_FALSE(directory.ok());
    EXPECT_NE(directory.diagnostics.text().find("directory"), std::string::npos);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace touchline
