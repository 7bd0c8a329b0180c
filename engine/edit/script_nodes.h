#pragma once
// The YAML nodes behind a Script's moments and actions, found by the places the loader recorded
// (line and column), so an edit patches exactly what the author wrote for that moment or action.
#include <string_view>

#include "core/result.h"
#include "script/script.h"
#include "script/yaml_document.h"

namespace touchline::edit {

class ScriptNodes {
public:
    explicit ScriptNodes(std::string_view text);
    ScriptNodes(const ScriptNodes&) = delete;  // nodes point into the stream
    ScriptNodes& operator=(const ScriptNodes&) = delete;

    bool ok() const { return !root_.isNull(); }
    YamlNode root() const { return root_; }
    YamlNode moments() const;  // the `moments` list; absent when none
    Result<YamlNode> moment(const Script& script, int moment) const;
    // The `actions` list of a moment's mapping; absent when none.
    YamlNode actions(const YamlNode& momentMap) const;
    // The action's mapping and its position in the `actions` list.
    struct ActionNode {
        YamlNode map;
        std::size_t item = 0;
    };
    Result<ActionNode> action(const Script& script, int moment, int action) const;

private:
    YamlStream stream_;
    YamlNode root_;
};

// A value of a mapping by key; absent when not there.
YamlNode valueOf(const YamlNode& map, std::string_view key);

}  // namespace touchline::edit
