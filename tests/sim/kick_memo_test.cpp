// The importer reuses solved kicks across the many plans and bakes of one moment; a remembered answer
// must be exactly the solver's, and a request that differs in anything must be solved afresh.
#include <gtest/gtest.h>

#include <cmath>

#include "sim/kick_memo.h"
#include "sim/lineup.h"
#include "sim/give_way.h"
#include "sim/moment_bake.h"
#include "sim/moment_plan.h"
#include "support/sim_scripts.h"

namespace touchline::sim {
namespace {

using namespace touchline::testing;

KickRequest pass(double arrive) {
    KickRequest r;
    r.from = {40.0, 20.0, 0.11};
    r.target = {65.0, 36.0, 0.11};
    r.arriveSteps = static_cast<int>(std::lround(arrive * kStepsPerSecond));
    r.style = KickStyle::Ground;
    return r;
}

TEST(KickMemo, AnswersExactlyAsTheSolverAndOnlyForTheSameRequest) {
    const BallModel model;
    KickMemo memo;
    const KickRequest request = pass(2.0);
    const auto direct = solveKick(model, request);
    ASSERT_TRUE(direct);
    for (int again = 0; again < 2; ++again) {
        const auto remembered = memo.solve(model, request);
        ASSERT_TRUE(remembered);
        EXPECT_EQ(remembered->velocity, direct->velocity);
        EXPECT_EQ(remembered->spin, direct->spin);
        EXPECT_EQ(remembered->arriveSteps, direct->arriveSteps);
        EXPECT_EQ(remembered->miss, direct->miss);
    }
    EXPECT_EQ(memo.size(), 1u);

    // A millimetre's difference, another time, another style, another ball: each a kick of its own.
    KickRequest nudged = request;
    nudged.target.x = std::nextafter(nudged.target.x, 100.0);
    KickRequest later = pass(2.5), driven = request;
    driven.style = KickStyle::Driven;
    BallModel heavier;
    heavier.mass = 0.45;
    EXPECT_EQ(memo.solve(model, nudged)->velocity, solveKick(model, nudged)->velocity);
    EXPECT_EQ(memo.solve(model, later)->velocity, solveKick(model, later)->velocity);
    EXPECT_EQ(memo.solve(model, driven)->velocity, solveKick(model, driven)->velocity);
    EXPECT_EQ(memo.solve(heavier, request)->velocity, solveKick(heavier, request)->velocity);
    EXPECT_NE(memo.solve(heavier, request)->velocity, direct->velocity);
    EXPECT_EQ(memo.size(), 5u);

    // A kick no one can make is remembered as the same error.
    KickRequest impossible = pass(0.2);
    const auto failed = solveKick(model, impossible);
    ASSERT_FALSE(failed);
    for (int again = 0; again < 2; ++again) {
        const auto remembered = memo.solve(model, impossible);
        ASSERT_FALSE(remembered);
        EXPECT_EQ(remembered.error().message, failed.error().message);
    }
    EXPECT_EQ(memo.size(), 6u);

    // Nor is the same kick asked without advice (KickRequest::advise) the advised answer.
    KickRequest tooSoon = impossible;
    tooSoon.style = KickStyle::Lofted;
    const auto advised = memo.solve(model, tooSoon);
    tooSoon.advise = false;
    const auto plain = memo.solve(model, tooSoon);
    ASSERT_FALSE(advised);
    ASSERT_FALSE(plain);
    EXPECT_EQ(plain.error().message, solveKick(model, tooSoon).error().message);
    EXPECT_NE(plain.error().message, advised.error().message);
    EXPECT_EQ(memo.size(), 8u);
}

// A remembered flight is the integrator's, to the bit: where the ball ends and where it is at each
// sampled step on the way, a flight launched at another step of the sample grid is sampled on its own.
TEST(KickMemo, AFlightIsTheIntegratorsOwnAndSampledOnTheMomentsGrid) {
    const BallModel model;
    BallState launch;
    launch.position = {40.0, 20.0, model.radius};
    launch.velocity = {14.0, 6.0, 5.0};
    KickMemo memo;
    for (const int start : {0, 1, 2, 3, 6}) {
        const int steps = 2 * kStepsPerSecond + 1;
        const Flight& flight = memo.fly(model, launch, start, steps);
        EXPECT_EQ(flight.end, flyFor(model, launch, steps)) << "launched at step " << start;
        std::size_t sample = 0;
        for (int k = 0; k < steps; ++k) {
            if ((start + k) % kFlightSampleEvery != 0) continue;
            ASSERT_LT(sample, flight.samples.size());
            EXPECT_EQ(flight.samples[sample++], flyFor(model, launch, k)) << "launched at step " << start << ", step " << k;
        }
        EXPECT_EQ(sample, flight.samples.size());
        EXPECT_EQ(&memo.fly(model, launch, start, steps), &flight);  // asked again: remembered
    }
    EXPECT_EQ(memo.flights(), 4u);  // steps 2 and 6 share their place on the grid

    // A ball lying still stays where it lies, however long it is flown.
    BallState still;
    still.position = {10.0, 10.0, model.radius};
    EXPECT_EQ(memo.fly(model, still, 0, 1000).end, still);
    EXPECT_EQ(flyFor(model, still, 1000), still);
}

// Hamšík plays Mertens in and Mertens shoots; Koulibaly stands near his run (one to give way).
Script passAndShot() {
    Script s = emptyMatch();
    Moment& m = addMoment(s, "goal", 20 * 60.0);
    place(s, m, "Hamšík", {70.0, 40.0});
    place(s, m, "Mertens", {80.0, 36.0});
    place(s, m, "Koulibaly", {86.0, 35.0});
    m.actions.push_back(run(s, "Mertens", 0.0, {92.0, 33.0}, 1.4, 20));
    m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 0.0, toPlayer(s, "Mertens"), 1.4, {}, KickStyle::Ground, 21));
    m.actions.push_back(kick(s, ActionKind::Shot, "Mertens", 1.4, toGoal(pitch::End::Right, 36.3, 0.4), {}, 23.0,
                             KickStyle::Driven, 22));
    return s;
}

