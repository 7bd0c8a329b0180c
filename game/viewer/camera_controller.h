#pragma once
// The viewer's camera: a directed mode (whole pitch, follow the ball, the action) plus the user's own
// zoom and pan on top of it, until they reset.
#include "render/camera_director.h"

namespace touchline {

class CameraController {
public:
    CameraMode mode() const { return mode_; }
    void setMode(CameraMode mode);
    bool adjusted() const { return factor_ != 1.0 || offset_ != Vec2{}; }

    // The camera at time t for an output of width x height pixels.
    Camera camera(const Timeline& timeline, double t, int width, int height) const;

    // Mouse wheel: zoom by `steps` notches keeping the point under the cursor where it is.
    void zoomAt(const Timeline& timeline, double t, Vec2 cursor, double steps, int width, int height);
    // Drag: move the picture by a screen delta in pixels.
    void pan(const Timeline& timeline, double t, Vec2 delta, int width, int height);
    void reset();

private:
    CameraMode mode_ = CameraMode::Pitch;
    double factor_ = 1.0;  // user zoom on top of the directed zoom
    Vec2 offset_;          // user pan on top of the directed centre, metres
};

}  // namespace touchline
