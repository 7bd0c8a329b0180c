// PlayerPath: the curve a player moves on through his keys, and the sprint it never asks for.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/human_limits.h"
#include "sim/player_paths.h"

namespace touchline::sim {
namespace {

double topSpeed(const PlayerPath& path, double from, double to) {
    double top = 0.0;
    for (double t = from; t <= to; t += 0.001) top = std::max(top, length(path.velocity(t)));
    return top;
}

// A slow leg from a standstill to a standstill is the plain curve: still at both ends, half as fast
// again as its average in the middle.
TEST(PlayerPath, ASlowLegStartsAndStopsStill) {
    const PlayerPath path({{0.0, {10.0, 30.0}, -1, false}, {2.0, {16.0, 30.0}, -1, false}});
    EXPECT_NEAR(length(path.velocity(1e-6)), 0.0, 1e-3);
    EXPECT_NEAR(length(path.velocity(1.0)), 4.5, 1e-9);
    EXPECT_NEAR(topSpeed(path, 0.0, 2.0), 4.5, 1e-3);
}

// Two touches 12 m and 1.5 s apart (8 m/s on average), still before and after: the plain curve would
// peak at 12 m/s. It eases to peak under a sprint, through both touches at their times.
TEST(PlayerPath, ALegASprintCoversOnAverageNeverPeaksOverIt) {
    const PlayerPath path({{0.0, {40.0, 30.0}, -1, false},
                           {1.0, {40.0, 30.0}, 1, true},
                           {2.5, {52.0, 30.0}, 2, true},
                           {4.0, {52.0, 30.0}, -1, false}});
    EXPECT_LE(topSpeed(path, 1.0, 2.5), kMaxRunSpeed - 0.29);
    EXPECT_GT(topSpeed(path, 1.0, 2.5), 10.0);  // eased just enough, not flattened to the average
    EXPECT_EQ(path.position(1.0), (Vec2{40.0, 30.0}));
    EXPECT_EQ(path.position(2.5), (Vec2{52.0, 30.0}));
    EXPECT_NEAR(length(path.velocity(0.5)), 0.0, 1e-9);  // the legs either side still stand
}

// A leg the data asks more than a sprint of on average (a touch 24 m from the last in 2 s) runs at its
// average, the least any curve through the two can peak at.
TEST(PlayerPath, ALegOverASprintOnAverageRunsAtItsAverage) {
    const PlayerPath path({{0.0, {40.0, 30.0}, 1, true}, {2.0, {64.0, 30.0}, 2, true}});
    EXPECT_NEAR(topSpeed(path, 0.0, 2.0), 12.0, 1e-6);
    EXPECT_NEAR(path.position(1.0).x, 52.0, 1e-9);
}

}  // namespace
}  // namespace touchline::sim
