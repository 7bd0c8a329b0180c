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

}  // namespace
}  // namespace touchline::sim
