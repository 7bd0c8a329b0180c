#pragma once
// Synthetic SDL input for the window tests: what a user's keyboard and mouse would send to a window.
#include <SDL.h>

namespace touchline::testing {

// A key press and release.
void pushKey(SDL_Window* window, SDL_Keycode code, Uint16 mod = KMOD_NONE);
// SDL_MOUSEMOTION, SDL_MOUSEBUTTONDOWN or SDL_MOUSEBUTTONUP (left button) at (x, y), window coordinates.
void pushMouse(SDL_Window* window, Uint32 type, float x, float y);

}  // namespace touchline::testing
