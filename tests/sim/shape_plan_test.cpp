// The team-shape stage on a planned moment: the ball's course, restarts at both ends, touches kept.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/moment_plan.h"
#include "sim/shape_plan.h"
#include "support/sim_scripts.h"

namespace touchline {
namespace {

using namespace touchline::testing;
using namespace touchline::sim;

// 10:00 (Juventus attack x = 0 in the first half): Lichtsteiner's throw-in to Pjanić where the throw-in's
// shape puts him, Pjanić to Khedira, who plays it long and out over the touchline; Napoli then throw in.
const Restart kThrowIn{RestartKind::ThrowIn, {0, 1}, {60.0, 67.8}, {}};  // Lichtsteiner
const Restart kNext{RestartKind::ThrowIn, {1, 4}, {30.0, 68.0}, {}};     // Mário Rui

struct Planned {
    Script script;
    Lineup lineup;
    MomentPlan plan;
};

Planned planned() {
    Planned p{emptyMatch(), {}, {}};
    Script& s = p.script;
    Moment& m = addMoment(s, "stretch", 600.0, 14.0);
    m.ball = kThrowIn.at;
    p.lineup = Lineup(s);
    Diagnostics d;
    const MomentPlan still = planMoment(s, 0, p.lineup, {}, d);
    const auto at = openingPositions(s, p.lineup, still.players, restartSituation(s, kThrowIn, 600.0), 0.0);
    const auto where = [&](std::string_view name) { return at[static_cast<std::size_t>(still.indexOf(who(s, name)))]; };
    m.actions.push_back(kick(s, ActionKind::Pass, "Lichtsteiner", 0.5, toPlace(where("Pjanić") + Vec2{0.5, 0.5}), 1.7, {},
                             KickStyle::Lofted, 10));
    m.actions.push_back(kick(s, ActionKind::Pass, "Pjanić", 2.0, toPlace(where("Khedira") + Vec2{0.0, -2.0}), 3.5, {},
                             KickStyle::Ground, 11));
    m.actions.push_back(kick(s, ActionKind::Pass, "Khedira", 3.8, toPlace({30.0, 72.0}), 6.0, {}, KickStyle::Lofted, 12));
    p.lineup = Lineup(s);
    p.plan = planMoment(s, 0, p.lineup, {}, d);
    return p;
}

TEST(ShapePlan, TheBallsCourseFollowsTheTouchesAndWhoPlayedLast) {
    const Planned p = planned();
    const BallCourse course = ballCourse(p.plan, {});
    ASSERT_EQ(course.ball.size(), 141u);
    EXPECT_LT(distance(course.ball[0], {60.0, 67.8}), 0.5);
    EXPECT_LT(distance(course.ball[60], {30.0, 72.0}), 1.5);  // Khedira's ball lands at 6 s
    for (std::size_t s = 0; s < course.ball.size(); ++s) {
        ASSERT_TRUE(course.possession[s].has_value());
        EXPECT_EQ(*course.possession[s], TeamSide::Home);  // only Juventus touch it
    }
}

TEST(ShapePlan, StartsInTheRestartsShapeAndEndsInTheNextOnesExactly) {
    const Planned p = planned();
    ShapePlanOptions o;
    o.opening = restartSituation(p.script, kThrowIn, p.plan.start);
    o.closing = restartSituation(p.script, kNext, p.plan.start + p.plan.duration);
    o.closingPlayers = p.plan.players;
    o.stoppedAt = 8.5;
    std::vector<bool> scripted(p.plan.players.size(), false);
    const auto paths = shapePlan(p.script, p.plan, p.lineup, {}, scripted, p.plan.planned, o);
    const auto first = openingPositions(p.script, p.lineup, p.plan.players, *o.opening, 0.0);
    const auto last = openingPositions(p.script, p.lineup, p.plan.players, *o.closing, 0.0);
    double fastest = 0.0;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        EXPECT_EQ(paths[i].position(0.0), first[i]) << i;
        EXPECT_EQ(paths[i].position(p.plan.duration), last[i]) << i;
        for (double t = 0.0; t <= p.plan.duration; t += 1.0 / 240.0) fastest = std::max(fastest, length(paths[i].velocity(t)));
    }
    EXPECT_LE(fastest, kMaxRunSpeed);
    // Every touch is where the planner put its player.
    for (const Touch& t : p.plan.touches) {
        const int i = p.plan.indexOf(t.player);
        ASSERT_GE(i, 0);
        EXPECT_LT(distance(paths[static_cast<std::size_t>(i)].position(t.step * kStep), t.standAt), 1e-9);
    }
    // The taker of the next throw-in stands at the ball.
    const auto taker = std::min_element(last.begin(), last.end(), [](Vec2 a, Vec2 b) {
        return distance(a, kNext.at) < distance(b, kNext.at);
    });
    EXPECT_LT(distance(*taker, kNext.at), 0.5);
    EXPECT_EQ(p.plan.players[static_cast<std::size_t>(taker - last.begin())].id.side(), TeamSide::Away);
}

// A 20 s passage at 10:00 that opens with Pjanić's corner from the corner flag at (0, 0).
Moment cornerPassage(const Script& s, const char* id) {
    Moment passage;
    passage.id = id;
    passage.matchTime = 600.0;
    passage.duration = 20.0;
    passage.restart = Restart{RestartKind::Corner, who(s, "Pjanić"), {0.0, 0.0}, {}};
    return passage;
}

// Where the opening shape stands `name`, all 22 on the pitch.
Vec2 openingPlaceOf(const Script& s, const ShapeSituation& opening, const char* name) {
    const Lineup lineup(s);
    std::vector<TrackedPlayer> players;
    for (int t = 0; t < 2; ++t) {
        for (int i = 0; i < 11; ++i) players.push_back({PlayerId{t, i}});
    }
    const auto at = openingPositions(s, lineup, players, opening, 0.0);
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id == who(s, name)) return at[i];
    }
    ADD_FAILURE() << "no " << name << " in the shape";
    return {};
}

