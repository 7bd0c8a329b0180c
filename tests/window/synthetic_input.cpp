#include "window/synthetic_input.h"

#include <algorithm>
#include <initializer_list>

namespace touchline::testing {

namespace {

void pushKeyEvent(SDL_Window* window, Uint32 type, SDL_Keycode code, Uint16 mod) {
    SDL_Event e{};
    e.type = type;
    e.key.windowID = SDL_GetWindowID(window);
    e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.sym = code;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(code);
    e.key.keysym.mod = mod;
    SDL_PushEvent(&e);
}

}  // namespace

void pushKey(SDL_Window* window, SDL_Keycode code, Uint16 mod) {
    for (Uint32 type : {SDL_KEYDOWN, SDL_KEYUP}) pushKeyEvent(window, type, code, mod);
}

void pushKeyDown(SDL_Window* window, SDL_Keycode code) { pushKeyEvent(window, SDL_KEYDOWN, code, KMOD_NONE); }
void pushKeyUp(SDL_Window* window, SDL_Keycode code) { pushKeyEvent(window, SDL_KEYUP, code, KMOD_NONE); }

void pushText(SDL_Window* window, std::string_view utf8) {
    // An event holds at most 31 bytes: longer text comes in pieces, never splitting a character.
    while (!utf8.empty()) {
        SDL_Event e{};
        e.type = SDL_TEXTINPUT;
        e.text.windowID = SDL_GetWindowID(window);
        std::size_t n = std::min(utf8.size(), sizeof e.text.text - 1);
        while (n < utf8.size() && n > 0 && (static_cast<unsigned char>(utf8[n]) & 0xC0) == 0x80) --n;
        utf8.copy(e.text.text, n);
        SDL_PushEvent(&e);
        utf8.remove_prefix(n);
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
