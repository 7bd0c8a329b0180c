#pragma once
// What `touchline check` does to one file, as a function: read it (a replay script, or a provider's
// event file imported in memory) and, when it reads cleanly, simulate it. The bench times exactly this
// on the hostile inputs.
#include <string>

#include "app/replay_files.h"

namespace touchline::cli {

// The script and every diagnostic of the file, the bake's included (sorted by place). Running out of
// memory in the bake is one more diagnostic, not an exception.
ReadReplay checkReplay(const std::string& path, bool physics);

}  // namespace touchline::cli
