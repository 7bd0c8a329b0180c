#include "edit/edit_handles.h"

namespace touchline::edit {

namespace {

Vec2 kickTargetPosition(const KickTarget& target) {
    if (target.kind == KickTarget::Kind::Goal) {
        return {target.goal == pitch::End::Left ? 0.0 : pitch::kLength, target.place.y};
    }
    return target.place;
}

}  // namespace

std::vector<Handle> momentHandles(const Script& script, const ScriptIds& ids, int moment) {
    std::vector<Handle> handles;
    if (moment < 0 || static_cast<std::size_t>(moment) >= script.moments.size()) return handles;
    const Moment& m = script.moments[static_cast<std::size_t>(moment)];
    const MomentId id = ids.moment(moment);
    if (m.ball) handles.push_back({Handle::Kind::BallStart, id, {}, {}, *m.ball, {}});
    for (std::size_t i = 0; i < m.actions.size(); ++i) {
        const Action& a = m.actions[i];
        const ActionId action = ids.action(moment, static_cast<int>(i));
        if (isMovement(a.kind)) {
            handles.push_back({Handle::Kind::RunTarget, id, action, a.actor, a.to, {}});
        } else if (isKick(a.kind) && !(a.kind == ActionKind::Save && a.holds) && a.target.kind != KickTarget::Kind::Player) {
            handles.push_back({Handle::Kind::KickTarget, id, action, a.actor, kickTargetPosition(a.target), a.target});
        }
    }
    return handles;
}

Handle playerHandle(const Script& script, const ScriptIds& ids, int moment, PlayerId player, double momentTime) {
    const Moment& m = script.moments[static_cast<std::size_t>(moment)];
    // The run he is on, or the last one he made: dragging him moves where he runs to.
    for (std::size_t i = m.actions.size(); i-- > 0;) {
        const Action& a = m.actions[i];
        if (a.actor == player && isMovement(a.kind) && a.at <= momentTime) {
            return {Handle::Kind::RunTarget, ids.moment(moment), ids.action(moment, static_cast<int>(i)), player, a.to, {}};
        }
    }
    Vec2 start = script.shapePosition(player, m.matchTime);
    for (const Placement& p : m.shape) {
        if (p.player == player) start = p.position;
    }
    return {Handle::Kind::Player, ids.moment(moment), {}, player, start, {}};
}

EditCommand moveHandle(const Handle& h, Vec2 to) {
    switch (h.kind) {
        case Handle::Kind::Player: return MovePlayer{h.moment, h.player, to};
        case Handle::Kind::RunTarget: return MoveRunTarget{h.action, to};
        case Handle::Kind::BallStart: return MoveBallStart{h.moment, to};
        case Handle::Kind::KickTarget: {
            KickTarget target = h.target;
            if (target.kind == KickTarget::Kind::Goal) {
                target.place.y = to.y;  // along the goal line: the mouth is where a goal target lives
            } else {
                target.place = to;
            }
            return SetKickTarget{h.action, target};
        }
    }
    return MoveBallStart{h.moment, to};
}

}  // namespace touchline::edit
