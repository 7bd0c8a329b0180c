// Playback: every command the keyboard and the panel give, without a window.
#include <gtest/gtest.h>

#include "support/sample_match.h"
#include "viewer/playback.h"

namespace touchline {
namespace {

// Two moments: one at 10:00 lasting 12 s, one at 90+1' lasting 10 s; stoppage 2 and 4 minutes.
class PlaybackTest : public ::testing::Test {
protected:
    MatchClock clock{120.0, 240.0};
    double second = clock.periodStart(Period::SecondHalf);
    std::vector<MomentSpan> spans{{600.0, 612.0}, {second + 2700.0, second + 2710.0}};
    Playback playback{clock.totalLength(), spans, clock};
};

TEST_F(PlaybackTest, StartsAtTheFirstMomentPaused) {
    EXPECT_DOUBLE_EQ(playback.time(), 600.0);
    EXPECT_FALSE(playback.playing());
    EXPECT_EQ(playback.currentMoment(), 0);
}

TEST_F(PlaybackTest, PlaysAtItsSpeedAndBackwards) {
    playback.togglePlay();
    playback.update(1.0);
    EXPECT_DOUBLE_EQ(playback.time(), 601.0);
    playback.setSpeed(0.5);
    playback.update(1.0);
    EXPECT_DOUBLE_EQ(playback.time(), 601.5);
    playback.play(-1);
    playback.update(1.0);
    EXPECT_DOUBLE_EQ(playback.time(), 601.0);
}

TEST_F(PlaybackTest, SpeedStaysWithinATenthAndFourTimes) {
    for (int i = 0; i < 20; ++i) playback.faster();
    EXPECT_DOUBLE_EQ(playback.speed(), 4.0);
    for (int i = 0; i < 20; ++i) playback.slower();
    EXPECT_DOUBLE_EQ(playback.speed(), 0.1);
    playback.setSpeed(99.0);
    EXPECT_DOUBLE_EQ(playback.speed(), 4.0);
}

TEST_F(PlaybackTest, PlayingSkipsTheMinutesBetweenMoments) {
    playback.togglePlay();
    playback.update(13.0);  // past the first moment's end
    EXPECT_EQ(playback.currentMoment(), 1);
    EXPECT_DOUBLE_EQ(playback.time(), spans[1].start);
}

TEST_F(PlaybackTest, LoopWrapsTheMomentBothWays) {
    playback.toggleLoop();
    playback.togglePlay();
    playback.update(12.5);
    EXPECT_DOUBLE_EQ(playback.time(), 600.0);
    playback.play(-1);
    playback.update(0.5);
    EXPECT_DOUBLE_EQ(playback.time(), 612.0);
}

TEST_F(PlaybackTest, FrameStepsPauseAndMoveBySixtiethsOfASecond) {
    playback.togglePlay();
    playback.stepFrames(3);
    EXPECT_FALSE(playback.playing());
    EXPECT_NEAR(playback.time(), 600.05, 1e-9);
    playback.stepFrames(-3);
    EXPECT_NEAR(playback.time(), 600.0, 1e-9);
}

TEST_F(PlaybackTest, PageUpAndDownMoveBetweenMoments) {
    playback.nextMoment();
    EXPECT_EQ(playback.currentMoment(), 1);
    playback.nextMoment();  // nothing after the last
    EXPECT_EQ(playback.currentMoment(), 1);
    playback.seekBy(5.0);
    playback.previousMoment();  // first back to this moment's start
    EXPECT_DOUBLE_EQ(playback.time(), spans[1].start);
    playback.previousMoment();
    EXPECT_EQ(playback.currentMoment(), 0);
}

TEST_F(PlaybackTest, JumpsToATypedTime) {
    // The sample match has the same stoppage, and koulibaly-winner at 90+1'.
    const Script script = testing::sampleScript();
    ASSERT_TRUE(playback.jumpTo("91", script).ok());
    EXPECT_DOUBLE_EQ(playback.time(), spans[1].start);
    ASSERT_TRUE(playback.jumpTo("90+1", script).ok());
    EXPECT_DOUBLE_EQ(playback.time(), spans[1].start);
    ASSERT_TRUE(playback.jumpTo("44:30", script).ok());
    EXPECT_DOUBLE_EQ(playback.time(), 44 * 60.0 + 30.0);
    ASSERT_TRUE(playback.jumpTo("10:02.5", script).ok());
    EXPECT_DOUBLE_EQ(playback.time(), 602.5);
    ASSERT_TRUE(playback.jumpTo("koulibaly-winner+2.9", script).ok());
    EXPECT_DOUBLE_EQ(playback.time(), spans[1].start + 2.9);
    EXPECT_EQ(playback.currentMoment(), 1);
}

TEST_F(PlaybackTest, AClockThatDoesNotExistGivesAMessageNotAJump) {
    playback.seek(700.0);
    const Script script = testing::sampleScript();
    const Status jumped = playback.jumpTo("90+9", script);
    ASSERT_FALSE(jumped.ok());
    EXPECT_NE(jumped.error().message.find("ended at 90+4:00"), std::string::npos) << jumped.error().message;
    EXPECT_FALSE(playback.jumpTo("half past nine", script).ok());
    EXPECT_FALSE(playback.jumpTo("", script).ok());
    EXPECT_FALSE(playback.jumpTo("koulibaly-winer+1", script).ok());
    EXPECT_DOUBLE_EQ(playback.time(), 700.0);
}

TEST_F(PlaybackTest, HighlightsPlayEveryMomentWithATitleCardFirst) {
    playback.goToStart();
    playback.toggleHighlights();
    ASSERT_TRUE(playback.inHighlights());
    EXPECT_TRUE(playback.playing());
    auto reel = playback.reelPosition();
    ASSERT_TRUE(reel);
    EXPECT_TRUE(reel->titleCard);
    EXPECT_EQ(reel->moment, 0);
    playback.update(HighlightReel::kTitleCardSeconds + 1.0);
    reel = playback.reelPosition();
    EXPECT_FALSE(reel->titleCard);
    EXPECT_DOUBLE_EQ(playback.time(), 601.0);
    playback.update(11.0 + 1.0);  // the end of moment 0, then into moment 1's card
    reel = playback.reelPosition();
    EXPECT_TRUE(reel->titleCard);
    EXPECT_EQ(reel->moment, 1);
}

TEST_F(PlaybackTest, HomeAndEndGoToTheMatchEnds) {
    playback.goToEnd();
    EXPECT_DOUBLE_EQ(playback.time(), clock.totalLength());
    playback.goToStart();
    EXPECT_DOUBLE_EQ(playback.time(), 0.0);
}

}  // namespace
}  // namespace touchline
