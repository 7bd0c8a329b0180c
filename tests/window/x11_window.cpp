#include "window/x11_window.h"

#include <SDL.h>
#include <SDL_syswm.h>

namespace touchline::testing {

std::optional<std::string> x11WindowId(SDL_Window* window) {
    SDL_SysWMinfo wm;
    SDL_VERSION(&wm.version);
    if (!SDL_GetWindowWMInfo(window, &wm) || wm.subsystem != SDL_SYSWM_X11) return std::nullopt;
    return std::to_string(static_cast<unsigned long>(wm.info.x11.window));
}

}  // namespace touchline::testing
