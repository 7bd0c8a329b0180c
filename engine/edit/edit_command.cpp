#include "edit/edit_command.h"

#include <cstdlib>

#include "edit/moment_template.h"
#include "edit/script_nodes.h"
#include "edit/yaml_text.h"

namespace touchline::edit {

namespace {

std::string_view endKeyword(pitch::End end) { return end == pitch::End::Left ? "left" : "right"; }

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
    Applier(std::string_view text, const Script& script) : text_(text), script_(script), nodes_(text) {}

    Result<EditedText> operator()(const MovePlayer& c) {
        auto map = nodes_.moment(script_, c.moment);
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
                              "actions", c.moment);
        }
        if (!shape.isMap()) return Error{"the moment's shape is not a mapping of names to places"};
        for (std::size_t i = 0; i < shape.size(); ++i) {
            auto who = script_.findPlayer(shape.key(i).text());
            if (who && *who == c.player) {
                return patched({{shape.value(i).begin(), shape.value(i).end(), formatPlace(c.to)}}, c.moment);
            }
        }
        std::vector<TextPatch> patches;
        if (!setValue(text_, shape, name, formatPlace(c.to), patches)) return Error{"cannot add to this shape"};
        return patched(std::move(patches), c.moment);
    }

    Result<EditedText> operator()(const MoveRunTarget& c) {
        auto node = nodes_.action(script_, c.moment, c.action);
        if (!node) return node.error();
        if (!isMovement(action(c.moment, c.action).kind)) return Error{"only a run or a dribble has a place to run to"};
        return set(node->map, "to", formatPlace(c.to), c.moment);
    }

    Result<EditedText> operator()(const MoveBallStart& c) {
        auto map = nodes_.moment(script_, c.moment);
        if (!map) return map.error();
        std::vector<TextPatch> patches;
        const std::string_view before = findKey(*map, "shape") >= 0 ? "shape" : "actions";
        if (!setValue(text_, *map, "ball", formatPlace(c.to), patches, before)) return Error{"cannot set the ball here"};
        return patched(std::move(patches), c.moment);
    }

    Result<EditedText> operator()(const RetimeAction& c) {
        auto node = nodes_.action(script_, c.moment, c.action);
        if (!node) return node.error();
        if (c.at < 0.0) return Error{"an action cannot happen before its moment starts"};
        const Action& a = action(c.moment, c.action);
        const double delta = c.at - a.at;
        std::vector<TextPatch> patches;
        setValue(text_, node->map, "at", formatNumber(c.at), patches);
        if (isMovement(a.kind)) setValue(text_, node->map, "by", formatNumber(a.by + delta), patches);
        if (a.arrive) setValue(text_, node->map, "arrive", formatNumber(*a.arrive + delta), patches);
        const std::string retimed = applyPatches(text_, std::move(patches));
        // Keep the list in time order: the action's line moves past the ones it overtook.
        ScriptNodes after(retimed);
        auto map = after.moment(script_, c.moment);
        if (!map) return EditedText{retimed, c.moment, false};
        const YamlNode list = after.actions(*map);
        const std::size_t slot = orderedSlot(list, c.at, node->item);
        if (slot == node->item || slot == node->item + 1 || list.isFlow()) return EditedText{retimed, c.moment, false};
        const LineRange lines = itemLines(retimed, list.item(node->item));
        const std::string line = retimed.substr(lines.begin, lines.end - lines.begin);
        const std::size_t to = itemInsertionPoint(retimed, list, slot);
        std::string moved = line.back() == '\n' ? line : line + "\n";
        return EditedText{applyPatches(retimed, {{lines.begin, lines.end, ""}, {to, to, moved}}), c.moment, false};
    }

    Result<EditedText> operator()(const SetKickTarget& c) {
        auto node = kick(c.moment, c.action);
        if (!node) return node.error();
        return set(node->map, "to", formatTarget(script_, c.target), c.moment);
    }

    Result<EditedText> operator()(const SetKickStyle& c) {
        auto node = kick(c.moment, c.action);
        if (!node) return node.error();
        return set(node->map, "style", std::string(styleKeyword(c.style)), c.moment);
    }

    Result<EditedText> operator()(const SetKickArrival& c) { return swapTiming(c.moment, c.action, "arrive", "speed", c.arrive); }
    Result<EditedText> operator()(const SetKickSpeed& c) { return swapTiming(c.moment, c.action, "speed", "arrive", c.speed); }

    Result<EditedText> operator()(const SetKickKind& c) {
        auto node = kick(c.moment, c.action);
        if (!node) return node.error();
        const Action& a = action(c.moment, c.action);
        if (!isKick(c.kind) || c.kind == ActionKind::Save || a.kind == ActionKind::Save) {
            return Error{"a kick becomes another kick: pass, cross, corner, shot, header or volley"};
        }
        const int k = findKey(node->map, actionKeyword(a.kind));
        if (k < 0) return Error{"the action's kind is not where the script says"};
        const YamlNode key = node->map.key(static_cast<std::size_t>(k));
        return patched({{key.begin(), key.end(), std::string(actionKeyword(c.kind))}}, c.moment);
    }

    Result<EditedText> operator()(const AddAction& c) {
        auto map = nodes_.moment(script_, c.moment);
        if (!map) return map.error();
        const std::string line = formatAction(script_, c.action);
        const std::string indent = indentOfKeys(*map);
        const int k = findKey(*map, "actions");
        if (k < 0) return insertPair(*map, indent + "actions:\n" + indent + "  - " + line + "\n", {}, c.moment);
        const YamlNode list = map->value(static_cast<std::size_t>(k));
        if (list.isSequence() && !list.isFlow() && list.size() > 0) {
            const std::size_t to = itemInsertionPoint(text_, list, orderedSlot(list, c.action.at, list.size()));
            return patched({{to, to, itemPrefix(text_, list.item(0)) + line + "\n"}}, c.moment);
        }
        if (list.size() > 0) return Error{"this moment's actions are written as one [..] list; write one per line to edit them"};
        // "actions:" or "actions: []": the list starts here.
        const YamlNode key = map->key(static_cast<std::size_t>(k));
        const std::size_t end = list.end() > list.begin() ? list.end() : key.end() + 1;
        return patched({{key.end(), end, ":\n" + indent + "  - " + line}}, c.moment);
    }

    Result<EditedText> operator()(const RemoveAction& c) {
        auto node = nodes_.action(script_, c.moment, c.action);
        if (!node) return node.error();
        auto map = nodes_.moment(script_, c.moment);
        const YamlNode list = nodes_.actions(*map);
        if (list.isFlow()) return Error{"this moment's actions are written as one [..] list; write one per line to edit them"};
        if (list.size() == 1) {
            // The last action: an empty list, so the key still reads as a list.
            const int k = findKey(*map, "actions");
            const YamlNode key = map->key(static_cast<std::size_t>(k));
            return patched({{key.end(), nextLineStart(text_, contentEnd(text_, list)), ": []\n"}}, c.moment);
        }
        const LineRange lines = itemLines(text_, node->map);
        return patched({{lines.begin, lines.end, ""}}, c.moment);
    }

    Result<EditedText> operator()(const AddMoment& c) { return addMoment(text_, script_, c); }

