#pragma once
// Raster: exact anti-aliased polygon coverage on the CPU.
//
// Each edge adds the signed area it covers in every pixel it crosses to an accumulation row; a running
// sum along the row then gives each pixel's coverage (the technique of font rasterisers such as
// font-rs). It is exact for any polygon at sub-pixel positions, so shapes stay crisp at any size and
// move smoothly rather than in whole-pixel steps.
#include <span>
#include <vector>

#include "core/vec2.h"

namespace touchline {

using Contour = std::vector<Vec2>;  // a closed polygon in pixel coordinates (the last point joins the first)

// Coverage of a shape over a rectangle of pixels: `at(x, y)` is 0..1 for pixel (left + x, top + y).
class CoverageMask {
public:
    int left = 0, top = 0, width = 0, height = 0;
    std::vector<float> coverage;  // width * height
    std::vector<float> accumulation;  // scratch for rasterize, kept so repeated shapes allocate nothing
    float at(int x, int y) const { return coverage[static_cast<std::size_t>(y) * width + x]; }
    bool empty() const { return width <= 0 || height <= 0; }
};

// Rasterises the union of the contours, clipped to [0, clipWidth) x [0, clipHeight). Contours that wind
// the opposite way cut holes (an annulus is a circle and a reversed smaller circle).
void rasterize(std::span<const Contour> contours, int clipWidth, int clipHeight, CoverageMask& out);

}  // namespace touchline
