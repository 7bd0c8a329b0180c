#include "sim/ball_flight.h"

#include <algorithm>
#include <cmath>

namespace touchline::sim {

namespace {

// A thin shell: I = 2/3 m r^2. A friction impulse J (per unit mass) slows the surface contact by J and
// speeds the spin by J * m r^2 / I = 1.5 J, so the slip shrinks by 2.5 J and vanishes at J = 0.4 slip.
constexpr double kSpinGain = 1.5;
constexpr double kGripFraction = 0.4;

// Applies a friction impulse of at most `limit` (per unit mass) against the slip.
void frictionImpulse(BallState& ball, double limit) {
    const Vec2 slip = Vec2{ball.velocity.x, ball.velocity.y} - ball.spin;
    const double slipLength = length(slip);
    if (slipLength <= 0.0) return;
    const double j = std::min(limit, kGripFraction * slipLength);
    const Vec2 dir = slip / slipLength;
    ball.velocity.x -= dir.x * j;
    ball.velocity.y -= dir.y * j;
    ball.spin += dir * (kSpinGain * j);
}

}  // namespace

bool onGround(const BallModel& model, const BallState& ball) {
    return ball.position.z <= model.radius && ball.velocity.z == 0.0;
}

void applyForces(const BallModel& model, BallState& ball, double dt) {
    Vec3& v = ball.velocity;
    const double drag = model.dragFactor() * length(v) * dt;
    if (onGround(model, ball)) {
        v.x -= drag * v.x;
        v.y -= drag * v.y;
        frictionImpulse(ball, model.slidingFriction * model.gravity * dt);
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

GroundContact advanceHeight(const BallModel& model, BallState& ball, double dt) {
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
        frictionImpulse(ball, model.bounceFriction * (1.0 + model.restitution) * contact.impactSpeed);
        contact.bounced = true;
    } else {
        v.z = 0.0;
        p.z = r;
        frictionImpulse(ball, model.bounceFriction * contact.impactSpeed);
        contact.landed = true;
    }
    return contact;
}

GroundContact step(const BallModel& model, BallState& ball, double dt, bool ground) {
    applyForces(model, ball, dt);
    ball.position.x += ball.velocity.x * dt;
    ball.position.y += ball.velocity.y * dt;
    if (ground) return advanceHeight(model, ball, dt);
    ball.position.z += ball.velocity.z * dt;
    return {};
}

}  // namespace touchline::sim
