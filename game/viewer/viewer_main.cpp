// touchline [FILE]: the viewer window.
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <string>

#include <SDL.h>

#include "app/replay_files.h"
#include "app/sdl_session.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "viewer/viewer_app.h"

namespace touchline::cli {

namespace {

Options viewerOptions() {
    Options options("[view] [FILE] [options]",
                    "Opens the viewer on a replay script (the bundled Juventus 0-1 Napoli without FILE).\n"
                    "Press ? in the window for the keyboard shortcuts.");
    options.positionals(0, 1, "FILE")
        .value("size", "WxH", "initial window size (default 1440x860)")
        .value("at", "TIME", "start here: a match time (90+1, 44:30, 10:22.9) or a moment and seconds\n"
                             "into it (koulibaly-winner+2.9)")
        .flag("highlights", "start playing the highlights")
        .flag("software", "use SDL's software renderer")
        .value("frames", "N", "close by itself after N frames (for scripted runs and tests)");
    return options;
}

}  // namespace

int viewerMain(std::span<const std::string> args) {
    const Options options = viewerOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    auto parsed = options.parse(args);
    if (!parsed) {
        std::fprintf(stderr, "touchline: %s\n", parsed.error().message.c_str());
        return kExitUsage;
    }
    ViewerOptions viewer;
    if (auto size = parsed->get("size")) {
        auto wh = parseSize(*size);
        if (!wh) {
            std::fprintf(stderr, "touchline: %s\n", wh.error().message.c_str());
            return kExitUsage;
        }
        viewer.width = wh->first;
        viewer.height = wh->second;
    }
    viewer.software = parsed->has("software");
    std::optional<long> frames;
    if (auto text = parsed->get("frames")) {
        char* end = nullptr;
        const long n = std::strtol(text->c_str(), &end, 10);
        if (!end || *end != '\0' || n < 1) {
            std::fprintf(stderr, "touchline: --frames wants a positive whole number, not '%s'\n", text->c_str());
            return kExitUsage;
        }
        frames = n;
    }

    const std::string path = parsed->positionals().empty() ? bundledReplayPath() : parsed->positionals()[0];
    // The first frame at once: a whole match's passages bake in the background (viewer/passage_baker.h).
    OpenedReplay opened = openReplay(path, PassageTiming::Later);
    for (const Diagnostic& d : opened.diagnostics.items()) std::fprintf(stderr, "%s\n", d.text().c_str());
    if (!opened.timeline) return kExitFailure;

    SdlSession sdl;
    if (!sdl.ok) {
        std::fprintf(stderr, "touchline: cannot open a window: %s\n(no display? 'touchline shot' renders without one)\n",
                     SDL_GetError());
        return kExitFailure;
    }
    // With no display SDL falls back to drawing offscreen, and a window nobody can see would run until
    // killed. That is only wanted when asked for (SDL_VIDEODRIVER=offscreen, for scripted runs).
    const std::string_view driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if ((driver == "offscreen" || driver == "dummy") && !std::getenv("SDL_VIDEODRIVER")) {
        std::fprintf(stderr, "touchline: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                             "'touchline shot' and 'touchline render' draw without one.\n");
        return kExitFailure;
    }
    auto app = ViewerApp::create(viewer, opened.timeline, path);
    if (!app) {
        std::fprintf(stderr, "touchline: %s\n", app.error().message.c_str());
        return kExitFailure;
    }
    if (auto at = parsed->get("at")) {
        if (auto jumped = (*app)->state().playback.jumpTo(*at, (*app)->state().script()); !jumped) {
            std::fprintf(stderr, "touchline: --at %s: %s\n", at->c_str(), jumped.error().message.c_str());
            return kExitUsage;
        }
    }
    if (parsed->has("highlights")) (*app)->state().playback.toggleHighlights();
    return (*app)->run(frames);
}

}  // namespace touchline::cli
