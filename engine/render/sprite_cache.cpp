#include "render/sprite_cache.h"

#include <algorithm>

namespace touchline {

Image makeSprite(int width, int height, const std::function<void(Canvas&)>& paint) {
    Image sprite;
    sprite.width = std::max(width, 1);
    sprite.height = std::max(height, 1);
    sprite.rgba.assign(static_cast<std::size_t>(sprite.width) * sprite.height * 4, 0);
    Canvas canvas(sprite, Canvas::Target::Transparent);
    paint(canvas);
    return sprite;
}

const Image& SpriteCache::get(const std::string& key, const std::function<Image()>& make) {
    if (auto it = sprites_.find(key); it != sprites_.end()) return it->second;
    // Simple and bounded: when full, start again (the clock's sprite changes once a second at most).
    if (sprites_.size() >= capacity_) sprites_.clear();
    return sprites_.emplace(key, make()).first->second;
}

}  // namespace touchline
