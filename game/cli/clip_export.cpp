#include "cli/clip_export.h"

#include <algorithm>
#include <thread>

#include "render/clip_renderer.h"

namespace touchline::cli {

int defaultRenderThreads(OutputFormat) {
    // One render thread draws a 1280x720 frame in about 4 ms, several times faster than x264 encodes
    // it, so on a small machine a second one only takes cores from the encoder (measured on 2 cores:
    // MP4 69 fps with one, 60 with two). Larger machines get a second for the PNG and GIF encoders.
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return std::clamp(cores / 4, 1, 2);
}

Result<ExportEnd> exportClip(const Timeline& timeline, const ClipExport& clip, ExportObserver& observer) {
    SinkSettings settings;
    settings.width = clip.view.width;
    settings.height = clip.view.height;
    settings.fps = clip.plan.fps();
    settings.ffmpeg = clip.ffmpeg;
    auto sink = openFrameSink(clip.out, clip.format, settings);
    if (!sink) return sink.error();

    std::vector<std::unique_ptr<FrameRenderer>> renderers;
    for (int i = 0; i < std::max(1, clip.renderThreads); ++i) {
        auto fonts = loadDefaultFonts();
        if (!fonts) return fonts.error();
        renderers.push_back(std::make_unique<ClipRenderer>(timeline, clip.plan, clip.camera, clip.view, std::move(*fonts)));
    }
    return runExport(clip.plan.frameCount(), renderers, **sink, observer);
}

}  // namespace touchline::cli
