#include "edit/edit_command.h"

#include <cmath>
#include <cstdlib>

#include "edit/moment_fields.h"
#include "edit/moment_template.h"
#include "edit/script_nodes.h"
#include "edit/yaml_text.h"
#include "script/script_writer.h"

namespace touchline::edit {

namespace {


// The `at` of a list item as written, for keeping the list in time order.
double itemTime(const YamlNode& item) {
    const YamlNode at = valueOf(item, "at");
    return at.isScalar() ? std::strtod(at.text().c_str(), nullptr) : 0.0;
}

// The index in `list` before which an item at time `at` goes (after the items at the same time),
// leaving out the item `skip`.
std::size_t orderedSlot(const YamlNode& list, double at, std::size_t skip) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i != skip && itemTime(list.item(i)) > at) return i;
    }
    return list.size();
}

// Where a new item goes in a block list: at the start of item `slot`'s line, or after the last item.
std::size_t itemInsertionPoint(std::string_view text, const YamlNode& list, std::size_t slot) {
    if (slot < list.size()) return commentsAbove(text, lineStart(text, list.item(slot).begin()));
    return nextLineStart(text, contentEnd(text, list.item(list.size() - 1)));
}

class Applier {
public:
    Applier(std::string_view text, const Script& script, const ScriptIds& ids)
        : text_(text), script_(script), ids_(ids), nodes_(text) {}

    Result<EditedText> operator()(const MovePlayer& c) {
        auto moment = momentOf(c.moment);
        if (!moment) return moment.error();
        auto map = nodes_.moment(script_, *moment);
        if (!map) return map.error();
        if (!c.player.valid() || c.player.team > 1 ||
            static_cast<std::size_t>(c.player.index) >= script_.teams[c.player.team].players.size()) {
            return Error{"no such player"};
        }
        const std::string name = yamlScalar(script_.player(c.player).name);
        const YamlNode shape = valueOf(*map, "shape");
        if (!shape.isDefined() || shape.isNull()) {
            const std::string indent = indentOfKeys(*map);
            return insertPair(*map, indent + "shape:\n" + indent + "  " + name + ": " + formatPlace(c.to) + "\n",
                              "actions", *moment);
        }
        if (!shape.isMap()) return Error{"the moment's shape is not a mapping of names to places"};
        for (std::size_t i = 0; i < shape.size(); ++i) {
            auto who = script_.findPlayer(shape.key(i).text());
            if (who && *who == c.player) {
                return patched({{shape.value(i).begin(), shape.value(i).end(), formatPlace(c.to)}}, *moment);
            }
        }
        std::vector<TextPatch> patches;
        if (!setValue(text_, shape, name, formatPlace(c.to), patches)) return Error{"cannot add to this shape"};
        return patched(std::move(patches), *moment);
    }

    Result<EditedText> operator()(const MoveRunTarget& c) {
        auto node = action(c.action);
        if (!node) return node.error();
        if (!isMovement(node->action->kind)) return Error{"only a run or a dribble has a place to run to"};
        return set(*node, "to", formatPlace(c.to));
    }

    Result<EditedText> operator()(const MoveBallStart& c) {
        auto moment = momentOf(c.moment);
        if (!moment) return moment.error();
        auto map = nodes_.moment(script_, *moment);
        if (!map) return map.error();
        std::vector<TextPatch> patches;
        const std::string_view before = findKey(*map, "shape") >= 0 ? "shape" : "actions";
        if (!setValue(text_, *map, "ball", formatPlace(c.to), patches, before)) return Error{"cannot set the ball here"};
        return patched(std::move(patches), *moment);
    }

    Result<EditedText> operator()(const RetimeAction& c) {
        auto node = action(c.action);
        if (!node) return node.error();
        if (c.at < 0.0) return Error{"an action cannot happen before its moment starts"};
        const Action& a = *node->action;
        const int moment = node->place.moment;
        const double delta = c.at - a.at;
        std::vector<TextPatch> patches;
        setValue(text_, node->yaml.map, "at", formatNumber(c.at), patches);
        if (isMovement(a.kind)) setValue(text_, node->yaml.map, "by", formatNumber(a.by + delta), patches);
        if (a.arrive) setValue(text_, node->yaml.map, "arrive", formatNumber(*a.arrive + delta), patches);
        std::string retimed = applyPatches(text_, std::move(patches));
        // Keep the list in time order: the action's line moves past the ones it overtook.
        ScriptNodes after(retimed);
        auto map = after.moment(script_, moment);
        if (!map) return EditedText{retimed, moment, false, edited(*node, a.where)};
        const YamlNode list = after.actions(*map);
        const std::size_t slot = orderedSlot(list, c.at, node->yaml.item);
        if (slot == node->yaml.item || slot == node->yaml.item + 1 || list.isFlow()) {
            return EditedText{std::move(retimed), moment, false, edited(*node, a.where)};
        }
        const LineRange lines = itemLines(retimed, list.item(node->yaml.item));
        const std::string line = retimed.substr(lines.begin, lines.end - lines.begin);
        const std::size_t to = itemInsertionPoint(retimed, list, slot);
        std::string moved = line.back() == '\n' ? line : line + "\n";
        // Where the action's mapping starts once its lines are out of the way and in their new place.
        const std::size_t lineAt = to > lines.begin ? to - (lines.end - lines.begin) : to;
        const std::size_t mapAt = lineAt + (list.item(node->yaml.item).begin() - lines.begin);
        std::string text = applyPatches(retimed, {{lines.begin, lines.end, ""}, {to, to, std::move(moved)}});
        const YamlMark mark = markAt(text, mapAt);
        return EditedText{std::move(text), moment, false, EditedAction{node->place, mark}};
    }

