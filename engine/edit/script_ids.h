#pragma once
// Names for a script's moments and actions that outlive the text they were read from.
//
// Every edit re-parses the text, and the Script it loads to is a new value: a retimed action moves to
// another line and another place in its moment's list, a removed one leaves a gap its neighbours
// close, an undo brings back one that was gone. An index or a reference into the Script therefore
// means nothing after an edit. A MomentId or an ActionId does: the session hands each out once and
// never again (like Box2D's b2BodyId, whose generation here never wraps because no slot is reused),
// keeps the table of ids per text of its history (so undo and redo bring their ids back with them),
// and carries the ids from one text to the next when it re-parses. Resolving an id in a text where its
// action is not there fails; it never finds a neighbour.
#include <cstdint>
#include <optional>
#include <vector>

#include "script/script.h"
#include "script/yaml_document.h"

namespace touchline::edit {

struct MomentId {
    std::uint64_t value = 0;  // 0: no moment
    constexpr bool valid() const { return value != 0; }
    constexpr bool operator==(const MomentId&) const = default;
};

struct ActionId {
    std::uint64_t value = 0;  // 0: no action
    constexpr bool valid() const { return value != 0; }
    constexpr bool operator==(const ActionId&) const = default;
};

// Where an action is in one Script: indices into `moments` and that moment's `actions`.
struct ActionPlace {
    int moment = -1;
    int action = -1;
    constexpr bool operator==(const ActionPlace&) const = default;
};

// Hands out ids: each once.
class IdSource {
public:
    std::uint64_t next() { return ++last_; }

private:
    std::uint64_t last_ = 0;
};

// The ids of one text's moments and actions, parallel to the Script it loaded to.
class ScriptIds {
public:
    ScriptIds() = default;
    // Fresh ids for everything in `script`.
    static ScriptIds number(const Script& script, IdSource& source);

    std::size_t momentCount() const { return moments_.size(); }
    // Invalid ids for indices out of range.
    MomentId moment(int index) const;
    ActionId action(int moment, int index) const;
    ActionId action(ActionPlace place) const { return action(place.moment, place.action); }
    // Where an id is in this text; nothing when it is not there (removed, or not yet added).
    std::optional<int> find(MomentId id) const;
    std::optional<ActionPlace> find(ActionId id) const;

private:
    friend class IdCarrier;
    std::vector<MomentId> moments_;
    std::vector<std::vector<ActionId>> actions_;
};

// What an edit did to one action, so its id follows it into the new text: where it was in the old
// Script, and where its mapping starts in the new text (a retimed action moves to another line). An
// added action has no old place (`before.action` is -1, `before.moment` its moment); a removed one
// has no new place.
struct EditedAction {
    ActionPlace before;
    std::optional<YamlMark> after;
};

// The ids for `after`, the Script a new text of the same file loaded to, carried over from `before`
// (the previous text's Script) and its `ids`. Moments keep their ids by their `id` field; within a
// moment the edited action keeps its id wherever it went, and the others by their order and what they
// are (kind, actor, other player), so a reload from disk keeps what it can. Anything new gets a fresh id.
ScriptIds carryIds(const Script& before, const ScriptIds& ids, const Script& after,
                   const std::optional<EditedAction>& edited, IdSource& source);

}  // namespace touchline::edit
