#include "cli/viewer_bench.h"

#include <chrono>
#include <random>
#include <vector>

#include <SDL.h>

#include "app/replay_files.h"
#include "app/sdl_session.h"
#include "cli/bench_measure.h"
#include "viewer/viewer_app.h"

namespace touchline::cli {

Result<double> viewerScrubFrameMs(std::shared_ptr<const Timeline> timeline, int frames) {
    if (timeline->moments().empty()) return Error{"the replay has no moments to scrub"};
    SdlSession video(true);
    if (!video.ok) return Error{std::string("cannot start SDL video: ") + SDL_GetError()};
    ViewerOptions options;
    options.width = 1440;
    options.height = 860;
    auto app = ViewerApp::create(options, timeline, bundledReplayPath());
    if (!app) return app.error();
    ViewerApp& viewer = **app;
    viewer.state().trails = true;

    // The longest moment, scrubbed back and forth as a hand drags the playhead.
    MomentSpan span = timeline->moments().front();
    for (const MomentSpan& s : timeline->moments()) {
        if (s.end - s.start > span.end - span.start) span = s;
    }
    for (int i = 0; i < 10; ++i) viewer.frame(1.0 / 60.0);  // textures, fonts and sprites warmed up
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        const double u = 0.5 - 0.5 * std::cos(i * 0.05);  // there and back, fast in the middle
        viewer.state().playback.seek(span.start + u * (span.end - span.start));
        const auto start = std::chrono::steady_clock::now();
        if (!viewer.frame(1.0 / 60.0)) break;
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    if (ms.empty()) return Error{"the viewer closed before drawing a frame"};
    return median(std::move(ms));
}

Result<double> viewerJumpFrameMs(const std::string& path, int frames) {
    OpenedReplay opened = openReplay(path, PassageTiming::Later);
    if (!opened.timeline) return Error{path + " does not open cleanly (see 'touchline check')"};
    if (opened.timeline->passages().empty()) return Error{path + " has no passages (not a whole match)"};
    SdlSession video(true);
    if (!video.ok) return Error{std::string("cannot start SDL video: ") + SDL_GetError()};
    ViewerOptions options;
    options.width = 1440;
    options.height = 860;
    auto app = ViewerApp::create(options, opened.timeline, path);
    if (!app) return app.error();
    ViewerApp& viewer = **app;
    viewer.state().trails = true;
    // The match bakes in the background as in use; the figure is of a match that is all there.
    while (viewer.state().timeline->passagesBaked() < viewer.state().timeline->passages().size()) {
        if (!viewer.frame(1.0 / 60.0)) return Error{"the viewer closed while baking"};
    }
    for (int i = 0; i < 10; ++i) viewer.frame(1.0 / 60.0);
    std::mt19937 jumps(13);
    std::uniform_real_distribution<double> anywhere(0.0, viewer.state().timeline->duration());
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        viewer.state().playback.seek(anywhere(jumps));
        const auto start = std::chrono::steady_clock::now();
        if (!viewer.frame(1.0 / 60.0)) break;
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    if (ms.empty()) return Error{"the viewer closed before drawing a frame"};
    return median(std::move(ms));
}

}  // namespace touchline::cli
