// Scripts that ask the impossible get errors located at the action, not a silent fudge.
#include <gtest/gtest.h>

#include "support/sim_scripts.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::testing;

::testing::AssertionResult hasError(const Diagnostics& d, int line, const std::string& words) {
    for (const Diagnostic& item : d.items()) {
        if (item.severity == Severity::Error && item.where.line == line && item.text().find(words) != std::string::npos) {
            return ::testing::AssertionSuccess();
        }
    }
    return ::testing::AssertionFailure() << "no error at line " << line << " saying '" << words << "' in:\n" << d.text();
}

TEST(BakeErrors, AKickFasterThanAnyHumanIsLocated) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "rocket", 600.0);
    place(s, m, "Hysaj", {20.0, 10.0});
    m.actions.push_back(kick(s, ActionKind::Pass, "Hysaj", 0.0, toPlace({90.0, 34.0}), 1.0, {}, KickStyle::Driven, 17));
    const BakeResult baked = bake(s);
    EXPECT_FALSE(baked.ok());
    EXPECT_TRUE(hasError(baked.diagnostics, 17, "test.yaml:17:3: Hysaj's pass: that kick needs"));
    EXPECT_TRUE(hasError(baked.diagnostics, 17, "m/s"));
    // The timeline is still whole: the ball goes as hard as a human can kick it.
    EXPECT_EQ(baked.timeline.moments().size(), 1u);
    const auto& ball = baked.timeline.track(0).ball;
    EXPECT_LE(length(ball[2].position() - ball[1].position()) * 240.0, 35.0 + 0.05);
}

TEST(BakeErrors, AGivenSpeedOverTheLimitIsLocated) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "rocket", 600.0);
    m.actions.push_back(kick(s, ActionKind::Shot, "Mertens", 0.0, toGoal(pitch::End::Right, 34, 1.0), {}, 41.0,
                             KickStyle::Driven, 21));
    EXPECT_TRUE(hasError(bake(s).diagnostics, 21, "faster than any human kick"));
}

TEST(BakeErrors, APlayerWhoCannotReachTheBallIsLocated) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "too-far", 600.0);
    place(s, m, "Hamšík", {60.0, 40.0});
    place(s, m, "Insigne", {60.0, 60.0});
    // The pass goes to (90, 40) in 1.5 s; Insigne would have to cover 37 m to shoot it.
    m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 0.0, toPlace({90.0, 40.0}), 1.5, {}, KickStyle::Ground, 30));
    m.actions.push_back(kick(s, ActionKind::Shot, "Insigne", 1.5, toGoal(pitch::End::Right, 33.0, 0.5), {}, 20.0,
                             KickStyle::Driven, 31));
    const BakeResult baked = bake(s);
    EXPECT_TRUE(hasError(baked.diagnostics, 31, "Insigne cannot get to the ball in time"));
    EXPECT_TRUE(hasError(baked.diagnostics, 31, "10.5 m/s"));
}

TEST(BakeErrors, AHeaderAboveThreeMetresIsLocated) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "too-high", 600.0);
    place(s, m, "Callejón", {100.0, 66.0});
    place(s, m, "Koulibaly", {99.0, 36.0});
    m.actions.push_back(kick(s, ActionKind::Cross, "Callejón", 0.0, toPlace({99.0, 36.0}, 4.0), 1.6, {},
                             KickStyle::Lofted, 40));
    m.actions.push_back(kick(s, ActionKind::Header, "Koulibaly", 1.6, toGoal(pitch::End::Right, 32.0, 0.6), {}, 12.0,
                             KickStyle::Driven, 41));
    EXPECT_TRUE(hasError(bake(s).diagnostics, 41, "no one heads a ball above 3 m"));
}

TEST(BakeErrors, AGroundPassThatStopsShortIsLocated) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "short", 600.0);
    m.actions.push_back(kick(s, ActionKind::Pass, "Jorginho", 0.0, toPlace({90.0, 34.0}), {}, 8.0, KickStyle::Ground, 50));
    EXPECT_TRUE(hasError(bake(s).diagnostics, 50, "stops"));
}

TEST(BakeErrors, APossibleScriptHasNoDiagnostics) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "fine", 600.0);
    m.actions.push_back(kick(s, ActionKind::Pass, "Jorginho", 0.0, toPlayer(s, "Hamšík"), 1.2, {}, KickStyle::Ground, 60));
    const BakeResult baked = bake(s);
    EXPECT_TRUE(baked.diagnostics.empty()) << baked.diagnostics.text();
}

}  // namespace
}  // namespace touchline
