#pragma once
// SDL's video and events for as long as this object lives: the viewer's window and the bench's.
#include <SDL.h>

namespace touchline {

struct SdlSession {
    // `offscreenWithoutDisplay`: with no X or Wayland display, use SDL's offscreen driver rather than fail
    // (for measuring; the viewer itself says there is no display).
    explicit SdlSession(bool offscreenWithoutDisplay = false);
    ~SdlSession();
    SdlSession(const SdlSession&) = delete;
    SdlSession& operator=(const SdlSession&) = delete;

    bool ok = false;
};

}  // namespace touchline