private:
    const Action& action(int moment, int index) const {
        return script_.moments[static_cast<std::size_t>(moment)].actions[static_cast<std::size_t>(index)];
    }

    Result<ScriptNodes::ActionNode> kick(int moment, int index) {
        auto node = nodes_.action(script_, moment, index);
        if (!node) return node.error();
        if (!isKick(action(moment, index).kind)) {
            return Error{"a " + std::string(actionKeyword(action(moment, index).kind)) + " has no ball to aim"};
        }
        return node;
    }

    Result<EditedText> swapTiming(int moment, int index, std::string_view key, std::string_view other, double value) {
        auto node = kick(moment, index);
        if (!node) return node.error();
        if (action(moment, index).kind == ActionKind::Save && action(moment, index).holds) {
            return Error{"a save that holds the ball sends it nowhere"};
        }
        const std::string text = formatNumber(value);
        const int mine = findKey(node->map, key), theirs = findKey(node->map, other);
        if (mine < 0 && theirs >= 0) {
            // In the other's place, so the line reads in the same order as before.
            const auto i = static_cast<std::size_t>(theirs);
            return patched({{node->map.key(i).begin(), node->map.value(i).end(), std::string(key) + ": " + text}}, moment);
        }
        std::vector<TextPatch> patches;
        if (!setValue(text_, node->map, key, text, patches)) return Error{"cannot write '" + std::string(key) + "' here"};
        if (theirs >= 0 && !removeKey(text_, node->map, other, patches)) {
            return Error{"cannot remove '" + std::string(other) + "' from this action"};
        }
        return patched(std::move(patches), moment);
    }

    Result<EditedText> set(const YamlNode& map, std::string_view key, const std::string& value, int moment) {
        std::vector<TextPatch> patches;
        if (!setValue(text_, map, key, value, patches)) return Error{"cannot write '" + std::string(key) + "' here"};
        return patched(std::move(patches), moment);
    }

    std::string indentOfKeys(const YamlNode& map) const {
        if (map.size() == 0) return "    ";
        const std::size_t key = map.key(0).begin();
        return std::string(key - lineStart(text_, key), ' ');
    }

    // Inserts whole lines (already indented) into a block mapping: before `before`, else at its end.
    Result<EditedText> insertPair(const YamlNode& map, const std::string& lines, std::string_view before, int moment) {
        if (map.isFlow()) return Error{"this moment is written as one {..} mapping; write it one field per line to edit it"};
        const int b = before.empty() ? -1 : findKey(map, before);
        const std::size_t at = b >= 0 ? lineStart(text_, map.key(static_cast<std::size_t>(b)).begin())
                                      : nextLineStart(text_, contentEnd(text_, map));
        const bool newline = at == text_.size() && !text_.empty() && text_.back() != '\n';
        return patched({{at, at, (newline ? "\n" : "") + lines}}, moment);
    }

    Result<EditedText> patched(std::vector<TextPatch> patches, int moment) {
        return EditedText{applyPatches(text_, std::move(patches)), moment, false};
    }

    std::string_view text_;
    const Script& script_;
    ScriptNodes nodes_;
};

}  // namespace

