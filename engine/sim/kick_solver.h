#pragma once
// Aimed kicks: the launch velocity that takes the ball, through the same integrator the simulation
// runs (drag, gravity, bounces, rolling), to a target point either at a given step or at a given speed.
#include <optional>

#include "core/result.h"
#include "script/script.h"
#include "sim/ball_model.h"

namespace touchline::sim {

// How close the solved ball must come to the target.
inline constexpr double kArrivalTolerance = 0.1;
// How close a passage's kick must come: a passage is the data's play approximated, and the data places
// an event to about a metre (the importer's fidelity check allows 1 m), so a kick whose best attempt
// lands within this is played as it flies, with a warning. Hand-written moments keep kArrivalTolerance.
inline constexpr double kPassageArrivalTolerance = 1.0;
// A hard kick with room below kMaxKickSpeed: what the advice for a kick asked to fly faster than a human
// kicks is worked out at (a kick re-aimed from where a deflected ball really is stays within the limit).
inline constexpr double kHardKickSpeed = 30.0;

struct KickRequest {
    Vec3 from;                       // the ball's centre when it is kicked
    Vec3 target;                     // where the ball's centre must arrive
    std::optional<int> arriveSteps;  // it must be there this many steps after the kick...
    std::optional<double> speed;     // ...or it leaves the foot at this speed (m/s)
    KickStyle style = KickStyle::Driven;
    double tolerance = kArrivalTolerance;  // how near the target counts as there
    // A ball through the air no boot can fly there in time may land short and bounce on to it (a
    // passage's long ball: the ball model carries about 60 m at the hardest kick).
    bool mayBounce = false;
    // A kick through the air that cannot arrive in time says when it could (below): a search of some
    // twenty solves, which a caller that only asks whether a kick can be made (false) is spared.
    bool advise = true;
};

struct KickSolution {
    Vec3 velocity;            // launch velocity
    Vec2 spin;                // launch spin (a ground pass rolls from the start)
    int arriveSteps = 0;      // the step at which the ball is nearest the target
    double flightTime = 0.0;  // seconds from the kick to the target
    double miss = 0.0;        // distance between the ball and the target at arrival, metres
};

// Fails, with a sentence for the script's author, when no kick within kMaxKickSpeed gets there. A kick
// through the air asked to arrive sooner than a boot can make it says when it could arrive: "... it gets
// there in 2.35 s" (struck at kHardKickSpeed; a lofted kick on the arc that needs the least speed, the
// arc of a keeper's long kick; with mayBounce, beyond the air's reach, a hard kick that bounces on), which
// the importer reads to give the flight that time.
Result<KickSolution> solveKick(const BallModel& model, const KickRequest& request);

// Where the ball is `steps` steps after being launched with `launch` (the simulation's integrator
// without obstacles).
BallState flyFor(const BallModel& model, BallState launch, int steps);

}  // namespace touchline::sim
