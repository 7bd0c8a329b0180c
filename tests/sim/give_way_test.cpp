// Players not busy with the ball give way (sim/give_way.h): two runs that meet bend apart in time, nobody
// gets faster for it, a player busy with the ball keeps his path, two opponents at the ball may meet, and a
// run that curves towards someone is seen coming however straight its ends.
#include <gtest/gtest.h>

#include "sim/give_way.h"

namespace touchline::sim {
namespace {

// At an even speed (a key every half second; he starts and stops at the ends).
PlayerPath straight(Vec2 from, Vec2 to, double duration) {
    std::vector<Keyframe> keys;
    const int legs = std::max(1, static_cast<int>(duration / 0.5));
    for (int i = 0; i <= legs; ++i) keys.push_back({duration * i / legs, lerp(from, to, static_cast<double>(i) / legs), 0, false});
    return PlayerPath(std::move(keys));
}

GiveWayInput headOn(double duration = 4.0) {
    GiveWayInput in;
    in.duration = duration;
    // Two players running at each other along one line at 5 m/s, meeting at x = 50 after 2 s.
    in.paths = {straight({40.0, 30.0}, {60.0, 30.0}, duration), straight({60.0, 30.0}, {40.0, 30.0}, duration)};
    in.team = {0, 1};
    return in;
}

double nearest(const std::vector<PlayerPath>& p, double duration) {
    double d = 1e9;
    for (double t = 0.0; t <= duration; t += 0.01) d = std::min(d, distance(p[0].position(t), p[1].position(t)));
    return d;
}

double fastest(const PlayerPath& p, double duration) {
    double v = 0.0;
    for (double t = 0.0; t + 0.01 <= duration; t += 0.01) v = std::max(v, distance(p.position(t), p.position(t + 0.01)) / 0.01);
    return v;
}

TEST(GiveWay, TwoRunsThatMeetBendApartInTime) {
    const GiveWayInput in = headOn();
    ASSERT_LT(nearest(in.paths, in.duration), 0.01);
    const auto out = giveWay(in);
    EXPECT_GE(nearest(out, in.duration), in.limits.hardGap - 0.02);
    for (int p = 0; p < 2; ++p) {
        EXPECT_LE(fastest(out[static_cast<std::size_t>(p)], in.duration), kMaxRunSpeed);
        // Both bend, each to his own side, and are back on their runs by the end.
        EXPECT_LT(distance(out[static_cast<std::size_t>(p)].position(in.duration), in.paths[static_cast<std::size_t>(p)].position(in.duration)), 0.05);
    }
}

TEST(GiveWay, ASprinterIsNotMadeFasterByGivingWay) {
    GiveWayInput in = headOn();
    in.paths[0] = straight({22.0, 30.0}, {58.0, 30.0}, 4.0);  // 9 m/s, meeting the other at about 2.3 s
    ASSERT_LT(nearest(in.paths, in.duration), 0.2);
    const auto out = giveWay(in);
    for (std::size_t p = 0; p < 2; ++p) {
        const double own = fastest(in.paths[p], in.duration);
        // (Within 2 % of his own path's peak: keyed every interval, the curve into his stop is a little steeper.)
        EXPECT_LE(fastest(out[p], in.duration), std::max(own * 1.02, in.limits.topSpeed + 0.1)) << p;
    }
    EXPECT_GE(nearest(out, in.duration), in.limits.hardGap - 0.05);
}

TEST(GiveWay, APlayerBusyWithTheBallKeepsHisPathAndTheOtherMakesRoom) {
    GiveWayInput in = headOn();
    in.busy = {{{0.0, 4.0}}, {}};
    const auto out = giveWay(in);
    for (double t = 0.0; t <= in.duration; t += 0.1) EXPECT_EQ(out[0].position(t), in.paths[0].position(t));
    EXPECT_GE(nearest(out, in.duration), in.limits.hardGap - 0.02);
}

TEST(GiveWay, TwoOpponentsAtTheBallMayMeetAndPathsNobodyNeedsToBendAreUntouched) {
    GiveWayInput in = headOn();
    in.paths = {straight({50.0, 30.0}, {50.0, 30.0}, 4.0), straight({50.3, 30.0}, {50.3, 30.0}, 4.0)};
    in.ball.assign(41, Vec2{50.2, 30.4});
    in.ballLow.assign(41, false);  // in the air: it moves nobody
    in.ballTeam.assign(41, 0);
    const auto contest = giveWay(in);
    EXPECT_EQ(contest[0].keys().size(), in.paths[0].keys().size());
    EXPECT_EQ(contest[1].keys().size(), in.paths[1].keys().size());
    in.team = {0, 0};  // team-mates do not contest the ball: they part
    EXPECT_GE(nearest(giveWay(in), in.duration), 0.8);

    GiveWayInput apart = headOn();
    apart.paths[1] = straight({60.0, 40.0}, {40.0, 40.0}, 4.0);
    const auto out = giveWay(apart);
    EXPECT_EQ(out[0].keys().size(), apart.paths[0].keys().size());
    EXPECT_EQ(out[1].keys().size(), apart.paths[1].keys().size());
}

// Found by the import fuzzer: a moment the data left without players read an empty sample row (only
// the sanitizers see it).
TEST(GiveWay, NobodyToMoveIsNoPaths) {
    GiveWayInput in;
    in.duration = 3.0;
    EXPECT_TRUE(giveWay(in).empty());
}

TEST(GiveWay, ARunThatCurvesTowardsAPlayerIsSeenOverTheWholeLookAhead) {
    // He cuts in past a team-mate standing still: 0.4 m from him at 1 s, 1.45 m or more at either end of
    // every second around it. Pairs whose straight way between now and a second on stays far apart are
    // not sampled (sim/give_way.cpp, neverNear); the way a path bends between must keep this pair in.
    GiveWayInput in;
    in.duration = 4.0;
    in.team = {0, 0};
    in.paths = {straight({50.0, 30.0}, {50.0, 30.0}, in.duration),
                PlayerPath({{0.0, {45.0, 32.5}, -1, false}, {1.0, {50.0, 30.4}, 0, false}, {2.0, {55.0, 32.5}, 0, false},
                            {4.0, {65.0, 32.5}, 0, false}})};
    ASSERT_LT(nearest(in.paths, in.duration), 0.45);
    const auto out = giveWay(in);
    EXPECT_GE(nearest(out, in.duration), in.limits.clear - 0.02);  // 0.81 m when the bend is left out
}

}  // namespace
}  // namespace touchline::sim
