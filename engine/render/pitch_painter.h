#pragma once
// Paints the static pitch (grass, markings, goals) for a projection. Exact to Law 1, read from core/pitch.h.
// The net is drawn translucent over the surround, so paint onto an opaque background.
#include "render/canvas.h"
#include "render/projection.h"

namespace touchline {

struct PitchStyle {
    Rgba surround{46, 104, 44, 255};
    Rgba grassLight{76, 150, 64, 255};
    Rgba grassDark{66, 136, 56, 255};
    Rgba line{245, 248, 240, 235};
    Rgba net{235, 240, 235, 70};
    Rgba goalFrame{255, 255, 255, 255};
    int stripes = 20;  // mown bands across the length
};

void paintPitch(Canvas& canvas, const Projection& projection, const PitchStyle& style = {});

}  // namespace touchline
