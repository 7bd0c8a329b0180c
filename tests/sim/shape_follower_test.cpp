// The follower: targets into positions a footballer could run (sim/shape_follower.h).
#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>

#include "sim/shape_follower.h"

namespace touchline {
namespace {

using namespace touchline::sim;

// n players, `samples` samples of 0.1 s, every target given by `at(sample, player)`.
template <typename F>
FollowerInput input(std::vector<Vec2> start, int samples, F at) {
    FollowerInput in;
    in.samples = samples;
    in.start = std::move(start);
    const std::size_t n = in.start.size();
    in.targets.resize(static_cast<std::size_t>(samples) * n);
    for (int s = 0; s < samples; ++s) {
        for (std::size_t p = 0; p < n; ++p) in.targets[static_cast<std::size_t>(s) * n + p] = at(s, p);
    }
    return in;
}

Vec2 positionOf(const std::vector<Vec2>& out, std::size_t n, int s, std::size_t p) {
    return out[static_cast<std::size_t>(s) * n + p];
}

// The offside tests' setting: player 0 attacks to the right against the other three (defenders and
// their keeper), whose targets are followed exactly.
void attackRightAgainstAFixedLine(FollowerInput& in) {
    in.fixed = {false, true, true, true};
    in.team = {0, 1, 1, 1};
    in.forward = {1.0, -1.0};
}

// None of `players` runs faster than anyone can from one sample to the next.
void expectNoneFasterThanARun(const FollowerInput& in, const std::vector<Vec2>& out, std::initializer_list<std::size_t> players) {
    const std::size_t n = in.start.size();
    for (int s = 1; s < in.samples; ++s) {
        for (const std::size_t p : players) {
            EXPECT_LE(distance(positionOf(out, n, s, p), positionOf(out, n, s - 1, p)) / in.interval, kMaxRunSpeed)
                << "player " << p << " at sample " << s;
        }
    }
}

TEST(ShapeFollower, NeverFasterThanAFootballerAndAcceleratesLikeOne) {
    // Targets that jump about the pitch every two seconds.
    const auto in = input({{10, 10}, {50, 30}, {90, 60}}, 600, [](int s, std::size_t p) {
        const int k = s / 20 + static_cast<int>(p) * 7;
        return Vec2{static_cast<double>((k * 37) % 100) + 2.0, static_cast<double>((k * 53) % 64) + 2.0};
    });
    const auto out = followTargets(in);
    const double dt = in.interval;
    double fastest = 0.0, hardest = 0.0;
    for (std::size_t p = 0; p < 3; ++p) {
        for (int s = 1; s < in.samples; ++s) {
            const Vec2 v = (positionOf(out, 3, s, p) - positionOf(out, 3, s - 1, p)) / dt;
            fastest = std::max(fastest, length(v));
            if (s >= 2) {
                const Vec2 u = (positionOf(out, 3, s - 1, p) - positionOf(out, 3, s - 2, p)) / dt;
                hardest = std::max(hardest, length(v - u) / dt);
            }
        }
    }
    EXPECT_LE(fastest, in.limits.topSpeed + 1e-9);
    EXPECT_GT(fastest, in.limits.cruiseSpeed);  // far out of place, he does sprint
    EXPECT_LE(hardest, in.limits.deceleration + in.limits.dodging + 1e-6);
}

TEST(ShapeFollower, JogsToANearbyPlaceAndStopsThere) {
    const auto in = input({{30, 30}}, 100, [](int, std::size_t) { return Vec2{36, 34}; });
    const auto out = followTargets(in);
    double fastest = 0.0;
    for (int s = 1; s < in.samples; ++s) {
        fastest = std::max(fastest, distance(out[static_cast<std::size_t>(s)], out[static_cast<std::size_t>(s) - 1]) / in.interval);
    }
    EXPECT_LE(fastest, in.limits.cruiseSpeed + 1e-9);  // 7 m away: no sprint
    EXPECT_LT(distance(out.back(), {36, 34}), 0.3);
    EXPECT_LT(distance(out.back(), out[out.size() - 2]), 1e-9);  // standing
}

double fastestOf(const std::vector<Vec2>& out, std::size_t n, std::size_t p, int from, int to, double dt) {
    double fastest = 0.0;
    for (int s = from + 1; s <= to; ++s) {
        fastest = std::max(fastest, distance(positionOf(out, n, s, p), positionOf(out, n, s - 1, p)) / dt);
    }
    return fastest;
}

// Play stops at 2 s; his place for the restart, 35 m away, is his appointment at `restart` s.
FollowerInput stoppedAtTwoSeconds(int samples, double restart) {
    auto in = input({{70, 57}}, samples, [](int s, std::size_t) { return s < 20 ? Vec2{70, 57} : Vec2{95, 33}; });
    in.deadBall.assign(static_cast<std::size_t>(in.samples), false);
    for (int s = 20; s < in.samples; ++s) in.deadBall[static_cast<std::size_t>(s)] = true;
    in.appointments = {{{restart, {95, 33}}}};
    return in;
}

TEST(ShapeFollower, WithTheBallDeadHeJogsToHisPlaceForTheRestart) {
    // Play stops at 2 s; his place for the restart is 35 m away, the restart 20 s off.
    const auto in = stoppedAtTwoSeconds(220, 21.9);
    const auto out = followTargets(in);
    EXPECT_LE(fastestOf(out, 1, 0, 0, in.samples - 1, in.interval), in.limits.cruiseSpeed + 1e-9);
    EXPECT_LT(distance(out.back(), {95, 33}), 0.05);
    // In play, the same run is a sprint.
    FollowerInput inPlay = in;
    inPlay.deadBall.clear();
    EXPECT_GT(fastestOf(followTargets(inPlay), 1, 0, 0, in.samples - 1, in.interval), in.limits.cruiseSpeed + 3.0);
}

TEST(ShapeFollower, WithTheBallDeadHeStillHurriesToARestartHeWouldMissAtAJog) {
    // The same 35 m, the restart 4 s after play stops: he runs as fast as he must, and is there.
    const auto in = stoppedAtTwoSeconds(61, 6.0);
    const auto out = followTargets(in);
    EXPECT_GT(fastestOf(out, 1, 0, 0, in.samples - 1, in.interval), in.limits.cruiseSpeed + 2.0);
    EXPECT_LE(fastestOf(out, 1, 0, 0, in.samples - 1, in.interval), in.limits.topSpeed + 1e-9);
    EXPECT_LT(distance(out.back(), {95, 33}), 0.05);
}

TEST(ShapeFollower, MeetsAMomentShownOverThePassageWhereItHasHimAsItOpens) {
    // His shape keeps him at (30, 30); a moment opening at 12 s has him 40 m away, and ends at 16 s
    // 10 m further on.
    auto in = input({{30, 30}}, 250, [](int, std::size_t) { return Vec2{30, 30}; });
    in.meetings = {{{12.0, 16.0, {70, 30}, {80, 30}}}};
    const auto out = followTargets(in);
    EXPECT_LT(distance(out[10], {30, 30}), 0.01);    // no need to leave his place at 1 s
    EXPECT_LT(distance(out[120], {70, 30}), 1.0);    // there as it opens...
    EXPECT_LT(distance(out[160], {80, 30}), 3.0);    // ...with it as it plays...
    EXPECT_LT(distance(out[249], {30, 30}), 1.0);    // ...and back in his place after
    EXPECT_LE(fastestOf(out, 1, 0, 0, in.samples - 1, in.interval), in.limits.topSpeed + 1e-9);
}

TEST(ShapeFollower, WithTheBallDeadHeStandsForTheRestartNotForAMomentAhead) {
    auto in = input({{30, 30}}, 150, [](int, std::size_t) { return Vec2{30, 30}; });
    in.meetings = {{{12.0, 16.0, {70, 30}, {80, 30}}}};
    in.deadBall.assign(static_cast<std::size_t>(in.samples), true);
    const auto out = followTargets(in);
    EXPECT_LT(distance(out[119], {30, 30}), 0.01);
}

// Play stops inside a moment shown over the passage (a goal, whose celebration the moment plays on): he
// goes on with the moment to its end, and only then to his place for the restart. Sent to that place at
// the whistle, he was 60 m from where the moment left him, and the viewer's walk between them was a
// sprint (Aday at Real Madrid-Girona 90+0:59, 11.5 m/s).
TEST(ShapeFollower, WithTheBallDeadHeStillGoesWithAMomentThatPlays) {
    auto in = input({{70, 30}}, 250, [](int, std::size_t) { return Vec2{30, 30}; });
    in.meetings = {{{0.0, 12.0, {70, 30}, {80, 30}}}};
    in.deadBall.assign(static_cast<std::size_t>(in.samples), false);
    std::fill(in.deadBall.begin() + 60, in.deadBall.end(), true);  // the whistle at 6 s
    const auto out = followTargets(in);
    EXPECT_LT(distance(out[119], {80, 30}), 1.5);  // with the moment to its end...
    EXPECT_LT(distance(out[249], {30, 30}), 1.0);  // ...then to his place
    EXPECT_LE(fastestOf(out, 1, 0, 120, in.samples - 1, in.interval), in.limits.cruiseSpeed + 1e-9);  // at a jog
}

TEST(ShapeFollower, AMomentTooFarToMeetIsNoDash) {
    // 60 m in 3 s: he runs as fast as he can, and is short of it (the viewer's walk makes up the rest).
    auto in = input({{30, 30}}, 60, [](int, std::size_t) { return Vec2{30, 30}; });
    in.meetings = {{{3.0, 5.0, {90, 30}, {90, 30}}}};
    const auto out = followTargets(in);
    EXPECT_LE(fastestOf(out, 1, 0, 0, in.samples - 1, in.interval), in.limits.topSpeed + 1e-9);
    EXPECT_GT(distance(out[30], {30, 30}), 5.0);
    EXPECT_GT(distance(out[30], {90, 30}), 20.0);
}

TEST(ShapeFollower, LeavesHisPlaceInTimeToPlayTheBallWhereItComes) {
    auto in = input({{40, 30}}, 200, [](int, std::size_t) { return Vec2{40, 30}; });
    in.appointments = {{{12.0, {55.0, 36.0}}}};  // 16 m away, in twelve seconds
    const auto out = followTargets(in);
    // He waits in his place at first (no need to set off for a ball twelve seconds away)...
    EXPECT_LT(distance(out[20], {40, 30}), 0.01);
    // ...is drawn towards it as the time comes, on his way in good time...
    EXPECT_GT(distance(out[90], {40, 30}), 3.0);
    // ...is there on time, standing...
    EXPECT_LT(distance(out[120], {55.0, 36.0}), 0.05);
    EXPECT_LT(distance(out[119], {55.0, 36.0}), 0.3);
    // ...and goes back into shape afterwards.
    EXPECT_LT(distance(out[199], {40, 30}), 1.0);
}

TEST(ShapeFollower, ARunnerWaitingForAPassKeepsOnsideUntilItIsKicked) {
    // A forward (attacking right) to receive a through ball at x = 83 at 4 s, kicked at 3 s; two
    // defenders hold a line at x = 75, their keeper is behind them.
    const std::vector<Vec2> start{{60, 30}, {75, 20}, {75, 40}, {100, 34}};
    auto in = input(start, 60, [&](int, std::size_t p) { return start[p]; });
    attackRightAgainstAFixedLine(in);
    in.appointments = {{{4.0, {83.0, 30.0}}}, {}, {}, {}};
    const double line = 75.0;
    // Left to himself he sets off early and is beyond the line when the ball is played.
    EXPECT_GT(positionOf(followTargets(in), 4, 30, 0).x, line);
    in.passesTo = {{{3.0, 4.0}}, {}, {}, {}};
    const auto out = followTargets(in);
    for (int s = 0; s <= 30; ++s) EXPECT_LE(positionOf(out, 4, s, 0).x, line) << "at " << s * in.interval << " s";
    EXPECT_GT(positionOf(out, 4, 30, 0).x, line - 3.0);  // on the shoulder of the last defender, not idle
    EXPECT_LT(distance(positionOf(out, 4, 40, 0), {83.0, 30.0}), 1e-9);  // and there when the ball is
}

// A back line pushing out behind a long ball at 3 m/s: the forward waiting for the next pass goes back
// with it, and is onside when it is kicked (Immobile at Lazio-Benevento 60:46 stood his ground while the
// line came at him, and was 0.6 m beyond it).
TEST(ShapeFollower, ARunnerWaitingForAPassGoesBackWithALineSteppingUp) {
    const std::vector<Vec2> start{{73, 30}, {75, 20}, {75, 40}, {100, 34}};
    auto in = input(start, 60, [&](int s, std::size_t p) {
        return p == 1 || p == 2 ? start[p] - Vec2{3.0 * s * 0.1, 0.0} : start[p];
    });
    attackRightAgainstAFixedLine(in);
    in.appointments = {{{4.0, {68.0, 30.0}}}, {}, {}, {}};
    in.passesTo = {{{3.0, 4.0}}, {}, {}, {}};
    const auto out = followTargets(in);
    for (int s = 0; s <= 30; ++s) {
        EXPECT_LE(positionOf(out, 4, s, 0).x, positionOf(out, 4, s, 1).x) << "beyond the line at " << s * in.interval << " s";
    }
}

// A forward already running up the pitch and across it, whose pass will find him far across: turning
// for it takes most of what he can change his velocity by, and he must still brake for the line first
// (Ōsako at Belgium-Japan 49:32 was carried 1.3 m beyond it by his run, a dodge taking him on).
TEST(ShapeFollower, ARunnerWaitingForAPassBrakesForTheLineWhileHeTurnsForIt) {
    const std::vector<Vec2> start{{70, 20}, {73, 10}, {73, 60}, {100, 34}};
    auto in = input(start, 60, [&](int, std::size_t p) { return start[p]; });
    attackRightAgainstAFixedLine(in);
    in.startVelocity = {{5.0, 3.0}, {}, {}, {}};
    in.appointments = {{{4.5, {70.0, 55.0}}}, {}, {}, {}};
    in.passesTo = {{{3.0, 4.5}}, {}, {}, {}};
    const auto out = followTargets(in);
    for (int s = 0; s <= 30; ++s) EXPECT_LE(positionOf(out, 4, s, 0).x, 73.0) << "beyond the line at " << s * in.interval << " s";
    EXPECT_LT(distance(positionOf(out, 4, 45, 0), {70.0, 55.0}), 1e-9);  // and there when the ball is
    expectNoneFasterThanARun(in, out, {0});
}

TEST(ShapeFollower, AForwardTheDataHasOffsideIsBeyondTheLineWhenThePassIsPlayed) {
    // The same forward, whose place in the shape is 12 m behind a line the defenders move up from 75 to
    // 80 m; the pass at 4 s, to x = 90, is one the data has him offside for.
    const std::vector<Vec2> start{{63, 30}, {75, 20}, {75, 40}, {100, 34}};
    auto in = input(start, 60, [&](int s, std::size_t p) {
        const double up = std::min(s * 0.1, 3.0) * 5.0 / 3.0;
        return p == 1 || p == 2 ? start[p] + Vec2{up, 0.0} : start[p];
    });
    attackRightAgainstAFixedLine(in);
    const auto idle = followTargets(in);
    EXPECT_LT(positionOf(idle, 4, 40, 0).x, 75.0);  // left to the shape, he stays in it
    in.offsideRuns = {{0, 4.0, {90.0, 32.0}}};
    const auto out = followTargets(in);
    const double beyond = positionOf(out, 4, 40, 0).x - 80.0;
    EXPECT_GT(beyond, 0.5);
    EXPECT_LT(beyond, 4.0);  // on the line's shoulder, not alone on the keeper
    EXPECT_GT(positionOf(out, 4, 55, 0).x, positionOf(out, 4, 40, 0).x + 3.0);  // then after the ball
    expectNoneFasterThanARun(in, out, {0});
}

// The pass he is caught at is played from beyond the defenders: a ball coming forward to the passer
// carries the line with it faster than he runs, so he is beyond where the ball will be played from, not
// only where the line is now (Olunga, level with the defenders' line and 1.5 m short of the ball at
// Douglas Luiz's shot at Girona-Barcelona 11:54, was onside by 0.16 m).
TEST(ShapeFollower, AForwardTheDataHasOffsideIsBeyondTheBallThePassIsPlayedFrom) {
    const std::vector<Vec2> start{{63, 30}, {75, 20}, {75, 40}, {100, 34}};
    auto in = input(start, 60, [&](int, std::size_t p) { return start[p]; });
    attackRightAgainstAFixedLine(in);
    // The pass to the passer: from x = 60 at 2.5 s to x = 84 at 3.8 s, where he plays it at 4 s.
    for (int s = 0; s < in.samples; ++s) {
        const double w = std::clamp((s * in.interval - 2.5) / 1.3, 0.0, 1.0);
        in.ball.push_back(Vec2{60.0, 10.0} + (Vec2{84.0, 12.0} - Vec2{60.0, 10.0}) * w);
        in.ballTeam.push_back(0);
    }
    in.offsideRuns = {{0, 4.0, {95.0, 30.0}}};
    const auto out = followTargets(in);
    EXPECT_GT(positionOf(out, 4, 40, 0).x, 84.0 + 0.5) << "beyond the ball as it is played";
    expectNoneFasterThanARun(in, out, {0});
}

// The line drops as the attack comes on (at 3.5 m/s, the pace of the shared matches' missed offsides):
// chasing a spot 1.5 m beyond it and pulling up there, he was level as the ball was played (Diouf at
// Manchester City-Stoke 90+2', Havertz at Hannover-Leverkusen 82'), and the data's offside was not one.
TEST(ShapeFollower, AForwardTheDataHasOffsideIsBeyondALineThatDropsAsThePassIsPlayed) {
    const std::vector<Vec2> start{{52, 30}, {62, 20}, {62, 40}, {100, 34}};
    auto in = input(start, 60, [&](int s, std::size_t p) {
        const double back = std::min(s * 0.1, 4.0) * 3.5;
        return p == 1 || p == 2 ? start[p] + Vec2{back, 0.0} : start[p];
    });
    attackRightAgainstAFixedLine(in);
    in.offsideRuns = {{0, 4.0, {88.0, 32.0}}};
    const auto out = followTargets(in);
    const double line = 62.0 + 4.0 * 3.5;
    const double beyond = positionOf(out, 4, 40, 0).x - line;
    EXPECT_GT(beyond, 0.5) << "level with the line as the ball is played";
    EXPECT_LT(beyond, 4.0);
    expectNoneFasterThanARun(in, out, {0});
}

// A one-two the data ends with the flag: he plays the ball at x = 60 a second and a half before the
// return pass, 12 m behind a line no run of his reaches in the time (Jordi Alba at Girona-Barcelona
// 62:59, Vardy at England-Iceland 75:46 in a passage's first seconds). The back line steps up to where he
// will be, its keeper stays, and he is beyond it when the pass is played.
TEST(ShapeFollower, ALineTheDataHasAForwardOffsideAgainstStepsUpToWhereHeWillBe) {
    const std::vector<Vec2> start{{58, 30}, {72, 20}, {72, 40}, {100, 34}};
    auto in = input(start, 60, [&](int, std::size_t p) { return start[p]; });
    in.fixed = {false, false, false, true};
    in.appointments = {{{1.5, {60.0, 30.0}}}, {}, {}, {}};
    in.team = {0, 1, 1, 1};
    in.forward = {1.0, -1.0};
    const auto alone = followTargets(in);
    EXPECT_LT(positionOf(alone, 4, 30, 0).x, 72.0);  // without the run he is well onside
    in.offsideRuns = {{0, 3.0, {90.0, 32.0}}};
    const auto run = followTargets(in);
    EXPECT_LT(positionOf(run, 4, 30, 0).x, 72.0 - 2.0) << "he cannot get beyond the line alone in the time";
    // The defenders step up; the keeper does not.
    const double line = std::max(positionOf(run, 4, 30, 1).x, positionOf(run, 4, 30, 2).x);
    EXPECT_LT(line, 70.0);
    EXPECT_GT(positionOf(run, 4, 30, 0).x, line + 0.5) << "level with the line as the ball is played";
    EXPECT_DOUBLE_EQ(positionOf(run, 4, 30, 3).x, 100.0);
    expectNoneFasterThanARun(in, run, {0, 1, 2});
    // Not past a team-mate he passes to before it: the line stays behind where that pass finds him.
    in.start.push_back({66, 50});
    in.targets = input(in.start, 60, [&](int, std::size_t p) { return in.start[p]; }).targets;
    in.fixed.push_back(false);
    in.team.push_back(0);
    in.appointments.push_back({{2.2, {71.0, 50.0}}});
    in.passesTo = {{}, {}, {}, {}, {{1.5, 2.2}}};
    const auto withMate = followTargets(in);
    EXPECT_GT(std::max(positionOf(withMate, 5, 15, 1).x, positionOf(withMate, 5, 15, 2).x), 71.0);
}

// Short of time, he runs for the line rather than across to his place as well: 10 m behind a line at
// 71 m with under 3 s to go, and his place 17 m across, the run to a spot between it and the ball's way
// left him short (Sterling at Manchester City-Stoke 37:36, 9 m across on the way, was 2 m short of the ball).
TEST(ShapeFollower, AForwardTheDataHasOffsideShortOfTimeRunsForTheLineNotAcross) {
    const std::vector<Vec2> start{{61, 67}, {71, 40}, {71, 60}, {100, 34}};
    auto in = input(start, 50, [&](int, std::size_t p) { return p == 0 ? Vec2{61, 50} : start[p]; });
    attackRightAgainstAFixedLine(in);
    in.offsideRuns = {{0, 2.9, {80.0, 66.0}}};
    const auto out = followTargets(in);
    EXPECT_GT(positionOf(out, 4, 29, 0).x, 71.0 + 0.5) << "beyond the line as the ball is played";
    EXPECT_LT(positionOf(out, 4, 29, 0).y, 67.0) << "drawn across as far as the time allows";
    expectNoneFasterThanARun(in, out, {0});
}

// A midfielder tracking back at a sprint runs through the line a moment before the pass and is the
// line when it is played: the forward is beyond where he will be, not where the line is now (Shaqiri,
// running back past the line at Manchester City-Stoke 37:36, played Sterling on).
TEST(ShapeFollower, AForwardTheDataHasOffsideIsBeyondWhereAManTrackingBackWillBe) {
    const std::vector<Vec2> start{{63, 30}, {71, 20}, {71, 40}, {100, 34}, {50, 34}};
    auto in = input(start, 50, [&](int s, std::size_t p) {
        return p == 4 ? Vec2{50.0 + 8.0 * std::min(s * 0.1, 3.0), 34.0} : start[p];
    });
    in.fixed = {false, true, true, true, true};
    in.team = {0, 1, 1, 1, 1};
    in.forward = {1.0, -1.0};
    in.offsideRuns = {{0, 3.0, {90.0, 32.0}}};
    const auto out = followTargets(in);
    EXPECT_GT(positionOf(out, 5, 30, 0).x, 74.0 + 0.5) << "beyond the man who came back as the ball is played";
    expectNoneFasterThanARun(in, out, {0});
}

// Springing the trap, a defender running back and across steps up, not across: turning for his place
// across the pitch as well, he went on dropping (Cameron at Manchester City-Stoke 37:36, who played
// Sterling on; Matuidi at Juventus-Napoli 4:18, a metre deeper than the rest as Hysaj's pass came).
TEST(ShapeFollower, ALineSpringingTheTrapStepsUpNotAcross) {
    const std::vector<Vec2> start{{66, 30}, {70, 20}, {70, 40}, {100, 34}};
    // The second defender's place drops back and goes 12 m across; he is running that way.
    auto in = input(start, 60, [&](int s, std::size_t p) {
        const double t = std::min(s * 0.1, 3.0);
        return p == 2 ? Vec2{70.0 + 4.0 * t, 40.0 + 4.0 * t} : start[p];
    });
    in.startVelocity = {{0, 0}, {0, 0}, {2.5, 1.0}, {0, 0}};
    in.fixed = {false, false, false, true};
    in.appointments = {{{1.5, {68.0, 30.0}}}, {}, {}, {}};
    in.team = {0, 1, 1, 1};
    in.forward = {1.0, -1.0};
    in.offsideRuns = {{0, 3.0, {90.0, 32.0}}};
    const auto run = followTargets(in);
    const double line = std::max(positionOf(run, 4, 30, 1).x, positionOf(run, 4, 30, 2).x);
    EXPECT_GT(positionOf(run, 4, 30, 0).x, line + 0.5) << "beyond the line as the ball is played";
    EXPECT_LT(std::abs(positionOf(run, 4, 30, 2).y - 40.0), 2.0) << "he stepped up, not across";
    expectNoneFasterThanARun(in, run, {0, 1, 2});
}

// A one-two the data ends with the flag, against a line that holds: he has 2.4 s from his pass to be
// 12 m on, beyond it. Darting for the line he accelerates as hard as he brakes, a sprinter's burst,
// not at the jog-into-shape rate (Hysaj, 1 m short of the line at the bundled match's 4:18).
TEST(ShapeFollower, AForwardTheDataHasOffsideDartsForTheLineAsHardAsHeBrakes) {
    const std::vector<Vec2> start{{60, 30}, {72, 20}, {72, 40}, {100, 34}};
    auto in = input(start, 50, [&](int, std::size_t p) { return start[p]; });
    attackRightAgainstAFixedLine(in);
    in.appointments = {{{1.0, {60.0, 30.0}}}, {}, {}, {}};
    in.offsideRuns = {{0, 3.4, {90.0, 32.0}}};
    const auto out = followTargets(in);
    EXPECT_GT(positionOf(out, 4, 34, 0).x, 72.0 + 0.3) << "beyond the line as the ball is played";
    double hardest = 0.0;
    for (int s = 2; s < 50; ++s) {
        const Vec2 v = (positionOf(out, 4, s, 0) - positionOf(out, 4, s - 1, 0)) / in.interval;
        const Vec2 u = (positionOf(out, 4, s - 1, 0) - positionOf(out, 4, s - 2, 0)) / in.interval;
        EXPECT_LE(length(v), kMaxRunSpeed);
        if (s > 11) hardest = std::max(hardest, length(v - u) / in.interval);  // after the touch at 1 s
    }
    EXPECT_LE(hardest, in.limits.deceleration + in.limits.dodging + 1e-6);
}

// The line keeps its shape as it steps up: a midfielder whose place is 10 m ahead of the back line's
// stays ahead of it at the trap rather than joining it (every man up to the trap, eight stood in a
// ruler-straight line at Manchester City-Stoke 37:36).
TEST(ShapeFollower, ALineSpringingTheTrapKeepsItsShape) {
    const std::vector<Vec2> start{{58, 30}, {72, 20}, {72, 40}, {100, 34}, {72, 30}};
    auto in = input(start, 60, [&](int, std::size_t p) {
        const Vec2 places[] = {{58, 30}, {80, 20}, {80, 40}, {100, 34}, {70, 30}};
        return places[p];
    });
    in.fixed = {false, false, false, true, false};
    in.appointments = {{{1.5, {60.0, 30.0}}}, {}, {}, {}, {}};
    in.team = {0, 1, 1, 1, 1};
    in.forward = {1.0, -1.0};
    in.offsideRuns = {{0, 3.0, {90.0, 32.0}}};
    const auto run = followTargets(in);
    const double line = std::max(positionOf(run, 5, 30, 1).x, positionOf(run, 5, 30, 2).x);
    EXPECT_GT(positionOf(run, 5, 30, 0).x, line + 0.5) << "beyond the line as the ball is played";
    EXPECT_LT(positionOf(run, 5, 30, 4).x, line - 1.0) << "the midfielder stays ahead of the back line";
    expectNoneFasterThanARun(in, run, {0, 1, 2, 4});  // the keeper is fixed
}

TEST(ShapeFollower, IsAtAnAppointmentBetweenSamplesAtItsTime) {
    auto in = input({{40, 30}}, 40, [](int, std::size_t) { return Vec2{40, 30}; });
    in.appointments = {{{2.04, {46.0, 30.0}}}};
    const auto out = followTargets(in);
    // At 2.1 s he is where 0.06 s of running from the place takes him, no further.
    EXPECT_LE(distance(out[21], {46.0, 30.0}), 0.06 * in.limits.topSpeed + 1e-9);
    EXPECT_LT(distance(out[20], {46.0, 30.0}), 0.5);
}

TEST(ShapeFollower, NobodyRunsThroughAnybody) {
    // Four players sent to the same spot from four sides, and two crossing paths.
    const std::vector<Vec2> start{{40, 34}, {60, 34}, {50, 24}, {50, 44}, {30, 10}, {70, 10}};
    const auto in = input(start, 150, [](int, std::size_t p) {
        return p < 4 ? Vec2{50, 34} : (p == 4 ? Vec2{70, 10} : Vec2{30, 10});
    });
    const auto out = followTargets(in);
    for (int s = 0; s < in.samples; ++s) {
        for (std::size_t a = 0; a < 6; ++a) {
            for (std::size_t b = a + 1; b < 6; ++b) {
                EXPECT_GE(distance(positionOf(out, 6, s, a), positionOf(out, 6, s, b)), 0.8) << s << ": " << a << "," << b;
            }
        }
    }
}

TEST(ShapeFollower, FixedPlayersAreFollowedExactlyAndOthersKeepClear) {
    // Player 0 is moved by the script straight through where player 1 wants to stand.
    auto in = input({{30, 34}, {50, 34}}, 100, [](int s, std::size_t p) {
        return p == 0 ? Vec2{30.0 + 0.4 * s, 34.0} : Vec2{50, 34};
    });
    in.fixed = {true, false};
    const auto out = followTargets(in);
    for (int s = 0; s < in.samples; ++s) {
        EXPECT_EQ(positionOf(out, 2, s, 0), (Vec2{30.0 + 0.4 * s, 34.0}));
        EXPECT_GE(distance(positionOf(out, 2, s, 0), positionOf(out, 2, s, 1)), 0.8 - 1e-9) << s;
    }
}

TEST(ShapeFollower, TwoPlayersContestingTheBallAreNotPushedApart) {
    // A duel: both must be at the ball at 3 s, half a metre apart.
    auto in = input({{40, 34}, {60, 34}}, 50, [](int, std::size_t p) { return p == 0 ? Vec2{40, 34} : Vec2{60, 34}; });
    in.appointments = {{{3.0, {49.75, 34.0}}}, {{3.0, {50.25, 34.0}}}};
    const auto out = followTargets(in);
    EXPECT_LT(distance(positionOf(out, 2, 30, 0), {49.75, 34.0}), 0.05);
    EXPECT_LT(distance(positionOf(out, 2, 30, 1), {50.25, 34.0}), 0.05);
}

TEST(ShapeFollower, PlayersOffThePitchAreLeftOut) {
    // A substitute comes on at 2 s where another stands: until then nobody makes room for him.
    auto in = input({{50, 34}, {50, 34.2}}, 40, [](int, std::size_t p) { return p == 0 ? Vec2{50, 34} : Vec2{50, 34.3}; });
    in.onFrom = {0.0, 2.0};
    in.onUntil = {1e9, 1e9};
    const auto out = followTargets(in);
    EXPECT_LT(distance(positionOf(out, 2, 10, 0), {50, 34}), 1e-9);
}

}  // namespace
}  // namespace touchline
