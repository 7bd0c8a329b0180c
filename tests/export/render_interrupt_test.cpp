// Ctrl-C in the middle of `touchline render`, on the real program: it stops, says so, exits 130, and
// leaves no half-written output (an earlier file of the same name stays as it was). The signal is sent
// once the progress report shows the export under way: no clock, no sleep.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/export_test_support.h"

namespace touchline {
namespace {

struct Interrupted {
    int exitCode = -1;
    std::string err;
};

// Runs touchline with `args`, sends SIGINT when its stderr first shows progress, waits for it to end.
Interrupted interruptMidway(const std::vector<std::string>& args) {
    int err[2];
    if (::pipe(err) != 0) return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(err[1], STDERR_FILENO);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        ::close(err[0]);
        std::vector<char*> argv{const_cast<char*>(TOUCHLINE_BINARY)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(TOUCHLINE_BINARY, argv.data());
        ::_exit(127);
    }
    ::close(err[1]);
    Interrupted result;
    bool sent = false;
    char buffer[512];
    for (ssize_t n; (n = ::read(err[0], buffer, sizeof buffer)) > 0;) {
        result.err.append(buffer, static_cast<std::size_t>(n));
        // The plain progress lines (stderr is a pipe, not a terminal) carry a percentage.
        if (!sent && result.err.find('%') != std::string::npos) {
            ::kill(pid, SIGINT);
            sent = true;
        }
    }
    ::close(err[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

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
