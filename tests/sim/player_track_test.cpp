// Players are stored 30 times a second in 8 bytes: what that keeps of their paths is pinned here.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "core/math.h"
#include "sim/ball_model.h"
#include "sim/moment_track.h"
#include "sim/player_paths.h"

namespace touchline::sim {
namespace {

TEST(PlayerTrack, APackedSampleKeepsPositionToAMillimetreFacingAndSpeedFinely) {
    for (const Vec2 p : {Vec2{0.0, 0.0}, Vec2{105.0, 68.0}, Vec2{52.5, -1.0}, Vec2{-5.0, 73.0}, Vec2{33.3331, 12.0007}}) {
        for (const double facing : {-kPi, -1.0, 0.0, 0.5, kPi}) {
            const PlayerSample s = PlayerSample::pack(p, facing, 7.3456);
            EXPECT_LE(distance(s.position(), p), 0.001 * std::sqrt(2.0) + 1e-12) << p.x << "," << p.y;
            EXPECT_NEAR(s.facingAngle(), facing, 1e-4);
            EXPECT_NEAR(s.speedValue(), 7.3456, 0.0005);
        }
    }
    EXPECT_EQ(sizeof(PlayerSample), 8u);
    EXPECT_EQ(sizeof(BallSample), 12u);
}

// Speeds are kept in mm/s: exactly halfway between two, and a hair either side of halfway, a sample
// rounds as std::round does (half away from zero), whatever way the packing computes it.
TEST(PlayerTrack, APackedSampleRoundsHalfwayValuesAwayFromZeroAsStdRound) {
    for (int mm = 0; mm < 20000; mm += 7) {
        for (const double speed : {(mm + 0.5) / 1000.0, std::nextafter((mm + 0.5) / 1000.0, 0.0),
                                   std::nextafter((mm + 0.5) / 1000.0, 1e9), mm / 1000.0 + 0.0004999}) {
            const PlayerSample s = PlayerSample::pack({52.5, 34.0}, 0.0, speed);
            EXPECT_EQ(s.speed, static_cast<std::uint16_t>(std::round(speed * 1000.0))) << speed;
        }
    }
    for (const double x : {52.5 - 0.001, 52.5 - 0.003, 52.5 - 0.0010000001, 52.5 + 0.001, 52.5 - 64.0}) {
        const PlayerSample s = PlayerSample::pack({x, 34.0}, 0.0, 0.0);
        EXPECT_EQ(s.x, static_cast<std::int16_t>(std::round((x - 52.5) * 500.0))) << x;
    }
}

TEST(PlayerTrack, LinearInterpolationAtThirtyASecondStaysWithinACentimetreOfAHardRun) {
    // A sprint that turns hard through three touches, at up to 10 m/s: harder than a run the bake allows
    // between touches 0.7 s apart.
    const std::vector<TouchPoint> touches = {{0.7, {5.0, 2.0}, 1}, {1.4, {11.0, -2.5}, 2}, {2.1, {13.0, 3.5}, 3}};
    const std::vector<RunLeg> runs = {{2.1, 3.0, {20.0, 3.0}, 4}};
    const PlayerPath path = buildPath({0.0, 0.0}, runs, touches);
    const double dt = 1.0 / kPlayerSamplesPerSecond;
    double worst = 0.0;
    for (double t = 0.0; t + dt <= 3.2; t += dt) {
        const Vec2 a = PlayerSample::pack(path.position(t), 0.0, 0.0).position();
        const Vec2 b = PlayerSample::pack(path.position(t + dt), 0.0, 0.0).position();
        for (int k = 1; k < kPlayerStride; ++k) {
            const double f = static_cast<double>(k) / kPlayerStride;
            worst = std::max(worst, distance(lerp(a, b, f), path.position(t + f * dt)));
        }
    }
    EXPECT_LT(worst, 0.01);  // 7.5 mm here; a tenth of a pixel at the closest camera
}

}  // namespace
}  // namespace touchline::sim
