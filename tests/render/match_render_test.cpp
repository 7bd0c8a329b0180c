// The frame renderer: every painter on a hand-made frame, against a golden image and by construction.
#include <gtest/gtest.h>

#include "render/match_renderer.h"
#include "support/image_compare.h"
#include "support/sample_match.h"

namespace touchline {
namespace {

class MatchRenderTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto fonts = loadDefaultFonts();
        ASSERT_TRUE(fonts.ok()) << fonts.error().message;
        renderer_.emplace(std::move(*fonts));
    }
    Image render(const Frame& frame, View view = {}) {
        Image image;
        renderer_->render(script_, frame, view, image);
        return image;
    }
    Script script_ = testing::sampleScript();
    std::optional<MatchRenderer> renderer_;
};

TEST_F(MatchRenderTest, MatchesGoldenImage) {
    const Image image = render(testing::sampleFrame(script_));
    EXPECT_TRUE(testing::matchesGolden("frame_sample_1280x720", image, 8));
}

TEST_F(MatchRenderTest, SameFrameDrawsTheSamePixels) {
    const Frame frame = testing::sampleFrame(script_);
    const Image first = render(frame);
    View zoomed;
    zoomed.camera = Camera{{95.0, 30.0}, 3.0};
    (void)render(frame, zoomed);
    EXPECT_EQ(first.rgba, render(frame).rgba);
}

TEST_F(MatchRenderTest, DrawsThePlayerWhereTheFrameSaysHeIs) {
    Frame frame = testing::sampleFrame(script_);
    View view;
    view.hud = false;
    const Image image = render(frame, view);
    const Projection projection(view.camera, view.width, view.height);
    // Napoli's sky blue at Koulibaly's disc (just off centre, past the shirt number).
    const Vec2 at = projection.toScreen(frame.players[14].position) + Vec2{-5.0, -5.0};
    const std::uint8_t* p = image.pixel(static_cast<int>(at.x), static_cast<int>(at.y));
    EXPECT_NEAR(p[0], 95, 12);
    EXPECT_NEAR(p[1], 177, 12);
    EXPECT_NEAR(p[2], 232, 12);
}

TEST_F(MatchRenderTest, AFrameNotBakedYetSaysSoAndShowsNoPlay) {
    Frame frame = testing::sampleFrame(script_);
    frame.players.clear();
    frame.ball.visible = false;
    frame.playerTrails.clear();
    frame.ballTrail.clear();
    frame.events.clear();
    frame.moment = -1;
    const Image baked = render(frame);
    frame.baked = false;
    const Image notBaked = render(frame);
    // The notice sits in the middle of the picture, dark over the grass; the corners are the same pitch.
    const View view;
    const auto meanGreen = [&](const Image& image) {
        double sum = 0.0;
        int n = 0;
        for (int y = view.height / 2 - 12; y <= view.height / 2 + 12; ++y) {
            for (int x = view.width / 2 - 60; x <= view.width / 2 + 60; ++x, ++n) sum += image.pixel(x, y)[1];
        }
        return sum / n;
    };
    EXPECT_LT(meanGreen(notBaked), meanGreen(baked) - 40.0);
    EXPECT_EQ(std::vector<std::uint8_t>(notBaked.pixel(5, view.height - 6), notBaked.pixel(5, view.height - 6) + 4),
              std::vector<std::uint8_t>(baked.pixel(5, view.height - 6), baked.pixel(5, view.height - 6) + 4));
}

}  // namespace
}  // namespace touchline
