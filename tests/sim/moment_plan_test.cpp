// planMoment's stages, each on its own: how long a moment runs, who is in it and where, the runs, the
// touches (kicks, saves, tackles, a dribble's small touches), the controls, who a pass is played to, the
// ball's start, and the predicted ball that aims every touch.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/ball_flight.h"
#include "sim/lineup.h"
#include "sim/moment_plan.h"
#include "support/sim_scripts.h"

namespace touchline {
namespace {

using namespace touchline::testing;
using namespace touchline::sim;

// Napoli attack x = 105 in the first half (the sample match); the moment is at 10'.
constexpr double kAt = 600.0;

struct Planning {
    Script script = emptyMatch();
    Moment& moment = addMoment(script, "m", kAt);
    Diagnostics diagnostics;

    MomentPlan plan() {
        const Lineup lineup(script);
        return planMoment(script, 0, lineup, BallModel{}, diagnostics);
    }
    int index(const MomentPlan& p, std::string_view name) { return p.indexOf(who(script, name)); }
};

TEST(MomentPlanStages, DurationIsTheScriptsElseTwoSecondsAfterTheLastThingAndFourForAStillMoment) {
    Planning p;
    p.moment.actions.push_back(kick(p.script, ActionKind::Pass, "Hamšík", 1.0, toPlace({70, 30}), 3.5, {}, KickStyle::Ground));
    EXPECT_DOUBLE_EQ(momentDuration(p.moment), 5.5);  // the arrival counts
    p.moment.duration = 9.0;
    EXPECT_DOUBLE_EQ(momentDuration(p.moment), 9.0);
    Moment still;
    still.actions.push_back(simple(p.script, ActionKind::Card, "Allan", 0.5));
    EXPECT_DOUBLE_EQ(momentDuration(still), 4.0);
}

TEST(MomentPlanStages, PlayersInAMomentAreThoseOnThePitchAndThoseWhoComeOn) {
    Planning p;
    Action sub = simple(p.script, ActionKind::Substitution, "Zieliński", 3.0);
    sub.other = who(p.script, "Hamšík");
    p.moment.actions.push_back(sub);
    Action red = simple(p.script, ActionKind::Card, "Allan", 2.0);
    red.card = CardColour::Red;
    p.moment.actions.push_back(red);
    const std::vector<TrackedPlayer> players = playersInMoment(p.moment, Lineup(p.script));
    ASSERT_EQ(players.size(), 23u);  // 22 starters and Zieliński
    const auto of = [&](std::string_view name) {
        return *std::find_if(players.begin(), players.end(), [&](const TrackedPlayer& t) { return t.id == who(p.script, name); });
    };
    EXPECT_DOUBLE_EQ(of("Zieliński").onFrom, 3.0);
    EXPECT_DOUBLE_EQ(of("Hamšík").onUntil, 3.0);
    EXPECT_DOUBLE_EQ(of("Allan").onUntil, 2.0);
    EXPECT_DOUBLE_EQ(of("Mertens").onFrom, 0.0);
}

TEST(MomentPlanStages, StartPositionsAreTheShapeElseTheFormationSpotForThatHalf) {
    Planning p;
    place(p.script, p.moment, "Mertens", {80.0, 20.0});
    const Lineup lineup(p.script);
    const std::vector<TrackedPlayer> players = playersInMoment(p.moment, lineup);
    const std::vector<Vec2> at = startPositions(p.moment, lineup, players);
    for (std::size_t i = 0; i < players.size(); ++i) {
        const std::string name(p.script.playerName(players[i].id));
        if (name == "Mertens") {
            EXPECT_EQ(at[i], (Vec2{80.0, 20.0}));
        } else if (name == "Hamšík") {
            EXPECT_EQ(at[i], (Vec2{48.0, 46.0}));  // Napoli attack x = 105: the spot as written
        } else if (name == "Pjanić") {
            EXPECT_EQ(at[i], mirrored({44.0, 34.0}));  // Juventus attack x = 0: turned round
        }
    }
}

TEST(MomentPlanStages, RunsGoToTheirPlayerAndARunnerNotOnThePitchIsLocated) {
    Planning p;
    p.moment.actions.push_back(run(p.script, "Mertens", 0.5, {90.0, 30.0}, 2.0, 7));
    p.moment.actions.push_back(run(p.script, "Zieliński", 0.5, {60.0, 30.0}, 2.0, 8));  // on the bench
    const MomentPlan plan = p.plan();
    const auto& runs = plan.runs[static_cast<std::size_t>(p.index(plan, "Mertens"))];
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].to, (Vec2{90.0, 30.0}));
    EXPECT_EQ(runs[0].action, 0);
    ASSERT_EQ(p.diagnostics.items().size(), 1u);
    EXPECT_EQ(p.diagnostics.items()[0].where.line, 8);
    EXPECT_EQ(p.diagnostics.items()[0].message, "Zieliński is not on the pitch at this time");
}

