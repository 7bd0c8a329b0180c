// The viewer's background bake: which passage goes next, and that the worker's passages, put in as the
// UI thread would, give the bytes of a bake of everything at once, whatever the playhead did.
#include <gtest/gtest.h>

#include <thread>

#include "support/passage_match.h"
#include "support/script_fixture.h"
#include "viewer/passage_baker.h"

namespace touchline {
namespace {

TEST(NearestPassage, PlayingOneFirstThenAheadBeforeBehind) {
    const std::vector<MomentSpan> spans{{0, 10}, {10, 20}, {20, 30}, {30, 40}};
    EXPECT_EQ(nearestPassage(spans, {true, true, true, true}, 15.0), 1);
    // 5 s ahead beats 5 s behind.
    EXPECT_EQ(nearestPassage(spans, {true, false, true, true}, 15.0), 2);
    EXPECT_EQ(nearestPassage(spans, {true, false, false, true}, 15.0), 0);
    EXPECT_EQ(nearestPassage(spans, {false, false, false, true}, 0.0), 3);
    EXPECT_EQ(nearestPassage(spans, {false, false, false, false}, 15.0), std::nullopt);
    EXPECT_EQ(nearestPassage({}, {}, 15.0), std::nullopt);
}

// Takes what the worker finished until it ends, putting each into `result` (as ViewerApp does).
std::size_t drain(PassageBaker& baker, BakeResult& result) {
    std::size_t added = 0;
    for (;;) {
        const bool wasRunning = baker.running();
        for (PassageBaker::Baked& b : baker.take()) {
            EXPECT_EQ(b.script, result.timeline.sharedScript());
            addPassage(result, std::move(b.passage));
            ++added;
        }
        if (!wasRunning) return added;
        std::this_thread::yield();
    }
}

TEST(PassageBaker, BakesEveryPassageOnceToTheSameBytes) {
    const LoadResult loaded = testing::load(testing::passageMatch(6));
    ASSERT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
    const BakeResult atOnce = bake(loaded.script);
    BakeResult later = bake(loaded.script, {}, PassageTiming::Later);
    ASSERT_EQ(later.timeline.passages().size(), 6u);
    ASSERT_EQ(later.timeline.passagesBaked(), 0u);

    PassageBaker baker;
    baker.follow(later.timeline, later.timeline.passages().back().start);
    EXPECT_EQ(baker.starts(), 1u);
    EXPECT_EQ(drain(baker, later), 6u);
    EXPECT_EQ(later.timeline.passagesBaked(), 6u);
    EXPECT_EQ(later.timeline.trackBytes(), atOnce.timeline.trackBytes());
    // Nothing left to bake: following the finished timeline starts no worker.
    baker.stop();
    baker.follow(later.timeline, 0.0);
    EXPECT_FALSE(baker.running());
    EXPECT_EQ(baker.starts(), 1u);
}

TEST(PassageBaker, AnotherScriptStopsTheOldWorkAndDropsItsPassages) {
    const LoadResult loaded = testing::load(testing::passageMatch(8));
    ASSERT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
    BakeResult first = bake(loaded.script, {}, PassageTiming::Later);
    BakeResult second = bake(loaded.script, {}, PassageTiming::Later);  // same text, another script
    ASSERT_NE(first.timeline.sharedScript(), second.timeline.sharedScript());
    PassageBaker baker;
    baker.follow(first.timeline, 0.0);
    baker.follow(second.timeline, 0.0);  // stops and joins the first worker
    EXPECT_EQ(baker.starts(), 2u);
    EXPECT_EQ(drain(baker, second), 8u);  // drain checks each is of the second script
    EXPECT_EQ(second.timeline.trackBytes(), bake(loaded.script).timeline.trackBytes());
}

}  // namespace
}  // namespace touchline
