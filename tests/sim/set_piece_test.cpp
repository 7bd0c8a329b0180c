// Penalties and beaten keepers through the physics: a penalty places the players by Law 14 and its goal
// is seen, never written; a keeper who is beaten dives the right way without touching the ball, and a
// keeper who palms a shot into his own net concedes the shooter's goal, not an own goal.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "sim/set_piece.h"
#include "support/sim_scripts.h"
#include "timeline/bake.h"
#include "timeline/match_summary.h"

namespace touchline {
namespace {

using namespace touchline::testing;

std::vector<ObservedEvent> ofKind(const Timeline& tl, EventKind kind) {
    std::vector<ObservedEvent> out;
    std::copy_if(tl.events().begin(), tl.events().end(), std::back_inserter(out),
                 [kind](const ObservedEvent& e) { return e.kind == kind; });
    return out;
}

// Where a player is `t` seconds into moment 0.
Vec2 positionAt(const Timeline& tl, PlayerId id, double t) {
    const sim::MomentTrack& track = tl.track(0);
    const std::size_t n = track.players.size();
    for (std::size_t p = 0; p < n; ++p) {
        if (track.players[p].id != id) continue;
        const auto s = static_cast<int>(std::lround(t * sim::kStepsPerSecond / sim::kPlayerStride));
        return track.playerTrack(p).at(s).position();
    }
    ADD_FAILURE() << "player not in the moment";
    return {};
}

Vec2 ballAt(const Timeline& tl, double t) {
    const auto& ball = tl.track(0).ball;
    return ball[std::min(ball.size() - 1, static_cast<std::size_t>(std::lround(t * sim::kStepsPerSecond)))].position().ground();
}

// 10': Napoli attack the right-hand goal, so Mertens' penalty is taken from (94, 34) against Buffon.
Script penalty(double y, double z, double speed) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "penalty", 600.0, 4.0);
    m.actions.push_back(kick(s, ActionKind::Penalty, "Mertens", 1.0, toGoal(pitch::End::Right, y, z), {}, speed,
                             KickStyle::Driven, 10));
    return s;
}

TEST(Penalty, TheLawsPlaceEveryoneBeforeTheKick) {
    const Script s = penalty(36.4, 0.6, 22.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const Vec2 spot = pitch::penaltySpot(pitch::End::Right);
    EXPECT_LT(distance(ballAt(tl, 0.0), spot), 1e-9);
    EXPECT_LT(distance(ballAt(tl, 0.9), spot), 1e-9) << "the ball stays on the spot until the kick";
    const PlayerId taker = who(s, "Mertens"), keeper = who(s, "Buffon");
    // The taker behind the ball, walking in; the keeper on his line between the posts until the kick.
    const Vec2 runUp = positionAt(tl, taker, 0.0);
    EXPECT_LT(runUp.x, spot.x - 1.0);
    EXPECT_NEAR(runUp.y, spot.y, 0.5);
    for (double t : {0.0, 0.5, 0.95}) {
        const Vec2 k = positionAt(tl, keeper, t);
        EXPECT_GT(k.x, pitch::kLength - 0.5) << t;
        EXPECT_NEAR(k.y, pitch::kCentre.y, pitch::kGoalWidth / 2.0) << t;
    }
    // Everyone else outside the area and the arc, and behind the ball, at the start and at the kick.
    for (const sim::TrackedPlayer& p : tl.track(0).players) {
        if (p.id == taker || p.id == keeper) continue;
        for (double t : {0.0, 1.0}) {
            const Vec2 at = positionAt(tl, p.id, t);
            const bool inArea = at.x > pitch::kLength - pitch::kPenaltyAreaDepth &&
                                std::abs(at.y - pitch::kCentre.y) < pitch::kPenaltyAreaWidth / 2.0;
            EXPECT_FALSE(inArea) << s.player(p.id).name << " at " << at.x << ", " << at.y;
            EXPECT_GE(distance(at, spot), pitch::kPenaltyArcRadius) << s.player(p.id).name;
            EXPECT_LE(at.x, spot.x) << s.player(p.id).name << " is not behind the ball";
        }
    }
}

TEST(Penalty, AScoredPenaltyIsAGoalForTheTaker) {
    const Script s = penalty(36.4, 0.6, 22.0);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto goals = ofKind(baked.timeline, EventKind::Goal);
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0].player, who(s, "Mertens"));
    EXPECT_EQ(goals[0].cause, ActionKind::Penalty);
    EXPECT_EQ(baked.timeline.scoreAt(baked.timeline.duration()), (std::array<int, 2>{0, 1}));
    const auto lines = matchSummary(baked.timeline);
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("GOAL  Mertens (penalty)") != std::string::npos;
    }));
}

