#pragma once
// Writing a Script as a replay file: what the loader reads back to an equal Script (Script::operator==),
// laid out as a person writes one (docs/replay-format.md): block mappings for the match, the teams and
// each moment, one flow mapping per line for players, actions and markers, numbers without noise, and
// a few comments that say what the file cannot (which end each team attacks). Every action's fields
// come from its schema (script/action_schema.h). The importers and the editor write through this.
//
// The Script is expected as the loader leaves it: starters before substitutes in each team, markers in
// clock order, names resolved to players of this script, whole seconds on moment and marker clocks.
#include <string>
#include <string_view>

#include "script/script.h"

namespace touchline {

std::string writeScript(const Script& script);

// One action as a moment's list item writes it, on one line:
// "{ at: 2.6, header: Koulibaly, to: { goal: right, y: 32.0 }, speed: 14.0 }".
std::string formatAction(const Script& script, const Action& action);
// One marker: "{ clock: \"9:10\", card: Benatia, colour: yellow }".
std::string formatMarker(const Script& script, const Marker& marker);
// A kick's target: "[90.0, 31.0]", "{ player: Koulibaly, height: 2.4 }", "{ goal: right, y: 32.0, z: 0.6 }".
std::string formatTarget(const Script& script, const KickTarget& target);
// A moment as an item of the `moments` list, ending with a line break: the first line starts with
// `prefix` ("  - "), the others are indented as deep. `duration` is written only when it is neither 0
// (not chosen) nor the loader's default.
std::string formatMoment(const Script& script, const Moment& moment, std::string_view prefix);
// A passage the same way (no id, title or caption).
std::string formatPassage(const Script& script, const Moment& passage, std::string_view prefix);
// "{ throw-in: Lichtsteiner, at: [60.0, 67.8] }" and "{ at: 7.9, why: out }".
std::string formatRestart(const Script& script, const Restart& restart);
std::string formatStop(const Script& script, const Stop& stop);
// The passages as a file of their own (`passages:` and the list): what a script naming a passages file
// keeps beside it. writeScript writes the passages in the script unless it names such a file.
std::string writePassages(const Script& script);

}  // namespace touchline
