#pragma once
// The ball's physical constants and state. One BallModel drives both the simulation and the kick
// solver, so a kick solved through it lands where the simulation then takes the ball.
//
// Sources for the numbers (FIFA Laws of the Game, Law 2; published wind-tunnel and bounce studies):
// - size 5 ball: circumference 68-70 cm (r = 0.11 m), 410-450 g (0.43 kg);
// - drag: a modern match ball above the drag crisis (shots, crosses: 10-35 m/s) has Cd about 0.25; we
//   use one constant Cd rather than a speed-dependent curve, so the model stays smooth for the solver;
// - air density 1.2 kg/m^3 (Turin, 240 m above sea level, spring evening);
// - bounce on grass: coefficient of restitution about 0.6 for the normal speed, Coulomb friction 0.5
//   during the impact, and a thin-shell moment of inertia (I = 2/3 m r^2), so a spinless landing ball
//   can lose at most 40 % of its horizontal speed to friction before it rolls;
// - rolling resistance on mown grass: mu_r 0.1; a rolling ball shares drag's deceleration with its spin
//   (3/5 of it slows the centre), so a 10 m/s pass rolls about 37 m.
#include "core/math.h"
#include "core/human_limits.h"  // kMaxKickSpeed, kMaxRunSpeed: what the solver and the paths allow
#include "core/vec2.h"
#include "core/vec3.h"

namespace touchline::sim {

// The simulation's fixed step: 240 per second.
inline constexpr double kStep = 1.0 / 240.0;
inline constexpr int kStepsPerSecond = 240;

struct BallModel {
    double radius = 0.11;             // m
    double mass = 0.43;               // kg
    double gravity = 9.81;            // m/s^2
    double airDensity = 1.2;          // kg/m^3
    double dragCoefficient = 0.25;    // Cd, above the drag crisis
    double restitution = 0.6;         // normal speed kept by a bounce on grass
    double bounceFriction = 0.5;      // Coulomb friction coefficient during a bounce
    double slidingFriction = 0.4;     // a skidding ball on grass, until it rolls
    double rollingResistance = 0.1;   // mu_r: rolling deceleration = mu_r * g
    double settleSpeed = 0.3;         // a landing slower than this (m/s, vertical) stops bouncing

    // Quadratic drag as an acceleration: a = -dragFactor() * |v| * v (1/m).
    double dragFactor() const {
        return 0.5 * airDensity * dragCoefficient * kPi * radius * radius / mass;
    }
};

// The ball's state. `spin` is the velocity of the ball's lowest point due to its rotation (omega x r),
// opposite in sign to the surface's own motion: a ball rolling without slipping has spin equal to its
// horizontal velocity. The difference is the slip that grass friction works on.
struct BallState {
    Vec3 position;  // the ball's centre; z = radius when it lies on the grass
    Vec3 velocity;
    Vec2 spin;
    bool operator==(const BallState&) const = default;
};

}  // namespace touchline::sim