TEST(MomentPlanStages, ScriptedTouchesAreKicksSavesTacklesAndADribblesSmallTouches) {
    Planning p;
    place(p.script, p.moment, "Hamšík", {60.0, 34.0});
    p.moment.actions.push_back(kick(p.script, ActionKind::Pass, "Hamšík", 0.0, toPlace({70, 34}), 1.0, {}, KickStyle::Ground));
    p.moment.actions.push_back(simple(p.script, ActionKind::Dribble, "Mertens", 1.0));
    p.moment.actions.back().to = {85.0, 34.0};
    p.moment.actions.back().by = 3.0;
    Action tackle = simple(p.script, ActionKind::Tackle, "Albiol", 3.5);
    tackle.other = who(p.script, "Higuaín");
    p.moment.actions.push_back(tackle);
    p.moment.actions.push_back(save(p.script, "Buffon", 4.0, false, toPlace({10, 50}), 10.0));
    const MomentPlan plan = p.plan();
    std::vector<TouchKind> kinds;
    for (const Touch& t : plan.touches) kinds.push_back(t.kind);
    // 2 s of dribble at one touch every 0.45 s: five touches.
    const std::vector<TouchKind> expected = {TouchKind::Kick,    TouchKind::Dribble, TouchKind::Dribble, TouchKind::Dribble,
                                             TouchKind::Dribble, TouchKind::Dribble, TouchKind::Trap,    TouchKind::Parry};
    EXPECT_EQ(kinds, expected);
    EXPECT_EQ(plan.touches.back().style, KickStyle::Driven);  // a palm is never along the grass
    EXPECT_EQ(plan.touches[6].step, 3 * 240 + 120);
    // The last small touch leaves the ball just ahead of where he will be when the dribble ends.
    EXPECT_LT(distance(plan.touches[5].target.place, {85.0, 34.0}), 0.6);
}

TEST(MomentPlanStages, ABallThatMustArriveBeforeItIsKickedIsLocated) {
    Planning p;
    p.moment.actions.push_back(kick(p.script, ActionKind::Pass, "Hamšík", 2.0, toPlace({70, 34}), 1.5, {}, KickStyle::Ground, 12));
    const MomentPlan plan = p.plan();
    ASSERT_FALSE(p.diagnostics.items().empty());
    EXPECT_EQ(p.diagnostics.items()[0].where.line, 12);
    EXPECT_NE(p.diagnostics.items()[0].message.find("must arrive after it is kicked"), std::string::npos);
    EXPECT_GT(*plan.touches[0].arriveStep, plan.touches[0].step);
}

TEST(MomentPlanStages, APlayerWhoIsPlayedToAndDoesNothingTakesTheBallDown) {
    Script s = emptyMatch();
    std::vector<Touch> touches(1);
    touches[0].step = 0;
    touches[0].player = who(s, "Hamšík");
    touches[0].target = toPlayer(s, "Mertens");
    touches[0].arriveStep = 300;
    addControls(touches, 1000);
    ASSERT_EQ(touches.size(), 2u);
    EXPECT_EQ(touches[1].kind, TouchKind::Control);
    EXPECT_EQ(touches[1].player, who(s, "Mertens"));
    EXPECT_EQ(touches[1].step, 300);
    // When he plays it himself, he needs no control.
    Touch shot;
    shot.step = 301;
    shot.player = who(s, "Mertens");
    touches.resize(1);
    touches.push_back(shot);
    addControls(touches, 1000);
    EXPECT_EQ(touches.size(), 2u);
}

// A touch of the ball by `name` at `step`, for the stages that order touches and say who they are to.
Touch touchBy(const Script& s, int step, std::string_view name, TouchKind kind, ActionKind cause) {
    Touch t;
    t.step = step;
    t.player = who(s, name);
    t.kind = kind;
    t.cause = cause;
    return t;
}

