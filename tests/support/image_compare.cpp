#include "support/image_compare.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace touchline::testing {

ImageDifference compareImages(const Image& expected, const Image& actual, int channelThreshold) {
    ImageDifference diff;
    diff.sameSize = expected.width == actual.width && expected.height == actual.height &&
                    expected.rgba.size() == actual.rgba.size();
    if (!diff.sameSize) return diff;
    for (std::size_t i = 0; i < expected.rgba.size(); i += 4) {
        int worst = 0;
        for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(expected.rgba[i + c] - actual.rgba[i + c]));
        diff.largestChannelDelta = std::max(diff.largestChannelDelta, worst);
        if (worst > channelThreshold) ++diff.differingPixels;
    }
    return diff;
}

::testing::AssertionResult samePngs(const std::string& expected, const std::string& actual) {
    const auto a = readPng(expected);
    if (!a) return ::testing::AssertionFailure() << expected << ": " << a.error().message;
    const auto b = readPng(actual);
    if (!b) return ::testing::AssertionFailure() << actual << ": " << b.error().message;
    const ImageDifference diff = compareImages(*a, *b, 0);
    if (!diff.sameSize) {
        return ::testing::AssertionFailure() << actual << " is " << b->width << "x" << b->height << ", " << expected
                                             << " " << a->width << "x" << a->height;
    }
    if (diff.differingPixels > 0 || a->rgba != b->rgba) {
        return ::testing::AssertionFailure() << diff.differingPixels << " pixels of " << actual << " differ from "
                                             << expected << " (by up to " << diff.largestChannelDelta << ")";
    }
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult matchesGolden(const std::string& name, const Image& actual, long maxDifferingPixels) {
    const std::filesystem::path golden = std::filesystem::path(TOUCHLINE_TESTS_DIR) / "golden" / (name + ".png");
    const char* update = std::getenv("TOUCHLINE_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        if (auto written = writePng(golden.string(), actual); !written) {
            return ::testing::AssertionFailure() << written.error().message;
        }
        return ::testing::AssertionSuccess() << "golden updated: " << golden;
    }
    auto expected = readPng(golden.string());
    if (!expected) {
        return ::testing::AssertionFailure() << expected.error().message
                                             << " (run with TOUCHLINE_UPDATE_GOLDEN=1 to create it)";
    }
    ImageDifference diff = compareImages(*expected, actual);
    if (diff.sameSize && diff.differingPixels <= maxDifferingPixels) return ::testing::AssertionSuccess();
    const std::filesystem::path saved = std::filesystem::current_path() / (name + ".actual.png");
    (void)writePng(saved.string(), actual);
    if (!diff.sameSize) {
        return ::testing::AssertionFailure() << "size differs from " << golden << "; actual saved to " << saved;
    }
    return ::testing::AssertionFailure() << diff.differingPixels << " pixels differ from " << golden
                                         << " (allowed " << maxDifferingPixels << ", largest channel delta "
                                         << diff.largestChannelDelta << "); actual saved to " << saved;
}

}  // namespace touchline::testing
