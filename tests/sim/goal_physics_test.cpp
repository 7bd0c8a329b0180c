// Goals, woodwork and misses as the simulation sees them: nothing here says "goal"; the ball decides.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/goal_frame.h"
#include "support/sim_scripts.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::testing;

// 10': Napoli attack the right-hand goal; Buffon stands at (101, 34) unless moved.
Script shotFrom(Vec2 ball, KickTarget target, double speed, bool keeperAside = true) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "shot", 600.0, 4.0);
    m.ball = ball;
    place(s, m, "Mertens", ball - normalized(target.place - ball) * 0.35);
    if (keeperAside) place(s, m, "Buffon", {103.5, 42.0});
    m.actions.push_back(kick(s, ActionKind::Shot, "Mertens", 0.5, target, {}, speed, KickStyle::Driven, 10));
    return s;
}

std::vector<ObservedEvent> ofKind(const Timeline& tl, EventKind kind) {
    std::vector<ObservedEvent> out;
    std::copy_if(tl.events().begin(), tl.events().end(), std::back_inserter(out),
                 [kind](const ObservedEvent& e) { return e.kind == kind; });
    return out;
}

TEST(GoalPhysics, AGoalIsTheWholeBallOverTheLineBetweenThePostsUnderTheBar) {
    const Script s = shotFrom({88, 34}, toGoal(pitch::End::Right, 32.0, 0.6), 22.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto goals = ofKind(baked.timeline, EventKind::Goal);
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0].player, who(s, "Mertens"));
    EXPECT_EQ(goals[0].cause, ActionKind::Shot);
    EXPECT_FALSE(goals[0].disallowed);
    EXPECT_NEAR(goals[0].where.x, pitch::kLength + 0.11, 1e-9);  // wholly over: centre a radius beyond
    EXPECT_LT(goals[0].where.z, pitch::kGoalHeight);
    EXPECT_EQ(goals[0].score, (std::array<int, 2>{0, 1}));
    EXPECT_EQ(baked.timeline.scoreAt(goals[0].time - 0.01), (std::array<int, 2>{0, 0}));
    EXPECT_EQ(baked.timeline.scoreAt(goals[0].time), (std::array<int, 2>{0, 1}));
    EXPECT_EQ(baked.timeline.scoreAt(baked.timeline.duration()), (std::array<int, 2>{0, 1}));
    // The net stops it.
    const auto& track = baked.timeline.track(0);
    EXPECT_LT(track.ball.back().x, pitch::kLength + pitch::kGoalDepth);
    EXPECT_GT(track.ball.back().x, pitch::kLength);
}

TEST(GoalPhysics, ABallOverTheBarIsNoGoal) {
    const Script s = shotFrom({88, 34}, toGoal(pitch::End::Right, 34.0, 3.0), 24.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Goal).empty());
    const auto over = ofKind(baked.timeline, EventKind::Over);
    ASSERT_EQ(over.size(), 1u);
    EXPECT_GT(sim::metresOver({}, over[0].where), 0.3);
    EXPECT_EQ(baked.timeline.scoreAt(baked.timeline.duration()), (std::array<int, 2>{0, 0}));
}

TEST(GoalPhysics, ABallOnTheCrossbarComesBackOut) {
    const Script s = shotFrom({88, 34}, toGoal(pitch::End::Right, 33.0, 2.5), 24.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    EXPECT_EQ(ofKind(baked.timeline, EventKind::Crossbar).size(), 1u);
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Goal).empty());
    EXPECT_LT(baked.timeline.track(0).ball.back().x, pitch::kLength);
}

TEST(GoalPhysics, ABallOnThePostBouncesOut) {
    const Vec2 post = pitch::postCentre(pitch::End::Right, -1);
    const Script s = shotFrom({90, post.y}, toGoal(pitch::End::Right, post.y, 0.5), 20.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto posts = ofKind(baked.timeline, EventKind::Post);
    ASSERT_EQ(posts.size(), 1u);
    EXPECT_EQ(posts[0].player, who(s, "Mertens"));
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Goal).empty());
    const auto& ball = baked.timeline.track(0).ball;
    EXPECT_LT(ball.back().x, 100.0);  // back into the field
    // Off the post at about the restitution of aluminium.
    // Velocities from the track: the difference of two steps.
    std::size_t back = 1;
    while (back + 1 < ball.size() && ball[back + 1].x >= ball[back].x) ++back;
    ASSERT_LT(back + 2, ball.size());
    const double in = ball[back - 1].x - ball[back - 2].x, out = ball[back + 2].x - ball[back + 1].x;
    EXPECT_NEAR(-out / in, 0.6, 0.05);
}

