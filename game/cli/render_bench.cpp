#include "cli/render_bench.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "render/camera_director.h"
#include "render/match_renderer.h"

namespace touchline::cli {

Result<double> renderFramesPerSecond(const Timeline& timeline, const std::string& momentId, int frames) {
    const Script& script = timeline.script();
    const Moment* moment = script.findMoment(momentId);
    if (!moment) return Error{"no moment '" + momentId + "' to render"};
    const MomentSpan span = timeline.moments().at(static_cast<std::size_t>(moment - script.moments.data()));

    auto fonts = loadDefaultFonts();
    if (!fonts) return fonts.error();
    MatchRenderer renderer(std::move(*fonts));
    View view;
    view.width = 1280;
    view.height = 720;
    view.camera = directCamera(CameraMode::Pitch, timeline, span.start, view.width, view.height);
    Frame frame;
    timeline.sample(span.start, frame);
    (void)renderer.draw(script, frame, view);  // the first frame builds the pitch layer and sprites

    // Frames leave the renderer the way the matplotlib peer's do: the RGBA buffer written to a file
    // (/dev/null), as FuncAnimation feeds ffmpeg.
    FILE* sink = std::fopen("/dev/null", "wb");
    if (!sink) return Error{"cannot open /dev/null"};
    std::size_t written = 0, expected = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < frames; ++i) {
        const double t = span.start + (span.end - span.start) * (i + 0.5) / frames;
        timeline.sample(t, frame);
        const Image& image = renderer.draw(script, frame, view);
        written += std::fwrite(image.rgba.data(), 1, image.rgba.size(), sink);
        expected += image.rgba.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fclose(sink);
    if (written != expected) return Error{"the frames could not be written"};
    return frames / std::max(seconds, 1e-9);
}

std::optional<std::string> matplotlibPeerPath() {
    namespace fs = std::filesystem;
    if (const char* custom = std::getenv("TOUCHLINE_MPL_PEER")) return std::string(custom);
    const fs::path beside = fs::path(TOUCHLINE_SOURCE_ASSETS) / ".." / ".." / "shared" / "bench" / "mpl_peer.py";
    std::error_code error;
    if (fs::exists(beside, error)) return fs::weakly_canonical(beside, error).string();
    return std::nullopt;
}

Result<double> matplotlibPeerFps(const std::string& script, int frames) {
    // The path is ours (a constant or the user's environment); quoted for the shell all the same.
    std::string quoted = "'";
    for (char c : script) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    quoted += "'";
    // Debian's python3 (the one python3-matplotlib installs into), as the script's own #! line says,
    // ahead of any other python3 on the PATH.
    const char* python = std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    const std::string command = std::string(python) + " " + quoted + " " + std::to_string(frames) + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return Error{"cannot run python3"};
    std::string output;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
    const int status = ::pclose(pipe);
    // "200 frames in 5.40 s: 37.0 frames/s (...)"
    const auto colon = output.find(": ");
    const auto unit = output.find(" frames/s");
    if (status != 0 || colon == std::string::npos || unit == std::string::npos || unit < colon) {
        std::string last = output.substr(0, output.find_last_not_of('\n') + 1);
        last = last.substr(last.rfind('\n') == std::string::npos ? 0 : last.rfind('\n') + 1);
        return Error{"the matplotlib peer did not run (" + (last.empty() ? "no output" : last) +
                     "); Debian's python3-matplotlib provides it"};
    }
    return std::strtod(output.c_str() + colon + 2, nullptr);
}

}  // namespace touchline::cli
