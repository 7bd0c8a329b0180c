// Passages in replay scripts: read in the file or from a file of their own beside it, restarts and
// stops, the team shape asked for by a moment, validated, and written back to an equal Script.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "script/loader.h"
#include "script/script_writer.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

using testing::at;
using testing::fixture;
using testing::hasError;
using testing::load;
using testing::loadsCleanly;

constexpr std::string_view kPassages = R"(
passages:
  - clock: "0:00"
    duration: 12
    restart: { kick-off: Striker, at: [52.5, 34] }
    stop: { at: 9.5, why: out }
    actions:
      - { at: 0.5, pass: Striker, to: [45, 30], arrive: 1.5 }
      - { at: 2.0, pass: Anchor, to: [60, 66], arrive: 4.0 }
  - clock: "0:12"
    duration: 20
    restart: { throw-in: Fullback, at: [62, 68] }
    actions:
      - { at: 1.0, pass: Fullback, to: [55, 60], arrive: 2.0 }
)";

TEST(Passages, ReadWithTheirRestartsAndStops) {
    const LoadResult r = load(fixture() + std::string(kPassages));
    ASSERT_TRUE(loadsCleanly(r));
    const Script& s = r.script;
    ASSERT_EQ(s.passages.size(), 2u);
    const Moment& first = s.passages[0];
    EXPECT_EQ(first.offBall, OffBall::Shape);
    ASSERT_TRUE(first.restart.has_value());
    EXPECT_EQ(first.restart->kind, RestartKind::KickOff);
    EXPECT_EQ(first.restart->taker, *s.findPlayer("Striker"));
    EXPECT_EQ(first.restart->at, (Vec2{52.5, 34.0}));
    ASSERT_TRUE(first.stop.has_value());
    EXPECT_EQ(first.stop->kind, StopKind::Out);
    EXPECT_DOUBLE_EQ(first.stop->at, 9.5);
    EXPECT_EQ(first.actions.size(), 2u);
    EXPECT_DOUBLE_EQ(s.passages[1].matchTime, 12.0);
    EXPECT_EQ(s.passages[1].restart->kind, RestartKind::ThrowIn);
    EXPECT_FALSE(s.passages[1].stop.has_value());
    EXPECT_TRUE(s.moments.empty());
}

TEST(Passages, AMomentAsksForTheTeamShape) {
    const std::string text = fixture(R"(  - id: shaped
    clock: "10:00"
    title: Shaped
    off_ball: shape
    restart: { corner: Winger, at: [104.5, 0.5] }
    actions:
      - { at: 0.5, corner: Winger, to: [99, 34], arrive: 1.6, style: lofted }
)");
    const LoadResult r = load(text);
    ASSERT_TRUE(loadsCleanly(r));
    EXPECT_EQ(r.script.moments[0].offBall, OffBall::Shape);
    EXPECT_EQ(r.script.moments[0].restart->kind, RestartKind::Corner);
    const LoadResult still = load(fixture("  - { id: still, clock: \"10:00\", title: Still }\n"));
    ASSERT_TRUE(loadsCleanly(still));
    ASSERT_EQ(still.script.moments.size(), 1u);
    EXPECT_EQ(still.script.moments[0].offBall, OffBall::Stand);
}

TEST(Passages, MistakesAreLocated) {
    const std::string overlapping = fixture() + R"(
passages:
  - clock: "0:00"
    duration: 15
    actions: []
  - clock: "0:12"
    duration: 20
    stop: { at: 21, why: foul }
    restart: { throw-in: Nobody, at: [62, 68] }
)";
    const LoadResult r = load(overlapping);
    EXPECT_TRUE(hasError(r, at(overlapping, "clock: \"0:12\""), "starts before the one before it ends"));
    EXPECT_TRUE(hasError(r, at(overlapping, "{ at: 21"), "after the passage ends"));
    EXPECT_TRUE(hasError(r, at(overlapping, "Nobody"), "Nobody"));
    const std::string unknownWhy = fixture() + R"(
