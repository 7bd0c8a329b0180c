// touchline [view]: the viewer window.
#include <cstdio>
#include <string>

#include <SDL.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "render/pitch_layer.h"
#include "render/screen_texture.h"

namespace touchline::cli {

namespace {

Options viewerOptions() {
    Options options("[view] [options]", "Opens the viewer window on the pitch.");
    options.value("size", "WxH", "initial window size (default 1280x720)")
        .value("frames", "N", "close by itself after N frames (for scripted runs and tests)");
    return options;
}

struct SdlSession {
    SdlSession() { ok = SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) == 0; }
    ~SdlSession() { SDL_Quit(); }
    bool ok = false;
};

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
    auto size = parseSize(parsed->getOr("size", "1280x720"));
    if (!size) {
        std::fprintf(stderr, "touchline: %s\n", size.error().message.c_str());
        return kExitUsage;
    }
    long frameLimit = -1;
    if (auto frames = parsed->get("frames")) {
        try {
            frameLimit = std::stol(*frames);
        } catch (const std::exception&) {
            std::fprintf(stderr, "touchline: --frames wants a whole number, not '%s'\n", frames->c_str());
            return kExitUsage;
        }
    }

    SdlSession sdl;
    if (!sdl.ok) {
        std::fprintf(stderr, "touchline: cannot open a window: %s\n"
                             "(no display? 'touchline shot' renders without one)\n", SDL_GetError());
        return kExitFailure;
    }
    SDL_Window* window = SDL_CreateWindow("touchline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                          size->first, size->second,
                                          SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!window) {
        std::fprintf(stderr, "touchline: cannot open a window: %s\n", SDL_GetError());
        return kExitFailure;
    }
    SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer) {
        std::fprintf(stderr, "touchline: cannot create a renderer: %s\n", SDL_GetError());
        SDL_DestroyWindow(window);
        return kExitFailure;
    }
    {
        PitchLayer pitch;
        ScreenTexture screen;
        bool running = true;
        for (long frame = 0; running && frame != frameLimit; ++frame) {
            SDL_Event event;
            while (SDL_PollEvent(&event)) {
                if (event.type == SDL_QUIT) running = false;
                if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE) running = false;
            }
            int w = 0, h = 0;
            SDL_GetRendererOutputSize(renderer, &w, &h);
            if (auto shown = screen.present(renderer, pitch.image(Camera{}, w, h)); !shown) {
                std::fprintf(stderr, "touchline: %s\n", shown.error().message.c_str());
                break;
            }
            SDL_RenderPresent(renderer);
        }
    }
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    return kExitOk;
}

}  // namespace touchline::cli