// A passage that opens with a corner (Juventus attack x = 0 in the first half): Pjanić takes it at
// 2.7 s, Napoli clear it upfield at 6.75 s to where Lichtsteiner plays it at 11.33 s. Everyone stands for
// the corner until it is kicked, so the right back is placed within a run of the clearance counted from
// the corner's kick, not from the opening (Sakai at Marseille-Metz 88:00 stood in the six-yard box, 68 m
// from his touch, and was sprinted there at 11.2 m/s).
TEST(ShapePlan, APassagesFirstTouchesAreWithinARunOfThemFromItsRestartsKick) {
    Script s = emptyMatch();
    Moment passage = cornerPassage(s, "corner");
    passage.actions.push_back(kick(s, ActionKind::Corner, "Pjanić", 2.7, toPlace({6.0, 30.0}), 4.4, {}, KickStyle::Lofted, 1));
    passage.actions.push_back(kick(s, ActionKind::Pass, "Koulibaly", 4.5, toPlace({20.0, 30.0}), 6.7, {}, KickStyle::Ground, 2));
    passage.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 6.75, toPlace({75.0, 60.0}), 11.33, {}, KickStyle::Lofted, 3));
    passage.actions.push_back(kick(s, ActionKind::Pass, "Lichtsteiner", 11.33, toPlace({60.0, 60.0}), 13.0, {}, KickStyle::Ground, 4));
    s.passages.push_back(passage);
    const ShapeSituation opening = passageOpening(s, 0);
    const auto due = std::find_if(opening.due.begin(), opening.due.end(), [&](const ShapeSituation::Due& d) {
        return d.player == who(s, "Lichtsteiner");
    });
    ASSERT_NE(due, opening.due.end());
    EXPECT_NEAR(due->after, 11.33 - 2.7, 1e-9);
    EXPECT_LE(distance(openingPlaceOf(s, opening, "Lichtsteiner"), {75.0, 60.0}), 6.0 * (11.33 - 2.7) + 1e-9);
}

// A short corner played back to its taker: he stands at the ball for the corner, wherever the return
// finds him later (drawn towards it like anyone due to play the ball soon, the closing shape of the
// passage before stood Quaresma at Portugal-Spain 90+0:09 4 m from the corner he then took).
TEST(ShapePlan, ARestartsTakerStandsAtTheBallHoweverSoonHePlaysItAgain) {
    Script s = emptyMatch();
    Moment passage = cornerPassage(s, "short corner");
    passage.actions.push_back(kick(s, ActionKind::Corner, "Pjanić", 0.5, toPlace({6.0, 4.0}), 1.5, {}, KickStyle::Ground, 1));
    passage.actions.push_back(kick(s, ActionKind::Pass, "Khedira", 1.5, toPlace({16.0, 12.0}), 3.0, {}, KickStyle::Ground, 2));
    passage.actions.push_back(kick(s, ActionKind::Pass, "Pjanić", 3.0, toPlace({30.0, 30.0}), 5.0, {}, KickStyle::Ground, 3));
    s.passages.push_back(passage);
    const ShapeSituation opening = passageOpening(s, 0);
    ASSERT_TRUE(std::any_of(opening.due.begin(), opening.due.end(), [&](const ShapeSituation::Due& d) {
        return d.player == who(s, "Pjanić");
    })) << "his return is a first touch due soon after the kick";
    EXPECT_LT(distance(openingPlaceOf(s, opening, "Pjanić"), {0.0, 0.0}), 1.0);
}

