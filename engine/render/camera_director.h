#pragma once
// Camera direction: where the camera looks at match time t, as a pure function of the timeline and t.
// Smoothing is a window over the ball's path, not a filter over past frames, so scrubbing and
// playing show the same picture and a seek never makes the camera swing.
#include <string_view>

#include "render/projection.h"
#include "timeline/timeline.h"

namespace touchline {

enum class CameraMode { Pitch, Follow, Action };

std::string_view cameraModeKeyword(CameraMode mode);  // "pitch", "follow", "action"
bool parseCameraMode(std::string_view text, CameraMode& mode);

Camera directCamera(CameraMode mode, const Timeline& timeline, double t, int width, int height);

// Keeps a camera from showing more than the pitch and its surrounds (and from zooming out past the
// whole-pitch view), whatever the user's wheel and drag asked for.
Camera clampCamera(Camera camera, int width, int height);

}  // namespace touchline
