#pragma once
// Finding and opening replay scripts for the program: the bundled replay, and load -> validate -> bake
// for any file, with every located diagnostic.
#include <memory>
#include <optional>
#include <string>

#include "core/result.h"
#include "script/diagnostics.h"
#include "timeline/timeline.h"

namespace touchline {

// assets/replays/juventus-napoli-2018-04-22.yaml, wherever the assets are ($TOUCHLINE_ASSETS, next to
// the program, or the source tree it was built from).
std::string bundledReplayPath();
std::string assetsDirectory();

struct OpenedReplay {
    std::shared_ptr<const Timeline> timeline;  // null when the file has errors
    Diagnostics diagnostics;                   // errors and warnings, located
};

OpenedReplay openReplay(const std::string& path);

// For the sub-commands: opens `path` (the bundled replay when there is none), prints every diagnostic to
// stderr, one per line, and fails with one line that says how many errors the file has.
Result<std::shared_ptr<const Timeline>> openReplayReporting(const std::optional<std::string>& path);

}  // namespace touchline
