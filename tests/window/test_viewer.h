#pragma once
// The viewer every window test drives: a 1280x800 window on the X display xvfb-run gives, drawn by
// SDL's software renderer (the same pixels on any machine), showing `timeline` as opened from `path`.
#include <memory>
#include <string>

#include "core/result.h"
#include "viewer/viewer_app.h"

namespace touchline::testing {

Result<std::unique_ptr<ViewerApp>> createTestViewer(std::shared_ptr<const Timeline> timeline, const std::string& path);

}  // namespace touchline::testing
