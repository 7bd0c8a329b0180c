// The sub-commands on a provider's event data given directly: where what they show lies between the
// moments (a time, a stretch, the whole match's figures), they import the whole match first and show
// exactly what they show of the script `touchline import` writes; Ctrl-C stops that import.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "app/replay_files.h"
#include "cli/commands.h"
#include "cli/open_replay.h"
#include "export/export_test_support.h"
#include "support/command_run.h"
#include "support/image_compare.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

using testing::CommandRun;
using testing::runCommand;

// Six passages and one moment: a save the corner after it follows.
std::string eventsFile() {
    return (fs::path(TOUCHLINE_TESTS_DIR) / "import" / "corpus" / "wyscout-save-for-a-corner.json").string();
}

// The events imported whole (the script and its passages beside it), once for the suite.
class ProviderFileCommands : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        imports_ = new testing::ScratchDir;
        const CommandRun imported = runCommand(cli::importMain, {eventsFile(), "--out", script()});
        ASSERT_EQ(imported.code, cli::kExitOk) << imported.err;
        const OpenedReplay opened = openReplay(script());
        ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
        whole_ = opened.timeline;
    }
    static void TearDownTestSuite() {
        delete imports_;
        imports_ = nullptr;
        whole_.reset();
    }
    void SetUp() override { ASSERT_TRUE(whole_) << "the events did not import"; }
    static std::string script() { return imports_->path("match.yaml"); }

    // The middle of the first passage that lies outside every moment: there only the whole match moves.
    double betweenMoments() const {
        for (const Moment& p : whole_->script().passages) {
            const double t = p.matchTime + p.duration / 2.0;
            if (cli::outsideMoments(whole_->moments(), {t})) return t;
        }
        ADD_FAILURE() << "every passage lies inside a moment";
        return 0.0;
    }
    std::string clockText(double t) const { return whole_->script().clock.preciseText(t); }

    testing::ScratchDir dir_;  // what a test writes
    static inline testing::ScratchDir* imports_ = nullptr;
    static inline std::shared_ptr<const Timeline> whole_;
};

TEST_F(ProviderFileCommands, AShotBetweenMomentsIsTheImportedScriptsFrame) {
    const std::string at = clockText(betweenMoments());
    const std::vector<std::string> frame{"--at", at, "--size", "320x180", "--camera", "action"};
    auto shot = [&](const std::string& file, const std::string& out) {
        std::vector<std::string> args{file, "--out", dir_.path(out)};
        args.insert(args.end(), frame.begin(), frame.end());
        return runCommand(cli::shotMain, args);
    };
    const CommandRun direct = shot(eventsFile(), "direct.png");
    ASSERT_EQ(direct.code, cli::kExitOk) << direct.err;
    EXPECT_NE(direct.err.find("passages"), std::string::npos) << "no progress shown: " << direct.err;
    const CommandRun imported = shot(script(), "imported.png");
    ASSERT_EQ(imported.code, cli::kExitOk) << imported.err;
    EXPECT_TRUE(testing::samePngs(dir_.path("imported.png"), dir_.path("direct.png")))
        << "the frame at " << at << " differs from the imported script's";
}

TEST_F(ProviderFileCommands, AShotInsideAMomentOpensAtOnce) {
    ASSERT_FALSE(whole_->moments().empty());
    const MomentSpan& m = whole_->moments().front();
    const CommandRun r = runCommand(cli::shotMain, {eventsFile(), "--at", clockText((m.start + m.end) / 2.0), "--size",
                                             "320x180", "--out", dir_.path("moment.png")});
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    EXPECT_EQ(r.err.find("passages"), std::string::npos) << "the whole match was imported for a moment: " << r.err;
}

TEST_F(ProviderFileCommands, SummaryStatsAreTheWholeMatchs) {
    const CommandRun direct = runCommand(cli::summaryMain, {eventsFile(), "--stats"});
    ASSERT_EQ(direct.code, cli::kExitOk) << direct.err;
    const CommandRun imported = runCommand(cli::summaryMain, {script(), "--stats"});
    ASSERT_EQ(imported.code, cli::kExitOk) << imported.err;
    EXPECT_EQ(direct.out, imported.out);
}

TEST_F(ProviderFileCommands, RenderBetweenMomentsIsTheWholeMatch) {
    const double t = betweenMoments();
    const std::string from = clockText(t);  // to the second: both commands read the same instant
    const CommandRun r = runCommand(cli::renderMain, {eventsFile(), "--from", from, "--to", clockText(t + 1.0), "--size",
                                               "320x180", "--fps", "10", "--out", dir_.path("frames") + "/"});
    ASSERT_EQ(r.code, cli::kExitOk) << r.err;
    const CommandRun shot = runCommand(cli::shotMain, {script(), "--at", from, "--size", "320x180", "--camera", "action",
                                                "--out", dir_.path("shot.png")});
    ASSERT_EQ(shot.code, cli::kExitOk) << shot.err;
    EXPECT_TRUE(testing::samePngs(dir_.path("shot.png"), dir_.path("frames/frame_00001.png")))
        << "the rendered frame at " << from << " differs from the shot of the script";
}

TEST_F(ProviderFileCommands, CtrlCStopsTheWholeMatchImport) {
    const double t = betweenMoments();
    const testing::Interrupted r = testing::interruptMidway(
        {"render", eventsFile(), "--from", clockText(t), "--to", clockText(t + 1.0), "--out", dir_.path("frames") + "/"});
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_NE(r.err.find("interrupted while importing"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir_.path("frames"))) << "frames were written";
}

TEST(OutsideMoments, OnlyTimesNoMomentHolds) {
    const std::vector<MomentSpan> moments{{10.0, 20.0}, {30.0, 40.0}};
    EXPECT_FALSE(cli::outsideMoments(moments, {10.0, 15.0, 20.0, 35.0}));
    EXPECT_TRUE(cli::outsideMoments(moments, {15.0, 25.0}));
    EXPECT_TRUE(cli::outsideMoments(moments, {45.0}));
    EXPECT_TRUE(cli::outsideMoments({}, {0.0}));
    EXPECT_FALSE(cli::outsideMoments(moments, {}));
}

}  // namespace
}  // namespace touchline