// A passage that opens with Pjanić's free kick, played short to Khedira, whose cross Barzagli is flagged
// offside at (Juventus attack x = 0 in the first half). The shape puts a centre back deep in his own half;
// he is stood within a run of where the cross goes, counted from the free kick (Bernardo Espinosa at Real
// Madrid-Girona 83:39 stood 30 m back and could not be beyond the line 4 s later). Not when an opponent
// plays the ball between (the cross is then not the pass he is caught at), nor for a corner.
TEST(ShapePlan, ThePlayerAnOffsideStopNamesStandsWithinARunOfThePassHeIsCaughtAt) {
    Script s = emptyMatch();
    Moment passage = cornerPassage(s, "free kick");
    passage.restart = Restart{RestartKind::FreeKick, who(s, "Pjanić"), {40.0, 60.0}, {}};
    passage.actions.push_back(kick(s, ActionKind::Pass, "Pjanić", 2.0, toPlace({35.0, 62.0}), 3.0, {}, KickStyle::Ground, 1));
    passage.actions.push_back(kick(s, ActionKind::Cross, "Khedira", 4.4, toPlace({12.0, 40.0}), 6.5, {}, KickStyle::Lofted, 2));
    passage.stop = Stop{StopKind::Offside, 6.5, who(s, "Barzagli"), {}};
    s.passages.push_back(passage);
    const Vec2 shapePlace = openingPlaceOf(s, restartSituation(s, *passage.restart, 600.0), "Barzagli");
    ASSERT_GT(distance(shapePlace, {12.0, 40.0}), 6.0 * (6.5 - 2.0) + 10.0) << "the shape alone stands him far from it";

    const ShapeSituation opening = passageOpening(s, 0);
    const auto due = std::find_if(opening.due.begin(), opening.due.end(), [&](const ShapeSituation::Due& d) {
        return d.player == who(s, "Barzagli");
    });
    ASSERT_NE(due, opening.due.end());
    EXPECT_EQ(due->place, Vec2(12.0, 40.0));
    EXPECT_NEAR(due->after, 6.5 - 2.0, 1e-9);
    EXPECT_LE(distance(openingPlaceOf(s, opening, "Barzagli"), {12.0, 40.0}), 6.0 * (6.5 - 2.0) + 1e-9);

    const auto dueFor = [&](const Script& script) {
        const ShapeSituation o = passageOpening(script, 0);
        return std::any_of(o.due.begin(), o.due.end(), [&](const ShapeSituation::Due& d) { return d.player == who(script, "Barzagli"); });
    };
    Script cleared = s;
    Moment& c = cleared.passages[0];
    c.actions.push_back(kick(cleared, ActionKind::Pass, "Koulibaly", 5.0, toPlace({40.0, 40.0}), 6.0, {}, KickStyle::Lofted, 3));
    c.actions[1].arrive = 5.0;
    EXPECT_FALSE(dueFor(cleared)) << "an opponent played it after the cross";
    Script corner = s;
    corner.passages[0].actions.erase(corner.passages[0].actions.begin());
    corner.passages[0].actions[0].kind = ActionKind::Corner;
    EXPECT_FALSE(dueFor(corner)) << "no one is offside from a corner";
}

TEST(ShapePlan, ScriptedPlayersKeepTheirPlannedPaths) {
    const Planned p = planned();
    std::vector<bool> scripted(p.plan.players.size(), true);
    const auto paths = shapePlan(p.script, p.plan, p.lineup, {}, scripted, p.plan.planned, {});
    for (std::size_t i = 0; i < paths.size(); ++i) {
        for (double t = 0.0; t <= 14.0; t += 0.7) EXPECT_EQ(paths[i].position(t), p.plan.planned[i].position(t));
    }
}

}  // namespace
}  // namespace touchline
