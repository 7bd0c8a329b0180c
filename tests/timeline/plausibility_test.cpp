// Plausibility checks on baked timelines: distance, top speed, close calls, offside agreement.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/sim_scripts.h"
#include "timeline/bake.h"
#include "timeline/plausibility.h"

namespace touchline {
namespace {

using namespace touchline::testing;

const PlayerRunning& runningOf(const Plausibility& p, PlayerId id) {
    auto it = std::find_if(p.players.begin(), p.players.end(), [&](const PlayerRunning& r) { return r.id == id; });
    if (it == p.players.end()) throw std::runtime_error("player not measured");
    return *it;
}

TEST(Plausibility, DistanceAndTopSpeedAsTheViewerShowsThem) {
    Script s = emptyMatch();
    const double t0 = 600.0;
    Moment& m = addMoment(s, "run", t0, 10.0);
    const PlayerId hamsik = who(s, "Hamšík");
    const Vec2 from = s.shapePosition(hamsik, t0);
    place(s, m, "Hamšík", from);
    m.actions.push_back(run(s, "Hamšík", 0.0, from + Vec2{0.0, 20.0}, 4.0));  // 5 m/s
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Plausibility p = measurePlausibility(baked.timeline, {}, t0 - 5.0, t0 + 20.0);

    // 20 m of run, then 20 m back to his place in the 3 s after the moment (as the timeline walks him).
    const PlayerRunning& h = runningOf(p, hamsik);
    EXPECT_NEAR(h.metres, 40.0, 0.5);
    EXPECT_NEAR(h.secondsOnPitch, 25.0, 0.11);
    // That walk back is faster than anyone runs, and the check says so, and when.
    EXPECT_GT(h.topSpeed, 9.0);
    EXPECT_GT(h.topSpeedAt, t0 + 10.0);
    EXPECT_LT(h.topSpeedAt, t0 + 13.0);
    EXPECT_FALSE(h.keeper);
    EXPECT_TRUE(runningOf(p, who(s, "Buffon")).keeper);
    EXPECT_LT(runningOf(p, who(s, "Jorginho")).metres, 1e-9);
    EXPECT_EQ(p.players.size(), 22u);

    // Over the whole match: teams change ends at half-time, and nobody runs that.
    const Plausibility whole = measurePlausibility(baked.timeline);
    EXPECT_LT(runningOf(whole, who(s, "Jorginho")).metres, 1e-9);
    EXPECT_LT(runningOf(whole, who(s, "Jorginho")).topSpeed, 1e-9);
    EXPECT_NEAR(runningOf(whole, who(s, "Jorginho")).secondsOnPitch, baked.timeline.duration(), 0.11);
}

// `a`'s formation spot 0.3 m from `b`'s: between moments he stands on him.
void standOn(Script& s, PlayerId a, PlayerId b) {
    s.teams[static_cast<std::size_t>(a.team)].players[static_cast<std::size_t>(a.index)].formationSpot =
        s.teams[static_cast<std::size_t>(b.team)].players[static_cast<std::size_t>(b.index)].formationSpot + Vec2{0.3, 0.0};
}

Script twoTooClose(bool foul) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "crowd", 900.0, 8.0);
    place(s, m, "Allan", {40.0, 30.0});
    place(s, m, "Pjanić", {40.5, 30.0});
    place(s, m, "Jorginho", {60.0, 30.0});
    place(s, m, "Hamšík", {70.0, 30.0});
    if (foul) {
        Action f = simple(s, ActionKind::Foul, "Pjanić", 0.5);
        f.other = who(s, "Allan");
        m.actions.push_back(f);
    }
    m.actions.push_back(kick(s, ActionKind::Pass, "Jorginho", 6.0, toPlayer(s, "Hamšík"), {}, 12.0, KickStyle::Ground));
    return s;
}

// The bake makes two players the script puts together give way (sim/give_way.h); between moments
// the teams stand at their formation spots, so two team-mates given one spot stand on each other there.
TEST(Plausibility, TwoPlayersStandingOnEachOtherAreACloseCall) {
    Script s = emptyMatch();
    const PlayerId allan = who(s, "Allan"), hamsik = who(s, "Hamšík");
    standOn(s, allan, hamsik);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Plausibility p = measurePlausibility(baked.timeline, {}, 100.0, 110.0);
    ASSERT_EQ(p.closeCalls.size(), 1u);
    const CloseCall& c = p.closeCalls.front();
    EXPECT_EQ(std::minmax(c.a, c.b), std::minmax(allan, hamsik));
    EXPECT_NEAR(c.nearest, 0.3, 1e-3);
    EXPECT_LE(c.from, 100.0);
    EXPECT_GE(c.to, 110.0);
}

TEST(Plausibility, PlayersTheScriptPutsTogetherGiveWayInTheBake) {
    const Script s = twoTooClose(false);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    EXPECT_TRUE(measurePlausibility(baked.timeline, {}, 900.0, 908.0).closeCalls.empty());
}