Result<EditedText> applyEdit(std::string_view text, const Script& script, const EditCommand& command) {
    Applier applier(text, script);
    return std::visit(applier, command);
}

std::string formatTarget(const Script& script, const KickTarget& target) {
    switch (target.kind) {
        case KickTarget::Kind::Place:
            if (target.height > 0.0) {
                return "[" + formatNumber(target.place.x, 1) + ", " + formatNumber(target.place.y, 1) + ", " +
                       formatNumber(target.height) + "]";
            }
            return formatPlace(target.place);
        case KickTarget::Kind::Player: {
            std::string s = "{ player: " + yamlScalar(script.playerName(target.player));
            if (target.height > 0.0) s += ", height: " + formatNumber(target.height);
            return s + " }";
        }
        case KickTarget::Kind::Goal: {
            std::string s = "{ goal: " + std::string(endKeyword(target.goal)) + ", y: " + formatNumber(target.place.y);
            if (target.height > 0.0) s += ", z: " + formatNumber(target.height);
            return s + " }";
        }
    }
    return "[0.0, 0.0]";
}

std::string formatAction(const Script& script, const Action& a) {
    std::string s = "{ at: " + formatNumber(a.at) + ", " + std::string(actionKeyword(a.kind)) + ": ";
    if (a.kind == ActionKind::Whistle) {
        s += std::string(whistleKeyword(a.whistle));
    } else {
        s += yamlScalar(script.playerName(a.actor));
    }
    switch (a.kind) {
        case ActionKind::Run:
        case ActionKind::Dribble: s += ", to: " + formatPlace(a.to) + ", by: " + formatNumber(a.by); break;
        case ActionKind::Tackle:
        case ActionKind::Foul: s += ", on: " + yamlScalar(script.playerName(a.other)); break;
        case ActionKind::Substitution: s += ", off: " + yamlScalar(script.playerName(a.other)); break;
        case ActionKind::Card: s += ", colour: " + std::string(cardKeyword(a.card)); break;
        case ActionKind::Injury:
        case ActionKind::Whistle: break;
        default:
            if (a.kind == ActionKind::Save && a.holds) {
                s += ", holds: true";
                break;
            }
            s += ", to: " + formatTarget(script, a.target);
            if (a.arrive) s += ", arrive: " + formatNumber(*a.arrive);
            else if (a.speed) s += ", speed: " + formatNumber(*a.speed);
            s += ", style: " + std::string(styleKeyword(a.style));
            if (a.kind == ActionKind::Header && a.contactHeight) s += ", height: " + formatNumber(*a.contactHeight);
            break;
    }
    return s + " }";
}