    Result<EditedText> operator()(const SetKickTarget& c) {
        auto node = kick(c.action);
        if (!node) return node.error();
        return set(*node, "to", edit::formatTarget(script_, c.target));
    }

    Result<EditedText> operator()(const SetKickStyle& c) {
        auto node = kick(c.action);
        if (!node) return node.error();
        return set(*node, "style", std::string(styleKeyword(c.style)));
    }

    Result<EditedText> operator()(const SetKickArrival& c) { return swapTiming(c.action, "arrive", "speed", c.arrive); }
    Result<EditedText> operator()(const SetKickSpeed& c) { return swapTiming(c.action, "speed", "arrive", c.speed); }

    Result<EditedText> operator()(const SetKickKind& c) {
        auto node = kick(c.action);
        if (!node) return node.error();
        const Action& a = *node->action;
        if (!isKick(c.kind) || c.kind == ActionKind::Save || a.kind == ActionKind::Save) {
            return Error{"a kick becomes another kick: pass, cross, corner, shot, header or volley"};
        }
        const int k = findKey(node->yaml.map, actionKeyword(a.kind));
        if (k < 0) return Error{"the action's kind is not where the script says"};
        const YamlNode key = node->yaml.map.key(static_cast<std::size_t>(k));
        return patched({{key.begin(), key.end(), std::string(actionKeyword(c.kind))}}, *node);
    }

    Result<EditedText> operator()(const AddAction& c) {
        auto moment = momentOf(c.moment);
        if (!moment) return moment.error();
        // A caller's action that names no player of this script (one from another file, or none) is
        // refused: the text would name someone who is not there.
        const Action& a = c.action;
        const bool actorMissing = a.kind != ActionKind::Whistle && !script_.hasPlayer(a.actor);
        const bool otherMissing = a.other.valid() && !script_.hasPlayer(a.other);
        const bool targetMissing = a.target.kind == KickTarget::Kind::Player && !script_.hasPlayer(a.target.player);
        if (actorMissing || otherMissing || targetMissing) return Error{"the new action names a player who is not in this script"};
        auto map = nodes_.moment(script_, *moment);
        if (!map) return map.error();
        const std::string line = edit::formatAction(script_, c.action);
        const std::string indent = indentOfKeys(*map);
        const int k = findKey(*map, "actions");
        TextPatch patch;
        if (k < 0) {
            auto pair = pairPatch(*map, indent + "actions:\n" + indent + "  - " + line + "\n", {});
            if (!pair) return pair.error();
            patch = *pair;
        } else {
            const YamlNode list = map->value(static_cast<std::size_t>(k));
            if (list.isSequence() && !list.isFlow() && list.size() > 0) {
                const std::size_t to = itemInsertionPoint(text_, list, orderedSlot(list, c.action.at, list.size()));
                patch = {to, to, itemPrefix(text_, list.item(0)) + line + "\n"};
            } else if (list.size() > 0) {
                return Error{"this moment's actions are written as one [..] list; write one per line to edit them"};
            } else {
                // "actions:" or "actions: []": the list starts here.
                const YamlNode key = map->key(static_cast<std::size_t>(k));
                const std::size_t end = list.end() > list.begin() ? list.end() : key.end() + 1;
                patch = {key.end(), end, ":\n" + indent + "  - " + line};
            }
        }
        const std::size_t mapAt = patch.begin + patch.text.find(line);
        EditedText out{applyPatches(text_, {patch}), *moment, false, {}};
        out.action = EditedAction{{*moment, -1}, markAt(out.text, mapAt)};
        return out;
    }