TEST(KickMemo, AMomentBakedThroughItIsTheMomentBakedWithout) {
    const Script s = passAndShot();
    const Lineup lineup(s);
    const MomentBake plain = bakeMoment(s, 0, lineup);
    KickMemo memo;
    for (int again = 0; again < 2; ++again) {
        const MomentBake memoised = bakeMoment(s, 0, lineup, {}, &memo);
        ASSERT_EQ(memoised.track.ball.size(), plain.track.ball.size());
        for (std::size_t k = 0; k < plain.track.ball.size(); ++k) {
            ASSERT_EQ(memoised.track.ball[k].position(), plain.track.ball[k].position()) << "step " << k;
        }
        EXPECT_EQ(memoised.track.events, plain.track.events);
    }
    EXPECT_GE(memo.size(), 2u);  // the pass and the shot at least
}

// Two bakes with the same ball at every step, the same players in the same places at every sample, the
// same events and as many diagnostics.
void expectSamePlaces(const MomentBake& a, const MomentBake& b) {
    ASSERT_EQ(a.track.ball.size(), b.track.ball.size());
    for (std::size_t k = 0; k < b.track.ball.size(); ++k) {
        ASSERT_EQ(a.track.ball[k].position(), b.track.ball[k].position()) << "step " << k;
    }
    ASSERT_EQ(a.track.playerTracks.size(), b.track.playerTracks.size());
    for (std::size_t p = 0; p < b.track.playerTracks.size(); ++p) {
        const PlayerTrack& x = a.track.playerTracks[p];
        const PlayerTrack& y = b.track.playerTracks[p];
        ASSERT_EQ(x.first, y.first);
        ASSERT_EQ(x.samples.size(), y.samples.size());
        for (std::size_t k = 0; k < x.samples.size(); ++k) {
            ASSERT_EQ(x.samples[k].position(), y.samples[k].position()) << "player " << p << " sample " << k;
        }
    }
    EXPECT_EQ(a.track.events, b.track.events);
    EXPECT_EQ(a.diagnostics.items().size(), b.diagnostics.items().size());
}

