#include "viewer/camera_controller.h"

#include <algorithm>
#include <cmath>

namespace touchline {

void CameraController::setMode(CameraMode mode) {
    mode_ = mode;
    reset();
}

void CameraController::reset() {
    factor_ = 1.0;
    offset_ = {};
}

Camera CameraController::camera(const Timeline& timeline, double t, int width, int height) const {
    const Camera directed = directCamera(mode_, timeline, t, width, height);
    return clampCamera(Camera{directed.centre + offset_, directed.zoom * factor_}, width, height);
}

void CameraController::zoomAt(const Timeline& timeline, double t, Vec2 cursor, double steps, int width, int height) {
    const Camera before = camera(timeline, t, width, height);
    const Vec2 anchor = Projection(before, width, height).toWorld(cursor);
    const Camera directed = directCamera(mode_, timeline, t, width, height);
    factor_ = std::clamp(factor_ * std::pow(1.2, steps), 1.0 / directed.zoom, 8.0 / directed.zoom);
    const Camera zoomed = clampCamera(Camera{before.centre, directed.zoom * factor_}, width, height);
    const Projection after(zoomed, width, height);
    const double ppm = after.pixelsPerMetre();
    const Vec2 centre = anchor - Vec2{(cursor.x - width * 0.5) / ppm, -(cursor.y - height * 0.5) / ppm};
    offset_ = centre - directed.centre;
}

void CameraController::pan(const Timeline& timeline, double t, Vec2 delta, int width, int height) {
    const Projection current(camera(timeline, t, width, height), width, height);
    offset_ += Vec2{-delta.x, delta.y} / current.pixelsPerMetre();
}

}  // namespace touchline