TEST(Plausibility, AfterAFoulTheyMayStandCloseUntilTheFreeKick) {
    const Script s = twoTooClose(true);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Plausibility p = measurePlausibility(baked.timeline);
    // Before the whistle (the timeline walks them together in the 3 s before the moment) and after the
    // kick they are still too close: only the time from the foul to 3 s after the free kick is excused.
    for (const CloseCall& c : p.closeCalls) {
        EXPECT_TRUE(c.to <= 900.5 + 0.11 || c.from >= 909.0 - 0.11) << c.from << " to " << c.to;
    }
}

// Allan given Hamšík's formation spot stands on him between moments; a ball kicked at `kickTo` at 10:00
// and a corner at 11:00.
Script standingTogetherBeforeACorner(Vec2 kickTo) {
    Script s = emptyMatch();
    standOn(s, who(s, "Allan"), who(s, "Hamšík"));
    Moment& out = addMoment(s, "out", 600.0, 4.0);
    place(s, out, "Jorginho", {60.0, 10.0});
    out.actions.push_back(kick(s, ActionKind::Pass, "Jorginho", 0.5, toPlace(kickTo), {}, 16.0, KickStyle::Ground));
    Moment& corner = addMoment(s, "corner", 660.0, 4.0);
    place(s, corner, "Insigne", {104.6, 0.4});
    corner.actions.push_back(kick(s, ActionKind::Corner, "Insigne", 0.5, toPlace({95.0, 34.0}, 1.5), 1.9, {}, KickStyle::Lofted));
    return s;
}

// From the ball going out to the corner, players stand where the corner wants them, with their men: a
// corner taken a minute after the ball went out excuses the whole minute, not only its last 20 s.
TEST(Plausibility, BeforeACornerTheyMayStandCloseFromWhenTheBallWentOut) {
    const auto closeBetweenMoments = [](Vec2 kickTo) {
        const BakeResult baked = bake(standingTogetherBeforeACorner(kickTo));
        EXPECT_TRUE(baked.ok()) << baked.diagnostics.text();
        return measurePlausibility(baked.timeline, {}, 610.0, 650.0).closeCalls.size();
    };
    EXPECT_EQ(closeBetweenMoments({60.0, -5.0}), 0u);  // over the touchline
    EXPECT_EQ(closeBetweenMoments({60.0, 30.0}), 1u);  // still in play: nothing excuses them until 20 s before
}

Script throughBall(double insigneX, bool whistle) {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "through-ball", 43 * 60.0 + 20.0);
    place(s, m, "Hamšík", {70.0, 40.0});
    place(s, m, "Insigne", {insigneX, 40.0});
    place(s, m, "Lichtsteiner", {88.4, 30.0});
    m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 0.0, toPlace({96.0, 38.0}), 1.5, {}, KickStyle::Ground));
    m.actions.push_back(run(s, "Insigne", 0.0, {96.0, 38.0}, 1.5));
    m.actions.push_back(kick(s, ActionKind::Shot, "Insigne", 1.5, toGoal(pitch::End::Right, 31.5, 0.3), {}, 20.0,
                             KickStyle::Driven));
    if (whistle) {
        Action w = simple(s, ActionKind::Whistle, "Hamšík", 2.0);
        w.actor = PlayerId{};
        w.whistle = WhistleKind::Offside;
        m.actions.push_back(w);
    }
    return s;
}

TEST(Plausibility, AnOffsideWhistleAgreesWithTheComputedOffside) {
    const BakeResult agreed = bake(throughBall(89.0, true));
    ASSERT_TRUE(agreed.ok()) << agreed.diagnostics.text();
    const OffsideAgreement a = measurePlausibility(agreed.timeline).offside;
    EXPECT_EQ(a.recorded, 1);
    EXPECT_EQ(a.matched, 1);
    EXPECT_EQ(a.computed, 1);
    EXPECT_EQ(a.unexpected, 0);

    // Offside without a whistle: the data had the pass onside.
    const BakeResult unwhistled = bake(throughBall(89.0, false));
    const OffsideAgreement b = measurePlausibility(unwhistled.timeline).offside;
    EXPECT_EQ(b.unexpected, 1);
    ASSERT_EQ(b.unexpectedAt.size(), 1u);
    EXPECT_DOUBLE_EQ(b.unexpectedAt[0], 43 * 60.0 + 20.0);

    // A whistle, but the pass came out onside.
    const BakeResult missed = bake(throughBall(88.0, true));
    const OffsideAgreement c = measurePlausibility(missed.timeline).offside;
    EXPECT_EQ(c.recorded, 1);
    EXPECT_EQ(c.matched, 0);
    ASSERT_EQ(c.missedAt.size(), 1u);
    EXPECT_DOUBLE_EQ(c.missedAt[0], 43 * 60.0 + 22.0);
}

TEST(Plausibility, TheReportNamesEveryPlayerAndTheOffsides) {
    const BakeResult baked = bake(throughBall(89.0, false));
    const auto lines = plausibilityReport(baked.timeline, measurePlausibility(baked.timeline));
    const auto has = [&](const std::string& text) {
        return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(has("Insigne"));
    EXPECT_TRUE(has("Buffon"));
    EXPECT_TRUE(has("Offsides: 0 recorded, 0 of them computed at the pass; 1 computed, 1 without a whistle"));
    EXPECT_TRUE(has("computed, not recorded: 43:20"));
}

}  // namespace
}  // namespace touchline
