// New moments from templates: each loads, bakes without a physics error, and does what it says
// (a goal-bound ball from the right players), for either end of the pitch.
#include <gtest/gtest.h>

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
    const Action& last = added->actions.back();
    ASSERT_TRUE(isKick(last.kind));
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
                                           Case{MomentTemplate::Corner, "85:00", TeamSide::Away, "CornerNapoli85"}),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

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
