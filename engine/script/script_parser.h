#pragma once
// Reading a parsed YAML document into a Script: every field's type, presence, range and spelling, and
// every player's name. Relations between fields (time order, speeds, who is on the pitch) are the
// validator's. Internal to engine/script.
#include <cstddef>
#include <vector>

#include "script/script.h"
#include "script/script_validator.h"
#include "script/yaml_document.h"
#include "script/yaml_reader.h"

namespace touchline {

struct ParsedScript {
    Script script;
    // Substitutes whose line-up gives no spot: each takes the spot of the player he replaces.
    std::vector<PlayerId> substitutesWithoutSpot;
    // What the parser had to leave out, so the validator does not report the gaps as mistakes.
    ValidationScope scope;
    SourceLocation passagesWhere;  // where the file names its passages file, if it does
};

void parseDocument(const YamlNode& root, YamlReader& reader, ParsedScript& out);
// The file of passages a script names (`passages: NAME.yaml`): a mapping with one list, `passages`,
// read in the script's context (its teams and clock).
void parsePassagesDocument(const YamlNode& root, YamlReader& reader, ParsedScript& out);

}  // namespace touchline
