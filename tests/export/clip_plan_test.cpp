// Which instant each exported frame shows.
#include <gtest/gtest.h>

#include "timeline/clip_plan.h"

namespace touchline {
namespace {

TEST(ClipPlan, RangeAtFullSpeed) {
    auto plan = ClipPlan::range(100.0, 102.0, 50, 1.0);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->frameCount(), 100);
    EXPECT_DOUBLE_EQ(plan->seconds(), 2.0);
    EXPECT_DOUBLE_EQ(plan->frame(0).matchTime, 100.0);
    EXPECT_DOUBLE_EQ(plan->frame(50).matchTime, 101.0);
    EXPECT_EQ(plan->frame(10).titleCard, -1);
}

TEST(ClipPlan, SlowMotionStretchesTheOutput) {
    auto plan = ClipPlan::range(100.0, 102.0, 50, 0.5);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->frameCount(), 200);
    EXPECT_DOUBLE_EQ(plan->frame(100).matchTime, 101.0);
    EXPECT_DOUBLE_EQ(plan->frame(199).matchTime, 101.99);
}

TEST(ClipPlan, AwkwardSpansRoundDown) {
    auto plan = ClipPlan::range(0.0, 0.7, 20, 1.0);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->frameCount(), 14);
    auto tiny = ClipPlan::range(0.0, 0.001, 20, 1.0);
    ASSERT_TRUE(tiny.ok());
    EXPECT_EQ(tiny->frameCount(), 1);  // never an empty clip
}

TEST(ClipPlan, BadRequests) {
    EXPECT_FALSE(ClipPlan::range(10.0, 10.0, 50, 1.0).ok());
    EXPECT_FALSE(ClipPlan::range(10.0, 5.0, 50, 1.0).ok());
    EXPECT_FALSE(ClipPlan::range(0.0, 5.0, 0, 1.0).ok());
    EXPECT_FALSE(ClipPlan::range(0.0, 5.0, 500, 1.0).ok());
    EXPECT_FALSE(ClipPlan::range(0.0, 5.0, 50, 0.0).ok());
    EXPECT_FALSE(ClipPlan::range(0.0, 5.0, 50, -1.0).ok());
    EXPECT_FALSE(ClipPlan::highlights({}, 50, 1.0).ok());
    auto nan = ClipPlan::range(0.0, 5.0, 50, std::nan(""));
    ASSERT_FALSE(nan.ok());
    EXPECT_NE(nan.error().message.find("speed"), std::string::npos);
}

TEST(ClipPlan, HighlightsShowTitleCardsThenMoments) {
    auto plan = ClipPlan::highlights({{100.0, 110.0}, {500.0, 504.0}}, 10, 1.0);
    ASSERT_TRUE(plan.ok());
    const double card = HighlightReel::kTitleCardSeconds;
    EXPECT_EQ(plan->frameCount(), static_cast<int>((card + 10.0 + card + 4.0) * 10));
    ClipFrame first = plan->frame(0);
    EXPECT_EQ(first.titleCard, 0);
    EXPECT_DOUBLE_EQ(first.matchTime, 100.0);
    ClipFrame inMoment = plan->frame(static_cast<int>((card + 3.0) * 10));
    EXPECT_EQ(inMoment.titleCard, -1);
    EXPECT_NEAR(inMoment.matchTime, 103.0, 1e-9);
    ClipFrame secondCard = plan->frame(static_cast<int>((card + 10.0 + 1.0) * 10));
    EXPECT_EQ(secondCard.titleCard, 1);
    EXPECT_NEAR(secondCard.cardProgress, 1.0 / card, 1e-9);
}

TEST(ClipPlan, SlowHighlightsKeepTitleCardsAtTheirLength) {
    auto plan = ClipPlan::highlights({{100.0, 110.0}}, 10, 0.5);
    ASSERT_TRUE(plan.ok());
    const double card = HighlightReel::kTitleCardSeconds;
    EXPECT_EQ(plan->frameCount(), static_cast<int>((card + 20.0) * 10));
    EXPECT_EQ(plan->frame(static_cast<int>(card * 10) - 1).titleCard, 0);
    EXPECT_EQ(plan->frame(static_cast<int>(card * 10) + 1).titleCard, -1);
    EXPECT_NEAR(plan->frame(static_cast<int>((card + 2.0) * 10)).matchTime, 101.0, 1e-9);
}

}  // namespace
}  // namespace touchline
