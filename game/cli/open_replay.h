#pragma once
// Opening a replay for a sub-command. A provider's event data opens on its moments, a fraction of a
// second; when what the command shows lies between them (a stretch of minute 62, a whole match's
// running figures), it is imported again with every passage of the match: seconds, with a progress bar
// on stderr, and Ctrl-C stops it. A replay script opens as it is (its passages, if any, with it).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "timeline/timeline.h"

namespace touchline::cli {

struct CommandReplay {
    std::shared_ptr<const Timeline> timeline;  // null when the file could not be shown
    std::string error;                          // then one line that says why
    int exitCode = 0;                           // then kExitFailure, or 130 when Ctrl-C stopped the import
    explicit operator bool() const { return timeline != nullptr; }
};

// Given the timeline of the moments, whether the command needs the rest of the match too.
using NeedsWholeMatch = std::function<bool(const Timeline& moments)>;

// Opens `path` (the bundled replay when there is none) and prints every diagnostic to stderr, one per
// line; an error says how many errors the file has.
CommandReplay openForCommand(const std::optional<std::string>& path, const NeedsWholeMatch& needsWholeMatch = {});

// Whether any of these match times lies outside every moment: there, only the whole match moves.
bool outsideMoments(const std::vector<MomentSpan>& moments, const std::vector<double>& times);

}  // namespace touchline::cli
