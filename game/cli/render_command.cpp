// touchline render: a moment, a clock range or the highlights, to an MP4, a GIF or PNG frames.
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "cli/clip_export.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/open_replay.h"
#include "cli/progress_bar.h"
#include "cli/render_request.h"
#include "io/subprocess.h"

namespace touchline::cli {

namespace {

// Progress on stderr and Ctrl-C, for the export loop.
class TerminalObserver final : public ExportObserver {
public:
    TerminalObserver(const InterruptGuard& interrupt, std::string label)
        : interrupt_(interrupt), progress_(std::move(label), stderr), start_(std::chrono::steady_clock::now()) {}
    bool cancelled() override { return interrupt_.interrupted(); }
    void advanced(int done, int total) override { progress_.update(done, total, elapsed()); }
    void sampled(int done, int total) override { progress_.update(done, total, elapsed(), "palette samples"); }
    double elapsed() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }
    void close() { progress_.close(); }

private:
    const InterruptGuard& interrupt_;
    ProgressPrinter progress_;
    std::chrono::steady_clock::time_point start_;
};

std::string sizeText(const std::string& path, OutputFormat format) {
    namespace fs = std::filesystem;
    std::error_code error;
    std::uintmax_t bytes = 0;
    if (format == OutputFormat::PngSequence) {
        for (const auto& entry : fs::directory_iterator(path, error)) bytes += entry.is_regular_file() ? entry.file_size() : 0;
    } else {
        bytes = fs::file_size(path, error);
    }
    if (error) return "";
    char text[32];
    if (bytes >= 1024 * 1024) std::snprintf(text, sizeof text, ", %.1f MB", bytes / (1024.0 * 1024.0));
    else std::snprintf(text, sizeof text, ", %.0f KB", bytes / 1024.0);
    return text;
}

}  // namespace

int renderMain(std::span<const std::string> args) {
    const Options options = renderOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    const auto fail = [](const std::string& message, int code) {
        std::fprintf(stderr, "touchline render: %s\n", message.c_str());
        return code;
    };
    auto parsed = options.parse(args);
    if (!parsed) return fail(parsed.error().message, kExitUsage);
    auto request = readRenderRequest(*parsed);
    if (!request) return fail(request.error().message, kExitUsage);
    // Before the replay is baked: a missing ffmpeg should not cost the wait.
    if (request->format != OutputFormat::PngSequence) {
        if (auto ffmpeg = locateFfmpeg(SinkSettings{}); !ffmpeg) return fail(ffmpeg.error().message, kExitFailure);
    }

    // A stretch between the moments of a provider's event data needs the whole match imported.
    const auto betweenMoments = [&](const Timeline& moments) {
        auto plan = planClip(*request, moments.script(), moments.moments(), moments.duration());
        if (!plan) return false;  // said below, once the replay is open
        std::vector<double> times(static_cast<std::size_t>(plan->frameCount()));
        for (int i = 0; i < plan->frameCount(); ++i) times[static_cast<std::size_t>(i)] = plan->frame(i).matchTime;
        return outsideMoments(moments.moments(), times);
    };
    const CommandReplay replay = openForCommand(request->file, betweenMoments);
    if (!replay) return fail(replay.error, replay.exitCode);
    const Timeline& timeline = *replay.timeline;
    auto plan = planClip(*request, timeline.script(), timeline.moments(), timeline.duration());
    if (!plan) return fail(plan.error().message, kExitUsage);

    ClipExport clip{*plan, request->camera, View{}, request->out, request->format,
                    defaultRenderThreads(request->format), ""};
    clip.view.width = request->width;
    clip.view.height = request->height;

    InterruptGuard interrupt;
    TerminalObserver observer(interrupt, request->out);
    auto end = exportClip(timeline, clip, observer);
    observer.close();
    if (!end) return fail(end.error().message, kExitFailure);
    if (*end == ExportEnd::Cancelled) {
        std::fprintf(stderr, "touchline render: interrupted; %s was not written\n", request->out.c_str());
        return InterruptGuard::kExitInterrupted;
    }
    std::printf("%s: %d frames, %dx%d at %d fps, %.1f s%s (in %.1f s)\n", request->out.c_str(), plan->frameCount(),
                request->width, request->height, plan->fps(), plan->seconds(),
                sizeText(request->out, request->format).c_str(), observer.elapsed());
    return kExitOk;
}

}  // namespace touchline::cli
