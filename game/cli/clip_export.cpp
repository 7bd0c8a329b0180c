#include "cli/clip_export.h"

#include <algorithm>
#include <thread>

#include "render/clip_renderer.h"

namespace touchline::cli {

int defaultRenderThreads(OutputFormat format) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // ffmpeg's encoder needs cores of its own; PNG encoding runs on the writing thread.
    if (format == OutputFormat::PngSequence) return std::clamp(cores - 1, 1, 4);
    return std::clamp(cores / 2, 1, 4);
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