std::string describe(const Script& script, const EditCommand& command) {
    const auto actionOf = [&](int moment, int index) -> const Action* {
        if (moment < 0 || static_cast<std::size_t>(moment) >= script.moments.size()) return nullptr;
        const auto& actions = script.moments[static_cast<std::size_t>(moment)].actions;
        return index >= 0 && static_cast<std::size_t>(index) < actions.size() ? &actions[static_cast<std::size_t>(index)] : nullptr;
    };
    const auto whose = [&](int moment, int index, std::string_view what) {
        const Action* a = actionOf(moment, index);
        if (!a) return std::string(what);
        const std::string kind(actionKeyword(a->kind));
        return a->actor.valid() ? std::string(script.playerName(a->actor)) + "'s " + kind + (what.empty() ? "" : " " + std::string(what))
                                : kind + (what.empty() ? "" : " " + std::string(what));
    };
    struct Describer {
        const Script& script;
        decltype(whose)& of;
        std::string operator()(const MovePlayer& c) const { return "move " + std::string(script.playerName(c.player)); }
        std::string operator()(const MoveRunTarget& c) const { return "move " + of(c.moment, c.action, "target"); }
        std::string operator()(const MoveBallStart&) const { return "move the ball's start"; }
        std::string operator()(const RetimeAction& c) const { return "retime " + of(c.moment, c.action, ""); }
        std::string operator()(const SetKickTarget& c) const { return "aim " + of(c.moment, c.action, ""); }
        std::string operator()(const SetKickStyle& c) const { return "restyle " + of(c.moment, c.action, ""); }
        std::string operator()(const SetKickArrival& c) const { return "time " + of(c.moment, c.action, "arrival"); }
        std::string operator()(const SetKickSpeed& c) const { return "set " + of(c.moment, c.action, "speed"); }
        std::string operator()(const SetKickKind& c) const {
            return "make " + of(c.moment, c.action, "") + " a " + std::string(actionKeyword(c.kind));
        }
        std::string operator()(const AddAction& c) const {
            return "add " + std::string(actionKeyword(c.action.kind)) + " by " + std::string(script.playerName(c.action.actor));
        }
        std::string operator()(const RemoveAction& c) const { return "remove " + of(c.moment, c.action, ""); }
        std::string operator()(const AddMoment& c) const { return "add a " + std::string(templateName(c.kind)); }
    };
    return std::visit(Describer{script, whose}, command);
}

}  // namespace touchline::edit
