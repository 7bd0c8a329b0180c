#pragma once
// Nobody stands on top of anybody else. A moment's paths come from the script (an import writes the
// team shape as runs every second and a half, a person writes runs by hand), and paths that each make
// sense alone can cross or meet: two runs converge on one spot, a marker runs through his man. A player
// who is not busy with the ball gives way: he bends his path around the others (and out of the way of
// his own team's low ball, which he would otherwise deflect), in good time and with
// a footballer's acceleration, and drifts back onto it once the way is clear. A player busy with the
// ball (around his touches, in a tackle or foul) keeps his path exactly, and two of them are left as
// they are, as are two opponents both near the ball or at a set piece (a duel, a contest for the ball,
// a marker on his man: they may meet).
//
// Each player's offset from his path is steered every 0.1 s against where everyone will be over the
// next second (the paths are known ahead), so the bend starts before the meeting, not at it; a pair
// nearer than `hardGap` despite that is pushed apart as a last resort. A pure function, cheap (pairs
// further apart than they could close in the look-ahead, or whose ways over it stay apart however much
// the paths bend, are skipped), and a path nobody needs to move is returned untouched, so scripts whose
// players keep apart bake as before.
#include <vector>

#include "core/human_limits.h"
#include "sim/moment_plan.h"
#include "sim/player_paths.h"

namespace touchline::sim {

struct GiveWayLimits {
    double interval = 0.1;      // s between decisions (and the moved paths' keys)
    double lookAhead = 1.0;     // s: how far ahead a player sees someone coming
    double clear = 0.9;         // m: centres kept this far apart when there is time to steer (a marker
                                //    stands 0.95 m from his man: he is left there)
    double hardGap = 0.82;      // m: nearer than this, pushed apart at once (the plausibility check is 0.8)
    double contest = 2.0;       // m: two opponents this near the ball contest it (as plausibility.h says)
    double ballClear = 0.9;     // m: a player giving way keeps his centre this far from his team's low
                                //    ball (an opponent in its way is the script's block)
    double holdNear = 1.3;      // m: while someone is this near, a player does not drift back yet
    double acceleration = 5.0;  // m/s^2 of sidestep
    double offsetSpeed = 3.0;   // m/s: the fastest he moves off or back onto his path
    double returnSpeed = 1.0;   // m/s: how unhurriedly he drifts back onto it
    double returnTime = 0.5;    // s: ... slowing down over its last part
    double commit = 1.0;        // s before he is busy with the ball, he heads back onto his path
    double topSpeed = kMaxRunSpeed - 0.6;  // m/s: the bend never makes him faster than this
};

// A span of time in which a player is busy with the ball and keeps his path.
struct BusySpan {
    double from = 0.0;
    double to = 0.0;
};

struct GiveWayInput {
    double duration = 0.0;               // s
    std::vector<PlayerPath> paths;       // per player
    std::vector<double> onFrom;          // per player: s; before it he is not on the pitch
    std::vector<double> onUntil;         // per player
    std::vector<std::vector<BusySpan>> busy;  // per player, in time order (may overlap)
    std::vector<int> team;               // per player: two players of different teams near the ball contest it
    std::vector<BusySpan> setPieces;     // when opponents may crowd each other (a corner, a free kick)
    std::vector<Vec2> ball;              // where the ball is every interval (empty: no ball)
    std::vector<bool> ballLow;           // ... whether it is low enough to run into a body
    std::vector<int> ballTeam;           // ... and the team that played it last (-1: nobody)
    GiveWayLimits limits;
};

// The paths, those that had to give way bent around the others (keys every interval where they are
// off their own path, and their own keys elsewhere, touches kept exactly).
std::vector<PlayerPath> giveWay(const GiveWayInput& input);

// A moment's players are busy with the ball from a little before each touch to just after it, and in a
// tackle or foul (both of them) for a second either side.
inline constexpr double kBusyBeforeTouch = 0.6;  // s
inline constexpr double kBusyAfterTouch = 0.3;   // s
inline constexpr double kBusyInDuel = 1.0;       // s
std::vector<std::vector<BusySpan>> busySpans(const Moment& moment, const MomentPlan& plan);

// A moment's paths (per plan.players) after everyone not busy with the ball has given way; the ball as
// planned, from touch to touch, tells who contests it.
std::vector<PlayerPath> givenWay(const Script& script, const MomentPlan& plan, std::vector<PlayerPath> paths);

// Each tracked player's own path: through his start, his runs and the places he plays the ball.
std::vector<PlayerPath> touchPaths(const MomentPlan& plan);

// Each tracked player's path as the bake moves him: his own (touchPaths), given way. The importer's
// repair judges bodies and offsides on these.
std::vector<PlayerPath> bakedPaths(const Script& script, const MomentPlan& plan);

}  // namespace touchline::sim
