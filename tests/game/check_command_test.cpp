// touchline check: exit codes, the one-line summary, and every located error on stderr.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "cli/commands.h"
#include "support/command_run.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

class CheckCommand : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("touchline_check_" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string write(const std::string& name, const std::string& text) {
        const std::string path = (dir_ / name).string();
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    static testing::CommandRun check(const std::vector<std::string>& args) { return testing::runCommand(cli::checkMain, args); }

    fs::path dir_;
};

TEST_F(CheckCommand, AValidFileGetsAOneLineSummary) {
    const std::string path = write("good.yaml", testing::fixture("  - id: one\n    clock: \"5'\"\n    title: One\n",
                                                                 "  - { clock: \"45+1:00\", whistle: half-time }\n"));
    const testing::CommandRun run = check({path});
    EXPECT_EQ(run.code, cli::kExitOk) << run.err;
    EXPECT_EQ(run.out, path + ": ok \u2014 Reds 1\u20130 Blues, 1 moment, 1 marker\n");
    EXPECT_EQ(run.err, "");
}

TEST_F(CheckCommand, AnInvalidFileFailsWithEveryLocatedError) {
    std::string text = testing::fixture();
    text.replace(text.find("format: 1"), 9, "format: 2");
    text.replace(text.find("name: Keeper, position: GK"), 26, "name: Keeper, position: CB");
    const std::string path = write("bad.yaml", text);
    const testing::CommandRun run = check({path});
    EXPECT_EQ(run.code, cli::kExitFailure);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find(path + ":1:9: this file is in format 2"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(path + ":13:5: Reds start without a goalkeeper"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(path + ": 2 errors"), std::string::npos) << run.err;
}

// The text is fine, the physics is not: a 60 m shot that should arrive in a second needs a kick no
// human has. check simulates the file and reports it at the shot's line.
TEST_F(CheckCommand, WhatThePhysicsCannotDoIsALocatedError) {
    const std::string moment =
        "  - id: impossible\n    clock: \"5'\"\n    title: Too far, too fast\n    actions:\n"
        "      - { at: 0.5, shot: Winger, to: { goal: right, y: 34, z: 0.5 }, arrive: 1.5 }\n";
    const std::string text = testing::fixture(moment);
    const std::string path = write("impossible.yaml", text);
    const testing::CommandRun run = check({path});
    EXPECT_EQ(run.code, cli::kExitFailure) << run.out;
    const std::size_t line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + text.find("shot: Winger"), '\n')) + 1;
    EXPECT_NE(run.err.find(path + ":" + std::to_string(line) + ":"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("m/s"), std::string::npos) << "the message should say how fast the kick would be: " << run.err;

    const testing::CommandRun textOnly = check({"--no-physics", path});
    EXPECT_EQ(textOnly.code, cli::kExitOk) << textOnly.err;
}

TEST_F(CheckCommand, WarningsArePrintedButDoNotFail) {
    std::string text = testing::fixture();
    text.erase(text.find("      - { number: 8, name: Engine"), text.find("      - { number: 11, name: Flyer") -
                                                                      text.find("      - { number: 8, name: Engine"));
    const std::string path = write("ten.yaml", text);
    const testing::CommandRun run = check({path});
    EXPECT_EQ(run.code, cli::kExitOk);
    EXPECT_NE(run.err.find("warning: Reds start with 10 players"), std::string::npos) << run.err;
    EXPECT_NE(run.out.find(": ok \u2014"), std::string::npos);
}

TEST_F(CheckCommand, SeveralFilesFailIfAnyFails) {
    const std::string good = write("good.yaml", testing::fixture());
    const std::string empty = write("empty.yaml", "");
    const testing::CommandRun run = check({good, empty, (dir_ / "missing.yaml").string()});
    EXPECT_EQ(run.code, cli::kExitFailure);
    EXPECT_NE(run.out.find(good + ": ok"), std::string::npos);
    EXPECT_NE(run.err.find(empty + ":1:1: the file is empty"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("missing.yaml: cannot open the file"), std::string::npos) << run.err;
}

TEST_F(CheckCommand, UsageAndHelp) {
    const testing::CommandRun none = check({});
    EXPECT_EQ(none.code, cli::kExitUsage);
    EXPECT_NE(none.err.find("missing argument"), std::string::npos);
    const testing::CommandRun help = check({"--help"});
    EXPECT_EQ(help.code, cli::kExitOk);
    EXPECT_NE(help.out.find("usage: touchline check FILE..."), std::string::npos);
    EXPECT_EQ(check({"--strict", "x.yaml"}).code, cli::kExitUsage);
}

}  // namespace
}  // namespace touchline
