#include "window/test_viewer.h"

namespace touchline::testing {

Result<std::unique_ptr<ViewerApp>> createTestViewer(std::shared_ptr<const Timeline> timeline, const std::string& path) {
    ViewerOptions options;
    options.width = 1280;
    options.height = 800;
    options.software = true;
    return ViewerApp::create(options, std::move(timeline), path);
}

}  // namespace touchline::testing
