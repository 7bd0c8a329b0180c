#pragma once
// Synthetic SDL input for the window tests: what a user's keyboard and mouse would send to a window.
#include <string_view>

#include <SDL.h>

namespace touchline::testing {

// A key press and release.
void pushKey(SDL_Window* window, SDL_Keycode code, Uint16 mod = KMOD_NONE);
// Only the press, or only the release. Dear ImGui 1.86 looks at which keys are down once a frame, so a
// key meant for a panel (Enter in a field) is pressed in one frame and released in the next.
void pushKeyDown(SDL_Window* window, SDL_Keycode code);
void pushKeyUp(SDL_Window* window, SDL_Keycode code);
// Typed text, as the system's input method delivers it.
void pushText(SDL_Window* window, std::string_view utf8);
// SDL_MOUSEMOTION, SDL_MOUSEBUTTONDOWN or SDL_MOUSEBUTTONUP (left button) at (x, y), window coordinates.
void pushMouse(SDL_Window* window, Uint32 type, float x, float y);

}  // namespace touchline::testing