TEST(MomentPlanStages, APassIsPlayedToTheNextTeamMateToTouchItNeverFromACorner) {
    Script s = emptyMatch();
    const auto touch = [&](int step, std::string_view name, ActionKind cause) {
        return touchBy(s, step, name, TouchKind::Kick, cause);
    };
    std::vector<Touch> touches = {touch(0, "Hamšík", ActionKind::Pass), touch(100, "Mertens", ActionKind::Pass),
                                  touch(200, "Albiol", ActionKind::Pass), touch(300, "Callejón", ActionKind::Corner),
                                  touch(400, "Koulibaly", ActionKind::Header)};
    assignReceivers(touches);
    EXPECT_EQ(touches[0].receiver, who(s, "Mertens"));
    EXPECT_EQ(touches[1].receiver, who(s, "Albiol"));  // Albiol is a team-mate in the sample match
    EXPECT_FALSE(touches[3].receiver.valid());          // a corner
    EXPECT_FALSE(touches[4].receiver.valid());          // no one after him
    touches[2].player = who(s, "Benatia");              // a Juventus player wins it
    touches[1].receiver = {};
    assignReceivers(touches);
    EXPECT_FALSE(touches[1].receiver.valid());
}

// Law 11: a ball that rebounds off the goalkeeper's save is still played to the team-mate who follows it
// up, judged where he was at the shot; a save that keeps the ball ends the pass.
TEST(MomentPlanStages, AShotParriedToATeamMateIsPlayedToHim) {
    Script s = emptyMatch();
    const auto touch = [&](int step, std::string_view name, TouchKind kind) {
        return touchBy(s, step, name, kind, kind == TouchKind::Kick ? ActionKind::Shot : ActionKind::Save);
    };
    std::vector<Touch> touches = {touch(0, "Mertens", TouchKind::Kick), touch(100, "Buffon", TouchKind::Parry),
                                  touch(200, "Callejón", TouchKind::Kick)};
    assignReceivers(touches);
    EXPECT_EQ(touches[0].receiver, who(s, "Callejón"));
    touches[1].kind = TouchKind::Hold;
    touches[0].receiver = {};
    assignReceivers(touches);
    EXPECT_FALSE(touches[0].receiver.valid());
}

// The data's offside: the last pass of the caught player's team-mates before play stops is played to
// him, whoever touches the ball after it; a ball an opponent plays on in between is no pass of theirs.
TEST(MomentPlanStages, AnOffsideStopIsCalledAtTheLastPassToWhoWasCaught) {
    Script s = emptyMatch();
    const auto touch = [&](int step, std::string_view name, TouchKind kind) {
        return touchBy(s, step, name, kind, ActionKind::Pass);
    };
    Moment m;
    m.stop = Stop{StopKind::Offside, 4.0, who(s, "Mertens"), {}};
    std::vector<Touch> touches = {touch(0, "Hamšík", TouchKind::Kick), touch(240, "Jorginho", TouchKind::Kick),
                                  touch(480, "Callejón", TouchKind::Kick), touch(1200, "Insigne", TouchKind::Kick)};
    assignReceivers(touches);
    callOffside(m, touches);
    EXPECT_EQ(offsidePass(m, touches), 2u);  // Insigne's is after the flag
    EXPECT_EQ(touches[2].receiver, who(s, "Mertens"));
    EXPECT_EQ(touches[1].receiver, who(s, "Callejón"));
    // Benatia plays Callejón's pass on: the last before the flag is no one's, so no pass is called.
    touches.insert(touches.begin() + 3, touch(700, "Benatia", TouchKind::Kick));
    EXPECT_FALSE(offsidePass(m, touches).has_value());
    // A keeper's parry does not end it (Law 11: a save is no deliberate play).
    touches[3] = touch(700, "Buffon", TouchKind::Parry);
    EXPECT_EQ(offsidePass(m, touches), 2u);
    // A stop that names no one, or is not for offside, calls nothing.
    m.stop->player = {};
    EXPECT_FALSE(offsidePass(m, touches).has_value());
    m.stop = Stop{StopKind::Out, 4.0, who(s, "Mertens"), {}};
    EXPECT_FALSE(offsidePass(m, touches).has_value());
}

TEST(MomentPlanStages, PlayersInActionPlayTheBallOrAreItsTarget) {
    Planning p;
    p.moment.actions.push_back(kick(p.script, ActionKind::Pass, "Hamšík", 0.0, toPlayer(p.script, "Mertens"), 1.5, {},
                                    KickStyle::Ground));
    const MomentPlan plan = p.plan();
    for (const TrackedPlayer& t : plan.players) {
        const std::string name(p.script.playerName(t.id));
        EXPECT_EQ(t.inAction, name == "Hamšík" || name == "Mertens") << name;
    }
}

