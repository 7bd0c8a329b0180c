#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include "sim/ball_flight.h"
#include "sim/kick_solver.h"

namespace touchline::sim {
namespace {

struct Case {
    const char* name;
    Vec3 from;
    Vec3 target;
    std::optional<double> arrive;  // seconds
    std::optional<double> speed;
    KickStyle style;
};

TEST(KickSolver, SolvedKicksArriveWithinTenCentimetres) {
    const BallModel model;
    const double r = model.radius;
    const Case cases[] = {
        {"ground pass, 20 m in 1.6 s", {70, 36, r}, {90, 31, r}, 1.6, {}, KickStyle::Ground},
        {"ground pass, 30 m in 3 s", {40, 20, r}, {65, 36, r}, 3.0, {}, KickStyle::Ground},
        {"corner to a head", {104.5, 67.5, r}, {99.3, 35.2, 2.4}, 2.2, {}, KickStyle::Lofted},
        {"driven cross", {95, 60, r}, {100, 36, 0.8}, 0.9, {}, KickStyle::Driven},
        {"shot at 24 m/s", {90, 31, r}, {105, 36.4, 0.3}, {}, 24.0, KickStyle::Driven},
        {"chip at 18 m/s", {85, 34, r}, {105, 35, 2.0}, {}, 18.0, KickStyle::Lofted},
        {"volley from the air", {94, 40, 1.1}, {105, 31.5, 1.8}, {}, 28.0, KickStyle::Driven},
        {"header down", {99.3, 35.2, 2.4}, {105, 32.0, 0.6}, {}, 14.0, KickStyle::Driven},
        {"long ball at 26 m/s", {30, 10, r}, {62, 30, r}, {}, 26.0, KickStyle::Lofted},
        {"ground pass at 12 m/s", {50, 34, r}, {70, 34, r}, {}, 12.0, KickStyle::Ground},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        KickRequest request;
        request.from = c.from;
        request.target = c.target;
        if (c.arrive) request.arriveSteps = static_cast<int>(std::lround(*c.arrive * kStepsPerSecond));
        request.speed = c.speed;
        request.style = c.style;
        auto solved = solveKick(model, request);
        ASSERT_TRUE(solved) << solved.error().message;
        EXPECT_LE(solved->miss, kArrivalTolerance);
        BallState ball;
        ball.position = c.from;
        ball.velocity = solved->velocity;
        ball.spin = solved->spin;
        if (c.arrive) {
            // At the arrival step, exactly where the integrator says.
            EXPECT_LT(distance(flyFor(model, ball, *request.arriveSteps).position, c.target), kArrivalTolerance);
        }
        if (c.speed) {
            EXPECT_NEAR(length(solved->velocity), *c.speed, 1e-9);
        }
        // The step nearest the arrival: within the tolerance plus half a step of travel.
        const BallState there = flyFor(model, ball, solved->arriveSteps);
        EXPECT_LT(distance(there.position, c.target), kArrivalTolerance + 0.5 * length(there.velocity) * kStep);
    }
}

TEST(KickSolver, LoftedTakesTheHighArcAndDrivenTheFlatOne) {
    const BallModel model;
    KickRequest request;
    request.from = {80, 34, model.radius};
    request.target = {100, 34, model.radius};
    request.speed = 20.0;
    request.style = KickStyle::Driven;
    auto driven = solveKick(model, request);
    request.style = KickStyle::Lofted;
    auto lofted = solveKick(model, request);
    ASSERT_TRUE(driven);
    ASSERT_TRUE(lofted);
    EXPECT_LT(driven->velocity.z, lofted->velocity.z);
    EXPECT_LT(driven->flightTime, lofted->flightTime);
}

TEST(KickSolver, BeyondWhatAHumanKicksIsAnErrorNotAFudge) {
    const BallModel model;
    KickRequest request;
    request.from = {20, 34, model.radius};
    request.target = {90, 34, model.radius};
    request.arriveSteps = kStepsPerSecond;  // 70 m in one second
    request.style = KickStyle::Driven;
    auto solved = solveKick(model, request);
    ASSERT_FALSE(solved);
    EXPECT_NE(solved.error().message.find("m/s"), std::string::npos) << solved.error().message;

    request.arriveSteps.reset();
    request.speed = 40.0;
    EXPECT_FALSE(solveKick(model, request));

    request.speed = 10.0;  // 70 m at 10 m/s: falls short whatever the angle
    auto shortKick = solveKick(model, request);
    ASSERT_FALSE(shortKick);
    EXPECT_NE(shortKick.error().message.find("cannot reach"), std::string::npos) << shortKick.error().message;

    request.style = KickStyle::Ground;
    auto rolling = solveKick(model, request);
    ASSERT_FALSE(rolling);
    EXPECT_NE(rolling.error().message.find("short"), std::string::npos) << rolling.error().message;
}


// The advice a too-fast kick gives ("... it gets there in 2.35 s") read back as steps.
std::optional<int> advisedSteps(const std::string& message) {
    const auto at = message.find("gets there in ");
    if (at == std::string::npos) return std::nullopt;
    return static_cast<int>(std::lround(std::strtod(message.c_str() + at + 14, nullptr) * kStepsPerSecond));
}

TEST(KickSolver, AKickAskedToFlyTooFastSaysWhenABootGetsItThere) {
    const BallModel model;
    KickRequest request;
    request.from = {10, 34, model.radius};
    request.target = {50, 30, model.radius};
    request.arriveSteps = kStepsPerSecond / 2;  // 40 m in half a second
    for (const KickStyle style : {KickStyle::Driven, KickStyle::Lofted}) {
        request.style = style;
        request.arriveSteps = kStepsPerSecond / 2;
        const auto tooFast = solveKick(model, request);
        ASSERT_FALSE(tooFast);
        const auto steps = advisedSteps(tooFast.error().message);
        ASSERT_TRUE(steps) << tooFast.error().message;
        request.arriveSteps = *steps;
        const auto advised = solveKick(model, request);
        ASSERT_TRUE(advised) << advised.error().message;
        const double speed = length(advised->velocity);
        EXPECT_LE(speed, kMaxKickSpeed);
        if (style == KickStyle::Driven) {
            EXPECT_NEAR(speed, kHardKickSpeed, 0.5);  // as soon as a hard kick gets there, no later
        } else {
            // The arc that needs the least speed: a flight a little shorter or longer needs more.
            for (const int other : {*steps - kStepsPerSecond / 5, *steps + kStepsPerSecond / 5}) {
                request.arriveSteps = other;
                const auto nearBy = solveKick(model, request);
                if (nearBy) {
                    EXPECT_GT(length(nearBy->velocity), speed);
                }
            }
            EXPECT_GT(advised->velocity.z, 0.5 * length(advised->velocity.ground()));  // lofted: above 26 degrees
        }
    }
}

// A caller that only asks whether a kick can be made (the importer trying other flights for a kick it
// must reshape) is spared the search for when it could: the same answer, the same sentence up to it.
TEST(KickSolver, WithoutAdviceATooFastKickFailsTheSameWayWithoutTheSearch) {
    const BallModel model;
    KickRequest request;
    request.from = {10, 34, model.radius};
    request.target = {50, 30, model.radius};
    for (const KickStyle style : {KickStyle::Driven, KickStyle::Lofted}) {
        request.style = style;
        request.arriveSteps = kStepsPerSecond / 2;
        request.advise = true;
        const auto advised = solveKick(model, request);
        request.advise = false;
        const auto plain = solveKick(model, request);
        ASSERT_FALSE(advised);
        ASSERT_FALSE(plain);
        EXPECT_FALSE(advisedSteps(plain.error().message)) << plain.error().message;
        EXPECT_EQ(advised.error().message.rfind(plain.error().message, 0), 0u)
            << advised.error().message << " | " << plain.error().message;
        // A kick that can be made is made alike.
        request.arriveSteps = 2 * kStepsPerSecond;
        const auto made = solveKick(model, request);
        request.advise = true;
        ASSERT_TRUE(made) << made.error().message;
        EXPECT_EQ(made->velocity, solveKick(model, request)->velocity);
    }
}

TEST(KickSolver, APassagesLongBallBeyondTheAirsReachLandsShortAndBouncesOn) {
    const BallModel model;
    KickRequest request;
    request.from = {5.5, 34, model.radius};
    request.target = {75, 30, model.radius};  // 70 m: no kick at 35 m/s carries that far in the air
    request.arriveSteps = 3 * kStepsPerSecond;
    request.style = KickStyle::Lofted;
    request.tolerance = kPassageArrivalTolerance;
    const auto inTheAir = solveKick(model, request);
    ASSERT_FALSE(inTheAir);
    request.mayBounce = true;
    const auto tooSoon = solveKick(model, request);
    ASSERT_FALSE(tooSoon);
    const auto steps = advisedSteps(tooSoon.error().message);
    ASSERT_TRUE(steps) << tooSoon.error().message;
    request.arriveSteps = *steps;
    const auto bounced = solveKick(model, request);
    ASSERT_TRUE(bounced) << bounced.error().message;
    EXPECT_LE(length(bounced->velocity), kMaxKickSpeed);
    EXPECT_LE(distance(flyFor(model, BallState{request.from, bounced->velocity, {}}, *steps).position, request.target),
              kPassageArrivalTolerance);
    request.mayBounce = false;
    EXPECT_FALSE(solveKick(model, request));  // a moment's kick flies there or is an error, as ever
}

TEST(KickSolver, APassageAcceptsANearMissWithinItsTolerance) {
    const BallModel model;
    KickRequest request;
    request.from = {30, 34, model.radius};
    request.target = {45, 34, 0.0};  // the ball's centre cannot roll on the grass: it passes 0.11 m above
    request.arriveSteps = kStepsPerSecond;
    request.style = KickStyle::Ground;
    const auto moment = solveKick(model, request);
    ASSERT_FALSE(moment);
    EXPECT_NE(moment.error().message.find("misses by 0.11 m"), std::string::npos) << moment.error().message;
    request.tolerance = kPassageArrivalTolerance;
    const auto passage = solveKick(model, request);
    ASSERT_TRUE(passage) << passage.error().message;
    EXPECT_NEAR(passage->miss, model.radius, 0.01);
}

}  // namespace
}  // namespace touchline::sim
