#include "sim/goal_frame.h"

#include <algorithm>
#include <cmath>

namespace touchline::sim {

namespace {

constexpr double kHalfGoal = pitch::kGoalWidth / 2.0;                            // inside of a post
constexpr double kHalfFrame = pitch::kGoalWidth / 2.0 + pitch::kPostThickness;   // outside of a post
constexpr double kBarAxis = pitch::kGoalHeight + pitch::kPostThickness / 2.0;

bool insideGoalBox(Vec3 p, pitch::End end) {
    const double behind = (p.x - pitch::goalLineX(end)) * pitch::side(end);
    return behind > 0.0 && behind < pitch::kGoalDepth && std::abs(p.y - pitch::kCentre.y) < kHalfGoal;
}

}  // namespace

bool crossbarBounce(const BallModel& model, Vec3 from, BallState& ball, double dt) {
    const double reach = model.radius + pitch::kPostThickness / 2.0;
    Vec3& to = ball.position;
    if (std::abs(to.y - pitch::kCentre.y) > kHalfFrame) return false;
    if (std::min(from.z, to.z) > kBarAxis + reach || std::max(from.z, to.z) < kBarAxis - reach) return false;
    for (pitch::End end : {pitch::End::Left, pitch::End::Right}) {
        const double barX = pitch::postCentre(end, 1).x;
        // In the x-z plane: the ball's centre moves from a to b; the bar is a circle of radius `reach`.
        const double ax = from.x - barX, az = from.z - kBarAxis;
        const double dx = to.x - from.x, dz = to.z - from.z;
        double s = -1.0;
        if (ax * ax + az * az < reach * reach) {
            s = 0.0;  // already touching (a slow ball resting against it)
        } else {
            const double a = dx * dx + dz * dz, b = 2.0 * (ax * dx + az * dz), c = ax * ax + az * az - reach * reach;
            const double disc = b * b - 4.0 * a * c;
            if (a <= 0.0 || disc < 0.0) continue;
            const double root = (-b - std::sqrt(disc)) / (2.0 * a);
            if (root < 0.0 || root > 1.0) continue;
            s = root;
        }
        double nx = ax + s * dx, nz = az + s * dz;
        const double len = std::hypot(nx, nz);
        if (len <= 0.0) continue;
        nx /= len;
        nz /= len;
        const double vn = ball.velocity.x * nx + ball.velocity.z * nz;
        if (vn >= 0.0) continue;  // moving away already
        ball.velocity.x -= (1.0 + kWoodworkRestitution) * vn * nx;
        ball.velocity.z -= (1.0 + kWoodworkRestitution) * vn * nz;
        // From the contact point, the rest of the step with the new velocity.
        const double rest = (1.0 - s) * dt;
        to.x = barX + nx * reach + ball.velocity.x * rest;
        to.z = kBarAxis + nz * reach + ball.velocity.z * rest;
        to.z = std::max(to.z, model.radius);
        return true;
    }
    return false;
}

void netRoof(const BallModel& model, Vec3 from, BallState& ball) {
    Vec3& p = ball.position;
    for (pitch::End end : {pitch::End::Left, pitch::End::Right}) {
        if (!insideGoalBox(p, end)) continue;
        const double under = pitch::kGoalHeight - model.radius, over = pitch::kGoalHeight + model.radius;
        if (from.z <= under && p.z > under) {
            p.z = under;
            ball.velocity.z = -0.2 * ball.velocity.z;
        } else if (from.z >= over && p.z < over) {
            // Dropped onto the roof: it sags and holds the ball until it rolls off.
            p.z = over;
            ball.velocity.z = 0.0;
            ball.velocity.x *= 0.9;
            ball.velocity.y *= 0.9;
        }
    }
}

std::optional<LineCrossing> crossedLine(const BallModel& model, Vec3 from, Vec3 to) {
    const double r = model.radius;
    std::optional<LineCrossing> first;
    const auto consider = [&](double a, double b, double edge, LineCrossing::Kind kind, pitch::End end) {
        // Crossing outward: from the pitch side of `edge` to beyond it.
        if (!((a - edge) * (b - edge) < 0.0 || (b == edge && a != edge))) return;
        const double f = (edge - a) / (b - a);
        if (first && first->fraction <= f) return;
        LineCrossing c;
        c.kind = kind;
        c.end = end;
        c.fraction = f;
        c.at = from + (to - from) * f;
        first = c;
    };
    if (to.x > pitch::kLength + r && from.x <= pitch::kLength + r) {
        consider(from.x, to.x, pitch::kLength + r, LineCrossing::Kind::GoalLine, pitch::End::Right);
    }
    if (to.x < -r && from.x >= -r) consider(from.x, to.x, -r, LineCrossing::Kind::GoalLine, pitch::End::Left);
    if (to.y < -r && from.y >= -r) consider(from.y, to.y, -r, LineCrossing::Kind::Touchline, pitch::End::Right);
    if (to.y > pitch::kWidth + r && from.y <= pitch::kWidth + r) {
        consider(from.y, to.y, pitch::kWidth + r, LineCrossing::Kind::Touchline, pitch::End::Right);
    }
    if (first && first->kind == LineCrossing::Kind::GoalLine &&
        std::abs(first->at.y - pitch::kCentre.y) < kHalfGoal && first->at.z < pitch::kGoalHeight) {
        first->kind = LineCrossing::Kind::Goal;
    }
    return first;
}

double metresWide(const BallModel& model, Vec3 at) {
    return std::max(0.0, std::abs(at.y - pitch::kCentre.y) - kHalfFrame - model.radius);
}

double metresOver(const BallModel& model, Vec3 at) {
    return std::max(0.0, at.z - model.radius - (pitch::kGoalHeight + pitch::kPostThickness));
}

}  // namespace touchline::sim