    Result<EditedText> operator()(const RemoveAction& c) {
        auto node = action(c.action);
        if (!node) return node.error();
        auto map = nodes_.moment(script_, node->place.moment);
        if (!map) return map.error();
        const YamlNode list = nodes_.actions(*map);
        if (list.isFlow()) return Error{"this moment's actions are written as one [..] list; write one per line to edit them"};
        EditedText out;
        if (list.size() == 1) {
            // The last action: an empty list, so the key still reads as a list.
            const int k = findKey(*map, "actions");
            const YamlNode key = map->key(static_cast<std::size_t>(k));
            out.text = applyPatches(text_, {{key.end(), nextLineStart(text_, contentEnd(text_, list)), ": []\n"}});
        } else {
            const LineRange lines = itemLines(text_, node->yaml.map);
            out.text = applyPatches(text_, {{lines.begin, lines.end, ""}});
        }
        out.moment = node->place.moment;
        out.action = EditedAction{node->place, std::nullopt};
        return out;
    }

    Result<EditedText> operator()(const AddMoment& c) { return addMoment(text_, script_, c); }

    Result<EditedText> operator()(const SetMomentClock& c) { return momentField(c.moment, c); }
    Result<EditedText> operator()(const SetMomentDuration& c) { return momentField(c.moment, c); }
    Result<EditedText> operator()(const SetMomentTitle& c) { return momentField(c.moment, c); }
    Result<EditedText> operator()(const SetMomentCaption& c) { return momentField(c.moment, c); }

private:
    // An action found by its id: where it is in the Script and in the text.
    struct Found {
        ActionPlace place;
        const Action* action = nullptr;
        ScriptNodes::ActionNode yaml;
    };

    Result<int> momentOf(MomentId id) const {
        if (auto m = ids_.find(id)) return *m;
        return Error{"that moment is no longer in the script (removed, or undone); nothing was changed"};
    }

    Result<Found> action(ActionId id) {
        auto place = ids_.find(id);
        if (!place) return Error{"that action is no longer in the script (removed, or undone); nothing was changed"};
        auto node = nodes_.action(script_, place->moment, place->action);
        if (!node) return node.error();
        const Action& a = script_.moments[static_cast<std::size_t>(place->moment)].actions[static_cast<std::size_t>(place->action)];
        return Found{*place, &a, *node};
    }

    Result<Found> kick(ActionId id) {
        auto found = action(id);
        if (!found) return found;
        if (!isKick(found->action->kind)) {
            return Error{"a " + std::string(actionKeyword(found->action->kind)) + " has no ball to aim"};
        }
        return found;
    }

    // An edit inside the action's own mapping: it starts where it did.
    static std::optional<EditedAction> edited(const Found& node, const SourceLocation& where) {
        return EditedAction{node.place, YamlMark{where.line, where.column}};
    }

    template <typename Command>
    Result<EditedText> momentField(MomentId id, const Command& c) {
        auto moment = momentOf(id);
        if (!moment) return moment.error();
        return setMomentField(text_, script_, *moment, c);
    }

    Result<EditedText> swapTiming(ActionId id, std::string_view key, std::string_view other, double value) {
        auto node = kick(id);
        if (!node) return node.error();
        if (node->action->kind == ActionKind::Save && node->action->holds) {
            return Error{"a save that holds the ball sends it nowhere"};
        }
        const std::string text = formatNumber(value);
        const YamlNode& map = node->yaml.map;
        const int mine = findKey(map, key), theirs = findKey(map, other);
        if (mine < 0 && theirs >= 0) {
            // In the other's place, so the line reads in the same order as before.
            const auto i = static_cast<std::size_t>(theirs);
            return patched({{map.key(i).begin(), map.value(i).end(), std::string(key) + ": " + text}}, *node);
        }
        std::vector<TextPatch> patches;
        if (!setValue(text_, map, key, text, patches)) return Error{"cannot write '" + std::string(key) + "' here"};
        if (theirs >= 0 && !removeKey(text_, map, other, patches)) {
            return Error{"cannot remove '" + std::string(other) + "' from this action"};
        }
        return patched(std::move(patches), *node);
    }

    Result<EditedText> set(const Found& node, std::string_view key, const std::string& value) {
        std::vector<TextPatch> patches;
        if (!setValue(text_, node.yaml.map, key, value, patches)) return Error{"cannot write '" + std::string(key) + "' here"};
        return patched(std::move(patches), node);
    }

    std::string indentOfKeys(const YamlNode& map) const {
        if (map.size() == 0) return "    ";
        const std::size_t key = map.key(0).begin();
        return std::string(key - lineStart(text_, key), ' ');
    }