TEST(Penalty, ASavedPenaltyIsNoGoal) {
    Script s = penalty(36.4, 0.6, 22.0);
    // The shot reaches the line about half a second after the kick; Buffon goes the right way and holds.
    s.moments[0].actions.push_back(save(s, "Buffon", 1.5, true, {}, std::nullopt, 11));
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    EXPECT_TRUE(ofKind(baked.timeline, EventKind::Goal).empty());
    ASSERT_EQ(ofKind(baked.timeline, EventKind::Save).size(), 1u);
    EXPECT_EQ(baked.timeline.scoreAt(baked.timeline.duration()), (std::array<int, 2>{0, 0}));
}

TEST(Penalty, TheMomentsShapeHasTheLastWord) {
    Script s = penalty(36.4, 0.6, 22.0);
    place(s, s.moments[0], "Barzagli", {80.0, 60.0});
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    EXPECT_LT(distance(positionAt(baked.timeline, who(s, "Barzagli"), 0.0), {80.0, 60.0}), 0.01);
    // Nobody who was left to the Laws stands within two metres of him.
    for (const sim::TrackedPlayer& p : baked.timeline.track(0).players) {
        if (p.id == who(s, "Barzagli")) continue;
        EXPECT_GT(distance(positionAt(baked.timeline, p.id, 0.0), {80.0, 60.0}), 2.0) << s.player(p.id).name;
    }
}

TEST(Penalty, AMomentWithoutOneIsLeftAlone) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "shot", 600.0, 4.0);
    m.actions.push_back(kick(s, ActionKind::Shot, "Mertens", 1.0, toGoal(pitch::End::Right, 34.0, 0.5), {}, 20.0,
                             KickStyle::Driven, 10));
    const std::vector<PlayerId> players{who(s, "Mertens")};
    const std::vector<Vec2> starts{{90.0, 30.0}};
    EXPECT_FALSE(sim::setPieceOf(s, m, players, starts).has_value());
}

// Law 14's places at the kick, at either end: outside the area, off the arc, behind the mark.
TEST(PenaltyPlaces, OutsideTheAreaTheArcAndBehindTheMark) {
    using sim::clearOfPenaltyKick;
    EXPECT_FALSE(clearOfPenaltyKick({95.0, 34.0}, pitch::End::Right));   // by the spot
    EXPECT_FALSE(clearOfPenaltyKick({90.0, 15.0}, pitch::End::Right));   // in the area, wide
    EXPECT_FALSE(clearOfPenaltyKick({86.0, 34.0}, pitch::End::Right));   // in the arc
    EXPECT_FALSE(clearOfPenaltyKick({100.0, 5.0}, pitch::End::Right));   // beside the area, nearer the line
    EXPECT_TRUE(clearOfPenaltyKick({86.0, 45.0}, pitch::End::Right));    // on the edge, clear of the arc
    EXPECT_TRUE(clearOfPenaltyKick({92.0, 60.0}, pitch::End::Right));    // beside the area, behind the mark
    EXPECT_TRUE(clearOfPenaltyKick({40.0, 34.0}, pitch::End::Right));
    EXPECT_FALSE(clearOfPenaltyKick({10.0, 34.0}, pitch::End::Left));
    EXPECT_FALSE(clearOfPenaltyKick({19.0, 34.0}, pitch::End::Left));
    EXPECT_TRUE(clearOfPenaltyKick({19.0, 45.0}, pitch::End::Left));
    EXPECT_FALSE(clearOfPenaltyKick({86.0, 45.0}, pitch::End::Right, 3.0));  // within the margin of the line
}

// The nearest place clear of a penalty is clear and no further than any other clear place: every point
// of a grid over the area and round it, against every clear point of a finer grid.
TEST(PenaltyPlaces, TheNearestClearPlaceIsTheShortestStepOut) {
    constexpr double kMargin = 0.5;
    std::vector<Vec2> clear;
    for (double x = 70.0; x <= 105.0; x += 0.25) {
        for (double y = 0.0; y <= 68.0; y += 0.25) {
            if (sim::clearOfPenaltyKick({x, y}, pitch::End::Right, kMargin)) clear.push_back({x, y});
        }
    }
    for (double x = 80.0; x <= 105.0; x += 1.5) {
        for (double y = 5.0; y <= 63.0; y += 1.5) {
            const Vec2 from{x, y};
            const Vec2 to = sim::nearestClearOfPenaltyKick(from, pitch::End::Right, kMargin);
            EXPECT_TRUE(sim::clearOfPenaltyKick(to, pitch::End::Right, kMargin - 1e-9)) << x << ", " << y;
            double best = 1e9;
            for (const Vec2& c : clear) best = std::min(best, distance(from, c));
            EXPECT_LE(distance(from, to), best + 1e-9) << x << ", " << y;
        }
    }
    // Mirrored at the left-hand end.
    const Vec2 left = sim::nearestClearOfPenaltyKick({12.0, 36.0}, pitch::End::Left, kMargin);
    EXPECT_TRUE(sim::clearOfPenaltyKick(left, pitch::End::Left, kMargin - 1e-9));
    EXPECT_NEAR(distance(left, pitch::penaltySpot(pitch::End::Left)), pitch::kPenaltyArcRadius + kMargin, 1e-9);
}

