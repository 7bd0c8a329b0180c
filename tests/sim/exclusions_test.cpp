// A player's body lets the ball through in spans of steps; a pass finds them with a moving index.
#include <gtest/gtest.h>

#include "sim/exclusions.h"

namespace touchline::sim {
namespace {

TEST(Exclusions, SpansAreSortedAndMergedWhereTheyOverlapOrTouch) {
    const std::vector<StepSpan> merged = mergeSpans({{50, 60}, {0, 10}, {11, 20}, {55, 70}, {100, 90}, {80, 85}});
    const std::vector<StepSpan> expected = {{0, 20}, {50, 70}, {80, 85}};  // the backward span is nothing
    EXPECT_EQ(merged, expected);
}

TEST(Exclusions, TheMovingIndexAnswersAsAScanWould) {
    const std::vector<StepSpan> spans = mergeSpans({{5, 9}, {20, 20}, {22, 40}, {100, 140}});
    SpanCursor cursor(spans);
    for (int step = 0; step < 200; ++step) {
        bool scanned = false;
        for (const StepSpan& s : spans) scanned = scanned || (step >= s.from && step <= s.to);
        EXPECT_EQ(cursor.contains(step), scanned) << step;
    }
}

TEST(Exclusions, AskingOnlyNowAndThenSkipsWhatWentBy) {
    const std::vector<StepSpan> spans = mergeSpans({{5, 9}, {20, 25}, {30, 31}});
    SpanCursor cursor(spans);
    EXPECT_FALSE(cursor.contains(0));
    EXPECT_FALSE(cursor.contains(28));
    EXPECT_TRUE(cursor.contains(31));
    EXPECT_TRUE(cursor.contains(31));  // the same step twice is fine
    EXPECT_FALSE(cursor.contains(32));
}

// A moment's bystander stops the ball with his body; in a passage nobody does, at any step: the data
// has every touch there, so a body the ball meets is one that let it go (sim/exclusions.h).
TEST(Exclusions, InAPassageEveryBodyLetsTheBallThrough) {
    MomentPlan plan;
    plan.steps = 2400;
    plan.players.resize(3);
    for (int i = 0; i < 3; ++i) plan.players[static_cast<std::size_t>(i)].id = PlayerId{0, i};
    const auto letsThrough = [&](std::size_t player, int step) {
        const std::vector<std::vector<StepSpan>> spans = exclusionSpans(plan);
        return SpanCursor(spans[player]).contains(step);
    };
    EXPECT_FALSE(letsThrough(1, 0));
    EXPECT_FALSE(letsThrough(2, 1200));
    plan.passage = true;
    for (std::size_t p = 0; p < 3; ++p) {
        for (int step : {0, 1, 1200, plan.steps - 1, plan.steps}) EXPECT_TRUE(letsThrough(p, step)) << p << " " << step;
    }
}

}  // namespace
}  // namespace touchline::sim
