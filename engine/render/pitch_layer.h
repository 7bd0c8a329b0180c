#pragma once
// The static pitch, painted once per (camera, size) and reused for every frame: the markings never
// move, so a frame starts from a memory copy instead of re-rasterising the whole field.
#include <cstdint>

#include "io/image.h"
#include "render/pitch_painter.h"
#include "render/raster.h"
#include "render/projection.h"

namespace touchline {

class PitchLayer {
public:
    explicit PitchLayer(PitchStyle style = {}) : style_(style) {}

    // The pitch as seen through `camera` at this size; repainted only when either changed.
    const Image& image(const Camera& camera, int width, int height);
    // Changes whenever the image is repainted, so a frame drawn over an older pitch is noticed.
    std::uint64_t version() const { return version_; }

private:
    PitchStyle style_;
    Image image_;
    CoverageMask scratch_;  // kept between repaints: a moving camera repaints every frame
    Camera cachedCamera_{};
    bool valid_ = false;
    std::uint64_t version_ = 0;
};

}  // namespace touchline