// Facings and speeds all zero in a positions-only bake; true when some of the full bake's are not.
bool expectNoFacingsOrSpeeds(const MomentBake& places, const MomentBake& full) {
    bool fullHasSome = false;
    for (std::size_t p = 0; p < places.track.playerTracks.size(); ++p) {
        for (std::size_t k = 0; k < places.track.playerTracks[p].samples.size(); ++k) {
            EXPECT_EQ(places.track.playerTracks[p].samples[k].facing, 0);
            EXPECT_EQ(places.track.playerTracks[p].samples[k].speed, 0);
            const PlayerSample& f = full.track.playerTracks[p].samples[k];
            fullHasSome = fullHasSome || f.facing != 0 || f.speed != 0;
        }
    }
    return fullHasSome;
}

// The importer's bakes record where the players are and no more: the same places, sample for sample,
// as the viewer's bake, the same ball and events; facings and speeds left at zero (the full ones are not).
TEST(MomentBake, APositionsOnlyBakeHasTheFullBakesPlacesBallAndEvents) {
    const Script s = passAndShot();
    const Lineup lineup(s);
    const MomentBake full = bakeMoment(s, 0, lineup);
    const MomentBake places = bakeMoment(s, 0, lineup, {}, nullptr, PlayerDetail::Positions);
    expectSamePlaces(places, full);
    EXPECT_TRUE(expectNoFacingsOrSpeeds(places, full));
    // From a plan too, as the importer bakes after a repair round that mended nothing.
    PlannedMoment planned;
    planned.plan = planMoment(s, 0, lineup, {}, planned.planning);
    planned.paths = bakedPaths(s, planned.plan);
    const MomentBake fromPlan = bakeMoment(s, std::move(planned), lineup, {}, PlayerDetail::Positions);
    expectSamePlaces(fromPlan, full);
    EXPECT_TRUE(expectNoFacingsOrSpeeds(fromPlan, full));
}

// The importer's repair plans a moment before it bakes it: the bake of that plan (and of the paths the
// repair worked out from it) is the bake of the moment.
TEST(KickMemo, AMomentBakedFromItsPlanIsTheMomentBaked) {
    const Script s = passAndShot();
    const Lineup lineup(s);
    const MomentBake plain = bakeMoment(s, 0, lineup);
    KickMemo memo;
    PlannedMoment planned;
    planned.plan = planMoment(s, 0, lineup, {}, planned.planning, &memo);
    planned.paths = bakedPaths(s, planned.plan);
    const MomentBake fromPlan = bakeMoment(s, std::move(planned), lineup);
    expectSamePlaces(fromPlan, plain);
}

// ... and the bake moves everyone along the paths it is given, not ones of its own: a path the repair
// gave him (here Koulibaly held 25 m away from his place, far from the ball) is the path he takes.
TEST(KickMemo, ABakeFromAPlanMovesPlayersAlongItsPaths) {
    const Script s = passAndShot();
    const Lineup lineup(s);
    PlannedMoment planned;
    planned.plan = planMoment(s, 0, lineup, {}, planned.planning);
    planned.paths = bakedPaths(s, planned.plan);
    const int koulibaly = planned.plan.indexOf(who(s, "Koulibaly"));
    ASSERT_GE(koulibaly, 0);
    const Vec2 elsewhere{86.0, 60.0};
    planned.paths[static_cast<std::size_t>(koulibaly)] =
        PlayerPath({{0.0, elsewhere, -1, false}, {planned.plan.duration, elsewhere, -1, false}});
    const MomentBake baked = bakeMoment(s, std::move(planned), lineup);
    const MomentBake plain = bakeMoment(s, 0, lineup);

    const auto& track = baked.track.playerTracks[static_cast<std::size_t>(koulibaly)];
    ASSERT_FALSE(track.samples.empty());
    for (const PlayerSample& sample : track.samples) EXPECT_LT(distance(sample.position(), elsewhere), 0.01);
    EXPECT_GT(distance(plain.track.playerTracks[static_cast<std::size_t>(koulibaly)].samples.front().position(), elsewhere), 20.0);
    EXPECT_EQ(baked.track.events, plain.track.events);  // the ball never came near either place
}

}  // namespace
}  // namespace touchline::sim
