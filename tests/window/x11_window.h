#pragma once
// The X11 id of an SDL window, for ImageMagick's `import -window ID`. Kept in its own file because
// the X11 headers define macros (Status, None, Bool) that collide with ordinary C++ names.
#include <optional>
#include <string>

struct SDL_Window;

namespace touchline::testing {

std::optional<std::string> x11WindowId(SDL_Window* window);

}  // namespace touchline::testing
