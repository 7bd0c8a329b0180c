// PlayerMotion: the waypoints an import gives each player, and the limits that keep them human.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/human_limits.h"
#include "import/player_motion.h"
#include "sim/player_paths.h"
#include "support/sim_scripts.h"

namespace touchline {
namespace {

using namespace touchline::testing;

// The engine's curve through his waypoints, and its top speed, sampled finely.
double topSpeed(const std::vector<import::Waypoint>& list) {
    std::vector<sim::Keyframe> keys;
    for (const import::Waypoint& w : list) keys.push_back({w.t, w.at, -1, w.fixed});
    const sim::PlayerPath path(std::move(keys));
    double top = 0.0;
    for (double t = list.front().t; t <= list.back().t; t += 0.01) top = std::max(top, length(path.velocity(t)));
    return top;
}

// He stands in the team's shape, then plays the ball 15 m away 1.7 s later: 8.8 m/s on average, which
// from a standing start a plain curve through the two places would peak at 13 m/s. The engine's curve
// eases that leg (sim/player_paths.cpp: he is already on the move as it starts), so nothing here needs
// to give way: the shape's place and the touch stay where they are.
TEST(PlayerMotion, ARunFromTheShapeIntoATouchPeaksUnderASprint) {
    const Script s = emptyMatch();
    const PlayerId hamsik = who(s, "Hamšík");
    import::PlayerMotion motion;
    motion.soft(hamsik, 0.0, {50.0, 30.0});
    motion.soft(hamsik, 3.3, {50.0, 30.0});
    motion.fix(hamsik, 5.0, {65.0, 30.0});
    motion.soft(hamsik, 7.0, {65.0, 30.0});

    std::vector<std::string> notes;
    motion.limitSpeeds(s, 7.0, notes);
    const auto& list = *motion.of(hamsik);
    EXPECT_LE(topSpeed(list), kMaxRunSpeed);
    EXPECT_TRUE(notes.empty());
    ASSERT_EQ(list.size(), 4u);
    EXPECT_EQ(list[2].at, (Vec2{65.0, 30.0}));  // the touch
    EXPECT_EQ(list[1].at, (Vec2{50.0, 30.0}));  // the shape's place
    // No leg asks more than a sprint on average either (the validator's check of each run).
    for (std::size_t i = 1; i < list.size(); ++i) {
        EXPECT_LE(distance(list[i - 1].at, list[i].at) / (list[i].t - list[i - 1].t), kMaxRunSpeed) << i;
    }
}

// Between two places on the ball nothing gives way: a quick one-two stays where the data has it.
TEST(PlayerMotion, TwoTouchesStayWhereTheDataHasThem) {
    const Script s = emptyMatch();
    const PlayerId hamsik = who(s, "Hamšík");
    import::PlayerMotion motion;
    motion.fix(hamsik, 1.0, {40.0, 30.0});
    motion.fix(hamsik, 2.0, {49.0, 30.0});
    std::vector<std::string> notes;
    motion.limitSpeeds(s, 7.0, notes);
    const auto& list = *motion.of(hamsik);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].at, (Vec2{40.0, 30.0}));
    EXPECT_EQ(list[1].at, (Vec2{49.0, 30.0}));
}

// The moment opens with him where the team shape guesses, 26 m from the pass he takes 3 s later (from
// England-Iceland's first moment: Dier at 13 m/s). The guess gives way: he opens nearer, the touch
// stays where the data has it.
TEST(PlayerMotion, TheOpeningPlaceGivesWayToTheFirstTouch) {
    const Script s = emptyMatch();
    const PlayerId hamsik = who(s, "Hamšík");
    import::PlayerMotion motion;
    motion.soft(hamsik, 0.0, {23.0, 40.0});
    motion.fix(hamsik, 3.0, {49.0, 40.0});

    std::vector<std::string> notes;
    motion.limitSpeeds(s, 7.0, notes);
    const auto& list = *motion.of(hamsik);
    EXPECT_LE(topSpeed(list), kMaxRunSpeed);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_GT(list[0].at.x, 28.0);
    EXPECT_EQ(list[1].at, (Vec2{49.0, 40.0}));
}

