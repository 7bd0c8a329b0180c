#pragma once
// The viewer's speed figures for `touchline bench`: offscreen frames a second, and the matplotlib peer
// (../shared/bench/mpl_peer.py) measured in the same run so the two are compared on the same machine.
#include <optional>
#include <string>

#include "core/result.h"
#include "timeline/timeline.h"

namespace touchline::cli {

// One run: `frames` frames at 1280x720 over the moment `momentId` (the whole-pitch camera, trails,
// scoreboard and caption on), each rendered into memory and read back (summed), on this thread.
Result<double> renderFramesPerSecond(const Timeline& timeline, const std::string& momentId, int frames = 120);

// Where the peer script is: $TOUCHLINE_MPL_PEER, else ../shared/bench/mpl_peer.py beside the sources.
std::optional<std::string> matplotlibPeerPath();
// Runs the peer for `frames` frames and reads its frames/s; an error when python3 or matplotlib is missing.
Result<double> matplotlibPeerFps(const std::string& script, int frames = 100);

}  // namespace touchline::cli
