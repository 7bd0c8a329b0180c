#pragma once
// What `touchline check` does to one file, as a function: load and validate it and, when it reads
// cleanly, simulate it. The bench times exactly this on the hostile inputs.
#include <string>

#include "script/loader.h"

namespace touchline::cli {

// The loaded script and every diagnostic of the file, the bake's included (sorted by place). Running
// out of memory in the bake is one more diagnostic, not an exception.
LoadResult checkReplay(const std::string& path, bool physics);

}  // namespace touchline::cli
