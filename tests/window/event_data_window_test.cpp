// Event data opened in the real window: the moments play at once, the rest of the match (its passages)
// is imported in the background and then baked, and the viewer ends with exactly the match
// `touchline import` makes. No waiting on the clock: the loop is pumped until the workers are done.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <filesystem>
#include <string>

#include <SDL.h>
#include <unistd.h>

#include "app/replay_files.h"
#include "import/import.h"
#include "support/passage_match.h"
#include "viewer/viewer_app.h"
#include "window/test_viewer.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

std::string corpus(const std::string& name) { return (fs::path(TOUCHLINE_TESTS_DIR) / "import" / "corpus" / name).string(); }

class EventDataWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run (ctest does)";
        dir_ = fs::temp_directory_path() / ("touchline_event_window_" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        ::setenv("XDG_STATE_HOME", (dir_ / "state").c_str(), 1);
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
        ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS), 0) << SDL_GetError();
        OpenedReplay opened = openReplay(path_, PassageTiming::Later);
        ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
        ASSERT_TRUE(opened.timeline->passages().empty());  // the moments only, at once
        auto app = testing::createTestViewer(opened.timeline, path_);
        ASSERT_TRUE(app.ok()) << app.error().message;
        app_ = std::move(*app);
    }
    void TearDown() override {
        app_.reset();  // closing while the import may still run: it stops between passages and is joined
        SDL_Quit();
        if (!dir_.empty()) fs::remove_all(dir_);
    }

    const Timeline& timeline() { return *app_->state().timeline; }
    // Frames until the import is in and every passage is baked: as many as the workers take, no clock.
    void pumpUntilWhole() {
        while (app_->state().importing) ASSERT_TRUE(app_->frame(1.0 / 60.0));
        ASSERT_TRUE(app_->state().importError.empty()) << app_->state().importError;
        ASSERT_FALSE(timeline().passages().empty());
        while (timeline().passagesBaked() < timeline().passages().size()) ASSERT_TRUE(app_->frame(1.0 / 60.0));
        ASSERT_TRUE(app_->frame(1.0 / 60.0));
        EXPECT_FALSE(app_->baker().running());
    }
    // What `touchline import` makes of the file, baked at once.
    std::vector<std::uint8_t> importedAtOnce(const std::string& path) {
        import::ImportOptions options;
        options.passages = true;
        const import::ImportedMatch imported = import::importMatch(path, options);
        EXPECT_TRUE(imported.ok()) << imported.diagnostics.text();
        return imported.ok() ? bake(*imported.script).timeline.trackBytes() : std::vector<std::uint8_t>{};
    }

    fs::path dir_;
    std::string path_ = corpus("wyscout-red-card.json");
    std::unique_ptr<ViewerApp> app_;
};

TEST_F(EventDataWindowTest, TheMomentsPlayAtOnceAndTheWholeMatchFollows) {
    // The first frames: the moments, the import under way and said so.
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    EXPECT_TRUE(app_->state().importing.has_value());
    // Paused in the first moment: how many frames the import takes depends on the machine, and a
    // playing replay of moments alone stops at the end of its last.
    const double into = timeline().moments().front().start + 2.0;
    app_->state().playback.seek(into);
    ASSERT_TRUE(app_->frame(1.0 / 60.0));

    pumpUntilWhole();
    EXPECT_FALSE(app_->state().importing.has_value());
    EXPECT_EQ(timeline().trackBytes(), importedAtOnce(path_));
    // The swap kept the playhead where it was (not back at the first moment's start).
    EXPECT_DOUBLE_EQ(app_->state().playback.time(), into);
    EXPECT_FALSE(app_->state().playback.playing());
}

TEST_F(EventDataWindowTest, HighlightsModeGoesOnThroughTheSwap) {
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    app_->state().playback.toggleHighlights();
    app_->state().playback.pause();  // the reel is short: playing, it could end before the import does
    ASSERT_TRUE(app_->state().playback.inHighlights());
    const double at = app_->state().playback.time();
    pumpUntilWhole();
    EXPECT_TRUE(app_->state().playback.inHighlights());
    EXPECT_DOUBLE_EQ(app_->state().playback.time(), at);
}

TEST_F(EventDataWindowTest, AfterTheImportThePlayBetweenTheMomentsMoves) {
    pumpUntilWhole();
    // Play between the moments moves now: a second of a passage outside every moment shows that
    // passage, baked, with players and a ball (before the import it showed the teams standing).
    std::optional<double> between;
    for (const MomentSpan& passage : timeline().passages()) {
        const double t = passage.start + 1.0;
        const bool inMoment = std::any_of(timeline().moments().begin(), timeline().moments().end(),
                                          [&](const MomentSpan& m) { return t >= m.start && t <= m.end; });
        if (!inMoment && t < passage.end) {
            between = t;
            break;
        }
    }
    ASSERT_TRUE(between.has_value());
    app_->state().playback.pause();
    app_->state().playback.seek(*between);
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    EXPECT_GE(app_->lastFrame().passage, 0);
    EXPECT_TRUE(app_->lastFrame().baked);
    EXPECT_FALSE(app_->lastFrame().players.empty());
    EXPECT_TRUE(app_->lastFrame().ball.visible);
}

TEST_F(EventDataWindowTest, OpeningAnotherFileWhileImportingDropsTheImport) {
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    const fs::path other = dir_ / "other.yaml";
    {
        std::FILE* f = std::fopen(other.c_str(), "w");
        ASSERT_NE(f, nullptr);
        const std::string text = testing::passageMatch(3);
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    }
    app_->open(other.string());
    EXPECT_FALSE(app_->state().importing.has_value());
    EXPECT_TRUE(app_->passageImport().path().empty());  // stopped and joined
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(app_->frame(1.0 / 60.0));
    EXPECT_EQ(app_->state().path, other.string());
    EXPECT_EQ(timeline().passages().size(), 3u);  // the script's own, not the import's

    // And back to the event data: it imports afresh.
    app_->open(path_);
    EXPECT_TRUE(app_->state().importing.has_value());
    pumpUntilWhole();
    EXPECT_EQ(timeline().trackBytes(), importedAtOnce(path_));
}

// What fails here is a hang (the test's time limit), a crash, or, under the ASan preset, the worker
// touching the closed viewer.
TEST_F(EventDataWindowTest, ClosingWhileImportingStopsTheImport) {
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    ASSERT_FALSE(app_->passageImport().path().empty());
    EXPECT_TRUE(app_->state().importing.has_value());
    app_.reset();
}

}  // namespace
}  // namespace touchline
