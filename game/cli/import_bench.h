#pragma once
// The importer's speed figures for `touchline bench`, on the shared data when it is there
// ($TOUCHLINE_DATA_DIR, else ../shared/data beside the sources):
//  - import_wyscout_ms, import_statsbomb_ms: a whole match's provider file to a Script (release goal:
//    under 100 ms);
//  - open_to_first_frame_ms: `touchline FILE.json` to the first frame of its first moment, the way the
//    viewer opens it (import, bake, sample, draw), on this thread (goal: under 1,000 ms).
#include <optional>
#include <string>

#include "core/result.h"

namespace touchline::cli {

// A file of the shared data, when it is there.
std::optional<std::string> sharedDataFile(const std::string& relative);

// One import of `path` (Wyscout or StatsBomb), in milliseconds; an error when it does not import cleanly.
Result<double> importMilliseconds(const std::string& path);
// One open of `path`, from its bytes to the first frame of its first moment drawn at 1280x720.
Result<double> openToFirstFrameMilliseconds(const std::string& path);

inline constexpr const char* kWyscoutBenchMatch = "wyscout/2576295-juventus-napoli-2018-04-22.json";
inline constexpr const char* kStatsBombBenchMatch = "statsbomb/15986-barcelona-girona-events.json";

}  // namespace touchline::cli
