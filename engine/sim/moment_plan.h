#pragma once
// A moment's actions turned into what the simulation needs: who is on the pitch, where everyone starts,
// their runs, and the ordered list of touches of the ball (kicks, headers, saves, tackles, the small
// touches of a dribble), each aimed through the kick solver. Planning predicts the ball between touches
// with the obstacle-free integrator, so every player who plays the ball knows where to be.
//
// planMoment runs the stages declared below, in their order; each is a function of what the earlier
// ones made, and each has its own tests (tests/sim/moment_plan_test.cpp).
#include <optional>
#include <string>
#include <vector>

#include "script/diagnostics.h"
#include "script/script.h"
#include "sim/ball_model.h"
#include "sim/kick_memo.h"
#include "sim/kick_solver.h"
#include "sim/lineup.h"
#include "sim/moment_track.h"
#include "sim/player_paths.h"
#include "sim/set_piece.h"

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

// What the physics found wrong with one touch as it was last aimed (reported at its action once the
// moment is baked, so a touch re-aimed by a later pass says only what is true of the ball it met).
struct TouchProblem {
    Severity severity = Severity::Error;
    std::string message;
    bool operator==(const TouchProblem&) const = default;
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
    std::vector<TouchProblem> problems;
};

struct MomentPlan {
    int moment = -1;        // index into Script::moments, or into Script::passages for a passage
    bool passage = false;
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
    std::optional<SetPiece> setPiece;           // the set piece the moment opens with (a penalty)
    KickMemo* kicks = nullptr;                  // solved kicks to reuse (the importer's), when given

    int indexOf(PlayerId id) const;  // into players; -1 when he is not in this moment
    // What an event seen in this stretch of play points at: the moment, or else the passage.
    void label(ObservedEvent& e) const {
        e.moment = passage ? -1 : moment;
        e.passage = passage ? moment : -1;
    }
};

// The moment or passage a plan was made from.
const Moment& stretchOf(const Script& script, const MomentPlan& plan);

int stepOf(double seconds);

// Whether the physics plays an action on the ball (kicks, saves, tackles, dribbles): it becomes touches.
bool playsTheBall(ActionKind kind);

// Reads the moment, predicts the ball and aims every touch. Problems of the script's structure (a player
// who is not on the pitch, a ball that must arrive before it is kicked) go to `diagnostics`, located at
// their action; the problems of each touch stay with it (Touch::problems).
// `kicks`: solved kicks to reuse, for a caller that plans the same moment again and again.
MomentPlan planMoment(const Script& script, int momentIndex, const Lineup& lineup, const BallModel& model,
                      Diagnostics& diagnostics, KickMemo* kicks = nullptr);
// The same for one of the script's passages.
MomentPlan planPassage(const Script& script, int passageIndex, const Lineup& lineup, const BallModel& model,
                       Diagnostics& diagnostics);

// The stages of planMoment, in order.

// How long the moment runs: its own duration, else two seconds after the last thing in it (at least
// four for a still moment).
double momentDuration(const Moment& moment);
// Those on the pitch at its start, then those who come on during it; `onUntil` set for those who go off
// (walkSubstitutions gives them the time to walk off).
std::vector<TrackedPlayer> playersInMoment(const Moment& moment, const Lineup& lineup);
// Where each tracked player starts: the moment's shape, else his formation spot for that half, or the
// touchline by his bench for a substitute who comes on during the moment.
std::vector<Vec2> startPositions(const Moment& moment, const Lineup& lineup, const std::vector<TrackedPlayer>& players);
// A moment that opens with a penalty: the ball, the taker and the keeper set up by Law 14, and everyone
// the shape leaves free placed outside the area and the arc (sim/set_piece.h). Sets plan.setPiece.
void placeSetPiece(const Script& script, const Moment& moment, MomentPlan& plan);
// The runs and dribbles of each tracked player (per plan.players).
std::vector<std::vector<RunLeg>> plannedRuns(const Script& script, const Moment& moment, const MomentPlan& plan,
                                             Diagnostics& diagnostics);
// The keeper facing a penalty keeps to his line until the kick (a leg before any run of his own).
void holdKeeperOnHisLine(MomentPlan& plan);
// Substitutes jog on from the touchline to their place, and the players going off (or sent off) walk to
// it: adds their legs to plan.runs (a run the script gives them later takes over), sets when the player
// going off has left (onUntil), and rebuilds their planned paths.
void walkSubstitutions(const Moment& moment, const Lineup& lineup, MomentPlan& plan);
// The touches the script writes: kicks, saves, tackles, and a dribble's small touches (one every 0.45 s,
// each rolling the ball to just ahead of where he will be at the next). In action order, not yet aimed.
std::vector<Touch> scriptedTouches(const Script& script, const Moment& moment, const MomentPlan& plan,
                                   Diagnostics& diagnostics);
// A ball aimed at a player who does nothing with it when it comes: he takes it down. In a passage,
// whose kicks go to the places the data has the next player play them (import/passage_builder.cpp), the
// next player to kick or dribble it takes it down there too when he plays it on later: the data says he
// had it, and a ball left rolling would run on (tens of metres, off the pitch) with him chasing it.
// Appends those touches, then orders all by step (stable: the script's order at one step).
void addControls(std::vector<Touch>& touches, int steps, bool passage = false);
// Who each pass is played to: the next player to touch the ball, if he is a team-mate (or the named
// target when no one touches it again). No offside from a corner kick (Law 11).
void assignReceivers(std::vector<Touch>& touches);
// The pass an offside stop is given for: the last kick or header (not a corner) of the caught player's
// team-mates before play stops (and after any opponent last played it, a save aside), played to him. Its index in `touches`, or none when the stop names no
// one or no team-mate of his played the ball before it.
std::optional<std::size_t> offsidePass(const Moment& moment, const std::vector<Touch>& touches);
// Makes that pass his: offside is judged on him when it is played, whoever plays the ball next.
void callOffside(const Moment& moment, std::vector<Touch>& touches);
// Marks the players who play the ball or are played to.
void markInAction(const std::vector<Touch>& touches, MomentPlan& plan);
// The ball at the start: where the script puts it, or at the first kicker's feet.
BallState ballStart(const Script& script, const Moment& moment, const MomentPlan& plan, const BallModel& model);
// Predicts the ball from touch to touch with the obstacle-free integrator and aims each one.
void aimTouches(const Script& script, MomentPlan& plan, const BallModel& model);

// Aims one touch from the ball as it is (`touch.ballAt`): fills launch, aim, standAt and problems (a kick
// no one can hit is still kicked, as near as a human can).
void resolveTouch(const Script& script, const MomentPlan& plan, const BallModel& model, Touch& touch);

}  // namespace touchline::sim
