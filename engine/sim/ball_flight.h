#pragma once
// The ball's free motion: gravity, quadratic air drag, bounces on the grass with restitution and
// friction, skidding and rolling resistance. A semi-implicit Euler step: forces update the velocity,
// then the velocity moves the ball. The simulation splits the step (Box2D moves x and y when something
// is near enough to touch the ball); the kick solver uses the whole step. Both run the same code.
//
// Defined here, inline: the kick solver flies some two million steps per imported match, and a call
// per step (from another file) kept the ball's state in memory between steps, a fifth longer a step.
// The same operations in the same order either way, so the same bits.
#include <algorithm>
#include <cmath>

#include "sim/ball_model.h"

namespace touchline::sim {

namespace detail {

// A thin shell: I = 2/3 m r^2. A friction impulse J (per unit mass) slows the surface contact by J and
// speeds the spin by J * m r^2 / I = 1.5 J, so the slip shrinks by 2.5 J and vanishes at J = 0.4 slip.
inline constexpr double kSpinGain = 1.5;
inline constexpr double kGripFraction = 0.4;

// Applies a friction impulse of at most `limit` (per unit mass) against the slip.
inline void frictionImpulse(BallState& ball, double limit) {
    const Vec2 slip = Vec2{ball.velocity.x, ball.velocity.y} - ball.spin;
    const double slipLength = length(slip);
    if (slipLength <= 0.0) return;
    const double j = std::min(limit, kGripFraction * slipLength);
    const Vec2 dir = slip / slipLength;
    ball.velocity.x -= dir.x * j;
    ball.velocity.y -= dir.y * j;
    ball.spin += dir * (kSpinGain * j);
}

}  // namespace detail

// Whether the ball is on the grass and not rising: no gravity, rolling resistance instead.
inline bool onGround(const BallModel& model, const BallState& ball) {
    return ball.position.z <= model.radius && ball.velocity.z == 0.0;
}

// The velocity update over dt: drag, gravity, and on the grass skidding and rolling resistance.
inline void applyForces(const BallModel& model, BallState& ball, double dt) {
    Vec3& v = ball.velocity;
    const double drag = model.dragFactor() * length(v) * dt;
    if (onGround(model, ball)) {
        v.x -= drag * v.x;
        v.y -= drag * v.y;
        detail::frictionImpulse(ball, model.slidingFriction * model.gravity * dt);
        const double speed = std::sqrt(v.x * v.x + v.y * v.y);
        const double loss = model.rollingResistance * model.gravity * dt;
        if (speed <= loss) {
            v = Vec3{};
            ball.spin = Vec2{};
        } else {
            const double keep = 1.0 - loss / speed;
            v.x *= keep;
            v.y *= keep;
            ball.spin *= keep;
        }
        return;
    }
    v.x -= drag * v.x;
    v.y -= drag * v.y;
    v.z -= drag * v.z + model.gravity * dt;
}

struct GroundContact {
    bool bounced = false;       // the ball hit the grass and rose again
    bool landed = false;        // the ball hit the grass and stayed on it
    double impactSpeed = 0.0;   // vertical speed at impact, m/s
};

// Moves z by the velocity and resolves a landing (reflecting any penetration of the grass).
inline GroundContact advanceHeight(const BallModel& model, BallState& ball, double dt) {
    Vec3& p = ball.position;
    Vec3& v = ball.velocity;
    p.z += v.z * dt;
    const double r = model.radius;
    if (p.z >= r) return {};
    if (v.z >= 0.0) {
        p.z = r;
        return {};
    }
    GroundContact contact;
    contact.impactSpeed = -v.z;
    if (contact.impactSpeed > model.settleSpeed) {
        v.z = model.restitution * contact.impactSpeed;
        p.z = r + model.restitution * (r - p.z);
        detail::frictionImpulse(ball, model.bounceFriction * (1.0 + model.restitution) * contact.impactSpeed);
        contact.bounced = true;
    } else {
        v.z = 0.0;
        p.z = r;
        detail::frictionImpulse(ball, model.bounceFriction * contact.impactSpeed);
        contact.landed = true;
    }
    return contact;
}

// One whole step. Without `ground` the ball falls through the grass (the solver's smooth flight).
inline GroundContact step(const BallModel& model, BallState& ball, double dt, bool ground = true) {
    applyForces(model, ball, dt);
    ball.position.x += ball.velocity.x * dt;
    ball.position.y += ball.velocity.y * dt;
    if (ground) return advanceHeight(model, ball, dt);
    ball.position.z += ball.velocity.z * dt;
    return {};
}

}  // namespace touchline::sim
