// What `check` says after the physics has run, besides the impossible: a kick that runs into a player's
// body on its way, two players on top of each other, each at the action with the player's name; and the
// bake's one rule for duplicates.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/sim_scripts.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::testing;

std::vector<const Diagnostic*> containing(const Diagnostics& d, const std::string& words) {
    std::vector<const Diagnostic*> found;
    for (const Diagnostic& item : d.items()) {
        if (item.message.find(words) != std::string::npos) found.push_back(&item);
    }
    return found;
}

// Mertens shoots from (88, 34) at the right-hand goal; Barzagli may stand in the way.
Script shot(double height, double speed, KickStyle style, bool blocker) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "shot", 600.0);
    m.ball = Vec2{88.0, 34.0};
    place(s, m, "Mertens", {87.65, 34.0});
    place(s, m, "Buffon", {104.0, 20.0});
    if (blocker) place(s, m, "Barzagli", {96.0, 34.0});
    m.actions.push_back(kick(s, ActionKind::Shot, "Mertens", 0.0, toGoal(pitch::End::Right, 34.0, height), {}, speed, style, 14));
    return s;
}

TEST(BakeWarnings, AShotIntoAPlayersBodyIsWarnedAtTheShotWithHisName) {
    const BakeResult baked = bake(shot(0.5, 24.0, KickStyle::Driven, true));
    EXPECT_TRUE(baked.ok()) << baked.diagnostics.text();
    const auto found = containing(baked.diagnostics, "runs into");
    ASSERT_EQ(found.size(), 1u) << baked.diagnostics.text();
    EXPECT_EQ(found[0]->severity, Severity::Warning);
    EXPECT_EQ(found[0]->where.line, 14);
    EXPECT_NE(found[0]->message.find("Mertens's shot runs into Barzagli"), std::string::npos) << found[0]->message;
}

TEST(BakeWarnings, ABallOverHisHeadOrAClearPathSaysNothing) {
    const BakeResult chip = bake(shot(1.6, 18.0, KickStyle::Lofted, true));
    EXPECT_TRUE(containing(chip.diagnostics, "runs into").empty()) << chip.diagnostics.text();
    const BakeResult clear = bake(shot(0.5, 24.0, KickStyle::Driven, false));
    EXPECT_TRUE(clear.diagnostics.empty()) << clear.diagnostics.text();
}

// The nearest two players come to each other in a moment's baked tracks, from `after` seconds on.
double nearestApproach(const BakeResult& baked, PlayerId a, PlayerId b, double after) {
    const MomentSpan& span = baked.timeline.moments().front();
    double nearest = 1e9;
    Frame frame;
    for (double t = span.start + after; t <= span.end; t += 0.05) {
        baked.timeline.sample(t, frame);
        Vec2 pa, pb;
        for (const PlayerFrame& p : frame.players) {
            if (p.id == a) pa = p.position;
            if (p.id == b) pb = p.position;
        }
        nearest = std::min(nearest, distance(pa, pb));
    }
    return nearest;
}

// Players the script puts on top of each other while neither is busy with the ball give way
// (sim/give_way.h): no warning, and they stand apart within half a second.
TEST(BakeWarnings, TwoPlayersPlacedOnOneSpotGiveWay) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "crowd", 600.0, 5.0);
    m.shape.push_back({who(s, "Hamšík"), {60.0, 30.0}, line(21)});
    m.shape.push_back({who(s, "Allan"), {60.2, 30.1}, line(22)});
    const BakeResult baked = bake(s);
    EXPECT_TRUE(containing(baked.diagnostics, "on top of each other").empty()) << baked.diagnostics.text();
    EXPECT_GE(nearestApproach(baked, who(s, "Hamšík"), who(s, "Allan"), 0.5), 0.8);
}