TEST(MomentPlanStages, TheBallStartsWhereTheScriptPutsItElseAtTheFirstKickersFeet) {
    Planning p;
    place(p.script, p.moment, "Hamšík", {60.0, 34.0});
    p.moment.actions.push_back(kick(p.script, ActionKind::Pass, "Hamšík", 0.0, toPlace({70, 34}), 1.0, {}, KickStyle::Ground));
    MomentPlan plan = p.plan();
    EXPECT_LT(distance(plan.ballStart.position, Vec3{60.35, 34.0, 0.11}), 1e-9);
    p.moment.ball = Vec2{61.0, 30.0};
    plan = p.plan();
    EXPECT_EQ(plan.ballStart.position, (Vec3{61.0, 30.0, 0.11}));
}

TEST(MomentPlanStages, EachTouchIsAimedFromTheBallThePreviousOneSent) {
    Planning p;
    place(p.script, p.moment, "Hamšík", {60.0, 34.0});
    place(p.script, p.moment, "Mertens", {75.0, 34.0});
    p.moment.actions.push_back(kick(p.script, ActionKind::Pass, "Hamšík", 0.0, toPlace({75, 34}), 1.2, {}, KickStyle::Ground));
    p.moment.actions.push_back(kick(p.script, ActionKind::Shot, "Mertens", 1.2, toGoal(pitch::End::Right, 34, 1.0), {}, 25.0,
                                    KickStyle::Driven));
    const MomentPlan plan = p.plan();
    ASSERT_EQ(plan.touches.size(), 2u);
    const BallState predicted = flyFor(BallModel{}, plan.touches[0].launch, plan.touches[1].step - plan.touches[0].step);
    EXPECT_EQ(plan.touches[1].ballAt, predicted);
    EXPECT_LT(distance(plan.touches[1].ballAt.position.ground(), {75.0, 34.0}), 0.1);
    EXPECT_NEAR(length(plan.touches[1].launch.velocity), 25.0, 1e-6);
    EXPECT_TRUE(plan.touches[0].problems.empty());
}

TEST(MomentPlanStages, ATouchCarriesWhatIsWrongWithIt) {
    Planning p;
    place(p.script, p.moment, "Hamšík", {60.0, 34.0});
    p.moment.actions.push_back(kick(p.script, ActionKind::Pass, "Hamšík", 0.0, toPlace({100, 34}), 1.0, {}, KickStyle::Driven, 5));
    const MomentPlan plan = p.plan();
    ASSERT_EQ(plan.touches.size(), 1u);
    ASSERT_EQ(plan.touches[0].problems.size(), 1u);
    EXPECT_EQ(plan.touches[0].problems[0].severity, Severity::Error);
    EXPECT_EQ(plan.touches[0].problems[0].message.rfind("Hamšík's pass: ", 0), 0u);
    EXPECT_TRUE(p.diagnostics.empty());  // the bake reports it, from the touch as finally played
}

TEST(MomentPlanStages, ASubstituteJogsOnFromTheTouchlineAndThePlayerGoingOffWalksOff) {
    Planning p;
    p.moment.duration = 30.0;
    Action sub = simple(p.script, ActionKind::Substitution, "Zieliński", 2.0, 9);
    sub.other = who(p.script, "Hamšík");
    p.moment.actions.push_back(sub);
    const MomentPlan plan = p.plan();
    const auto on = static_cast<std::size_t>(p.index(plan, "Zieliński"));
    const auto off = static_cast<std::size_t>(p.index(plan, "Hamšík"));
    // He starts by Napoli's bench: the away side of the halfway line, off the pitch.
    EXPECT_EQ(plan.startPositions[on], substituteEntry(who(p.script, "Zieliński")));
    EXPECT_LT(plan.startPositions[on].y, 0.0);
    EXPECT_GT(plan.startPositions[on].x, pitch::kCentre.x);
    // He jogs to Hamšík's spot (he has none of his own) at the walk-on speed.
    const Vec2 spot{48.0, 46.0};
    const double jog = distance(plan.startPositions[on], spot) / kWalkOnSpeed;
    EXPECT_LT(distance(plan.planned[on].position(2.0), plan.startPositions[on]), 1e-9);
    EXPECT_LT(distance(plan.planned[on].position(2.0 + jog), spot), 1e-9);
    EXPECT_GT(distance(plan.planned[on].position(2.0 + jog / 2), spot), 5.0);
    // Hamšík walks from his spot to the benches' touchline and is gone when he gets there.
    const Vec2 exit = exitPoint(spot);
    EXPECT_LT(exit.y, 0.0);
    EXPECT_NEAR(plan.players[off].onUntil, 2.0 + distance(spot, exit) / kWalkOffSpeed, 1e-9);
    EXPECT_LT(distance(plan.planned[off].position(plan.players[off].onUntil), exit), 1e-9);
    EXPECT_LT(distance(plan.planned[off].position(1.0), spot), 1e-9);
}

}  // namespace
}  // namespace touchline
