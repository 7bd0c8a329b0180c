// Canvas::drawImage on an opaque picture: every channel of every pixel is the integer "over" of
// straight alpha, rounded to nearest, whatever the row length (the vectorised path and its tail) and
// the opacity. Checked against the formula itself, pixel by pixel.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>

#include "render/canvas.h"

namespace touchline {
namespace {

std::uint8_t over(unsigned dst, unsigned src, unsigned alpha) { return static_cast<std::uint8_t>((src * alpha + dst * (255 - alpha) + 127) / 255); }

TEST(CanvasBlend, DrawImageIsExactOverForEveryPixel) {
    std::mt19937 random(7);  // seeded: the same pixels every run
    std::uniform_int_distribution<int> byte(0, 255);
    for (int width : {1, 3, 4, 5, 17, 64}) {
        Image sprite{width, 3, {}};
        for (int i = 0; i < width * 3 * 4; ++i) sprite.rgba.push_back(static_cast<std::uint8_t>(byte(random)));
        // Fully transparent and fully opaque pixels too, the two ends of the formula.
        sprite.rgba[3] = 0;
        if (width > 1) sprite.rgba[7] = 255;
        for (double opacity : {1.0, 0.5, 0.3, 0.0}) {
            Image picture{width + 2, 5, {}};
            for (int i = 0; i < (width + 2) * 5 * 4; ++i) picture.rgba.push_back(static_cast<std::uint8_t>(byte(random)));
            for (std::size_t i = 3; i < picture.rgba.size(); i += 4) picture.rgba[i] = 255;
            const Image before = picture;
            Canvas canvas(picture);
            canvas.drawImage(sprite, 1, 1, opacity);
            const unsigned scale = static_cast<unsigned>(opacity * 255.0 + 0.5);
            for (int y = 0; y < picture.height; ++y) {
                for (int x = 0; x < picture.width; ++x) {
                    const std::uint8_t* got = picture.pixel(x, y);
                    const std::uint8_t* was = before.pixel(x, y);
                    const bool covered = x >= 1 && x <= width && y >= 1 && y <= 3;
                    for (int c = 0; c < 3; ++c) {
                        unsigned expected = was[c];
                        if (covered) {
                            const std::uint8_t* s = sprite.pixel(x - 1, y - 1);
                            expected = over(was[c], s[c], (s[3] * scale + 127) / 255);
                        }
                        ASSERT_EQ(got[c], expected) << "width " << width << ", opacity " << opacity << ", pixel " << x
                                                    << "," << y << ", channel " << c;
                    }
                    ASSERT_EQ(got[3], 255);
                }
            }
        }
    }
}

}  // namespace
}  // namespace touchline
