#include <gtest/gtest.h>

#include "timeline/highlight_reel.h"

namespace touchline {
namespace {

TEST(HighlightReel, LaysOutTitleCardsThenMoments) {
    const HighlightReel reel({{100.0, 110.0}, {500.0, 520.0}}, 2.0);
    EXPECT_DOUBLE_EQ(reel.duration(), 2.0 + 10.0 + 2.0 + 20.0);
    ReelPosition p = reel.at(1.0);
    EXPECT_EQ(p.moment, 0);
    EXPECT_TRUE(p.titleCard);
    EXPECT_DOUBLE_EQ(p.cardProgress, 0.5);
    EXPECT_DOUBLE_EQ(p.matchTime, 100.0);
    p = reel.at(5.0);
    EXPECT_FALSE(p.titleCard);
    EXPECT_DOUBLE_EQ(p.matchTime, 103.0);
    p = reel.at(13.0);
    EXPECT_EQ(p.moment, 1);
    EXPECT_TRUE(p.titleCard);
    EXPECT_DOUBLE_EQ(reel.startOf(1), 12.0);
    EXPECT_DOUBLE_EQ(reel.reelTimeOf(510.0), 24.0);
    EXPECT_DOUBLE_EQ(reel.reelTimeOf(300.0), -1.0);
    EXPECT_DOUBLE_EQ(reel.at(1e9).matchTime, 520.0);
}

TEST(HighlightReel, EmptyReelIsHarmless) {
    const HighlightReel reel({});
    EXPECT_DOUBLE_EQ(reel.duration(), 0.0);
    EXPECT_EQ(reel.at(3.0).moment, -1);
}

}  // namespace
}  // namespace touchline
