#pragma once
// Reading a replay script: a file (or text) in, a Script and every problem with its place out.
// Never throws and never stops at the first problem: whatever the input (empty, binary, huge, deeply
// nested, hostile), the answer is a Script and Diagnostics that say what is wrong and where.
#include <cstddef>
#include <string>
#include <string_view>

#include "script/diagnostics.h"
#include "script/script.h"

namespace touchline {

// Bigger than any replay script could need (the bundled one is tens of kilobytes); refused unread.
inline constexpr std::size_t kMaxScriptBytes = 8 * 1024 * 1024;
// A report longer than this helps nobody; the rest is summed up in one line.
inline constexpr std::size_t kMaxDiagnostics = 500;

struct LoadResult {
    Script script;            // usable only when ok(); partly filled otherwise
    Diagnostics diagnostics;  // every error and warning, sorted by line and column
    bool ok() const { return !diagnostics.hasErrors(); }
};

LoadResult loadScript(const std::string& path);
// `pathForMessages` is the file name the diagnostics carry (and Script::path).
LoadResult parseScript(std::string_view text, const std::string& pathForMessages);

}  // namespace touchline
