#include "render/projection.h"

#include <algorithm>

namespace touchline {

Projection::Projection(const Camera& camera, int widthPx, int heightPx)
    : centre_(camera.centre), width_(std::max(widthPx, 1)), height_(std::max(heightPx, 1)) {
    // Letterbox: the whole-pitch view fits the tighter of the two axes, so nothing is ever stretched.
    double fitX = width_ / (ViewBounds::kMaxX - ViewBounds::kMinX);
    double fitY = height_ / (ViewBounds::kMaxY - ViewBounds::kMinY);
    pixelsPerMetre_ = std::min(fitX, fitY) * std::max(camera.zoom, 1e-3);
}

Vec2 Projection::toScreen(Vec2 world) const {
    return {width_ * 0.5 + (world.x - centre_.x) * pixelsPerMetre_,
            height_ * 0.5 - (world.y - centre_.y) * pixelsPerMetre_};
}

Vec2 Projection::toWorld(Vec2 screen) const {
    return {centre_.x + (screen.x - width_ * 0.5) / pixelsPerMetre_,
            centre_.y - (screen.y - height_ * 0.5) / pixelsPerMetre_};
}

}  // namespace touchline
