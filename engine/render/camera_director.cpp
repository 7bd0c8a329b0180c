#include "render/camera_director.h"

#include <algorithm>
#include <cmath>

namespace touchline {

std::string_view cameraModeKeyword(CameraMode mode) {
    switch (mode) {
        case CameraMode::Pitch: return "pitch";
        case CameraMode::Follow: return "follow";
        case CameraMode::Action: return "action";
    }
    return "pitch";
}

bool parseCameraMode(std::string_view text, CameraMode& mode) {
    for (CameraMode m : {CameraMode::Pitch, CameraMode::Follow, CameraMode::Action}) {
        if (text == cameraModeKeyword(m)) {
            mode = m;
            return true;
        }
    }
    return false;
}

Camera clampCamera(Camera camera, int width, int height) {
    camera.zoom = std::clamp(camera.zoom, 1.0, 8.0);
    const Projection projection(camera, width, height);
    const double halfW = width * 0.5 / projection.pixelsPerMetre();
    const double halfH = height * 0.5 / projection.pixelsPerMetre();
    const auto clampAxis = [](double centre, double half, double lo, double hi) {
        if (hi - lo <= 2.0 * half) return (lo + hi) * 0.5;
        return std::clamp(centre, lo + half, hi - half);
    };
    camera.centre.x = clampAxis(camera.centre.x, halfW, ViewBounds::kMinX, ViewBounds::kMaxX);
    camera.centre.y = clampAxis(camera.centre.y, halfH, ViewBounds::kMinY, ViewBounds::kMaxY);
    return camera;
}

namespace {

constexpr int kSamples = 13;
constexpr double kWindow = 0.8;  // seconds either side of t
constexpr double kActionRadius = 22.0;  // metres from the ball
// The scoreboard covers the top of the picture and the caption its bottom: the action is framed in
// the band between them (fractions of the view's height).
constexpr double kTopBand = 0.08;
constexpr double kBottomBand = 0.18;

// Weights of a smooth bump over the window, so the camera eases rather than lags.
double weight(int i) {
    const double u = (i - (kSamples - 1) / 2.0) / ((kSamples - 1) / 2.0);
    return 1.0 - u * u;
}

}  // namespace

Camera directCamera(CameraMode mode, const Timeline& timeline, double t, int width, int height) {
    if (mode == CameraMode::Pitch) return Camera{};
    Vec2 centre{};
    double total = 0.0;
    double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
    Frame frame;
    for (int i = 0; i < kSamples; ++i) {
        const double at = t + kWindow * (2.0 * i / (kSamples - 1) - 1.0);
        timeline.sample(std::clamp(at, 0.0, timeline.duration()), frame);
        const Vec2 ball = frame.ball.position.ground();
        centre += ball * weight(i);
        total += weight(i);
        const auto extend = [&](Vec2 p) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        };
        extend(ball);
        if (mode == CameraMode::Action) {
            // The players in the action near the ball: a winger who crossed from the flag 30 m away is
            // part of the story, not of the shot, and would pull the camera off the goal mouth.
            for (const PlayerFrame& p : frame.players) {
                if (p.inAction && distance(p.position, ball) < kActionRadius) extend(p.position);
            }
        }
    }
    centre = total > 0.0 ? centre / total : Vec2{52.5, 34.0};
    Camera camera;
    if (mode == CameraMode::Follow) {
        camera = Camera{centre, 2.4};
    } else {
        // Frame the action with room around it.
        const double spanX = std::max(maxX - minX + 16.0, 28.0);
        const double spanY = std::max(maxY - minY + 12.0, 18.0);
        const Projection whole(Camera{}, width, height);
        const double zoomX = width / (spanX * whole.pixelsPerMetre());
        const double zoomY = height * (1.0 - kTopBand - kBottomBand) / (spanY * whole.pixelsPerMetre());
        camera = Camera{{(minX + maxX) * 0.5, (minY + maxY) * 0.5}, std::clamp(std::min(zoomX, zoomY), 1.0, 3.5)};
    }
    // Centre the action in the clear band rather than the whole picture: move the camera down the
    // screen (to smaller y) by half the difference between the bands.
    const double pixelsPerMetre = Projection(camera, width, height).pixelsPerMetre();
    camera.centre.y -= height * (kBottomBand - kTopBand) * 0.5 / pixelsPerMetre;
    return clampCamera(camera, width, height);
}

}  // namespace touchline
