// At small output sizes (a GIF is 640x360) the caption keeps a legible text size instead of shrinking
// with the picture; from 960x540 up it follows the size as before.
#include <gtest/gtest.h>

#include "render/match_renderer.h"
#include "support/sample_match.h"

namespace touchline {
namespace {

// The rows and columns where drawing the caption changes the picture: its box.
struct Box {
    int top = -1, bottom = -1, left = -1, right = -1;
    int height() const { return bottom - top + 1; }
    int width() const { return right - left + 1; }
};

Box captionBox(MatchRenderer& renderer, const Script& script, const Frame& frame, int width, int height) {
    View view;
    view.width = width;
    view.height = height;
    Image with, without;
    renderer.render(script, frame, view, with);
    view.caption = false;
    renderer.render(script, frame, view, without);
    Box box;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const std::uint8_t* a = with.pixel(x, y);
            const std::uint8_t* b = without.pixel(x, y);
            if (a[0] == b[0] && a[1] == b[1] && a[2] == b[2]) continue;
            if (box.top < 0) box.top = y;
            box.bottom = y;
            box.left = box.left < 0 ? x : std::min(box.left, x);
            box.right = std::max(box.right, x);
        }
    }
    return box;
}

TEST(HudLegibility, TheCaptionKeepsALegibleSizeOnSmallOutputs) {
    auto fonts = loadDefaultFonts();
    ASSERT_TRUE(fonts.ok()) << fonts.error().message;
    MatchRenderer renderer(std::move(*fonts));
    const Script script = testing::sampleScript();
    const Frame frame = testing::sampleFrame(script);
    const Box full = captionBox(renderer, script, frame, 1280, 720);
    const Box half = captionBox(renderer, script, frame, 640, 360);
    const Box threeQuarters = captionBox(renderer, script, frame, 960, 540);
    ASSERT_GT(full.height(), 40);
    ASSERT_GT(half.height(), 0);
    // Scaled with the picture, the half-size caption would be half as tall, its text 7 pixels high;
    // legible, its text is 10.5 pixels and the box takes most of the width instead.
    EXPECT_GT(half.height(), full.height() * 0.6) << half.height() << " against " << full.height();
    EXPECT_GT(half.width(), 640 * 0.8) << half.width();
    // From 960x540 up nothing changes: three quarters of the size is three quarters of the caption.
    EXPECT_NEAR(threeQuarters.height(), full.height() * 0.75, 3.0);
    EXPECT_NEAR(threeQuarters.width(), full.width() * 0.75, 4.0);
}

}  // namespace
}  // namespace touchline
