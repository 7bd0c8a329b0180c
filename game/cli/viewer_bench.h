#pragma once
// The viewer's frame time while scrubbing, for `touchline bench`: the whole window frame (events,
// sample, camera, pitch picture, ImGui panels, present) with trails on, the playhead jumping through
// a moment as a drag does. Runs on the real display when there is one, else SDL's offscreen driver.
#include <memory>

#include "core/result.h"
#include "timeline/timeline.h"

namespace touchline::cli {

// Milliseconds per frame, median of `frames` frames, in a 1440x860 window.
Result<double> viewerScrubFrameMs(std::shared_ptr<const Timeline> timeline, int frames = 240);

}  // namespace touchline::cli
