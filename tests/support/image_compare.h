#pragma once
// Golden-image comparison for the renderer tests.
#include <string>

#include <gtest/gtest.h>

#include "io/image.h"

namespace touchline::testing {

struct ImageDifference {
    bool sameSize = false;
    long differingPixels = 0;  // pixels where some channel differs by more than the threshold
    int largestChannelDelta = 0;
};

// Anti-aliasing may move a fringe pixel's value a little; a moved line changes many pixels a lot. So a
// pixel "differs" only past `channelThreshold`, and the images match when few enough pixels differ.
ImageDifference compareImages(const Image& expected, const Image& actual, int channelThreshold = 40);

// Whether two PNG files hold the very same picture, pixel for pixel (two commands drawing one instant).
::testing::AssertionResult samePngs(const std::string& expected, const std::string& actual);

// Compares against tests/golden/NAME.png. With TOUCHLINE_UPDATE_GOLDEN=1 in the environment, writes the
// image as the new golden instead. Writes the actual image next to the build's failures on mismatch.
::testing::AssertionResult matchesGolden(const std::string& name, const Image& actual, long maxDifferingPixels);

}  // namespace touchline::testing
