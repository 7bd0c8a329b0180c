#pragma once
// Painted-once pictures (scoreboard, caption, toasts) kept by what they show: a frame blits them
// instead of rasterising the same text and panels again. Keys name the content, so a cached sprite
// is always exactly what painting anew would give.
#include <functional>
#include <string>
#include <unordered_map>

#include "io/image.h"
#include "render/canvas.h"

namespace touchline {

// A transparent width x height image painted by `paint`.
Image makeSprite(int width, int height, const std::function<void(Canvas&)>& paint);

class SpriteCache {
public:
    explicit SpriteCache(std::size_t capacity = 96) : capacity_(capacity) {}

    // The sprite for `key`; `make` is called only when it is not cached (see makeSprite).
    const Image& get(const std::string& key, const std::function<Image()>& make);
    std::size_t size() const { return sprites_.size(); }

private:
    std::size_t capacity_;  // when full, the cache starts again
    std::unordered_map<std::string, Image> sprites_;
};

}  // namespace touchline
