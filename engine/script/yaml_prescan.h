#pragma once
// A pass over a script's raw bytes before the YAML parser sees them: binary data and text that is not
// UTF-8 are refused here with a located message that says what the file is, rather than with whatever
// the parser would make of them.
#include <string>
#include <string_view>

#include "script/diagnostics.h"

namespace touchline {

// Reports the first control byte (binary data) or broken UTF-8 sequence. Returns false when the text
// must not be parsed.
bool prescanYaml(std::string_view text, const std::string& file, Diagnostics& diagnostics);

}  // namespace touchline
