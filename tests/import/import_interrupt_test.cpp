// Ctrl-C while `touchline import` makes the passages, on the real program: it stops after the passage
// in hand, says so, exits 130, and writes nothing (neither the script nor its passages).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "export/export_test_support.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

TEST(ImportInterrupt, NothingIsWritten) {
    testing::ScratchDir dir;
    // Six passages: the first progress line comes after the first, with five to go.
    const std::string events = (fs::path(TOUCHLINE_TESTS_DIR) / "import" / "corpus" / "wyscout-save-for-a-corner.json").string();
    const testing::Interrupted r = testing::interruptMidway({"import", events, "--out", dir.path("match.yaml")});
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_NE(r.err.find("interrupted; nothing written"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("passages"), std::string::npos) << r.err;  // the progress it showed
    EXPECT_TRUE(dir.entries().empty()) << "left behind: " << (dir.entries().empty() ? "" : dir.entries().front());
}

}  // namespace
}  // namespace touchline
