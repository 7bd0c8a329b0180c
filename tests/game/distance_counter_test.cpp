// The inspector's distance so far: the running totals agree with sampling the timeline from kick-off,
// a frame's work is bounded, and a passage baked later is counted once it is in.
#include <gtest/gtest.h>

#include "support/passage_match.h"
#include "support/script_fixture.h"
#include "timeline/bake.h"
#include "viewer/distance_counter.h"

namespace touchline {
namespace {

// The same figure the slow way: every sample from kick-off, each time.
double sampledDistance(const Timeline& timeline, PlayerId player, double t) {
    double total = 0.0;
    std::optional<Vec2> last;
    for (int k = 0; k * DistanceCounter::kStep <= t + 1e-9; ++k) {
        const Frame frame = timeline.sample(k * DistanceCounter::kStep);
        std::optional<Vec2> here;
        for (const PlayerFrame& p : frame.players) {
            if (p.id == player) here = p.position;
        }
        if (here && last) total += distance(*last, *here);
        last = here;
    }
    return total;
}

// Asks as the inspector does, frame after frame, until it has the figure; counts the frames.
double ask(DistanceCounter& counter, const Timeline& timeline, PlayerId player, double t, int* frames = nullptr) {
    for (int n = 1;; ++n) {
        if (auto metres = counter.upTo(timeline, player, t)) {
            if (frames) *frames = n;
            return *metres;
        }
    }
}

class DistanceCounterTest : public ::testing::Test {
protected:
    void SetUp() override {
        const LoadResult loaded = testing::load(testing::passageMatch(30));
        ASSERT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
        script_ = loaded.script;
        runner_ = *script_.findPlayer("Runner");
    }
    Script script_;
    PlayerId runner_;
};

TEST_F(DistanceCounterTest, AgreesWithSamplingFromKickOff) {
    const BakeResult baked = bake(script_);
    DistanceCounter counter;
    const double end = baked.timeline.passages().back().end;
    int frames = 0;
    const double whole = ask(counter, baked.timeline, runner_, end, &frames);
    EXPECT_NEAR(whole, sampledDistance(baked.timeline, runner_, end), 1e-6);
    // 7.5 minutes at 5 samples a second do not fit one frame's budget.
    EXPECT_GT(frames, 1);
    EXPECT_GT(whole, 100.0);  // he plays: passes reach him in every passage
    // Going back costs nothing: the totals are kept.
    const double half = end * 0.5;
    ASSERT_TRUE(counter.upTo(baked.timeline, runner_, half).has_value());
    EXPECT_NEAR(*counter.upTo(baked.timeline, runner_, half), sampledDistance(baked.timeline, runner_, half), 1e-6);
    EXPECT_LT(*counter.upTo(baked.timeline, runner_, half), whole);
}

TEST_F(DistanceCounterTest, APassageBakedLaterIsCountedOnceItIsIn) {
    BakeResult later = bake(script_, {}, PassageTiming::Later);
    DistanceCounter counter;
    const double end = later.timeline.passages().back().end;
    ask(counter, later.timeline, runner_, end);
    for (int p = 0; p < static_cast<int>(later.timeline.passages().size()); p += 2) {
        addPassage(later, bakePassage(*later.timeline.sharedScript(), *later.timeline.sharedLineup(), p));
    }
    EXPECT_NEAR(ask(counter, later.timeline, runner_, end), sampledDistance(later.timeline, runner_, end), 1e-6);
    for (int p = 1; p < static_cast<int>(later.timeline.passages().size()); p += 2) {
        addPassage(later, bakePassage(*later.timeline.sharedScript(), *later.timeline.sharedLineup(), p));
    }
    const double all = ask(counter, later.timeline, runner_, end);
    EXPECT_NEAR(all, sampledDistance(bake(script_).timeline, runner_, end), 1e-6);
}

}  // namespace
}  // namespace touchline
