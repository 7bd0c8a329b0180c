// A team's size (eleven starters, a bench of at most fifteen) and the whistles that end a half: blown
// at its very end, and shown as that half's last minute.
#include <gtest/gtest.h>

#include "support/script_fixture.h"
#include "timeline/bake.h"
#include "timeline/event_text.h"

namespace touchline {
namespace {

using testing::at;
using testing::fixture;
using testing::hasError;
using testing::hasWarning;
using testing::load;
using testing::loadsCleanly;

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    if (pos != std::string::npos) text.replace(pos, from.size(), to);
    return text;
}

// `count` more players in the line-up after `after`, numbered from 40.
std::string withExtraPlayers(std::string text, std::string_view after, int count) {
    std::string extra;
    for (int i = 0; i < count; ++i) {
        extra += "      - { number: " + std::to_string(40 + i) + ", name: Extra" + std::to_string(i) +
                 ", position: CM, spot: [40, " + std::to_string(5 + i) + "] }\n";
    }
    const auto pos = text.find(after);
    EXPECT_NE(pos, std::string::npos) << after;
    text.insert(text.find('\n', pos) + 1, extra);
    return text;
}

TEST(Squads, MoreThanElevenStartersIsAnError) {
    const std::string twelve =
        withExtraPlayers(fixture(), "{ number: 10, name: Maestro, position: CF, spot: [60, 40] }", 1);
    EXPECT_TRUE(hasError(load(twelve), at(twelve, "name: Reds"), "Reds start with 12 players"));
    const std::string ninetyNine =
        withExtraPlayers(fixture(), "{ number: 10, name: Dribbler, position: CF, spot: [61, 41] }", 88);
    EXPECT_TRUE(hasError(load(ninetyNine), at(ninetyNine, "name: Blues"), "Blues start with 99 players"));
    // Fewer than eleven is still only a warning: a replay may leave out a player who never shows.
    const std::string ten = replaced(fixture(), "      - { number: 8, name: Engine, position: CM, spot: [45, 40] }\n", "");
    EXPECT_TRUE(hasWarning(load(ten), at(ten, "name: Reds"), "Reds start with 10 players"));
    EXPECT_TRUE(loadsCleanly(load(ten)));
}

TEST(Squads, ABenchHoldsAtMostFifteen) {
    const std::string spare = "      - { number: 12, name: Spare, position: CF }";
    const std::string fifteen = withExtraPlayers(fixture(), spare, 14);
    EXPECT_TRUE(loadsCleanly(load(fifteen)));
    const std::string sixteen = withExtraPlayers(fixture(), spare, 15);
    EXPECT_TRUE(hasError(load(sixteen), at(sixteen, "name: Reds"), "Reds name 16 substitutes (a bench holds at most 15)"));
}

// The fixture adds one minute to the first half and three to the second.
TEST(Whistles, HalfTimeIsBlownAtTheEndOfTheFirstHalf) {
    EXPECT_TRUE(loadsCleanly(load(fixture({}, "  - { clock: \"45+1:00\", whistle: half-time }\n"
                                              "  - { clock: \"90+3:00\", whistle: full-time }\n"))));
    const std::string second = fixture({}, "  - { clock: \"46:00\", whistle: half-time }\n");
    EXPECT_TRUE(hasError(load(second), at(second, "{ clock: \"46:00\""),
                         "the half-time whistle at 46:00 is in the second half (the first half ends at 45+1:00) "
                         "(blow it at \"45+1:00\""));
    const std::string early = fixture({}, "  - { clock: \"45+1'\", whistle: half-time }\n");
    EXPECT_TRUE(hasError(load(early), at(early, "{ clock: \"45+1'\""),
                         "the half-time whistle at 45+0:00 comes before the end of the first half"));
    const std::string fullTime = fixture({}, "  - { clock: \"44:00\", whistle: full-time }\n");
    EXPECT_TRUE(hasError(load(fullTime), at(fullTime, "{ clock: \"44:00\""),
                         "the full-time whistle at 44:00 is in the first half (the match ends at 90+3:00)"));
    // Other whistles go anywhere.
    EXPECT_TRUE(loadsCleanly(load(fixture({}, "  - { clock: \"46:00\", whistle: kick-off }\n"))));
}

TEST(Whistles, AWhistleInAMomentCountsFromTheMomentsStart) {
    const std::string atEnd = fixture("  - id: break\n    clock: \"45+0:56\"\n    title: T\n    duration: 4\n"
                                      "    actions:\n      - { at: 4.0, whistle: half-time }\n");
    EXPECT_TRUE(loadsCleanly(load(atEnd)));
    const std::string before = replaced(atEnd, "at: 4.0", "at: 3.0");
    EXPECT_TRUE(hasError(load(before), at(before, "{ at: 3.0"),
                         "the half-time whistle at 45+0:59 comes before the end of the first half"));
}

TEST(Whistles, TheWhistleThatEndsAHalfShowsAsItsLastMinute) {
    const std::string text = fixture("  - id: break\n    clock: \"45+0:56\"\n    title: T\n    duration: 4\n"
                                     "    actions:\n      - { at: 4.0, whistle: half-time }\n",
                                     "  - { clock: \"90+3:00\", whistle: full-time }\n");
    const LoadResult loaded = load(text);
    ASSERT_TRUE(loadsCleanly(loaded));
    const BakeResult baked = bake(loaded.script);
    std::vector<std::string> whistles;
    for (const ObservedEvent& e : baked.timeline.events()) {
        if (e.kind == EventKind::Whistle) whistles.push_back(eventMinute(loaded.script, e));
    }
    // The first half's end is also the second half's kick-off; the whistle belongs to the half it ends.
    EXPECT_EQ(whistles, (std::vector<std::string>{"45+1'", "90+3'"}));
}

}  // namespace
}  // namespace touchline
