#pragma once
// A cheap pass over a script's raw text before yaml-cpp sees it. yaml-cpp recurses once per nesting
// level and explains binary input and tab indentation poorly, so what it would choke on is refused
// here first, with a located message a person can act on.
#include <cstddef>
#include <string>
#include <string_view>

#include "script/diagnostics.h"

namespace touchline {

// Deeper than this is no replay script (the format needs about six levels); it protects the stack.
inline constexpr int kMaxYamlNesting = 64;

// Reports binary content (NUL or control bytes), text that is not UTF-8, tabs in indentation and
// nesting deeper than kMaxYamlNesting. Returns false when the text must not be handed to yaml-cpp.
bool prescanYaml(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// The 1-based column of byte `offset` on its line, counted in characters (UTF-8 code points), which
// is what an editor shows. `lineStart` is the byte offset where that line begins.
int characterColumn(std::string_view text, std::size_t lineStart, std::size_t offset);

}  // namespace touchline