// ... but never so near that his run would take him through a team-mate as he plays the ball (the pass
// would strike him): from where the shape put him he passes 3 m from Allan; the nearer opening a
// sprint wants would take him through him. He opens only as near as keeps him clear.
TEST(PlayerMotion, NoPlaceGivesWayOntoSomeoneOnTheBall) {
    const Script s = emptyMatch();
    const PlayerId hamsik = who(s, "Hamšík");
    const PlayerId allan = who(s, "Allan");
    import::PlayerMotion motion;
    motion.soft(hamsik, 0.0, {0.0, 40.0});
    motion.fix(hamsik, 3.0, {27.0, 40.0});
    motion.fix(allan, 1.5, {16.8, 40.0});  // where the nearer opening's run would be then
    std::vector<std::string> notes;
    motion.limitSpeeds(s, 7.0, notes);
    EXPECT_GE(distance(*motion.at(hamsik, 1.5), Vec2{16.8, 40.0}), 1.2);
    const double opening = motion.of(hamsik)->front().at.x;

    // Without Allan on the ball there, the same opening gives way.
    import::PlayerMotion alone;
    alone.soft(hamsik, 0.0, {0.0, 40.0});
    alone.fix(hamsik, 3.0, {27.0, 40.0});
    alone.limitSpeeds(s, 7.0, notes);
    EXPECT_GT(alone.of(hamsik)->front().at.x, opening + 2.0);
    EXPECT_LE(topSpeed(*alone.of(hamsik)), kMaxRunSpeed);
}

// A push moves his soft waypoints near the time, or adds one where he has none; just before he plays
// the ball (a fixed place within a second) with no soft one near, nothing moves, and the push says so:
// the repair then knows another round would judge the same moment again.
TEST(PlayerMotion, APushSaysWhetherItMovedHim) {
    const Script s = emptyMatch();
    const PlayerId hamsik = who(s, "Hamšík");
    import::PlayerMotion motion;
    motion.soft(hamsik, 0.0, {40.0, 30.0});
    motion.fix(hamsik, 5.0, {50.0, 30.0});
    motion.soft(hamsik, 9.0, {50.0, 20.0});

    EXPECT_TRUE(motion.push(hamsik, 0.5, {0.0, 2.0}, 1.0));  // the soft place at 0 s moves
    EXPECT_EQ(motion.of(hamsik)->front().at, (Vec2{40.0, 32.0}));

    EXPECT_TRUE(motion.push(hamsik, 2.5, {0.0, 2.0}, 1.0));  // none near: one is added
    ASSERT_EQ(motion.of(hamsik)->size(), 4u);
    EXPECT_DOUBLE_EQ((*motion.of(hamsik))[1].t, 2.5);

    const import::PlayerMotion before = motion;
    EXPECT_FALSE(motion.push(hamsik, 4.6, {0.0, 2.0}, 0.3));  // about to play the ball: he stays
    EXPECT_TRUE(motion == before);
}

// A long throw into the box (England-Iceland's first goal): the shape has the centre-back on halfway,
// 1.5 s later a little nearer, and the data has him shooting 39 m from there 4.4 s after the moment
// opens, 13 m/s with the waypoints between. He opens within a sprint's reach of his shot instead.
TEST(PlayerMotion, TheOpeningPlaceIsWithinReachOfATouchSecondsLater) {
    const Script s = emptyMatch();
    const PlayerId koulibaly = who(s, "Koulibaly");
    import::PlayerMotion motion;
    motion.soft(koulibaly, 0.0, {48.8, 27.5});
    motion.soft(koulibaly, 1.5, {45.0, 28.3});
    motion.fix(koulibaly, 4.44, {9.6, 29.7});
    std::vector<std::string> notes;
    motion.limitSpeeds(s, 7.0, notes);
    const auto& list = *motion.of(koulibaly);
    EXPECT_LE(topSpeed(list), kMaxRunSpeed);
    EXPECT_LE(distance(list.front().at, list.back().at), 6.5 * 4.44 + 1e-9);
    EXPECT_EQ(list.back().at, (Vec2{9.6, 29.7}));
    EXPECT_TRUE(notes.empty());
}

// Between two places of the shape, on his way into a touch, the earlier one gives way: the shape steps
// him back 5 m at 4.5 s, then the data has him 25 m on at 7.6 s to head on his keeper's long kick
// (England-Iceland, Sigþórsson, 13.4 m/s). Moving the later place back would turn him round harder; he
// leaves the shape sooner instead.
TEST(PlayerMotion, OnHisWayIntoATouchTheShapeDoesNotTurnHimBack) {
    const Script s = emptyMatch();
    const PlayerId mertens = who(s, "Mertens");
    import::PlayerMotion motion;
    motion.soft(mertens, 0.0, {65.0, 34.0});
    motion.soft(mertens, 3.0, {72.9, 32.8});
    motion.soft(mertens, 4.5, {70.0, 37.0});
    motion.soft(mertens, 6.0, {82.5, 34.8});
    motion.fix(mertens, 7.56, {95.4, 32.5});
    std::vector<std::string> notes;
    motion.limitSpeeds(s, 7.0, notes);
    const auto& list = *motion.of(mertens);
    EXPECT_LE(topSpeed(list), kMaxRunSpeed);
    EXPECT_EQ(list.back().at, (Vec2{95.4, 32.5}));
}

}  // namespace
}  // namespace touchline
