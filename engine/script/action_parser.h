#pragma once
// Reading one action (in a moment) or one marker's event into an Action. Internal to engine/script.
#include <optional>
#include <string_view>

#include "script/script.h"
#include "script/yaml_reader.h"

namespace touchline {

enum class ActionPlace { Moment, Marker };

// Finds a player by the name the script uses; reports an unknown name with the nearest real one.
std::optional<PlayerId> resolvePlayer(const Script& script, const Field& field, YamlReader& reader);

// Reads the action in `map`: its one kind key, `at` (in a moment), and the fields of that kind as its
// schema (script/action_schema.h) lists them. The caller reads a marker's `clock` and `note` first. Every
// field nobody reads is reported.
std::optional<Action> parseAction(MapView& map, ActionPlace place, const Script& script, YamlReader& reader);

}  // namespace touchline
