#include <gtest/gtest.h>

#include <cmath>

#include "sim/ball_flight.h"

namespace touchline::sim {
namespace {


BallState launched(const BallModel& model, double speed, double degrees) {
    BallState b;
    b.position = {0.0, 0.0, model.radius};
    b.velocity = {speed * std::cos(degrees * kPi / 180.0), 0.0, speed * std::sin(degrees * kPi / 180.0)};
    return b;
}

// Where the ball's centre comes back down to its launch height, by the simulation's integrator.
double rangeOf(const BallModel& model, BallState b) {
    Vec3 prev = b.position;
    for (int k = 0; k < 100000; ++k) {
        step(model, b, kStep, false);
        if (b.position.z < model.radius && b.velocity.z < 0.0) {
            const double f = (prev.z - model.radius) / (prev.z - b.position.z);
            return prev.x + (b.position.x - prev.x) * f;
        }
        prev = b.position;
    }
    return -1.0;
}

// The same equations, dv/dt = -g z - k |v| v, by classic Runge-Kutta at a step 40 times finer.
double referenceRange(const BallModel& model, double speed, double degrees) {
    const double k = model.dragFactor(), g = model.gravity, h = kStep / 40.0;
    double s[4] = {0.0, model.radius, speed * std::cos(degrees * kPi / 180.0), speed * std::sin(degrees * kPi / 180.0)};
    const auto deriv = [&](const double* y, double* d) {
        const double v = std::hypot(y[2], y[3]);
        d[0] = y[2];
        d[1] = y[3];
        d[2] = -k * v * y[2];
        d[3] = -g - k * v * y[3];
    };
    for (int i = 0; i < 10000000; ++i) {
        double k1[4], k2[4], k3[4], k4[4], t[4];
        deriv(s, k1);
        for (int j = 0; j < 4; ++j) t[j] = s[j] + 0.5 * h * k1[j];
        deriv(t, k2);
        for (int j = 0; j < 4; ++j) t[j] = s[j] + 0.5 * h * k2[j];
        deriv(t, k3);
        for (int j = 0; j < 4; ++j) t[j] = s[j] + h * k3[j];
        deriv(t, k4);
        double next[4];
        for (int j = 0; j < 4; ++j) next[j] = s[j] + h / 6.0 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
        if (next[1] < model.radius && next[3] < 0.0) {
            const double f = (s[1] - model.radius) / (s[1] - next[1]);
            return s[0] + (next[0] - s[0]) * f;
        }
        for (int j = 0; j < 4; ++j) s[j] = next[j];
    }
    return -1.0;
}

TEST(BallFlight, WithoutDragTheRangeIsTheTextbookOne) {
    BallModel model;
    model.dragCoefficient = 0.0;
    const double analytic = 30.0 * 30.0 / model.gravity;  // v^2 sin(2 * 45 deg) / g
    EXPECT_NEAR(rangeOf(model, launched(model, 30.0, 45.0)), analytic, 0.15);
}

TEST(BallFlight, DragShortensA30msShotAsTheModelSays) {
    const BallModel model;
    const double analytic = 30.0 * 30.0 / model.gravity;
    for (double degrees : {10.0, 25.0, 45.0}) {
        const double simulated = rangeOf(model, launched(model, 30.0, degrees));
        const double reference = referenceRange(model, 30.0, degrees);
        const double dragFree = analytic * std::sin(2.0 * degrees * kPi / 180.0);
        SCOPED_TRACE(::testing::Message() << degrees << " deg: simulated " << simulated << " m, reference "
                                          << reference << " m, without drag " << dragFree << " m");
        EXPECT_NEAR(simulated, reference, 0.01 * reference);
        EXPECT_LT(simulated, 0.85 * dragFree);
    }
    // At 45 degrees drag takes away nearly half the distance (Cd 0.25 at 30 m/s: 11.9 m/s^2 at launch).
    const double at45 = rangeOf(model, launched(model, 30.0, 45.0));
    EXPECT_GT(at45, 0.5 * analytic);
    EXPECT_LT(at45, 0.6 * analytic);
}

TEST(BallFlight, ABounceKeepsTheRestitutionOfTheNormalSpeed) {
    const BallModel model;
    BallState b;
    b.position = {0.0, 0.0, 2.0};
    GroundContact contact;
    for (int k = 0; k < 2000 && !contact.bounced; ++k) contact = step(model, b, kStep);
    ASSERT_TRUE(contact.bounced);
    EXPECT_NEAR(b.velocity.z, model.restitution * contact.impactSpeed, 1e-12);
    // It rises to about e^2 of the drop (less a little drag).
    double top = b.position.z;
    for (int k = 0; k < 2000 && b.velocity.z > 0.0; ++k) {
        step(model, b, kStep);
        top = std::max(top, b.position.z);
    }
    EXPECT_NEAR((top - model.radius) / (2.0 - model.radius), model.restitution * model.restitution, 0.02);
}

TEST(BallFlight, AGroundPassRollsAsFarAsRollingResistanceAndDragAllow) {
    const BallModel model;
    BallState b;
    b.position = {0.0, 0.0, model.radius};
    b.velocity = {10.0, 0.0, 0.0};
    b.spin = {10.0, 0.0};
    int k = 0;
    for (; k < 100000 && b.velocity.x > 0.0; ++k) step(model, b, kStep);
    // Rolling, drag's force is shared between the centre and the spin of a thin shell (I = 2/3 m r^2): the
    // centre slows by 3/5 of k v^2. dv/dt = -mu g - 3/5 k v^2 integrates to d = ln(1 + k' v0^2 / (mu g)) / (2k').
    const double kd = 0.6 * model.dragFactor(), mug = model.rollingResistance * model.gravity;
    const double analytic = std::log(1.0 + kd * 100.0 / mug) / (2.0 * kd);
    EXPECT_NEAR(b.position.x, analytic, 0.1);
    EXPECT_DOUBLE_EQ(b.position.z, model.radius);
}

TEST(BallFlight, ALandingBallSkidsThenRolls) {
    const BallModel model;
    BallState b = launched(model, 15.0, 30.0);
    for (int k = 0; k < 240 * 6; ++k) step(model, b, kStep);
    // Six seconds later it rolls: no slip left between its spin and its speed.
    EXPECT_TRUE(onGround(model, b));
    EXPECT_NEAR(b.spin.x, b.velocity.x, 1e-9);
}

}  // namespace
}  // namespace touchline::sim
