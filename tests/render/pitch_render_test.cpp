// The pitch on screen: pixel-exact to Law 1 and stable against a golden image.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <optional>

#include "core/pitch.h"
#include "render/canvas.h"
#include "render/pitch_layer.h"
#include "support/image_compare.h"

namespace touchline {
namespace {

Image renderPitch(int width, int height, const Camera& camera = {}) {
    PitchLayer layer;
    return layer.image(camera, width, height);
}

// The centre (in pixels) of the run of line paint on row `y` nearest to `nearX`, weighted by brightness
// so anti-aliased edges count for what they cover.
std::optional<double> lineCentreOnRow(const Image& image, int y, double nearX) {
    const int x0 = std::max(0, static_cast<int>(nearX) - 6);
    const int x1 = std::min(image.width - 1, static_cast<int>(nearX) + 6);
    double weight = 0.0, sum = 0.0;
    for (int x = x0; x <= x1; ++x) {
        const std::uint8_t* p = image.pixel(x, y);
        double excess = std::max(0.0, p[1] - 150.0);  // grass green sits below 160; paint near 245
        weight += excess;
        sum += excess * (x + 0.5);
    }
    if (weight <= 0.0) return std::nullopt;
    return sum / weight;
}

std::optional<double> lineCentreOnColumn(const Image& image, int x, double nearY) {
    const int y0 = std::max(0, static_cast<int>(nearY) - 6);
    const int y1 = std::min(image.height - 1, static_cast<int>(nearY) + 6);
    double weight = 0.0, sum = 0.0;
    for (int y = y0; y <= y1; ++y) {
        double excess = std::max(0.0, image.pixel(x, y)[1] - 150.0);
        weight += excess;
        sum += excess * (y + 0.5);
    }
    if (weight <= 0.0) return std::nullopt;
    return sum / weight;
}

TEST(PitchRender, HalfwayLineIsOnTheCentreColumn) {
    const Image image = renderPitch(1280, 720);
    const Projection projection(Camera{}, 1280, 720);
    EXPECT_DOUBLE_EQ(projection.toScreen(pitch::kCentre).x, 640.0);
    // A row through the top half, away from the centre circle.
    const int row = static_cast<int>(projection.toScreen({52.5, 60.0}).y);
    auto centre = lineCentreOnRow(image, row, 640.0);
    ASSERT_TRUE(centre.has_value()) << "no halfway line found on row " << row;
    EXPECT_NEAR(*centre, 640.0, 0.35);
}

TEST(PitchRender, PenaltyAreaLinesAreAtSixteenAndAHalfMetres) {
    const Image image = renderPitch(1280, 720);
    const Projection projection(Camera{}, 1280, 720);
    const int row = static_cast<int>(projection.toScreen({0.0, 34.0 + 12.0}).y);
    for (pitch::End end : {pitch::End::Left, pitch::End::Right}) {
        // Law 1: the line lies inside the area, so its centre is half a line width short of 16.5 m.
        const double x = pitch::goalLineX(end) - pitch::side(end) * (pitch::kPenaltyAreaDepth - pitch::kLineWidth / 2);
        const double expected = projection.toScreen({x, 0.0}).x;
        auto centre = lineCentreOnRow(image, row, expected);
        ASSERT_TRUE(centre.has_value());
        EXPECT_NEAR(*centre, expected, 0.35) << "penalty area line at the " << (end == pitch::End::Left ? "left" : "right");
    }
    // Its side lines, 20.16 m either side of the centre.
    const int column = static_cast<int>(projection.toScreen({8.0, 0.0}).x);
    for (double sign : {-1.0, 1.0}) {
        const double y = pitch::kCentre.y + sign * (pitch::kPenaltyAreaWidth / 2 - pitch::kLineWidth / 2);
        const double expected = projection.toScreen({0.0, y}).y;
        auto centre = lineCentreOnColumn(image, column, expected);
        ASSERT_TRUE(centre.has_value());
        EXPECT_NEAR(*centre, expected, 0.35);
    }
}

TEST(PitchRender, TouchlinesAndGoalLinesBoundTheField) {
    const Image image = renderPitch(1600, 1000);
    const Projection projection(Camera{}, 1600, 1000);
    const int row = static_cast<int>(projection.toScreen({0.0, 20.0}).y);
    for (double x : {pitch::kLineWidth / 2, pitch::kLength - pitch::kLineWidth / 2}) {
        const double expected = projection.toScreen({x, 0.0}).x;
        auto centre = lineCentreOnRow(image, row, expected);
        ASSERT_TRUE(centre.has_value());
        EXPECT_NEAR(*centre, expected, 0.35);
    }
    const int column = static_cast<int>(projection.toScreen({30.0, 0.0}).x);
    for (double y : {pitch::kLineWidth / 2, pitch::kWidth - pitch::kLineWidth / 2}) {
        const double expected = projection.toScreen({0.0, y}).y;
        auto centre = lineCentreOnColumn(image, column, expected);
        ASSERT_TRUE(centre.has_value());
        EXPECT_NEAR(*centre, expected, 0.35);
    }
}

TEST(PitchRender, CentreCircleHasItsRadius) {
    const Image image = renderPitch(1280, 720);
    const Projection projection(Camera{}, 1280, 720);
    const int row = static_cast<int>(std::lround(projection.toScreen(pitch::kCentre).y));
    const double expected = projection.toScreen({pitch::kCentre.x + pitch::kCentreCircleRadius - pitch::kLineWidth / 2, 0}).x;
    auto centre = lineCentreOnRow(image, row, expected);
    ASSERT_TRUE(centre.has_value());
    EXPECT_NEAR(*centre, expected, 0.5);
}

TEST(PitchRender, NeverStretchesAWideOrTallWindow) {
    for (auto [w, h] : std::array<std::pair<int, int>, 3>{{{2000, 500}, {500, 1000}, {1280, 720}}}) {
        const Projection projection(Camera{}, w, h);
        const Vec2 a = projection.toScreen({0.0, 0.0});
        const Vec2 b = projection.toScreen({pitch::kLength, pitch::kWidth});
        const double ratio = (b.x - a.x) / (a.y - b.y);
        EXPECT_NEAR(ratio, pitch::kLength / pitch::kWidth, 1e-9) << w << "x" << h;
        EXPECT_GE(a.x, 0.0);
        EXPECT_LE(b.x, w);
        EXPECT_GE(b.y, 0.0);
        EXPECT_LE(a.y, h);
    }
}

TEST(PitchRender, MatchesGoldenImage) {
    EXPECT_TRUE(testing::matchesGolden("pitch_960x540", renderPitch(960, 540), 40));
}

TEST(PitchRender, GoldenComparisonFailsOnAMovedLineButNotOnNoise) {
    const Image reference = renderPitch(960, 540);
    // Noise within anti-aliasing's reach: every channel off by a little.
    Image noisy = reference;
    for (std::size_t i = 0; i < noisy.rgba.size(); i += 4) noisy.rgba[i] = static_cast<std::uint8_t>(std::min(255, noisy.rgba[i] + 12));
    EXPECT_EQ(testing::compareImages(reference, noisy).differingPixels, 0);
    // The halfway line moved by half a metre.
    Image moved = reference;
    Canvas canvas(moved);
    const Projection projection(Camera{}, 960, 540);
    std::array<Vec2, 2> line{projection.toScreen({53.0, 0.06}), projection.toScreen({53.0, 67.94})};
    canvas.strokePolyline(line, projection.toPixels(pitch::kLineWidth), Rgba{245, 248, 240, 235}, false);
    EXPECT_GT(testing::compareImages(reference, moved).differingPixels, 40);
}

TEST(PitchRender, RepaintsOnlyWhenTheViewChanges) {
    PitchLayer layer;
    const Image first = layer.image(Camera{}, 640, 400);
    const Image* cached = &layer.image(Camera{}, 640, 400);
    EXPECT_EQ(first.rgba, cached->rgba);
    const Image zoomed = layer.image(Camera{{30.0, 30.0}, 2.0}, 640, 400);
    EXPECT_NE(first.rgba, zoomed.rgba);
    EXPECT_EQ(first.rgba, layer.image(Camera{}, 640, 400).rgba);
}

}  // namespace
}  // namespace touchline
