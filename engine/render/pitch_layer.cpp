#include "render/pitch_layer.h"

#include "render/canvas.h"

namespace touchline {

const Image& PitchLayer::image(const Camera& camera, int width, int height) {
    if (valid_ && cachedCamera_ == camera && image_.width == width && image_.height == height) return image_;
    image_.width = width;
    image_.height = height;
    image_.rgba.assign(static_cast<std::size_t>(width) * height * 4, 0);
    Canvas canvas(image_, scratch_);
    canvas.clear(style_.surround);
    paintPitch(canvas, Projection(camera, width, height), style_);
    cachedCamera_ = camera;
    valid_ = true;
    ++version_;
    return image_;
}

}  // namespace touchline
