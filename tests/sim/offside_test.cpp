// Offside from positions alone: the line is the second-last opponent (or the ball, or halfway).
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/offside.h"
#include "support/sim_scripts.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::testing;
using sim::judgeOffside;
using sim::OffsideJudgement;

const PlayerId kKeeper{0, 0}, kRightBack{0, 1}, kCentreBack{0, 2};

TEST(Offside, TheSecondLastOpponentSetsTheLine) {
    const std::vector<std::pair<PlayerId, Vec2>> defenders{
        {kKeeper, {101.0, 34.0}}, {kRightBack, {88.4, 30.0}}, {kCentreBack, {86.0, 38.0}}};
    const auto j = judgeOffside({89.0, 36.0}, {70.0, 40.0}, pitch::End::Right, defenders);
    EXPECT_TRUE(j.offside);
    EXPECT_EQ(j.setBy, OffsideJudgement::SetBy::Defender);
    EXPECT_EQ(j.defender, kRightBack);
    EXPECT_DOUBLE_EQ(j.lineX, 88.4);
    EXPECT_NEAR(j.margin, 0.6, 1e-12);
}

TEST(Offside, LevelIsOnside) {
    const std::vector<std::pair<PlayerId, Vec2>> defenders{{kKeeper, {101.0, 34.0}}, {kRightBack, {88.4, 30.0}}};
    EXPECT_FALSE(judgeOffside({88.4, 36.0}, {70.0, 40.0}, pitch::End::Right, defenders).offside);
}

TEST(Offside, BehindTheBallIsOnside) {
    const std::vector<std::pair<PlayerId, Vec2>> defenders{{kKeeper, {101.0, 34.0}}, {kRightBack, {80.0, 30.0}}};
    const auto j = judgeOffside({84.0, 36.0}, {85.0, 40.0}, pitch::End::Right, defenders);
    EXPECT_FALSE(j.offside);
    EXPECT_EQ(j.setBy, OffsideJudgement::SetBy::Ball);
    EXPECT_NEAR(j.margin, -1.0, 1e-12);
}

TEST(Offside, NoOneIsOffsideInHisOwnHalf) {
    const std::vector<std::pair<PlayerId, Vec2>> defenders{{kKeeper, {101.0, 34.0}}, {kRightBack, {40.0, 30.0}}};
    const auto j = judgeOffside({50.0, 36.0}, {30.0, 40.0}, pitch::End::Right, defenders);
    EXPECT_FALSE(j.offside);
    EXPECT_EQ(j.setBy, OffsideJudgement::SetBy::Halfway);
}

TEST(Offside, AttackingTheLeftGoalMirrorsTheLine) {
    const std::vector<std::pair<PlayerId, Vec2>> defenders{
        {kKeeper, {4.0, 34.0}}, {kRightBack, {16.6, 30.0}}, {kCentreBack, {19.0, 38.0}}};
    const auto j = judgeOffside({15.8, 36.0}, {35.0, 40.0}, pitch::End::Left, defenders);
    EXPECT_TRUE(j.offside);
    EXPECT_EQ(j.defender, kRightBack);
    EXPECT_DOUBLE_EQ(j.lineX, 16.6);
    EXPECT_NEAR(j.margin, 0.8, 1e-12);
}

// 44': Hamšík slips Insigne in; Lichtsteiner holds the line at x = 88.4. Insigne scores.
Script throughBall(double insigneX) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "through-ball", 43 * 60.0 + 20.0);
    place(s, m, "Hamšík", {70.0, 40.0});
    place(s, m, "Insigne", {insigneX, 40.0});
    place(s, m, "Lichtsteiner", {88.4, 30.0});
    m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 0.0, toPlace({96.0, 38.0}), 1.5, {}, KickStyle::Ground, 10));
    m.actions.push_back(run(s, "Insigne", 0.0, {96.0, 38.0}, 1.5, 11));
    m.actions.push_back(kick(s, ActionKind::Shot, "Insigne", 1.5, toGoal(pitch::End::Right, 31.5, 0.3), {}, 20.0,
                             KickStyle::Driven, 12));
    return s;
}

TEST(Offside, ComputedAtThePassAndTheGoalIsDisallowed) {
    const Script s = throughBall(89.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto& events = baked.timeline.events();
    const auto offside = std::find_if(events.begin(), events.end(), [](const ObservedEvent& e) { return e.kind == EventKind::Offside; });
    ASSERT_NE(offside, events.end());
    EXPECT_EQ(offside->player, who(s, "Insigne"));
    EXPECT_EQ(offside->other, who(s, "Lichtsteiner"));
    EXPECT_NEAR(offside->offsideLineX, 88.4, 1e-4);
    EXPECT_NEAR(offside->offsideMargin, 0.6, 1e-4);
    EXPECT_DOUBLE_EQ(offside->time, s.moments[0].matchTime);
    const auto goal = std::find_if(events.begin(), events.end(), [](const ObservedEvent& e) { return e.kind == EventKind::Goal; });
    ASSERT_NE(goal, events.end());  // the ball went in...
    EXPECT_TRUE(goal->disallowed);  // ...and does not count
    EXPECT_EQ(baked.timeline.scoreAt(baked.timeline.duration()), (std::array<int, 2>{0, 0}));
    // The viewer shows the line, frozen at the pass.
    const Frame f = baked.timeline.sample(s.moments[0].matchTime + 1.0);
    ASSERT_TRUE(f.offsideLine.has_value());
    EXPECT_NEAR(f.offsideLine->x, 88.4, 1e-4);
    EXPECT_EQ(f.offsideLine->attacker, who(s, "Insigne"));
    EXPECT_EQ(f.offsideLine->defender, who(s, "Lichtsteiner"));
}

TEST(Offside, OnsideTheGoalCounts) {
    const Script s = throughBall(88.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto& events = baked.timeline.events();
    EXPECT_TRUE(std::none_of(events.begin(), events.end(), [](const ObservedEvent& e) { return e.kind == EventKind::Offside; }));
    EXPECT_EQ(baked.timeline.scoreAt(baked.timeline.duration()), (std::array<int, 2>{0, 1}));
}

}  // namespace
}  // namespace touchline
