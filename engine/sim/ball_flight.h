#pragma once
// The ball's free motion: gravity, quadratic air drag, bounces on the grass with restitution and
// friction, skidding and rolling resistance. A semi-implicit Euler step: forces update the velocity,
// then the velocity moves the ball. The simulation splits the step (Box2D moves x and y when something
// is near enough to touch the ball); the kick solver uses the whole step. Both run the same code.
#include "sim/ball_model.h"

namespace touchline::sim {

// Whether the ball is on the grass and not rising: no gravity, rolling resistance instead.
bool onGround(const BallModel& model, const BallState& ball);

// The velocity update over dt: drag, gravity, and on the grass skidding and rolling resistance.
void applyForces(const BallModel& model, BallState& ball, double dt);

struct GroundContact {
    bool bounced = false;       // the ball hit the grass and rose again
    bool landed = false;        // the ball hit the grass and stayed on it
    double impactSpeed = 0.0;   // vertical speed at impact, m/s
};

// Moves z by the velocity and resolves a landing (reflecting any penetration of the grass).
GroundContact advanceHeight(const BallModel& model, BallState& ball, double dt);

// One whole step. Without `ground` the ball falls through the grass (the solver's smooth flight).
GroundContact step(const BallModel& model, BallState& ball, double dt, bool ground = true);

}  // namespace touchline::sim
