#pragma once
// Edits of a replay script, as values. Each names what it changes by its index in the Script the
// text loaded to (moment, action), and applying one to the text gives new text: a patch of the
// bytes of the values it changes (edit/yaml_text.h), so the author's comments and layout stay.
#include <string>
#include <variant>

#include "core/result.h"
#include "core/vec2.h"
#include "script/script.h"

namespace touchline::edit {

// Where a player stands when the moment starts (his entry in the moment's `shape`, added if missing).
struct MovePlayer {
    int moment = 0;
    PlayerId player;
    Vec2 to;
};
// Where a run or dribble ends.
struct MoveRunTarget {
    int moment = 0;
    int action = 0;
    Vec2 to;
};
// Where the ball is at the moment's start.
struct MoveBallStart {
    int moment = 0;
    Vec2 to;
};
// Moves an action in time. It keeps its length: a run's `by` and a kick's `arrive` move with it. The
// action's line moves too when it passes another, so the list stays in time order.
struct RetimeAction {
    int moment = 0;
    int action = 0;
    double at = 0.0;
};
struct SetKickTarget {
    int moment = 0;
    int action = 0;
    KickTarget target;
};
struct SetKickStyle {
    int moment = 0;
    int action = 0;
    KickStyle style = KickStyle::Ground;
};
// The ball's arrival time (replaces a launch speed).
struct SetKickArrival {
    int moment = 0;
    int action = 0;
    double arrive = 0.0;
};
// The launch speed (replaces an arrival time).
struct SetKickSpeed {
    int moment = 0;
    int action = 0;
    double speed = 0.0;
};
// Another kind of kick (a pass becomes a cross): the kind key is renamed, the fields stay.
struct SetKickKind {
    int moment = 0;
    int action = 0;
    ActionKind kind = ActionKind::Pass;
};
// A new action, put in time order among the moment's actions.
struct AddAction {
    int moment = 0;
    Action action;
};
struct RemoveAction {
    int moment = 0;
    int action = 0;
};

enum class MomentTemplate { Corner, ThroughBall, Shot, CrossHeader, Penalty };
// A new moment from a template, starting at a match time, for a team (the attackers).
struct AddMoment {
    MomentTemplate kind = MomentTemplate::Corner;
    double matchTime = 0.0;
    TeamSide team = TeamSide::Home;
};

using EditCommand = std::variant<MovePlayer, MoveRunTarget, MoveBallStart, RetimeAction, SetKickTarget, SetKickStyle,
                                 SetKickArrival, SetKickSpeed, SetKickKind, AddAction, RemoveAction, AddMoment>;

struct EditedText {
    std::string text;
    int moment = -1;          // the moment the edit changed (its index in the new text's script)
    bool structural = false;  // moments were added or removed: every index may have moved
};

// Applies `command` to `text`, which loaded to `script`. An error (a value) when the command does not
// fit: an action that is not a kick, an index out of range, a moment where another one is.
Result<EditedText> applyEdit(std::string_view text, const Script& script, const EditCommand& command);

// "move Koulibaly's run", for the undo menu.
std::string describe(const Script& script, const EditCommand& command);

// One action as a line of a replay script: "{ at: 2.6, header: Koulibaly, to: { goal: right, y: 32.0 }, speed: 14.0 }".
std::string formatAction(const Script& script, const Action& action);
std::string formatTarget(const Script& script, const KickTarget& target);

std::string_view templateName(MomentTemplate kind);  // "corner", "through ball", ...

}  // namespace touchline::edit
