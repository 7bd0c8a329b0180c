#pragma once
// Turns where players want to be (targets from team_shape.h, sampled at a fixed interval) into where
// they are: each runs towards his target no faster than a footballer can and with a footballer's
// acceleration, jogs when he has time and sprints when he is far out of place, leaves his place in time
// to be where he plays the ball (an appointment), and nobody runs through anybody else.
// A pure function: the same input gives the same positions, bit for bit.
#include <span>
#include <vector>

#include "core/vec2.h"
#include "core/human_limits.h"

namespace touchline::sim {

struct FollowerLimits {
    double topSpeed = kMaxRunSpeed - 0.5;  // kept under the validator's limit: paths are smoothed after
    double cruiseSpeed = 5.0;    // m/s: getting back into shape without hurry
    double sprintBeyond = 12.0;  // m: further than this from his target he sprints
    double acceleration = 3.5;   // m/s^2
    double deceleration = 5.5;   // m/s^2
    double dodging = 4.0;        // m/s^2 more, to sidestep someone in the way
    double gap = 0.9;            // m: centres kept at least this far apart
    double busy = 0.6;           // s: this long before an appointment a player holds his line (a duel)
    double busyAfter = 0.1;      // s: and this long after it
    double ballClear = 1.2;      // m: a team-mate's low ball passes at least this far from him
    double ballAhead = 1.0;      // s: how far ahead he sees it coming
    double onsideBy = 0.5;       // m: a runner waiting for a pass stays this far behind the offside line
};

// He must be at `place` at `time` (he plays the ball there, or, `standing`, stands there as play restarts).
struct Appointment {
    double time = 0.0;
    Vec2 place;
    int action = -1;  // the script's action he plays the ball for, for the bake's messages
    // Where he stands as play restarts, at the passage's end: not a touch, so until he is there he
    // makes room for others and they for him (two walking to places side by side met head on).
    bool standing = false;
};

// A moment shown over a passage, as one of its players meets it (seconds into the passage): where the
// moment has him as it opens, and where its runs leave him as it closes. While the ball is in play he
// sets off for the first in time to be there as it opens (no faster than he can: a meeting is not a
// touch, and he is not put there whatever it costs), and goes with the moment while it plays. The
// viewer's walk between passage and moment is then short: left to the shape, the passage's player
// may be 20 m from where the moment has him, and that walk, on top of his own run, is faster than
// anyone runs.
struct Meeting {
    double opens = 0.0;
    double closes = 0.0;
    Vec2 from;
    Vec2 to;
};

// A team-mate's pass to a player: offside is judged when it is kicked (Law 11), so until then he keeps
// onside, on the shoulder of the second-last opponent, and makes his run after it.
struct PassTo {
    double kicked = 0.0;
    double received = 0.0;  // the time of his appointment with it
};

// A pass the data has him offside for (a passage stopped for it): he is beyond the line when it is
// played and runs on to where it goes, as the forward the flag goes up for does.
struct OffsideRun {
    std::size_t player = 0;
    double kicked = 0.0;  // s
    Vec2 ballTo;          // where the pass is aimed
};

struct FollowerInput {
    double interval = 0.1;     // seconds between samples (and decisions)
    int samples = 0;           // sample 0 is t = 0
    std::vector<Vec2> start;   // per player
    std::vector<Vec2> startVelocity;  // per player; empty: everyone starts standing
    std::vector<Vec2> targets; // [sample * players + player]
    // Per player, in time order. A player with appointments runs to each in time and is exactly there.
    std::vector<std::vector<Appointment>> appointments;
    // Per player: true when his positions are given (targets are where he is, as the script moves him):
    // he is followed exactly and others keep clear of him.
    std::vector<bool> fixed;
    std::vector<double> onFrom;   // per player: seconds; before it he is not on the pitch (ignored)
    std::vector<double> onUntil;  // per player
    // Where the ball is every sample and whose it is while it travels low enough to hit someone (-1: it
    // is nobody's there: still, high, or dead). A player of that team who is not busy with it steps out
    // of its way (an opponent in its way is the play's block). Empty: no ball to avoid.
    std::vector<Vec2> ball;
    std::vector<int> ballTeam;
    // Per sample: the ball is dead, everyone going to his place for the restart. Nobody sprints there
    // (there is time; a player sprinting into position at a throw-in is a player in a hurry for a
    // reason); only an appointment he would miss at a jog hurries him. Empty: the ball is never dead.
    std::vector<bool> deadBall;
    std::vector<int> team;  // per player, 0 or 1 (needed with `ball`, and to keep onside)
    // Per player, in time order: the passes he is to receive onside (none for a ball he wins, and for a
    // pass the data has him offside for).
    std::vector<std::vector<PassTo>> passesTo;
    // Per team: +1 when it attacks the goal at x = 105, -1 the one at x = 0 (needed with `passesTo`).
    std::vector<double> forward;
    std::vector<OffsideRun> offsideRuns;  // needs `team` and `forward`
    std::vector<std::vector<Meeting>> meetings;  // per player, in time order; empty: none
    FollowerLimits limits;
};

// Positions, [sample * players + player].
std::vector<Vec2> followTargets(const FollowerInput& input);

}  // namespace touchline::sim