// Someone the script walks into the area before the kick is told of, at the run that takes him there;
// placed by the Laws, nobody is.
TEST(PenaltyPlaces, ARunIntoTheAreaBeforeTheKickIsAWarning) {
    const Script laws = penalty(36.4, 0.6, 22.0);
    const BakeResult clean = bake(laws);
    ASSERT_TRUE(clean.ok()) << clean.diagnostics.text();
    EXPECT_EQ(clean.diagnostics.text().find("takes his penalty"), std::string::npos) << clean.diagnostics.text();

    Script s = penalty(36.4, 0.6, 22.0);
    place(s, s.moments[0], "Koulibaly", {87.0, 40.0});  // clear of the area and the arc
    s.moments[0].actions.push_back(run(s, "Koulibaly", 0.0, {92.0, 40.0}, 0.9, 42));
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const std::string text = baked.diagnostics.text();
    EXPECT_NE(text.find(":42:"), std::string::npos) << text;
    EXPECT_NE(text.find("Koulibaly stands in the penalty area [92.0, 40.0] as Mertens takes his penalty"), std::string::npos)
        << text;
}

// 10': Mertens shoots from 16 m at the right-hand goal; Buffon stands in its middle.
Script shotAtBuffon(double y) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "shot", 600.0, 4.0);
    m.ball = {88.0, 34.0};
    place(s, m, "Mertens", {87.65, 34.0});
    place(s, m, "Buffon", {103.5, 34.0});
    m.actions.push_back(kick(s, ActionKind::Shot, "Mertens", 0.5, toGoal(pitch::End::Right, y, 0.5), {}, 22.0,
                             KickStyle::Driven, 10));
    return s;
}

TEST(BeatenSave, TheKeeperDivesTheRightWayAndTheGoalIsTheShooters) {
    Script s = shotAtBuffon(31.2);
    Action dive = save(s, "Buffon", 1.25, false, {}, std::nullopt, 11);
    dive.beaten = true;
    s.moments[0].actions.push_back(dive);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const auto goals = ofKind(tl, EventKind::Goal);
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0].player, who(s, "Mertens"));
    EXPECT_EQ(goals[0].cause, ActionKind::Shot);
    EXPECT_TRUE(ofKind(tl, EventKind::Save).empty()) << "he never touched it";
    // He goes towards the ball and ends short of it: closer than where he stood, not on it.
    const PlayerId buffon = who(s, "Buffon");
    const Vec2 ball = ballAt(tl, 1.25);
    const double before = distance(positionAt(tl, buffon, 0.5), ball);
    const double after = distance(positionAt(tl, buffon, 1.25), ball);
    EXPECT_LT(after, before - 1.0);
    EXPECT_GT(after, 0.5);
    EXPECT_LT(after, 1.0);
    EXPECT_LT(positionAt(tl, buffon, 1.25).y, 34.0 - 1.5) << "he dives towards the ball's side";
}

TEST(BeatenSave, WithoutTheDiveTheKeeperStandsStill) {
    // The same shot with no save: Buffon stays in the middle, which is how the dive above is his own.
    const Script s = shotAtBuffon(31.2);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    EXPECT_NEAR(positionAt(baked.timeline, who(s, "Buffon"), 1.25).y, 34.0, 0.3);
}

TEST(PalmedIn, AKeeperWhoPalmsAShotIntoHisNetConcedesTheShootersGoal) {
    Script s = shotAtBuffon(33.0);
    // He gets a hand to it and helps it in.
    s.moments[0].actions.push_back(save(s, "Buffon", 1.2, false, toGoal(pitch::End::Right, 32.5, 1.0), 8.0, 11));
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    ASSERT_EQ(ofKind(baked.timeline, EventKind::Save).size(), 1u);
    const auto goals = ofKind(baked.timeline, EventKind::Goal);
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0].player, who(s, "Mertens")) << "not Buffon's own goal";
    EXPECT_EQ(goals[0].cause, ActionKind::Shot);
    EXPECT_EQ(baked.timeline.scoreAt(baked.timeline.duration()), (std::array<int, 2>{0, 1}));
    const auto lines = matchSummary(baked.timeline);
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("GOAL  Mertens (shot)") != std::string::npos;
    })) << "the summary credits the shooter";
    EXPECT_TRUE(std::none_of(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("own goal") != std::string::npos;
    }));
}

}  // namespace
}  // namespace touchline