TEST(GoalPhysics, AShotOutsideThePostIsWideByTheMeasuredGap) {
    const Script s = shotFrom({88, 34}, toGoal(pitch::End::Right, 28.5, 0.5), 22.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto wide = ofKind(baked.timeline, EventKind::Wide);
    ASSERT_EQ(wide.size(), 1u);
    // Aimed at y = 28.5 on the line; it crosses a radius later, a little further out.
    EXPECT_NEAR(sim::metresWide({}, wide[0].where), 30.22 - 28.5 - 0.11, 0.1);
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Goal).empty());
}

TEST(GoalPhysics, ABodyInTheWayBlocksALowShotButNotAHighBall) {
    // Barzagli (Juventus) stands in the line of the shot: a driven shot hits him, a chip goes over.
    for (double z : {0.5, 1.6}) {
        Script s = shotFrom({88, 34}, toGoal(pitch::End::Right, 34.0, z), z < 1.0 ? 24.0 : 18.0);
        if (z > 1.0) s.moments[0].actions[0].style = KickStyle::Lofted;
        place(s, s.moments[0], "Barzagli", {96.0, 34.0});
        const BakeResult baked = bake(s);
        ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
        const bool blocked = !ofKind(baked.timeline, EventKind::Deflection).empty();
        const bool goal = !ofKind(baked.timeline, EventKind::Goal).empty();
        SCOPED_TRACE(z);
        EXPECT_EQ(blocked, z < 1.0);
        EXPECT_EQ(goal, z > 1.0);
    }
}

TEST(GoalPhysics, ASolvedPassArrivesInTheSimulationWithinTenCentimetres) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "pass", 600.0, 4.0);
    place(s, m, "Hamšík", {60, 40});
    place(s, m, "Callejón", {85, 60});
    m.actions.push_back(run(s, "Callejón", 0.0, {95.0, 58.0}, 1.8, 9));
    m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 0.2, toPlace({92.0, 56.0}), 1.8, {}, KickStyle::Lofted, 10));
    m.actions.push_back(kick(s, ActionKind::Cross, "Callejón", 1.8, toPlayer(s, "Mertens", 2.3), 2.9, {},
                             KickStyle::Lofted, 11));
    m.actions.push_back(run(s, "Mertens", 0.0, {98.0, 36.0}, 2.9, 12));
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto& track = baked.timeline.track(0);
    const Vec3 atPass = track.ballAt(static_cast<int>(std::lround(1.8 * 240))).position();
    EXPECT_LT(distance(atPass, Vec3{92.0, 56.0, 0.11}), 0.1);
    // The cross reaches Mertens' head where he is at 2.9 s.
    const Frame f = baked.timeline.sample(600.0 + 2.9);
    const auto mertens = std::find_if(f.players.begin(), f.players.end(),
                                      [&](const PlayerFrame& p) { return p.id == who(s, "Mertens"); });
    ASSERT_NE(mertens, f.players.end());
    EXPECT_LT(distance(f.ball.position, withHeight(mertens->position, 2.3)), 0.1);
    EXPECT_TRUE(mertens->inAction);
}

TEST(GoalPhysics, AKeeperWhoHoldsKeepsTheBall) {
    Script s = shotFrom({88, 34}, toGoal(pitch::End::Right, 35.5, 1.2), 20.0, false);
    Moment& m = s.moments[0];
    place(s, m, "Buffon", {103.5, 34.0});
    // The shot crosses x = 104 about 0.8 s after it is hit.
    m.actions.push_back(save(s, "Buffon", 1.3, true, {}, std::nullopt, 11));
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    EXPECT_EQ(ofKind(baked.timeline, EventKind::Save).size(), 1u);
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Goal).empty());
    EXPECT_NEAR(baked.timeline.track(0).ball.back().z, 1.0, 1e-9);
}

TEST(GoalPhysics, APalmedSaveGoesWhereTheKeeperSendsIt) {
    Script s = shotFrom({88, 34}, toGoal(pitch::End::Right, 36.0, 1.5), 22.0, false);
    Moment& m = s.moments[0];
    place(s, m, "Buffon", {103.0, 35.0});
    m.actions.push_back(save(s, "Buffon", 1.2, false, toPlace({106.0, 38.0}, 3.5), 12.0, 11));
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto saves = ofKind(baked.timeline, EventKind::Save);
    ASSERT_EQ(saves.size(), 1u);
    EXPECT_EQ(saves[0].other, who(s, "Mertens"));
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Goal).empty());
    // Over the bar off a defender's hand: a corner, not a shot over.
    EXPECT_EQ(ofKind(baked.timeline, EventKind::OutOfPlay).size(), 1u);
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Over).empty());
}

}  // namespace
}  // namespace touchline