TEST(BakeWarnings, ARunThatEndsOnAnotherPlayerBendsAroundHim) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "run-into", 600.0, 6.0);
    place(s, m, "Hamšík", {60.0, 30.0});
    place(s, m, "Allan", {50.0, 30.0});
    m.actions.push_back(run(s, "Allan", 1.0, {60.1, 30.2}, 3.0, 31));
    const BakeResult baked = bake(s);
    EXPECT_TRUE(containing(baked.diagnostics, "on top of each other").empty()) << baked.diagnostics.text();
    EXPECT_GE(nearestApproach(baked, who(s, "Hamšík"), who(s, "Allan"), 0.0), 0.8);
}

// Two opponents at the ball contest it and are left where the script puts them: on top of each other
// there, they are warned at the shape.
TEST(BakeWarnings, TwoOpponentsAtTheBallOnOneSpotAreWarnedAtTheShape) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "crowd", 600.0, 4.0);
    m.ball = Vec2{60.35, 30.0};
    m.shape.push_back({who(s, "Hamšík"), {60.0, 30.0}, line(21)});
    m.shape.push_back({who(s, "Pjanić"), {60.1, 30.1}, line(22)});
    place(s, m, "Mertens", {75.0, 30.0});
    m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 1.0, toPlayer(s, "Mertens"), {}, 14.0, KickStyle::Ground, 23));
    const BakeResult baked = bake(s);
    const auto found = containing(baked.diagnostics, "on top of each other");
    ASSERT_EQ(found.size(), 1u) << baked.diagnostics.text();
    EXPECT_EQ(found[0]->severity, Severity::Warning);
    EXPECT_NE(found[0]->message.find("Hamšík"), std::string::npos);
    EXPECT_NE(found[0]->message.find("Pjanić"), std::string::npos);
}

TEST(BakeWarnings, PlayersWhoOnlyBrushPastOrDuelAreLeftAlone) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "past", 600.0, 6.0);
    place(s, m, "Hamšík", {60.0, 30.0});
    place(s, m, "Allan", {50.0, 30.0});
    m.actions.push_back(run(s, "Allan", 0.0, {70.0, 30.0}, 2.0, 31));  // through him at 10 m/s
    place(s, m, "Higuaín", {40.0, 40.0});
    place(s, m, "Albiol", {40.2, 40.0});
    Action tackle = simple(s, ActionKind::Foul, "Albiol", 1.0, 32);
    tackle.other = who(s, "Higuaín");
    m.actions.push_back(tackle);
    m.duration = 2.0;  // the foul's second either side covers the moment
    const BakeResult baked = bake(s);
    EXPECT_TRUE(containing(baked.diagnostics, "on top of each other").empty()) << baked.diagnostics.text();
}

TEST(BakeWarnings, ADribbleTooFastForAnyoneIsOneErrorNotOnePerTouch) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "rush", 600.0);
    place(s, m, "Hamšík", {20.0, 34.0});
    Action dribble = simple(s, ActionKind::Dribble, "Hamšík", 0.0, 40);
    dribble.to = {90.0, 34.0};  // 70 m in 4 s
    dribble.by = 4.0;
    m.actions.push_back(dribble);
    const BakeResult baked = bake(s);
    EXPECT_FALSE(baked.ok());
    EXPECT_EQ(containing(baked.diagnostics, "cannot get to the ball in time").size(), 1u) << baked.diagnostics.text();
    // And no diagnostic is said twice.
    const auto& items = baked.diagnostics.items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (std::size_t j = i + 1; j < items.size(); ++j) EXPECT_NE(items[i].text(), items[j].text());
    }
}

TEST(BakeWarnings, ARunnerNotOnThePitchWhoAlsoDribblesIsSaidOnce) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "bench", 600.0);
    Action dribble = simple(s, ActionKind::Dribble, "Zieliński", 0.0, 41);  // on the bench
    dribble.to = {60.0, 34.0};
    dribble.by = 2.0;
    m.actions.push_back(dribble);
    const BakeResult baked = bake(s);
    EXPECT_EQ(containing(baked.diagnostics, "Zieliński is not on the pitch").size(), 1u) << baked.diagnostics.text();
}

}  // namespace
}  // namespace touchline
