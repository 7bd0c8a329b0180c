#include "window/synthetic_input.h"

#include <initializer_list>

namespace touchline::testing {

void pushKey(SDL_Window* window, SDL_Keycode code, Uint16 mod) {
    for (Uint32 type : {SDL_KEYDOWN, SDL_KEYUP}) {
        SDL_Event e{};
        e.type = type;
        e.key.windowID = SDL_GetWindowID(window);
        e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.key.keysym.sym = code;
        e.key.keysym.scancode = SDL_GetScancodeFromKey(code);
        e.key.keysym.mod = mod;
        SDL_PushEvent(&e);
    }
}

void pushMouse(SDL_Window* window, Uint32 type, float x, float y) {
    SDL_Event e{};
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
        e.motion.windowID = SDL_GetWindowID(window);
        e.motion.x = static_cast<int>(x);
        e.motion.y = static_cast<int>(y);
    } else {
        e.button.windowID = SDL_GetWindowID(window);
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = static_cast<int>(x);
        e.button.y = static_cast<int>(y);
    }
    SDL_PushEvent(&e);
}

}  // namespace touchline::testing
