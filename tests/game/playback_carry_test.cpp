// A new timeline of the same match (an edit re-baked it, event data's whole match arrived): the
// playback goes on as it was. No window.
#include <gtest/gtest.h>

#include "support/sample_match.h"
#include "timeline/bake.h"
#include "viewer/viewer_state.h"

namespace touchline {
namespace {

TEST(PlaybackCarry, ANewTimelineKeepsTimeSpeedDirectionLoopAndPlay) {
    const BakeResult baked = bake(testing::sampleScript());
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    Playback old = makePlayback(tl);
    const double into = tl.moments().front().start + 3.0;
    old.seek(into);
    old.setSpeed(0.5);
    old.toggleLoop();
    old.play(-1);

    const Playback next = makePlayback(tl, old);
    EXPECT_DOUBLE_EQ(next.time(), into);
    EXPECT_DOUBLE_EQ(next.speed(), 0.5);
    EXPECT_TRUE(next.looping());
    EXPECT_TRUE(next.playing());
    EXPECT_TRUE(next.reversed());
    EXPECT_FALSE(next.inHighlights());

    // Paused stays paused; highlights mode stays on.
    old.pause();
    old.toggleHighlights();
    old.pause();
    const Playback reel = makePlayback(tl, old);
    EXPECT_TRUE(reel.inHighlights());
    EXPECT_FALSE(reel.playing());
    EXPECT_DOUBLE_EQ(reel.time(), old.time());
}

}  // namespace
}  // namespace touchline
