#include <gtest/gtest.h>

#include <cmath>

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

}  // namespace
}  // namespace touchline::sim
