#include "cli/import_bench.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "app/replay_files.h"
#include "import/import.h"
#include "render/camera_director.h"
#include "render/match_renderer.h"

namespace touchline::cli {

namespace {

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::optional<std::string> sharedDataFile(const std::string& relative) {
    namespace fs = std::filesystem;
    const fs::path dir = std::getenv("TOUCHLINE_DATA_DIR") ? fs::path(std::getenv("TOUCHLINE_DATA_DIR"))
                                                           : fs::path(TOUCHLINE_SOURCE_ASSETS) / ".." / ".." / "shared" / "data";
    const fs::path file = dir / relative;
    std::error_code ec;
    if (!fs::exists(file, ec)) return std::nullopt;
    return fs::weakly_canonical(file, ec).string();
}

Result<double> importMilliseconds(const std::string& path) {
    const auto start = std::chrono::steady_clock::now();
    import::ImportedMatch imported = import::importMatch(path);
    const double ms = msSince(start);
    if (!imported.ok()) return Error{path + " does not import cleanly"};
    return ms;
}

Result<double> openToFirstFrameMilliseconds(const std::string& path) {
    const auto start = std::chrono::steady_clock::now();
    OpenedReplay opened = openReplay(path);
    if (!opened.timeline) return Error{path + " does not open cleanly (see 'touchline check')"};
    const Timeline& timeline = *opened.timeline;
    if (timeline.moments().empty()) return Error{path + " has no moment to show"};
    auto fonts = loadDefaultFonts();
    if (!fonts) return fonts.error();
    MatchRenderer renderer(std::move(*fonts));
    View view;
    view.width = 1280;
    view.height = 720;
    const double t = timeline.moments().front().start;
    view.camera = directCamera(CameraMode::Pitch, timeline, t, view.width, view.height);
    const Frame frame = timeline.sample(t);
    const Image& image = renderer.draw(timeline.script(), frame, view);
    const double ms = msSince(start);
    if (image.rgba.empty()) return Error{"no frame drawn"};
    return ms;
}

}  // namespace touchline::cli
