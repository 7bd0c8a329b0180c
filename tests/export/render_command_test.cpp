// `touchline render` and `touchline storyboard` end to end, on the bundled replay: each format checked
// with ffprobe (or by its files), a frame compared with `touchline shot` at the same instant, and the
// mistakes a user makes answered with one line and no damage.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "export/export_test_support.h"
#include "support/command_run.h"
#include "io/image.h"
#include "support/image_compare.h"

namespace touchline {
namespace {

using testing::CommandRun;
using testing::runCommand;

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Two seconds of Koulibaly's winner: the corner's flight and the header.
const std::vector<std::string> kClip{"--moment", "koulibaly-winner", "--from", "90+0:03", "--to", "90+0:05",
                                     "--size", "320x180", "--camera", "action"};

std::vector<std::string> clipTo(const std::string& out, std::vector<std::string> more = {}) {
    std::vector<std::string> args = kClip;
    args.insert(args.end(), {"--out", out});
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

TEST(RenderCommand, Mp4IsH264WithTheFramesAsked) {
    if (!testing::haveFfmpeg()) GTEST_SKIP() << "ffmpeg is not installed (scripts/bootstrap installs it)";
    testing::ScratchDir dir;
    const CommandRun r = runCommand(cli::renderMain, clipTo(dir.path("winner.mp4"), {"--fps", "25"}));
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    const auto probe = testing::probe(dir.path("winner.mp4"));
    ASSERT_TRUE(probe.has_value());
    EXPECT_EQ(probe->codec, "h264");
    EXPECT_EQ(probe->width, 320);
    EXPECT_EQ(probe->height, 180);
    EXPECT_EQ(probe->frames, 50);
    EXPECT_NEAR(probe->duration, 2.0, 0.05);
    // Only the finished file is left: no staging file beside it.
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"winner.mp4"});
}

TEST(RenderCommand, SlowMotionStretchesTheClip) {
    if (!testing::haveFfmpeg()) GTEST_SKIP() << "ffmpeg is not installed (scripts/bootstrap installs it)";
    testing::ScratchDir dir;
    const CommandRun r = runCommand(cli::renderMain, clipTo(dir.path("slow.mp4"), {"--fps", "25", "--speed", "0.5"}));
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    const auto probe = testing::probe(dir.path("slow.mp4"));
    ASSERT_TRUE(probe.has_value());
    EXPECT_EQ(probe->frames, 100);
    EXPECT_NEAR(probe->duration, 4.0, 0.05);
}

TEST(RenderCommand, GifHasEveryFrame) {
    if (!testing::haveFfmpeg()) GTEST_SKIP() << "ffmpeg is not installed (scripts/bootstrap installs it)";
    testing::ScratchDir dir;
    const CommandRun r = runCommand(cli::renderMain, clipTo(dir.path("winner.gif"), {"--fps", "10"}));
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    const auto probe = testing::probe(dir.path("winner.gif"));
    ASSERT_TRUE(probe.has_value());
    EXPECT_EQ(probe->codec, "gif");
    EXPECT_EQ(probe->frames, 20);
    EXPECT_EQ(probe->width, 320);
}

TEST(RenderCommand, PngFramesAreTheViewersFrames) {
    testing::ScratchDir dir;
    const std::string frames = dir.path("frames") + "/";
    const CommandRun r = runCommand(cli::renderMain, clipTo(frames, {"--fps", "10"}));
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path("frames"))) {
        count += entry.path().extension() == ".png";
    }
    EXPECT_EQ(count, 20);
    // Frame 1 is at 90+0:03 exactly; `touchline shot` at that clock must draw the same picture.
    const std::string shot = dir.path("shot.png");
    const CommandRun s = runCommand(cli::shotMain, {"--at", "90+0:03", "--size", "320x180", "--camera", "action", "--out", shot});
    ASSERT_EQ(s.code, cli::kExitOk) << s.err;
    EXPECT_TRUE(testing::samePngs(shot, dir.path("frames/frame_00001.png")))
        << "an exported frame differs from the viewer's frame at the same time";
}

TEST(RenderCommand, MistakesAreOneLineAndLeaveTheOldFileAlone) {
    testing::ScratchDir dir;
    const std::string out = dir.path("winner.mp4");
    std::ofstream(out) << "an earlier export";

    const CommandRun unknown = runCommand(cli::renderMain, {"--moment", "koulibali-winner", "--out", out});
    EXPECT_NE(unknown.code, cli::kExitOk);
    EXPECT_NE(unknown.err.find("koulibaly-winner"), std::string::npos) << "should suggest the nearest id: " << unknown.err;

    const CommandRun backwards = runCommand(cli::renderMain, {"--from", "91", "--to", "90", "--out", out});
    EXPECT_NE(backwards.code, cli::kExitOk);
    EXPECT_FALSE(backwards.err.empty());

    const CommandRun noSuchClock = runCommand(cli::renderMain, {"--from", "90+30", "--to", "90+31", "--out", out});
    EXPECT_NE(noSuchClock.code, cli::kExitOk);

    for (const CommandRun* r : {&unknown, &backwards, &noSuchClock}) {
        EXPECT_EQ(std::count(r->err.begin(), r->err.end(), '\n'), 1) << "one line, not: " << r->err;
    }
    EXPECT_EQ(readAll(out), "an earlier export");

    const CommandRun unwritable = runCommand(cli::renderMain, clipTo(dir.path("no/such/dir/winner.png") + "/"));
    EXPECT_NE(unwritable.code, cli::kExitOk);
}

TEST(RenderCommand, MissingFfmpegIsOneClearLine) {
    testing::ScratchDir dir;
    const char* path = std::getenv("PATH");
    const std::string saved = path ? path : "";
    ::setenv("PATH", dir.root().c_str(), 1);  // a directory with no ffmpeg in it
    const CommandRun r = runCommand(cli::renderMain, clipTo(dir.path("winner.mp4")));
    ::setenv("PATH", saved.c_str(), 1);
    EXPECT_EQ(r.code, cli::kExitFailure);
    EXPECT_NE(r.err.find("ffmpeg"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.path("winner.mp4")));
}

TEST(StoryboardCommand, OnePanelPerMoment) {
    testing::ScratchDir dir;
    const CommandRun r = runCommand(cli::storyboardMain, {"--out", dir.path("board.png"), "--panel-size", "320x180"});
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    EXPECT_NE(r.out.find("12 panels"), std::string::npos) << r.out;
    auto board = readPng(dir.path("board.png"));
    ASSERT_TRUE(board.ok());
    EXPECT_GT(board->width, 3 * 320);
}

}  // namespace
}  // namespace touchline
