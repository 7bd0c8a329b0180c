#pragma once
// Aimed kicks: the launch velocity that takes the ball, through the same integrator the simulation
// runs (drag, gravity, bounces, rolling), to a target point either at a given step or at a given speed.
#include <optional>

#include "core/result.h"
#include "script/script.h"
#include "sim/ball_model.h"

namespace touchline::sim {

struct KickRequest {
    Vec3 from;                       // the ball's centre when it is kicked
    Vec3 target;                     // where the ball's centre must arrive
    std::optional<int> arriveSteps;  // it must be there this many steps after the kick...
    std::optional<double> speed;     // ...or it leaves the foot at this speed (m/s)
    KickStyle style = KickStyle::Driven;
};

struct KickSolution {
    Vec3 velocity;            // launch velocity
    Vec2 spin;                // launch spin (a ground pass rolls from the start)
    int arriveSteps = 0;      // the step at which the ball is nearest the target
    double flightTime = 0.0;  // seconds from the kick to the target
    double miss = 0.0;        // distance between the ball and the target at arrival, metres
};

// How close the solved ball must come to the target.
inline constexpr double kArrivalTolerance = 0.1;

// Fails, with a sentence for the script's author, when no kick within kMaxKickSpeed gets there.
Result<KickSolution> solveKick(const BallModel& model, const KickRequest& request);

// Where the ball is `steps` steps after being launched with `launch` (the simulation's integrator
// without obstacles).
BallState flyFor(const BallModel& model, BallState launch, int steps);

}  // namespace touchline::sim
