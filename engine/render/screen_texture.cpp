#include "render/screen_texture.h"

#include <string>

namespace touchline {

ScreenTexture::~ScreenTexture() {
    if (texture_) SDL_DestroyTexture(texture_);
}

Status ScreenTexture::present(SDL_Renderer* renderer, const Image& frame, const SDL_Rect* destination) {
    if (!texture_ || owner_ != renderer || width_ != frame.width || height_ != frame.height) {
        if (texture_) SDL_DestroyTexture(texture_);
        // ABGR8888 is RGBA byte order in memory on little-endian machines, which is how Image stores it.
        texture_ = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STREAMING, frame.width,
                                     frame.height);
        if (!texture_) return Error{std::string("cannot create the frame texture: ") + SDL_GetError()};
        SDL_SetTextureBlendMode(texture_, SDL_BLENDMODE_NONE);
        owner_ = renderer;
        width_ = frame.width;
        height_ = frame.height;
    }
    SDL_UpdateTexture(texture_, nullptr, frame.rgba.data(), frame.width * 4);
    SDL_RenderCopy(renderer, texture_, nullptr, destination);
    return success();
}

}  // namespace touchline
