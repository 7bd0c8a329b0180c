#pragma once
// A moment's actions turned into what the simulation needs: who is on the pitch, where everyone starts,
// their runs, and the ordered list of touches of the ball (kicks, headers, saves, tackles, the small
// touches of a dribble), each aimed through the kick solver. Planning predicts the ball between touches
// with the obstacle-free integrator, so every player who plays the ball knows where to be.
#include <optional>
#include <vector>

#include "script/diagnostics.h"
#include "script/script.h"
#include "sim/ball_model.h"
#include "sim/kick_solver.h"
#include "sim/lineup.h"
#include "sim/moment_track.h"
#include "sim/player_paths.h"

namespace touchline::sim {

enum class TouchKind {
    Kick,     // pass, cross, corner, shot, volley
    Header,
    Parry,    // a save that palms the ball on
    Hold,     // a save that keeps it
    Dive,     // a beaten save: he dives towards the ball and does not reach it (the ball goes on)
    Trap,     // a tackle: the ball stops at his feet
    Control,  // the player a ball was aimed at, with nothing else to do, takes it down at his feet
    Dribble,  // one of the small touches of a dribble
};

struct Touch {
    int step = 0;
    PlayerId player;
    int action = -1;  // index into the moment's actions
    TouchKind kind = TouchKind::Kick;
    ActionKind cause = ActionKind::Pass;
    // Where the ball must go (kicks, headers, parries, dribble touches).
    KickTarget target;
    std::optional<int> arriveStep;  // absolute step
    std::optional<double> speed;
    KickStyle style = KickStyle::Ground;
    PlayerId receiver;  // the team-mate the ball is played to: offside is judged on him
    // Filled by resolveTouch.
    BallState ballAt;   // the ball as he plays it
    BallState launch;   // the ball just after
    Vec3 aim;           // the target point (ball centre)
    Vec2 standAt;       // where he stands
    bool held = false;  // the ball stays in his hands afterwards
};

struct MomentPlan {
    int moment = -1;
    double start = 0.0;     // match time
    double duration = 0.0;
    int steps = 0;
    std::vector<TrackedPlayer> players;
    std::vector<Vec2> startPositions;           // per tracked player
    std::vector<std::vector<RunLeg>> runs;      // per tracked player
    std::vector<PlayerPath> planned;            // per tracked player: shape and runs only
    std::vector<Touch> touches;                 // in step order
    BallState ballStart;
    bool ballVisible = true;

    int indexOf(PlayerId id) const;  // into players; -1 when he is not in this moment
};

int stepOf(double seconds);

// Reads the moment, predicts the ball and aims every touch. Problems go to `diagnostics`, located at
// the action that causes them.
MomentPlan planMoment(const Script& script, int momentIndex, const Lineup& lineup, const BallModel& model,
                      Diagnostics& diagnostics);

// Aims one touch from the ball as it is (`touch.ballAt`): fills launch, aim and standAt. Reports a kick
// no one can hit to `diagnostics` when given one (and still kicks the ball as near as a human can).
void resolveTouch(const Script& script, const Moment& moment, const MomentPlan& plan, const BallModel& model,
                  Touch& touch, Diagnostics* diagnostics);

}  // namespace touchline::sim
