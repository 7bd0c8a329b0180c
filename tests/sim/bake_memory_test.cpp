// The bake's memory is a stated rate per second of replay (engine/sim/moment_track.h), whatever the
// moment's length and however many touches it has; measured with the test program's allocator, never
// with a clock. The two shapes are issue 14's: a 4,000 s dribble, and a 4,490 s moment with a team of 99
// "starters".
#include <gtest/gtest.h>

#include "sim/moment_track.h"
#include "support/allocation_meter.h"
#include "support/sim_scripts.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::testing;

// The stated rate: the ball's 2,880 bytes a second and 240 a second for each of the 22 players.
constexpr double kBytesPerSecond = 2880.0 + 22 * 240.0;
// The bake's own working memory on top of the tracks it makes: touches, paths, the Box2D world.
constexpr double kWorkingShare = 0.6;
constexpr double kFixedBytes = 8.0 * 1024 * 1024;

double allowance(double seconds) { return kBytesPerSecond * seconds * (1.0 + kWorkingShare) + kFixedBytes; }

std::size_t trackBytes(const Timeline& timeline, std::size_t moments) {
    std::size_t bytes = 0;
    for (std::size_t m = 0; m < moments; ++m) bytes += timeline.track(static_cast<int>(m)).sampleBytes();
    return bytes;
}

TEST(BakeMemory, AFourThousandSecondDribbleStaysWithinTheStatedRate) {
    constexpr double kLong = 4000.0;
    Script s = emptyMatch();
    Moment& m = addMoment(s, "dribble", 300.0, kLong + 2.0);
    place(s, m, "Hamšík", {20.0, 34.0});
    Action dribble = simple(s, ActionKind::Dribble, "Hamšík", 0.0, 7);
    dribble.to = {90.0, 30.0};
    dribble.by = kLong;
    m.actions.push_back(dribble);
    const AllocationMeter meter;
    const BakeResult baked = bake(s);
    const std::size_t peak = meter.peakBytes();
    ASSERT_EQ(baked.timeline.moments().size(), 1u);
    // About 8,900 small touches, and the tracks are the rate's.
    EXPECT_LE(trackBytes(baked.timeline, 1), static_cast<std::size_t>(kBytesPerSecond * (kLong + 3.0)));
    EXPECT_LE(static_cast<double>(peak), allowance(kLong + 2.0)) << "peak " << peak / 1e6 << " MB";
}

TEST(BakeMemory, ALongMomentWithNinetyNineStartersATeamPlaysElevenAndStaysWithinTheRate) {
    constexpr double kLong = 4490.0;
    Script s = emptyMatch();
    for (Team& team : s.teams) {
        for (int i = 0; i < 88; ++i) {
            Player extra = team.players[1];
            extra.name = team.key + " extra " + std::to_string(i);
            extra.starter = true;
            team.players.insert(team.players.begin() + 11, extra);  // starters first, then substitutes
        }
    }
    Moment& m = addMoment(s, "long", 300.0, kLong);
    place(s, m, "Hamšík", {60.0, 34.0});
    m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 0.0, toPlace({80.0, 20.0}), 2.0, {}, KickStyle::Ground));
    const AllocationMeter meter;
    const BakeResult baked = bake(s);
    const std::size_t peak = meter.peakBytes();
    ASSERT_EQ(baked.timeline.moments().size(), 1u);
    EXPECT_EQ(baked.timeline.track(0).players.size(), 22u);
    EXPECT_LE(trackBytes(baked.timeline, 1), static_cast<std::size_t>(kBytesPerSecond * (kLong + 1.0)));
    EXPECT_LE(static_cast<double>(peak), allowance(kLong)) << "peak " << peak / 1e6 << " MB";
}

}  // namespace
}  // namespace touchline
