#pragma once
// Puts a finished frame on an SDL_Renderer (a window's, or any other): one streaming texture, updated
// with the frame's pixels and stretched to the output. The engine draws frames; SDL only shows them.
#include <SDL.h>

#include "core/result.h"
#include "io/image.h"

namespace touchline {

class ScreenTexture {
public:
    ScreenTexture() = default;
    ScreenTexture(const ScreenTexture&) = delete;
    ScreenTexture& operator=(const ScreenTexture&) = delete;
    ~ScreenTexture();

    // Uploads the image and copies it to `destination` (the whole output when null), pixel for pixel
    // when the sizes agree.
    Status present(SDL_Renderer* renderer, const Image& frame, const SDL_Rect* destination = nullptr);

private:
    SDL_Renderer* owner_ = nullptr;
    SDL_Texture* texture_ = nullptr;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace touchline
