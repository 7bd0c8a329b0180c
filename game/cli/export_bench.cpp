#include "cli/export_bench.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "cli/clip_export.h"
#include "cli/render_request.h"
#include "render/clip_renderer.h"

namespace touchline::cli {

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Result<ExportFigures> measureExport(const Timeline& timeline, const std::string& momentId) {
    auto index = findMomentIndex(timeline.script(), momentId);
    if (!index) return index.error();
    const MomentSpan span = timeline.moments().at(static_cast<std::size_t>(*index));
    auto plan = ClipPlan::range(span.start, span.end, 50, 1.0);
    if (!plan) return plan.error();
    View view;
    view.width = 1280;
    view.height = 720;

    ExportFigures figures;
    figures.frames = plan->frameCount();
    {
        auto fonts = loadDefaultFonts();
        if (!fonts) return fonts.error();
        ClipRenderer renderer(timeline, *plan, CameraMode::Action, view, std::move(*fonts));
        Image image;
        renderer.render(0, image);  // warm the caches, as an export's first frame does
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < plan->frameCount(); ++i) renderer.render(i, image);
        figures.renderFps = plan->frameCount() / std::max(1e-9, secondsSince(start));
    }

    const std::string out = (std::filesystem::temp_directory_path() /
                             ("touchline-bench-" + std::to_string(::getpid()) + ".mp4")).string();
    ClipExport clip{*plan, CameraMode::Action, view, out, OutputFormat::Mp4,
                    defaultRenderThreads(OutputFormat::Mp4), ""};
    ExportObserver quiet;
    const auto start = std::chrono::steady_clock::now();
    auto end = exportClip(timeline, clip, quiet);
    figures.mp4Seconds = secondsSince(start);
    std::error_code ignored;
    std::filesystem::remove(out, ignored);
    if (!end) return end.error();
    return figures;
}

}  // namespace touchline::cli
