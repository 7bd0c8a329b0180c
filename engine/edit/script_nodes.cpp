#include "edit/script_nodes.h"

#include "edit/yaml_text.h"

namespace touchline::edit {

namespace {

bool at(const YamlNode& node, const SourceLocation& where) {
    return node.mark().line == where.line && node.mark().column == where.column;
}

}  // namespace

YamlNode valueOf(const YamlNode& map, std::string_view key) {
    const int i = findKey(map, key);
    return i < 0 ? YamlNode() : map.value(static_cast<std::size_t>(i));
}

ScriptNodes::ScriptNodes(std::string_view text) : stream_(parseYaml(text)) {
    if (!stream_.error && stream_.documents.size() == 1) root_ = stream_.documents.front().root();
}

YamlNode ScriptNodes::moments() const { return root_.isMap() ? valueOf(root_, "moments") : YamlNode(); }

Result<YamlNode> ScriptNodes::moment(const Script& script, int moment) const {
    if (moment < 0 || static_cast<std::size_t>(moment) >= script.moments.size()) {
        return Error{"there is no moment " + std::to_string(moment + 1)};
    }
    const YamlNode list = moments();
    const SourceLocation& where = script.moments[static_cast<std::size_t>(moment)].where;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list.item(i).isMap() && at(list.item(i), where)) return list.item(i);
    }
    return Error{"moment '" + script.moments[static_cast<std::size_t>(moment)].id + "' is not where the script says"};
}

YamlNode ScriptNodes::actions(const YamlNode& momentMap) const { return valueOf(momentMap, "actions"); }

Result<ScriptNodes::ActionNode> ScriptNodes::action(const Script& script, int moment, int action) const {
    auto map = this->moment(script, moment);
    if (!map) return map.error();
    const Moment& m = script.moments[static_cast<std::size_t>(moment)];
    if (action < 0 || static_cast<std::size_t>(action) >= m.actions.size()) {
        return Error{"moment '" + m.id + "' has no action " + std::to_string(action + 1)};
    }
    const YamlNode list = actions(*map);
    const SourceLocation& where = m.actions[static_cast<std::size_t>(action)].where;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list.item(i).isMap() && at(list.item(i), where)) return ActionNode{list.item(i), i};
    }
    return Error{"an action of moment '" + m.id + "' is not where the script says"};
}

}  // namespace touchline::edit
