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

// The speed bound holds wherever he is on the path, on a path that stops, turns and runs through its
// keys; and it is a bound, not far off the peak (within the 1.5 + 1 + 1 of its weights).
TEST(PlayerPath, NoWhereAlongThePathFasterThanItsSpeedBound) {
    const PlayerPath path({{0.0, {40.0, 30.0}, -1, false},
                           {1.2, {46.0, 33.0}, 1, false},
                           {2.0, {50.0, 31.0}, 2, true},
                           {3.1, {44.0, 24.0}, 3, false},
                           {3.5, {43.0, 22.5}, 4, false},
                           {5.0, {43.0, 22.5}, -1, false}});
    const double bound = path.speedBound();
    const double top = topSpeed(path, -1.0, 6.0);
    EXPECT_GE(bound, top);
    EXPECT_LE(bound, 3.5 * top);
    EXPECT_EQ(PlayerPath({{0.0, {1.0, 2.0}, -1, false}}).speedBound(), 0.0);  // one key: he stands
}

// Bent round someone at a sprint, he fell 0.5 m behind his path (keys every 0.1 s) and catching up asked
// 10.6 m/s for the last legs before his touch (Kagawa at Belgium-Japan 63:52). Kept within the speed, he
// catches up no faster than it, a little sooner than the touch, and the touch stays where and when it was.
TEST(KeepLegsWithin, OneWhoFellBehindCatchesUpNoFasterThanHeRuns) {
    std::vector<Keyframe> keys{{0.0, {0.0, 30.0}, -1, false}};
    for (int k = 1; k <= 10; ++k) keys.push_back({k * 0.1, {k * 0.1 * 10.0 - (k >= 5 && k <= 8 ? 0.5 : 0.0), 30.0}, -1, false});
    keys.push_back({1.2, {12.0, 30.0}, 7, true});
    std::vector<bool> bent(keys.size(), true);
    bent.back() = false;
    const std::vector<Keyframe> before = keys;
    keepLegsWithin(keys, bent, 10.2);

    double fastest = 0.0;
    for (std::size_t i = 1; i < keys.size(); ++i) {
        fastest = std::max(fastest, distance(keys[i].position, keys[i - 1].position) / (keys[i].time - keys[i - 1].time));
    }
    EXPECT_LE(fastest, 10.2 + 1e-9);
    EXPECT_GT(fastest, 10.1);  // pulled just enough, not slowed everywhere
    EXPECT_EQ(keys.front().position, before.front().position);
    EXPECT_EQ(keys.back().position, before.back().position);
    EXPECT_EQ(keys.back().time, before.back().time);
    for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_LE(distance(keys[i].position, before[i].position), 0.5 + 1e-9);
    EXPECT_LE(topSpeed(PlayerPath(keys), 0.0, 1.2), kMaxRunSpeed);
    EXPECT_GT(topSpeed(PlayerPath(before), 0.0, 1.2), kMaxRunSpeed);  // as he was: over a sprint
}

// Between two keys he must keep that are further apart than he can run (the data asks it), the bent keys
// stay as they were: pulling them would only put the whole sprint into the leg beside a touch.
TEST(KeepLegsWithin, KeysTooFarApartToRunBetweenStayAsTheyWere) {
    std::vector<Keyframe> keys{{0.0, {0.0, 30.0}, 1, true}, {0.1, {1.5, 30.0}, -1, false}, {0.2, {2.0, 30.0}, -1, false},
                               {0.3, {4.5, 30.0}, 2, true}, {0.4, {4.6, 30.0}, -1, false}};
    const std::vector<Keyframe> before = keys;
    keepLegsWithin(keys, {false, true, true, false, true}, 10.2);
    for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(keys[i].position, before[i].position) << i;
}

// A key he keeps (a touch, a run's end the script wrote) never moves, however fast the legs beside it.
TEST(KeepLegsWithin, OnlyTheBentKeysMove) {
    std::vector<Keyframe> keys{{0.0, {0.0, 30.0}, -1, false}, {0.1, {2.0, 30.0}, 3, false}, {0.2, {4.0, 30.0}, -1, false},
                               {2.0, {10.0, 30.0}, -1, false}};
    keepLegsWithin(keys, {true, false, true, true}, 10.2);
    EXPECT_EQ(keys[0].position, (Vec2{0.0, 30.0}));  // the first is kept
    EXPECT_EQ(keys[1].position, (Vec2{2.0, 30.0}));  // 20 m/s from the first: the script's
    EXPECT_NEAR(keys[2].position.x, 2.0 + 1.02, 1e-9);
    EXPECT_EQ(keys[3].position, (Vec2{10.0, 30.0}));  // the last is kept
}

}  // namespace
}  // namespace touchline::sim
