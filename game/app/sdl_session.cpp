#include "app/sdl_session.h"

#include <cstdlib>

namespace touchline {

SdlSession::SdlSession(bool offscreenWithoutDisplay) {
    if (offscreenWithoutDisplay && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    }
    ok = SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) == 0;
}

SdlSession::~SdlSession() {
    if (ok) SDL_Quit();
}

}  // namespace touchline
