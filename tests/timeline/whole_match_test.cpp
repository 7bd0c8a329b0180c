// Issue 13: every minute of a whole match moves. The bundled Juventus-Napoli carries passages made from
// the Wyscout data of the match (assets/replays/*.passages.yaml), so a fresh clone has them: sample it
// every second from kick-off to full time, and measure the whole match as a fan would judge it
// (timeline/plausibility.h).
//
// Not all of the thresholds hold yet. What does is asserted; what does not is held to where it
// stands today (a ceiling, like tests/import/event_fidelity_test.cpp's), so it can only get better, and
// the report is printed: the ball is off the pitch while the data has play go on for about 4% of the
// match (the physics' ball goes out where the data's stayed in, and 11 passages are cut short before a
// kick the physics cannot make), and some players sprint faster than anyone can to reach a touch the
// data puts far from where the team shape had them (or from their touch before).
#include <gtest/gtest.h>

#include <cstdio>

#include "app/replay_files.h"
#include "core/human_limits.h"
#include "script/loader.h"
#include "timeline/bake.h"
#include "timeline/plausibility.h"

namespace touchline {
namespace {

// Ceilings, as reached: a change that makes the whole match less believable fails here.
// of 5,771 (227 reached; 355 before the receiver of a passage's pass took it down instead of letting it
// run on; 1,056 before fewer passages were cut)
constexpr int kMostSecondsBallOffThePitch = 240;
// None reached (2 before a run bent to reach a touch in time was bent where he had speed to spare,
// sim/shape_stage.cpp arriveSmoothly: Callejón 13.2 m/s at 44:45, Hamšík 10.6; 3 before a passage's players went on with a moment that plays on after its whistle,
// sim/shape_follower.cpp; 8 before two who run the same way fast in a walk were pushed across their way and a step
// aside for a bent run was held to a run: timeline/seam_walk.cpp, sim/shape_stage.cpp; 9 before two who cross on a walk between a passage and a moment were no longer pushed
// round each other, keepWalkersApart; 11 before the bodies in a passage let the ball through: sim/exclusions.h; 16 before a walk into a moment a restart squeezes could start in the passage before; 17
// before play stopped early enough for the next restart's players to get there, 18
// before the walks between passages and moments were lengthened where the passage runs away from the
// moment (Timeline::seamLength); 23 before a sprint faster than anyone runs into a touch
// was a touch come too soon, which the import puts later)
constexpr int kMostPlayersOverASprint = 0;
// A corner's taker steps from where the team shape stands him to where he strikes the ball at the
// passage's first instant (0.51 m, Mário Rui at 63:15; twice, 0.5-0.65 m, before the closing shape stood
// a restart's taker at the ball rather than drawn towards his next touch, sim/shape_plan.cpp
// openingPositions); no other seam moves anyone further than a sprint does.
constexpr int kMostPops = 1;
constexpr double kMostAPop = 1.0;        // m
// m/s: 10.2 reached (Callejón at 44:45, Hamšík, Lichtsteiner, Dybala); 13.2 (Callejón) before a run bent to
// reach a touch in time was bent where he had speed to spare; 15.3 (Douglas Costa at 70:06) before two who run the same way
// fast in a walk were pushed across their way and a step aside for a bent run was held to a run; 18.2 (Mertens at 7:41, running to a ball a body in its
// way deflected 12 m off its course) before the bodies in a passage let the ball through; 18.7 (Höwedes at 53:59) before the walk into a moment that starts soon after a restart could
// start in the passage before; 39.9 before players who play the ball soon after a restart stood within
// reach of it; 535 when passages met with a jump.
constexpr double kFastestAnyone = kMaxRunSpeed;
// None (one before the bodies in a passage let the ball through: two team-mates converging on a ball
// they were both about to play after a deflection, 5 m or more from it, where the measure counts a
// contest only within 2 m).
constexpr std::size_t kMostCloseCalls = 0;
// Passes the data has as onside that come out offside: 20 before the runners held the line, none now.
constexpr int kMostUnexpectedOffsides = 0;
// The data's offsides (the moments' whistles, the passages stopped for offside) not computed at their
// pass: none of the 6 (one before a forward darting for the line accelerated as hard as he brakes: Hysaj
// at 4:16, 0.6 m short of the line two and a half seconds after playing the ball himself).
constexpr int kMostOffsidesMissed = 0;

class BundledWholeMatch : public testing::Test {
protected:
    static void SetUpTestSuite() {
        const LoadResult loaded = loadScript(bundledReplayPath());
        ASSERT_TRUE(loaded.ok()) << loaded.diagnostics.text();
        baked_ = new BakeResult(bake(loaded.script));
    }
    static void TearDownTestSuite() {
        delete baked_;
        baked_ = nullptr;
    }
    static const Timeline& timeline() { return baked_->timeline; }
    static BakeResult* baked_;
};
BakeResult* BundledWholeMatch::baked_ = nullptr;

bool onThePitch(Vec3 ball) { return ball.x >= -0.5 && ball.x <= 105.5 && ball.y >= -0.5 && ball.y <= 68.5; }

TEST_F(BundledWholeMatch, BakesEveryPassageAndKeepsTheScore) {
    ASSERT_TRUE(baked_->ok()) << baked_->diagnostics.text();
    const Timeline& tl = timeline();
    EXPECT_GT(tl.passages().size(), 100u);
    EXPECT_EQ(tl.passagesBaked(), tl.passages().size());
    EXPECT_EQ(tl.scoreAt(tl.duration()), (std::array<int, 2>{0, 1}));
}

TEST_F(BundledWholeMatch, EverySecondMoves) {
    const Timeline& tl = timeline();
    const MatchClock& clock = tl.script().clock;
    int still = 0, offThePitch = 0, seconds = 0;
    for (int p = 0; p < 2; ++p) {
        const Period period = static_cast<Period>(p);
        for (double t = clock.periodStart(period); t < clock.periodEnd(period); t += 1.0, ++seconds) {
            const Frame f = tl.sample(t);
            // In a moment or a passage, with everyone and the ball: never the teams standing in their
            // formation with no ball, as between moments before passages.
            const bool playing = (f.moment >= 0 || f.passage >= 0) && f.baked && f.ball.visible && f.players.size() >= 20;
            if (!playing && ++still <= 10) ADD_FAILURE() << "nothing moves at " << clock.preciseText(t);
            if (playing && f.moment < 0 && !f.stoppage && !onThePitch(f.ball.position)) ++offThePitch;
        }
    }
    EXPECT_EQ(still, 0);
    std::printf("%d s sampled; the ball off the pitch while play goes on in a passage: %d s\n", seconds, offThePitch);
    EXPECT_LE(offThePitch, kMostSecondsBallOffThePitch);
}

// Where one passage hands over to the next, and where a passage meets a moment, everyone is where he was
// a frame before: nobody moves further than a sprint takes him in one frame (but at half-time).
TEST_F(BundledWholeMatch, NobodyJumpsWherePlayHandsOver) {
    const Timeline& tl = timeline();
    constexpr double kFrame = 0.02;
    std::vector<double> seams;
    for (std::size_t p = 0; p + 1 < tl.passages().size(); ++p) {
        if (tl.passages()[p + 1].start == tl.passages()[p].end) seams.push_back(tl.passages()[p].end);
    }
    for (const MomentSpan& m : tl.moments()) {
        if (tl.passageAt(m.start - kFrame)) seams.push_back(m.start);
        if (tl.passageAt(m.end + kFrame)) seams.push_back(m.end);
    }
    ASSERT_GT(seams.size(), 100u);
    int pops = 0, jumps = 0;
    for (double at : seams) {
        if (at == tl.script().clock.periodStart(Period::SecondHalf)) continue;  // the teams change ends
        const Frame before = tl.sample(at - kFrame);
        const Frame after = tl.sample(at);
        for (const PlayerFrame& a : after.players) {
            for (const PlayerFrame& b : before.players) {
                if (b.id != a.id) continue;
                const double moved = distance(a.position, b.position);
                if (moved <= kMaxRunSpeed * kFrame * 1.5) continue;
                std::printf("%s moves %.2f m in a frame at %s\n", tl.script().player(a.id).name.c_str(), moved,
                            tl.script().clock.preciseText(at).c_str());
                if (moved <= kMostAPop) ++pops;
                else ++jumps;
            }
        }
    }
    EXPECT_EQ(jumps, 0);
    EXPECT_LE(pops, kMostPops);
}

TEST_F(BundledWholeMatch, AsAFanWouldJudgeIt) {
    const Timeline& tl = timeline();
    const Plausibility p = measurePlausibility(tl);
    int overASprint = 0, fullMatches = 0, outfieldInRange = 0, keepersInRange = 0;
    for (const PlayerRunning& r : p.players) {
        if (r.topSpeed > kMaxRunSpeed) ++overASprint;
        if (r.secondsOnPitch < 85.0 * 60.0) continue;
        ++fullMatches;
        const double km = r.kmPer90();
        if (r.keeper && km >= 3.0 && km <= 7.0) ++keepersInRange;
        if (!r.keeper && km >= 8.0 && km <= 13.0) ++outfieldInRange;
    }
    for (const std::string& line : plausibilityReport(tl, p)) std::printf("%s\n", line.c_str());
    std::printf("players over 10.5 m/s: %d; of %d who played it all, outfield in 8-13 km: %d, keepers in 3-7 km: %d; "
                "close calls: %zu\n",
                overASprint, fullMatches, outfieldInRange, keepersInRange, p.closeCalls.size());
    // The distances hold for everyone who played the whole match.
    EXPECT_GE(fullMatches, 16);
    EXPECT_EQ(outfieldInRange + keepersInRange, fullMatches);
    EXPECT_EQ(keepersInRange, 2);
    EXPECT_LE(overASprint, kMostPlayersOverASprint);
    double fastest = 0.0;
    for (const PlayerRunning& r : p.players) fastest = std::max(fastest, r.topSpeed);
    EXPECT_LE(fastest, kFastestAnyone);
    EXPECT_LE(p.closeCalls.size(), kMostCloseCalls);
    EXPECT_GE(p.offside.recorded, 6);
    EXPECT_GE(p.offside.matched, p.offside.recorded - kMostOffsidesMissed);
    // No pass the data has as onside comes out offside: the runner keeps onside until the ball is
    // played and the back line drops with him (sim/team_shape.h, sim/shape_follower.h).
    EXPECT_LE(p.offside.unexpected, kMostUnexpectedOffsides);
}

}  // namespace
}  // namespace touchline
