// The viewer on a machine with no display: one clear message and a failure, not an invisible window
// that runs until killed (SDL would otherwise fall back to drawing offscreen).
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace touchline {
namespace {

TEST(ViewerWithoutDisplay, SaysSoAndFails) {
    const auto log = std::filesystem::temp_directory_path() / ("touchline_no_display_" + std::to_string(::getpid()));
    // --frames bounds the run even if the check ever breaks, so the test cannot hang.
    const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER " TOUCHLINE_BINARY
                                " --frames 3 > " + log.string() + " 2>&1";
    const int status = std::system(command.c_str());
    std::ifstream in(log);
    std::ostringstream text;
    text << in.rdbuf();
    std::filesystem::remove(log);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1) << text.str();
    EXPECT_NE(text.str().find("no display"), std::string::npos) << text.str();
}

}  // namespace
}  // namespace touchline
