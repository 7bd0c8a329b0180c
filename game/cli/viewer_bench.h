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

// A whole match in the viewer (`path`, a script or event data with passages): once every passage is
// baked, the milliseconds of the whole window frame after a jump to a random time of the match (the
// same jumps every run), median of `frames`.
Result<double> viewerJumpFrameMs(const std::string& path, int frames = 120);

}  // namespace touchline::cli
