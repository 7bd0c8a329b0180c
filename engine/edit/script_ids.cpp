#include "edit/script_ids.h"

#include <algorithm>
#include <cstddef>

namespace touchline::edit {

namespace {

// What an action is, apart from its numbers: two actions alike in this are told apart by their order.
bool alike(const Action& a, const Action& b) {
    return a.kind == b.kind && a.actor == b.actor && a.other == b.other &&
           (a.kind != ActionKind::Whistle || a.whistle == b.whistle);
}

bool startsAt(const Action& a, const YamlMark& mark) { return a.where.line == mark.line && a.where.column == mark.column; }

}  // namespace

ScriptIds ScriptIds::number(const Script& script, IdSource& source) {
    ScriptIds ids;
    for (const Moment& m : script.moments) {
        ids.moments_.push_back({source.next()});
        std::vector<ActionId>& actions = ids.actions_.emplace_back();
        for (std::size_t i = 0; i < m.actions.size(); ++i) actions.push_back({source.next()});
    }
    return ids;
}

MomentId ScriptIds::moment(int index) const {
    if (index < 0 || static_cast<std::size_t>(index) >= moments_.size()) return {};
    return moments_[static_cast<std::size_t>(index)];
}

ActionId ScriptIds::action(int moment, int index) const {
    if (moment < 0 || static_cast<std::size_t>(moment) >= actions_.size()) return {};
    const auto& actions = actions_[static_cast<std::size_t>(moment)];
    if (index < 0 || static_cast<std::size_t>(index) >= actions.size()) return {};
    return actions[static_cast<std::size_t>(index)];
}

std::optional<int> ScriptIds::find(MomentId id) const {
    if (!id.valid()) return std::nullopt;
    for (std::size_t m = 0; m < moments_.size(); ++m) {
        if (moments_[m] == id) return static_cast<int>(m);
    }
    return std::nullopt;
}

std::optional<ActionPlace> ScriptIds::find(ActionId id) const {
    if (!id.valid()) return std::nullopt;
    for (std::size_t m = 0; m < actions_.size(); ++m) {
        const auto& actions = actions_[m];
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (actions[i] == id) return ActionPlace{static_cast<int>(m), static_cast<int>(i)};
        }
    }
    return std::nullopt;
}

class IdCarrier {
public:
    IdCarrier(const Script& before, const ScriptIds& ids, const Script& after, IdSource& source)
        : before_(before), ids_(ids), after_(after), source_(source) {}

    ScriptIds carry(const std::optional<EditedAction>& edited) {
        ScriptIds out;
        std::vector<bool> taken(before_.moments.size(), false);
        for (const Moment& m : after_.moments) {
            // The first moment of the old text with the same id that no earlier moment took.
            std::optional<std::size_t> old;
            for (std::size_t i = 0; i < before_.moments.size() && i < ids_.moments_.size() && !old; ++i) {
                if (!taken[i] && before_.moments[i].id == m.id) old = i;
            }
            if (!old) {
                out.moments_.push_back({source_.next()});
                std::vector<ActionId>& actions = out.actions_.emplace_back();
                for (std::size_t k = 0; k < m.actions.size(); ++k) actions.push_back({source_.next()});
                continue;
            }
            taken[*old] = true;
            out.moments_.push_back(ids_.moments_[*old]);
            const bool here = edited && edited->before.moment == static_cast<int>(*old);
            out.actions_.push_back(actions(*old, m, here ? edited : std::nullopt));
        }
        return out;
    }

private:
    // The ids of `now`'s actions, from the old moment `old`'s.
    std::vector<ActionId> actions(std::size_t old, const Moment& now, const std::optional<EditedAction>& edited) {
        const std::vector<Action>& was = before_.moments[old].actions;
        const std::vector<ActionId>& wasIds = ids_.actions_[old];
        std::vector<ActionId> out(now.actions.size());
        // The edited action first: it is the one that may have moved or changed what it is. It takes
        // no part in the matching below, even when it is gone (a removed action's id must not pass to
        // a neighbour that looks like it).
        std::vector<bool> oldOut(was.size(), false), newOut(now.actions.size(), false);
        if (edited) {
            const int from = edited->before.action;
            std::optional<std::size_t> to;
            for (std::size_t k = 0; edited->after && k < now.actions.size() && !to; ++k) {
                if (startsAt(now.actions[k], *edited->after)) to = k;
            }
            if (from >= 0 && static_cast<std::size_t>(from) < was.size()) {
                oldOut[static_cast<std::size_t>(from)] = true;
                if (to && static_cast<std::size_t>(from) < wasIds.size()) out[*to] = wasIds[static_cast<std::size_t>(from)];
            }
            if (to) newOut[*to] = true;
        }
        // The rest: the longest common subsequence of what the actions are, so untouched actions keep
        // their ids in order (a table of at most a few dozen by a few dozen).
        std::vector<std::size_t> a, b;
        for (std::size_t i = 0; i < was.size() && i < wasIds.size(); ++i) {
            if (!oldOut[i]) a.push_back(i);
        }
        for (std::size_t k = 0; k < now.actions.size(); ++k) {
            if (!newOut[k]) b.push_back(k);
        }
        std::vector<std::vector<int>> longest(a.size() + 1, std::vector<int>(b.size() + 1, 0));
        for (std::size_t i = a.size(); i-- > 0;) {
            for (std::size_t k = b.size(); k-- > 0;) {
                longest[i][k] = alike(was[a[i]], now.actions[b[k]]) ? longest[i + 1][k + 1] + 1
                                                                     : std::max(longest[i + 1][k], longest[i][k + 1]);
            }
        }
        for (std::size_t i = 0, k = 0; i < a.size() && k < b.size();) {
            if (alike(was[a[i]], now.actions[b[k]]) && longest[i][k] == longest[i + 1][k + 1] + 1) {
                out[b[k]] = wasIds[a[i]];
                ++i;
                ++k;
            } else if (longest[i + 1][k] >= longest[i][k + 1]) {
                ++i;
            } else {
                ++k;
            }
        }
        for (ActionId& id : out) {
            if (!id.valid()) id = {source_.next()};
        }
        return out;
    }

    const Script& before_;
    const ScriptIds& ids_;
    const Script& after_;
    IdSource& source_;
};

ScriptIds carryIds(const Script& before, const ScriptIds& ids, const Script& after,
                   const std::optional<EditedAction>& edited, IdSource& source) {
    return IdCarrier(before, ids, after, source).carry(edited);
}

}  // namespace touchline::edit
