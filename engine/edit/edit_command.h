#pragma once
// Edits of a replay script, as values. Each names what it changes by identity (edit/script_ids.h): a
// moment by its MomentId, an action by its ActionId, never by an index that the next re-parse may
// give to another action. Applying one to the text gives new text: a patch of the bytes of the values
// it changes (edit/yaml_text.h), so the author's comments and layout stay.
#include <optional>
#include <string>
#include <variant>

#include "core/match_clock.h"
#include "core/result.h"
#include "core/vec2.h"
#include "edit/script_ids.h"
#include "script/script.h"

namespace touchline::edit {

// Where a player stands when the moment starts (his entry in the moment's `shape`, added if missing).
struct MovePlayer {
    MomentId moment;
    PlayerId player;
    Vec2 to;
};
// Where a run or dribble ends.
struct MoveRunTarget {
    ActionId action;
    Vec2 to;
};
// Where the ball is at the moment's start.
struct MoveBallStart {
    MomentId moment;
    Vec2 to;
};
// Moves an action in time. It keeps its length: a run's `by` and a kick's `arrive` move with it. The
// action's line moves too when it passes another, so the list stays in time order.
struct RetimeAction {
    ActionId action;
    double at = 0.0;
};
struct SetKickTarget {
    ActionId action;
    KickTarget target;
};
struct SetKickStyle {
    ActionId action;
    KickStyle style = KickStyle::Ground;
};
// The ball's arrival time (replaces a launch speed).
struct SetKickArrival {
    ActionId action;
    double arrive = 0.0;
};
// The launch speed (replaces an arrival time).
struct SetKickSpeed {
    ActionId action;
    double speed = 0.0;
};
// Another kind of kick (a pass becomes a cross): the kind key is renamed, the fields stay.
struct SetKickKind {
    ActionId action;
    ActionKind kind = ActionKind::Pass;
};
// A new action, put in time order among the moment's actions.
struct AddAction {
    MomentId moment;
    Action action;
};
struct RemoveAction {
    ActionId action;
};

enum class MomentTemplate { Corner, ThroughBall, Shot, CrossHeader };
// A new moment from a template, starting at a match time, for a team (the attackers).
struct AddMoment {
    MomentTemplate kind = MomentTemplate::Corner;
    double matchTime = 0.0;
    TeamSide team = TeamSide::Home;
};

// A moment's own fields (edit/moment_fields.h). The clock is written as formatReading writes it
// ("90+1:00"); whether the moment still fits between its neighbours is the validator's to say.
struct SetMomentClock {
    MomentId moment;
    ClockReading clock;
};
struct SetMomentDuration {
    MomentId moment;
    double seconds = 0.0;
};
struct SetMomentTitle {
    MomentId moment;
    std::string title;
};
// One paragraph: line breaks and runs of spaces become single spaces (the caption is wrapped when drawn).
struct SetMomentCaption {
    MomentId moment;
    std::string caption;
};

using EditCommand = std::variant<MovePlayer, MoveRunTarget, MoveBallStart, RetimeAction, SetKickTarget, SetKickStyle,
                                 SetKickArrival, SetKickSpeed, SetKickKind, AddAction, RemoveAction, AddMoment,
                                 SetMomentClock, SetMomentDuration, SetMomentTitle, SetMomentCaption>;

struct EditedText {
    std::string text;
    int moment = -1;          // the moment the edit changed (its index in the new text's script)
    bool structural = false;  // moments were added or removed: every index may have moved
    // The action the edit changed, added or removed, so its id follows it (edit/script_ids.h).
    std::optional<EditedAction> action = std::nullopt;
};

// Applies `command` to `text`, which loaded to `script`, whose ids are `ids`. An error (a value) when
// the command does not fit: an id that is not in this text (its action was removed or undone), an
// action that is not a kick, a moment where another one is.
Result<EditedText> applyEdit(std::string_view text, const Script& script, const ScriptIds& ids, const EditCommand& command);

// "move Koulibaly's run", for the undo menu.
std::string describe(const Script& script, const ScriptIds& ids, const EditCommand& command);

// One action as a line of a replay script: "{ at: 2.6, header: Koulibaly, to: { goal: right, y: 32.0 }, speed: 14.0 }".
std::string formatAction(const Script& script, const Action& action);
std::string formatTarget(const Script& script, const KickTarget& target);

std::string_view templateName(MomentTemplate kind);  // "corner", "through ball", ...

}  // namespace touchline::edit
