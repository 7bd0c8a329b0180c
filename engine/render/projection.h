#pragma once
// The one place where metres become pixels. Everything drawn goes through a Projection.
#include "core/vec2.h"

namespace touchline {

// What the camera looks at: a point on the pitch and a zoom (1 = the whole pitch with its surrounds fits).
struct Camera {
    Vec2 centre{52.5, 34.0};
    double zoom = 1.0;
    constexpr bool operator==(const Camera&) const = default;
};

// The area around the pitch that the whole-pitch view keeps in sight: room for the goals' nets, the
// scoreboard above the far touchline and the caption below the near one.
struct ViewBounds {
    static constexpr double kMinX = -4.0;
    static constexpr double kMaxX = 109.0;
    static constexpr double kMinY = -5.0;
    static constexpr double kMaxY = 73.0;
};

class Projection {
public:
    Projection(const Camera& camera, int widthPx, int heightPx);

    // World (metres, y up) to screen (pixels, y down, origin top-left) and back.
    Vec2 toScreen(Vec2 world) const;
    Vec2 toWorld(Vec2 screen) const;
    double pixelsPerMetre() const { return pixelsPerMetre_; }
    double toPixels(double metres) const { return metres * pixelsPerMetre_; }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    Vec2 centre_;
    double pixelsPerMetre_;
    int width_;
    int height_;
};

}  // namespace touchline
