#pragma once
// What the author can grab on the pitch in edit mode, for the moment on screen: a player (his run's
// end when he is running or has run, else his place when the moment starts), a run's end, a kick's
// target (a place, or a point in a goal's mouth), and the ball's start. Pure, for the viewer's mouse
// and for tests that drive the same commands without one. A handle names its moment and action by id,
// so a drag that outlives a re-parse still moves the same thing.
#include <vector>

#include "core/vec2.h"
#include "edit/edit_command.h"
#include "edit/script_ids.h"
#include "script/script.h"

namespace touchline::edit {

struct Handle {
    enum class Kind { Player, RunTarget, KickTarget, BallStart };
    Kind kind = Kind::Player;
    MomentId moment;
    ActionId action;    // RunTarget, KickTarget
    PlayerId player;    // Player; the actor for the others
    Vec2 position;      // where the handle is, in pitch metres
    KickTarget target;  // KickTarget: the target as it was grabbed (a drag moves its place only)
};

// Run ends, kick targets that are places or goals, and the ball's start when the script gives one.
// `moment` is an index into `script`, whose ids are `ids`.
std::vector<Handle> momentHandles(const Script& script, const ScriptIds& ids, int moment);
// What dragging `player` moves at `momentTime` seconds into the moment.
Handle playerHandle(const Script& script, const ScriptIds& ids, int moment, PlayerId player, double momentTime);
// The edit that puts the handle at `to`.
EditCommand moveHandle(const Handle& handle, Vec2 to);

}  // namespace touchline::edit
