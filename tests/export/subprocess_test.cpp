// Helper processes and staged outputs: the plumbing under the sinks.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "export/export_test_support.h"
#include "io/staged_output.h"
#include "io/subprocess.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

std::string readText(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(FindExecutable, SearchesTheGivenPath) {
    EXPECT_EQ(findExecutable("sh", std::string("/nonexistent:/bin")), std::optional<std::string>("/bin/sh"));
    EXPECT_FALSE(findExecutable("sh", std::string("/nonexistent")).has_value());
    EXPECT_FALSE(findExecutable("sh", std::string("")).has_value());
    EXPECT_EQ(findExecutable("/bin/sh"), std::optional<std::string>("/bin/sh"));
    EXPECT_FALSE(findExecutable("/etc/passwd").has_value());  // not executable
    EXPECT_FALSE(findExecutable("").has_value());
}

TEST(Subprocess, FeedsStandardInputWithoutAShell) {
    ScratchDir dir;
    // The file name would be split, globbed and expanded by a shell; here it is one argument.
    const std::string target = dir.path("a b $HOME *.txt");
    auto process = Subprocess::start("/usr/bin/tee", {target});
    ASSERT_TRUE(process.ok()) << process.error().message;
    const std::string text = "hello, ffmpeg\n";
    ASSERT_TRUE(process->write(text.data(), text.size()).ok());
    ASSERT_TRUE(process->finish().ok());
    EXPECT_EQ(readText(target), text);
}

TEST(Subprocess, AProgramThatStopsReadingIsAnErrorNotASignal) {
    auto process = Subprocess::start("/bin/sh", {"-c", "echo 'something went wrong' >&2; exit 3"});
    ASSERT_TRUE(process.ok());
    const std::vector<char> block(1 << 20, 'x');
    Status written = success();
    for (int i = 0; i < 8 && written.ok(); ++i) written = process->write(block.data(), block.size());
    ASSERT_FALSE(written.ok());  // and we are still alive: no SIGPIPE
    EXPECT_NE(written.error().message.find("something went wrong"), std::string::npos) << written.error().message;
}

TEST(Subprocess, FailureReportsItsLastLine) {
    auto process = Subprocess::start("/bin/sh", {"-c", "cat >/dev/null; echo first >&2; echo 'the real reason' >&2; exit 1"});
    ASSERT_TRUE(process.ok());
    auto done = process->finish();
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().message, "sh failed: the real reason");
}

TEST(Subprocess, KillStopsItAtOnce) {
    auto process = Subprocess::start("/bin/sleep", {"30"});
    ASSERT_TRUE(process.ok());
    process->kill();
    EXPECT_FALSE(process->write("x", 1).ok());
}

TEST(StagedFile, CommitReplacesDiscardKeepsTheOld) {
    ScratchDir dir;
    const std::string out = dir.path("board.png");
    std::ofstream(out) << "old";
    {
        auto staged = StagedFile::create(out);
        ASSERT_TRUE(staged.ok());
        EXPECT_EQ(fs::path(staged->path()).parent_path(), fs::path(out).parent_path());
        EXPECT_EQ(fs::path(staged->path()).filename().string()[0], '.');
        std::ofstream(staged->path()) << "half";
    }  // dropped without commit
    EXPECT_EQ(readText(out), "old");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"board.png"});
    auto staged = StagedFile::create(out);
    ASSERT_TRUE(staged.ok());
    std::ofstream(staged->path()) << "new";
    ASSERT_TRUE(staged->commit().ok());
    EXPECT_EQ(readText(out), "new");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"board.png"});
}

TEST(StagedFile, UnwritableDestinations) {
    ScratchDir dir;
    auto missing = StagedFile::create(dir.path("no/such/dir/x.mp4"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, "cannot write '" + dir.path("no/such/dir/x.mp4") + "': No such file or directory");
    auto directory = StagedFile::create(dir.root().string());
    ASSERT_FALSE(directory.ok());
    EXPECT_NE(directory.error().message.find("is a directory"), std::string::npos);
    if (::geteuid() != 0) {  // root writes anywhere
        fs::create_directory(dir.path("locked"));
        fs::permissions(dir.path("locked"), fs::perms::owner_read | fs::perms::owner_exec);
        auto locked = StagedFile::create(dir.path("locked/x.mp4"));
        ASSERT_FALSE(locked.ok());
        EXPECT_NE(locked.error().message.find("Permission denied"), std::string::npos);
        fs::permissions(dir.path("locked"), fs::perms::owner_all);
    }
}

}  // namespace
}  // namespace touchline
