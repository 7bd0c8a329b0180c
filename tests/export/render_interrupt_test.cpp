// Ctrl-C in the middle of `touchline render`, on the real program: it stops, says so, exits 130, and
// leaves no half-written output (an earlier file of the same name stays as it was). The signal is sent
// once the progress report shows the export under way: no clock, no sleep.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/export_test_support.h"

namespace touchline {
namespace {

using testing::interruptMidway;
using testing::Interrupted;

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(RenderInterrupt, PngFramesAreRemoved) {
    testing::ScratchDir dir;
    // The whole highlights: long enough that the export is far from done when the signal lands.
    const Interrupted r = interruptMidway({"render", "--highlights", "--size", "320x180", "--out",
                                           dir.path("frames") + "/"});
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
    EXPECT_TRUE(dir.entries().empty()) << "left behind: " << (dir.entries().empty() ? "" : dir.entries().front());
}

TEST(RenderInterrupt, AnEarlierVideoIsKeptWhole) {
    if (!testing::haveFfmpeg()) GTEST_SKIP() << "ffmpeg is not installed (scripts/bootstrap installs it)";
    testing::ScratchDir dir;
    const std::string out = dir.path("winner.mp4");
    std::ofstream(out) << "an earlier export";
    const Interrupted r = interruptMidway({"render", "--moment", "koulibaly-winner", "--out", out});
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_EQ(readAll(out), "an earlier export");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"winner.mp4"}) << "no staging file may be left";
}

}  // namespace
}  // namespace touchline