passages:
  - { clock: "0:00", duration: 5, stop: { at: 2, why: rain } }
)";
    EXPECT_TRUE(hasError(load(unknownWhy), at(unknownWhy, "rain"), "rain"));
    const std::string titled = fixture() + R"(
passages:
  - { clock: "0:00", duration: 5, title: No }
)";
    EXPECT_TRUE(hasError(load(titled), at(titled, "title"), "title"));
}

TEST(Passages, AnOffsideStopNamesWhoWasCaught) {
    const std::string named = fixture() + R"(
passages:
  - { clock: "0:00", duration: 8, stop: { at: 6, why: offside, player: Maestro } }
)";
    const LoadResult r = load(named);
    ASSERT_TRUE(loadsCleanly(r));
    ASSERT_TRUE(r.script.passages[0].stop.has_value());
    EXPECT_EQ(r.script.passages[0].stop->player, *r.script.findPlayer("Maestro"));
    // Written back as it was read.
    const LoadResult again = parseScript(writeScript(r.script), "again.yaml");
    ASSERT_TRUE(loadsCleanly(again));
    EXPECT_TRUE(again.script == r.script);
    Script other = r.script;
    other.passages[0].stop->player = *r.script.findPlayer("Striker");
    EXPECT_FALSE(other == r.script);

    const std::string misspelt = fixture() + R"(
passages:
  - { clock: "0:00", duration: 8, stop: { at: 6, why: offside, player: Maestrro } }
)";
    EXPECT_TRUE(hasError(load(misspelt), at(misspelt, "Maestrro"), "did you mean 'Maestro'"));
    const std::string notOffside = fixture() + R"(
passages:
  - { clock: "0:00", duration: 8, stop: { at: 6, why: out, player: Maestro } }
)";
    EXPECT_TRUE(hasError(load(notOffside), at(notOffside, "Maestro } }"), "caught offside"));
}

Script withPassages() {
    LoadResult r = load(fixture() + std::string(kPassages));
    EXPECT_TRUE(r.ok()) << r.diagnostics.text();
    return r.script;
}

TEST(Passages, RoundTripThroughTheWriter) {
    const Script s = withPassages();
    const std::string text = writeScript(s);
    const LoadResult again = parseScript(text, "again.yaml");
    ASSERT_TRUE(loadsCleanly(again)) << text;
    EXPECT_TRUE(again.script == s);
    // And equality sees them: a different stop is a different script.
    Script other = s;
    other.passages[0].stop->at = 9.0;
    EXPECT_FALSE(other == s);
    other = s;
    other.passages[1].restart->taker = *s.findPlayer("Tower");
    EXPECT_FALSE(other == s);
}

TEST(Passages, KeptInAFileOfTheirOwnBesideTheScript) {
    const auto dir = std::filesystem::temp_directory_path() / ("touchline-passages-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    Script s = withPassages();
    s.passagesFile = "match.passages.yaml";
    {
        std::ofstream(dir / "match.yaml") << writeScript(s);
        std::ofstream(dir / "match.passages.yaml") << "# generated\n" << writePassages(s);
    }
    const LoadResult r = loadScript((dir / "match.yaml").string());
    ASSERT_TRUE(loadsCleanly(r));
    EXPECT_EQ(r.script.passagesFile, "match.passages.yaml");
    ASSERT_EQ(r.script.passages.size(), 2u);
    EXPECT_TRUE(r.script == s);

    // A mistake in that file is located in it; a missing one is said where the script names it.
    {
        std::ofstream(dir / "match.passages.yaml") << "passages:\n  - { clock: \"0:00\", duration: 5, restart: { corner: Ghost, at: [0, 0] } }\n";
    }
    const LoadResult bad = loadScript((dir / "match.yaml").string());
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.diagnostics.text().find("match.passages.yaml:2:"), std::string::npos) << bad.diagnostics.text();
    std::filesystem::remove(dir / "match.passages.yaml");
    const LoadResult missing = loadScript((dir / "match.yaml").string());
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.diagnostics.text().find("match.yaml:"), std::string::npos);
    EXPECT_NE(missing.diagnostics.text().find("cannot open the file"), std::string::npos) << missing.diagnostics.text();
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace touchline
