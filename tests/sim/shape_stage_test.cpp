// The team-shape stage: paths for players no script moves, around those it does, through every touch.
#include <gtest/gtest.h>

#include "sim/ball_model.h"
#include "sim/shape_stage.h"

namespace touchline {
namespace {

using namespace touchline::sim;

// Two 4-3-3 teams; the ball travels from home's left back to their right winger over 20 s while home
// keeps it. Home's centre forward (index 9) is moved by "the script"; home's right winger (index 8)
// plays the ball at 12 s on the right touchline, far up.
ShapeStageInput aMove() {
    const Vec2 spots[11] = {{5, 34},  {24, 10}, {20, 27}, {20, 41}, {24, 58}, {36, 22},
                            {32, 34}, {36, 46}, {47, 11}, {43, 34}, {47, 57}};
    const char* positions[11] = {"GK", "RB", "CB", "CB", "LB", "CM", "DM", "CM", "RW", "CF", "LW"};
    ShapeStageInput in;
    in.duration = 20.0;
    for (int t = 0; t < 2; ++t) {
        for (int i = 0; i < 11; ++i) {
            const Vec2 spot = spots[i];
            in.players.push_back({PlayerId{t, i}, spot, lineOf(positions[i], spot)});
            in.start.push_back(toTeamFrame(spot, t == 0 ? pitch::End::Right : pitch::End::Left));
            in.onFrom.push_back(0.0);
            in.onUntil.push_back(1e9);
            in.moved.push_back(!(t == 0 && i == 9));
            in.given.emplace_back();
        }
    }
    in.given[9] = PlayerPath({{0.0, in.start[9]}, {10.0, {60.0, 30.0}}, {20.0, {75.0, 36.0}}});
    in.appointments.resize(22);
    in.appointments[8] = {{12.0, {80.0, 3.0}, 4}};
    const int samples = shapeSamples(in.duration, in.interval);
    for (int s = 0; s < samples; ++s) {
        const double f = s * in.interval / in.duration;
        ShapeSituation sit;
        sit.ball = lerp(Vec2{24.0, 60.0}, Vec2{85.0, 5.0}, f);
        sit.possession = TeamSide::Home;
        in.situations.push_back(sit);
    }
    return in;
}

TEST(ShapeStage, ScriptedPlayersKeepTheirPathAndShapedOnesMakeTheirTouch) {
    const ShapeStageInput in = aMove();
    const auto paths = shapePaths(in);
    ASSERT_EQ(paths.size(), 22u);
    for (double t = 0.0; t <= 20.0; t += 0.5) EXPECT_EQ(paths[9].position(t), in.given[9].position(t));
    EXPECT_LT(distance(paths[8].position(12.0), {80.0, 3.0}), 1e-9);
    const auto& keys = paths[8].keys();
    const bool touchKey = std::any_of(keys.begin(), keys.end(), [](const Keyframe& k) { return k.touch && k.action == 4; });
    EXPECT_TRUE(touchKey);
}

TEST(ShapeStage, ShapedPlayersRunNoFasterThanAFootballerAndNeverThroughAnyone) {
    const ShapeStageInput in = aMove();
    const auto paths = shapePaths(in);
    double fastest = 0.0, closest = 1e9;
    for (int k = 0; k <= 20 * kStepsPerSecond; ++k) {
        const double t = k * kStep;
        for (std::size_t p = 0; p < paths.size(); ++p) {
            if (!in.moved[p]) continue;
            fastest = std::max(fastest, length(paths[p].velocity(t)));
            for (std::size_t q = 0; q < paths.size(); ++q) {
                if (q != p) closest = std::min(closest, distance(paths[p].position(t), paths[q].position(t)));
            }
        }
    }
    EXPECT_LE(fastest, kMaxRunSpeed);
    EXPECT_GT(fastest, 3.0);  // they do move with the ball
    EXPECT_GE(closest, 0.8);
}

// A touch further than he can run in the time (the data's touches come when they come): the follower
// runs him at its top speed and the shortfall is made up by bending his run, which is never faster than
// a sprint for it (made up over the last 1.5 s, it added a metre a second to a full-speed run: Skúlason
// at England-Iceland 61:01 ran 10.51 m/s).
TEST(ShapeStage, ARunBentToReachATouchInTimeIsNoFasterThanASprint) {
    ShapeStageInput in = aMove();
    const Vec2 from = in.start[8];
    const Vec2 toward = (pitch::kCentre - from) / distance(pitch::kCentre, from);
    const Vec2 place = from + toward * 37.0;  // 1-2 m more than the follower covers from a standstill in 5 s
    in.appointments[8] = {{5.0, place, 4}};
    const auto paths = shapePaths(in);
    EXPECT_LT(distance(paths[8].position(5.0), place), 1e-9);
    double fastest = 0.0;
    for (int k = 0; k <= 20 * kStepsPerSecond; ++k) fastest = std::max(fastest, length(paths[8].velocity(k * kStep)));
    EXPECT_LE(fastest, kMaxRunSpeed);
    EXPECT_GT(fastest, in.limits.topSpeed) << "he does sprint for it";
}

TEST(ShapeStage, TheTeamGoesUpThePitchWithTheBall) {
    const ShapeStageInput in = aMove();
    const auto paths = shapePaths(in);
    // Home's centre backs (attacking right) step up by the same amount as the ball goes forward.
    const double a0 = paths[2].position(0.0).x, a1 = paths[2].position(20.0).x;
    const double b1 = paths[3].position(20.0).x;
    EXPECT_GT(a1 - a0, 10.0);
    EXPECT_NEAR(a1, b1, 1.0);
    // Away's back line drops towards its goal (x = 105), at a jog a little behind the ball's pace.
    EXPECT_GT(paths[13].position(20.0).x, paths[13].position(0.0).x + 3.5);
}

// A run bent late onto its touch passes through a team-mate standing still: over 4 s at 0.1 s, the
// runner's own line is y = 3, bent to y = 0 from 1 s to 3 s, running from x = -2 to 2; the other stands
// at (0, 0.1), free to move.
struct BentRun {
    static constexpr int kSamples = 41;
    static constexpr double kGap = 0.9;
    static constexpr int kEase = 5;
    static constexpr double kFarthest = 0.99;  // m a sample: 9.9 m/s
    std::vector<Vec2> unbent, bent;
    BentRun() {
        for (int s = 0; s < kSamples; ++s) {
            const double x = -2.0 + 4.0 * s / (kSamples - 1);
            const bool bending = s >= 10 && s <= 30;
            unbent.push_back({x, 3.0});
            unbent.push_back({0.0, 0.1});
            bent.push_back({x, bending ? 0.0 : 3.0});
            bent.push_back({0.0, 0.1});
        }
    }
    static Vec2 at(const std::vector<Vec2>& v, int s, int p) { return v[static_cast<std::size_t>(s * 2 + p)]; }
};

TEST(ShapeStage, WhoABentRunWouldGoThroughStepsAsideSmoothly) {
    BentRun run;
    std::vector<Vec2> positions = run.bent;
    stepAsideForBentRuns(positions, run.unbent, 2, [](std::size_t, int) { return true; }, BentRun::kGap, BentRun::kEase, BentRun::kFarthest);
    double closest = 1e9, fastest = 0.0;
    for (int s = 0; s < BentRun::kSamples; ++s) {
        EXPECT_EQ(BentRun::at(positions, s, 0), BentRun::at(run.bent, s, 0)) << "the runner keeps his run";
        closest = std::min(closest, distance(BentRun::at(positions, s, 0), BentRun::at(positions, s, 1)));
        if (s > 0) fastest = std::max(fastest, distance(BentRun::at(positions, s, 1), BentRun::at(positions, s - 1, 1)) / 0.1);
    }
    EXPECT_GE(closest, BentRun::kGap - 1e-9);
    // He steps off the runner's line, to the side he stood on, and back: at a walk, never thrown across.
    EXPECT_GT(BentRun::at(positions, 20, 1).y, 0.1 + 0.5);
    EXPECT_LE(fastest, 2.0);
    EXPECT_EQ(BentRun::at(positions, 0, 1), (Vec2{0.0, 0.1}));
    EXPECT_EQ(BentRun::at(positions, BentRun::kSamples - 1, 1), (Vec2{0.0, 0.1}));
}

// However hard the runner bends onto him, he steps aside no faster than he can run (a step along his own
// run made a forward 12.3 m/s); what that leaves him short he makes up as the step eases off.
TEST(ShapeStage, AStepAsideIsNoFasterThanHeCanRun) {
    BentRun run;
    std::vector<Vec2> positions = run.bent;
    constexpr double kSlow = 0.1;  // m a sample: 1 m/s, half the step aside's own pace
    stepAsideForBentRuns(positions, run.unbent, 2, [](std::size_t, int) { return true; }, BentRun::kGap, BentRun::kEase, kSlow);
    double fastest = 0.0, furthest = 0.0;
    for (int s = 1; s < BentRun::kSamples; ++s) {
        fastest = std::max(fastest, distance(BentRun::at(positions, s, 1), BentRun::at(positions, s - 1, 1)));
        furthest = std::max(furthest, distance(BentRun::at(positions, s, 1), BentRun::at(run.bent, s, 1)));
    }
    EXPECT_LE(fastest, kSlow + 1e-12);
    EXPECT_GT(furthest, 0.5) << "he still steps aside";
    EXPECT_EQ(BentRun::at(positions, BentRun::kSamples - 1, 1), (Vec2{0.0, 0.1})) << "and is back where he stood";
}

// Two who step aside for two runs, towards each other, part again (Matuidi stepping aside for Mandžukić's
// run, Allan for another, 0.2 m apart at Juventus-Napoli 74:50): one run bent onto y = 0, its man standing
// at (0, 0.1) steps up; another, the other way, bent onto y = 2.6, its man at (0, 2.5) steps down.
TEST(ShapeStage, TwoSteppingAsideForTwoRunsDoNotStepIntoEachOther) {
    constexpr int kSamples = BentRun::kSamples;
    std::vector<Vec2> unbent, bent;
    for (int s = 0; s < kSamples; ++s) {
        const double x = -2.0 + 4.0 * s / (kSamples - 1);
        const bool bending = s >= 10 && s <= 30;
        unbent.insert(unbent.end(), {{x, -3.0}, {0.0, 0.1}, {-x, 5.6}, {0.0, 2.5}});
        bent.insert(bent.end(), {{x, bending ? 0.0 : -3.0}, {0.0, 0.1}, {-x, bending ? 2.6 : 5.6}, {0.0, 2.5}});
    }
    std::vector<Vec2> positions = bent;
    stepAsideForBentRuns(positions, unbent, 4, [](std::size_t, int) { return true; }, BentRun::kGap, BentRun::kEase, BentRun::kFarthest);
    const auto at = [&](int s, std::size_t p) { return positions[static_cast<std::size_t>(s) * 4 + p]; };
    double apart = 1e9, fromTheRuns = 1e9;
    for (int s = 0; s < kSamples; ++s) {
        apart = std::min(apart, distance(at(s, 1), at(s, 3)));
        fromTheRuns = std::min({fromTheRuns, distance(at(s, 0), at(s, 1)), distance(at(s, 2), at(s, 3))});
    }
    EXPECT_GE(apart, BentRun::kGap - 1e-9);
    EXPECT_GT(fromTheRuns, 0.8) << "and neither is pushed back onto his runner's line";
    EXPECT_GT(at(20, 1).y, 0.1 + 0.5) << "they still step aside";
    EXPECT_LT(at(20, 3).y, 2.5 - 0.5);
}

TEST(ShapeStage, OneBusyWithTheBallOrARunnerHimselfIsNotMoved) {
    BentRun run;
    std::vector<Vec2> busy = run.bent;
    stepAsideForBentRuns(busy, run.unbent, 2, [](std::size_t p, int) { return p != 1; }, BentRun::kGap, BentRun::kEase, BentRun::kFarthest);
    EXPECT_EQ(busy, run.bent);
    // Both bent there into their touches (busy with the ball through the bends): the touches' business.
    BentRun both;
    for (int s = 10; s <= 30; ++s) both.unbent[static_cast<std::size_t>(s * 2 + 1)] = {0.0, 5.0};
    std::vector<Vec2> positions = both.bent;
    stepAsideForBentRuns(positions, both.unbent, 2, [](std::size_t, int s) { return s < 10 || s > 30; }, BentRun::kGap,
                         BentRun::kEase, BentRun::kFarthest);
    EXPECT_EQ(positions, both.bent);
}

// Two runs both bent where neither is about to play the ball (into the places they stand at for a
// restart) part, each half the way, on the side the follower had them apart, and no faster than a run:
// each bend was made alone (Alli and Gylfi Sigurðsson crossed 0.6 m apart walking to a throw-in's places
// at England-Iceland 80:01). The follower had the second 2 m above the runner's line; his bend takes
// him onto it.
TEST(ShapeStage, TwoRunsBentIntoTheirPlacesPartOnTheSideTheFollowerHadThemApart) {
    BentRun both;
    for (int s = 10; s <= 30; ++s) both.unbent[static_cast<std::size_t>(s * 2 + 1)] = {0.0, 5.0};
    std::vector<Vec2> positions = both.bent;
    stepAsideForBentRuns(positions, both.unbent, 2, [](std::size_t, int) { return true; }, BentRun::kGap, BentRun::kEase,
                         BentRun::kFarthest);
    for (int s = 0; s < BentRun::kSamples; ++s) {
        EXPECT_GE(distance(BentRun::at(positions, s, 0), BentRun::at(positions, s, 1)), BentRun::kGap - 1e-9) << "at " << s;
        if (s == 0) continue;
        for (int p : {0, 1}) {
            const double own = distance(BentRun::at(both.bent, s, p), BentRun::at(both.bent, s - 1, p));
            EXPECT_LE(distance(BentRun::at(positions, s, p), BentRun::at(positions, s - 1, p)),
                      std::max(BentRun::kFarthest, own) + 1e-9) << "player " << p << " at " << s;
        }
    }
    EXPECT_GT(BentRun::at(positions, 20, 1).y, BentRun::at(positions, 20, 0).y) << "each on the side he was";
    EXPECT_EQ(BentRun::at(positions, 0, 1), (Vec2{0.0, 0.1}));
}

}  // namespace
}  // namespace touchline