    // Inserts whole lines (already indented) into a block mapping: before `before`, else at its end.
    Result<TextPatch> pairPatch(const YamlNode& map, const std::string& lines, std::string_view before) const {
        if (map.isFlow()) return Error{"this moment is written as one {..} mapping; write it one field per line to edit it"};
        const int b = before.empty() ? -1 : findKey(map, before);
        const std::size_t at = b >= 0 ? lineStart(text_, map.key(static_cast<std::size_t>(b)).begin())
                                      : nextLineStart(text_, contentEnd(text_, map));
        const bool newline = at == text_.size() && !text_.empty() && text_.back() != '\n';
        return TextPatch{at, at, (newline ? "\n" : "") + lines};
    }
    Result<EditedText> insertPair(const YamlNode& map, const std::string& lines, std::string_view before, int moment) {
        auto pair = pairPatch(map, lines, before);
        if (!pair) return pair.error();
        return patched({std::move(*pair)}, moment);
    }

    Result<EditedText> patched(std::vector<TextPatch> patches, int moment) {
        return EditedText{applyPatches(text_, std::move(patches)), moment, false, {}};
    }
    Result<EditedText> patched(std::vector<TextPatch> patches, const Found& node) {
        return EditedText{applyPatches(text_, std::move(patches)), node.place.moment, false, edited(node, node.action->where)};
    }

    std::string_view text_;
    const Script& script_;
    const ScriptIds& ids_;
    ScriptNodes nodes_;
};

}  // namespace

Result<EditedText> applyEdit(std::string_view text, const Script& script, const ScriptIds& ids, const EditCommand& command) {
    Applier applier(text, script, ids);
    return std::visit(applier, command);
}

std::string formatTarget(const Script& script, const KickTarget& target) {
    // What a person drags: places to the decimetre, heights to the centimetre.
    KickTarget rounded = target;
    rounded.place = {std::round(target.place.x * 10.0) / 10.0, std::round(target.place.y * 10.0) / 10.0};
    rounded.height = std::round(target.height * 100.0) / 100.0;
    if (target.kind == KickTarget::Kind::Goal) rounded.place.x = pitch::goalLineX(target.goal);
    return touchline::formatTarget(script, rounded);
}

std::string formatAction(const Script& script, const Action& action) { return touchline::formatAction(script, action); }

std::string describe(const Script& script, const ScriptIds& ids, const EditCommand& command) {
    // "Callejón's corner", "the referee's whistle"; just `what` for an action that is not there.
    const auto whose = [&](ActionId id, std::string_view what) {
        const auto place = ids.find(id);
        if (!place) return std::string(what);
        const Action& a = script.moments[static_cast<std::size_t>(place->moment)].actions[static_cast<std::size_t>(place->action)];
        const std::string kind(actionKeyword(a.kind));
        const std::string tail = what.empty() ? "" : " " + std::string(what);
        return a.actor.valid() ? std::string(script.playerName(a.actor)) + "'s " + kind + tail : kind + tail;
    };
    const auto momentName = [&](MomentId id) {
        const auto m = ids.find(id);
        return m ? "'" + script.moments[static_cast<std::size_t>(*m)].id + "'" : std::string("the moment");
    };
    struct Describer {
        const Script& script;
        decltype(whose)& of;
        decltype(momentName)& moment;
        std::string operator()(const MovePlayer& c) const { return "move " + std::string(script.playerName(c.player)); }
        std::string operator()(const MoveRunTarget& c) const { return "move " + of(c.action, "target"); }
        std::string operator()(const MoveBallStart&) const { return "move the ball's start"; }
        std::string operator()(const RetimeAction& c) const { return "retime " + of(c.action, ""); }
        std::string operator()(const SetKickTarget& c) const { return "aim " + of(c.action, ""); }
        std::string operator()(const SetKickStyle& c) const { return "restyle " + of(c.action, ""); }
        std::string operator()(const SetKickArrival& c) const { return "time " + of(c.action, "arrival"); }
        std::string operator()(const SetKickSpeed& c) const { return "set " + of(c.action, "speed"); }
        std::string operator()(const SetKickKind& c) const {
            return "make " + of(c.action, "") + " a " + std::string(actionKeyword(c.kind));
        }
        std::string operator()(const AddAction& c) const {
            return "add " + std::string(actionKeyword(c.action.kind)) + " by " + std::string(script.playerName(c.action.actor));
        }
        std::string operator()(const RemoveAction& c) const { return "remove " + of(c.action, ""); }
        std::string operator()(const AddMoment& c) const { return "add a " + std::string(templateName(c.kind)); }
        std::string operator()(const SetMomentClock& c) const { return "move " + moment(c.moment) + " to " + formatReading(c.clock); }
        std::string operator()(const SetMomentDuration& c) const { return "set the length of " + moment(c.moment); }
        std::string operator()(const SetMomentTitle& c) const { return "retitle " + moment(c.moment); }
        std::string operator()(const SetMomentCaption& c) const { return "rewrite the caption of " + moment(c.moment); }
    };
    return std::visit(Describer{script, whose, momentName}, command);
}

}  // namespace touchline::edit
