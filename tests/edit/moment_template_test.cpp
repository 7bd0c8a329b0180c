// New moments from templates: each loads, bakes without a physics error, and does what it says
// (a goal-bound ball from the right players), for either end of the pitch.
#include <gtest/gtest.h>

#include <algorithm>

#include "edit/edit_session.h"
#include "edit/edit_test_support.h"
#include "edit/moment_template.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::edit;

double at(const Script& script, const char* clock) { return *script.clock.toMatchTime(*parseClock(clock)); }

struct Case {
    MomentTemplate kind;
    const char* clock;
    TeamSide team;
    const char* name;
};

class MomentTemplates : public ::testing::TestWithParam<Case> {};

TEST_P(MomentTemplates, LoadsBakesAndShootsAtTheRightGoal) {
    const Case c = GetParam();
    const std::string original = testing::bundledText();
    EditSession session("match.yaml", original);
    const double start = at(session.script(), c.clock);
    ASSERT_TRUE(session.apply(AddMoment{c.kind, start, c.team}).ok());
    EXPECT_TRUE(session.current()) << session.diagnostics().text();
    EXPECT_FALSE(session.diagnostics().hasErrors()) << session.diagnostics().text();
    const Script& script = session.script();
    const Moment* added = nullptr;
    int index = -1;
    for (std::size_t i = 0; i < script.moments.size(); ++i) {
        if (script.moments[i].id.rfind("new-", 0) == 0) {
            added = &script.moments[i];
            index = static_cast<int>(i);
        }
    }
    ASSERT_NE(added, nullptr);
    EXPECT_DOUBLE_EQ(added->matchTime, start);
    const pitch::End end = script.attackingEnd(c.team, start);
    // Every kick is by the team's own players, and the last one is at the goal they attack.
    const auto lastKick = std::find_if(added->actions.rbegin(), added->actions.rend(), [](const Action& a) { return isKick(a.kind); });
    ASSERT_NE(lastKick, added->actions.rend());
    const Action& last = *lastKick;
    EXPECT_EQ(last.target.kind, KickTarget::Kind::Goal);
    EXPECT_EQ(last.target.goal, end);
    for (const Action& a : added->actions) {
        if (isKick(a.kind)) {
            EXPECT_EQ(a.actor.side(), c.team);
        }
    }
    // The physics took the moment as written: the ball reached the goal's six-yard box (a keeper
    // standing at his spot may still save it: that is the physics' call, not the template's).
    const auto& span = session.timeline()->moments()[static_cast<std::size_t>(index)];
    bool crossed = false;
    Frame frame;
    for (double t = span.start; t <= span.end && !crossed; t += 0.05) {
        session.timeline()->sample(t, frame);
        if (frame.ball.visible) {
            crossed = end == pitch::End::Right ? frame.ball.position.x > pitch::kLength - 5.5 : frame.ball.position.x < 5.5;
        }
    }
    EXPECT_TRUE(crossed) << "the ball never reached the goal";
    // Undo takes the whole moment away.
    ASSERT_TRUE(session.undo());
    EXPECT_EQ(session.text(), original);
}

INSTANTIATE_TEST_SUITE_P(Bundled, MomentTemplates,
                         ::testing::Values(Case{MomentTemplate::Corner, "30:00", TeamSide::Home, "CornerJuventus30"},
                                           Case{MomentTemplate::ThroughBall, "60:00", TeamSide::Away, "ThroughBallNapoli60"},
                                           Case{MomentTemplate::Shot, "80:00", TeamSide::Home, "ShotJuventus80"},
                                           Case{MomentTemplate::CrossHeader, "15:30", TeamSide::Away, "CrossHeaderNapoli15"},
                                           Case{MomentTemplate::Corner, "85:00", TeamSide::Away, "CornerNapoli85"},
                                           Case{MomentTemplate::Penalty, "70:00", TeamSide::Home, "PenaltyJuventus70"},
                                           Case{MomentTemplate::Penalty, "20:00", TeamSide::Away, "PenaltyNapoli20"}),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

// The penalty template: the players are placed by the penalty action itself, and the keeper, beaten,
// dives the right way; the physics sees a goal for the taker.
TEST(MomentTemplatesPlace, APenaltyIsScoredPastADivingKeeper) {
    EditSession session("match.yaml", testing::bundledText());
    const double start = at(session.script(), "70:00");
    ASSERT_TRUE(session.apply(AddMoment{MomentTemplate::Penalty, start, TeamSide::Home}).ok());
    ASSERT_FALSE(session.diagnostics().hasErrors()) << session.diagnostics().text();
    const Script& script = session.script();
    const int index = testing::momentIndex(script, "new-penalty");
    const Moment& m = script.moments[static_cast<std::size_t>(index)];
    EXPECT_TRUE(m.shape.empty());
    EXPECT_FALSE(m.ball.has_value());
    ASSERT_EQ(m.actions.size(), 2u);
    EXPECT_EQ(m.actions[0].kind, ActionKind::Penalty);
    EXPECT_TRUE(m.actions[1].beaten);
    EXPECT_TRUE(script.player(m.actions[1].actor).isGoalkeeper());
    // The text is the writer's: one flow mapping per action.
    EXPECT_NE(session.text().find("      - { at: 1.45, save: Reina, beaten: true }"), std::string::npos) << session.text();
    const auto& span = session.timeline()->moments()[static_cast<std::size_t>(index)];
    int goals = 0;
    for (const ObservedEvent& e : session.timeline()->events()) {
        if (e.kind == EventKind::Goal && e.time >= span.start && e.time <= span.end) {
            ++goals;
            EXPECT_EQ(e.player, m.actions[0].actor);
        }
    }
    EXPECT_EQ(goals, 1);
}

TEST(MomentTemplatesPlace, ARunningMomentOrTheFinalWhistleRefuses) {
    EditSession session("match.yaml", testing::bundledText());
    const Script& script = session.script();
    const double during = script.moments[static_cast<std::size_t>(testing::momentIndex(script, "koulibaly-winner"))].matchTime + 1.0;
    const Status refused = session.apply(AddMoment{MomentTemplate::Shot, during, TeamSide::Away});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("koulibaly-winner"), std::string::npos) << refused.error().message;
    EXPECT_FALSE(session.apply(AddMoment{MomentTemplate::Shot, script.clock.totalLength() - 2.0, TeamSide::Away}).ok());
    EXPECT_FALSE(session.canUndo());
}

}  // namespace
}  // namespace touchline
