// `touchline import` in the test's own process: where it writes, and a destination it cannot write
// refused before the seconds of the import, not after.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "export/export_test_support.h"
#include "support/command_run.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

std::string corpus(const std::string& name) { return (fs::path(TOUCHLINE_TESTS_DIR) / "import" / "corpus" / name).string(); }

TEST(ImportCommand, ADestinationThatCannotBeWrittenIsRefusedFirst) {
    testing::ScratchDir dir;
    const std::string out = dir.path("no-such-folder/match.yaml");
    const testing::CommandRun r = testing::runCommand(cli::importMain, {corpus("wyscout-save-for-a-corner.json"), "--out", out});
    EXPECT_EQ(r.code, cli::kExitFailure);
    EXPECT_NE(r.err.find("cannot write '" + out + "'"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("passages"), std::string::npos) << "it imported before saying so: " << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_TRUE(dir.entries().empty());
}

TEST(ImportCommand, WritesTheScriptAndItsPassagesBesideIt) {
    testing::ScratchDir dir;
    const testing::CommandRun r =
        testing::runCommand(cli::importMain, {corpus("wyscout-save-for-a-corner.json"), "--out", dir.path("match.yaml")});
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"match.passages.yaml", "match.yaml"}));
    EXPECT_NE(r.out.find("wrote " + dir.path("match.yaml")), std::string::npos) << r.out;
}

}  // namespace
}  // namespace touchline
