// The export progress display: in place on a terminal, plain lines in a log.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/progress_bar.h"

namespace touchline::cli {
namespace {

TEST(ProgressBar, TerminalRedrawsInPlaceAtMostTenTimesASecond) {
    ProgressBar bar("winner.mp4", true);
    auto first = bar.update(1, 100, 0.01);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->front(), '\r');
    EXPECT_FALSE(bar.update(2, 100, 0.05));  // too soon
    auto later = bar.update(50, 100, 1.0);
    ASSERT_TRUE(later);
    EXPECT_NE(later->find("[############------------]"), std::string::npos) << *later;
    EXPECT_NE(later->find("50/100 frames"), std::string::npos);
    EXPECT_NE(later->find("50.0 fps"), std::string::npos);
    EXPECT_NE(later->find("0:01 left"), std::string::npos);
    EXPECT_EQ(later->find('\n'), std::string::npos);
    auto done = bar.update(100, 100, 1.02);  // the last frame always shows
    ASSERT_TRUE(done);
    EXPECT_NE(done->find("0:00 left"), std::string::npos);
    EXPECT_EQ(bar.close(), "\n");
}

TEST(ProgressBar, PlainLinesEveryTenth) {
    ProgressBar bar("clip.gif", false);
    int lines = 0;
    for (int done = 1; done <= 200; ++done) {
        if (auto text = bar.update(done, 200, done * 0.01)) {
            ++lines;
            EXPECT_EQ(text->back(), '\n');
            EXPECT_EQ(text->find('\r'), std::string::npos);
            EXPECT_EQ(text->find('\x1b'), std::string::npos);
        }
    }
    EXPECT_EQ(lines, 10);
    EXPECT_EQ(bar.close(), "");
    ProgressBar again("clip.gif", false);
    auto text = again.update(100, 200, 2.0);
    ASSERT_TRUE(text);
    EXPECT_EQ(*text, "clip.gif: 100/200 frames   50.0 fps  0:02 left (50%)\n");
}

// A GIF first draws the samples its palette is made from, then the frames it holds: two counts, each
// with its own rate, and the frames' count is what the file holds.
TEST(ProgressBar, SamplesThenFramesAreCountedApart) {
    ProgressBar bar("clip.gif", false);
    std::vector<std::string> lines;
    for (int done = 1; done <= 40; ++done) {
        if (auto text = bar.update(done, 40, done * 0.01, "palette samples")) lines.push_back(*text);
    }
    for (int done = 1; done <= 98; ++done) {
        if (auto text = bar.update(done, 98, 0.4 + done * 0.02, "frames")) lines.push_back(*text);
    }
    ASSERT_EQ(lines.size(), 20u);
    EXPECT_EQ(lines[9], "clip.gif: 40/40 palette samples  100.0/s  0:00 left (100%)\n");
    EXPECT_EQ(lines[10].rfind("clip.gif: 10/98 frames   50.0 fps", 0), 0u) << lines[10];
    EXPECT_EQ(lines[19], "clip.gif: 98/98 frames   50.0 fps  0:00 left (100%)\n");
}

TEST(ProgressBar, Durations) {
    EXPECT_EQ(ProgressBar::formatDuration(std::nullopt), "--:--");
    EXPECT_EQ(ProgressBar::formatDuration(65.4), "1:05");
    EXPECT_EQ(ProgressBar::formatDuration(3725.0), "1:02:05");
    EXPECT_EQ(ProgressBar::formatDuration(-1.0), "--:--");
}

}  // namespace
}  // namespace touchline::cli
