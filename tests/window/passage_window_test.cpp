// A whole match in the real window: the first frame comes before any passage is baked, the rest bakes
// in the background while the user scrubs and edits, and what the viewer ends with is byte for byte a
// bake of everything at once. No waiting on the clock: the loop is pumped until the worker is done.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <SDL.h>
#include <unistd.h>

#include "app/replay_files.h"
#include "script/loader.h"
#include "support/passage_match.h"
#include "viewer/viewer_app.h"
#include "window/test_viewer.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

constexpr int kPassages = 12;

class PassageWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run (ctest does)";
        dir_ = fs::temp_directory_path() / ("touchline_passage_window_" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        ::setenv("XDG_STATE_HOME", (dir_ / "state").c_str(), 1);
        path_ = write("match.yaml", testing::passageMatch(kPassages));
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
        ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS), 0) << SDL_GetError();
        OpenedReplay opened = openReplay(path_, PassageTiming::Later);
        ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
        ASSERT_EQ(opened.timeline->passages().size(), static_cast<std::size_t>(kPassages));
        auto app = testing::createTestViewer(opened.timeline, path_);
        ASSERT_TRUE(app.ok()) << app.error().message;
        app_ = std::move(*app);
    }
    void TearDown() override {
        app_.reset();  // closing while the worker may still bake: it stops and is joined
        SDL_Quit();
        if (!dir_.empty()) fs::remove_all(dir_);
    }

    std::string write(const std::string& name, const std::string& text) {
        const fs::path file = dir_ / name;
        std::ofstream(file) << text;
        return file.string();
    }
    const Timeline& timeline() { return *app_->state().timeline; }
    // Frames until every passage of the open timeline is in: as many as the worker takes, no clock.
    void pumpUntilBaked() {
        while (timeline().passagesBaked() < timeline().passages().size()) ASSERT_TRUE(app_->frame(1.0 / 60.0));
        ASSERT_TRUE(app_->frame(1.0 / 60.0));
        EXPECT_FALSE(app_->baker().running());
    }
    std::vector<std::uint8_t> bakedAtOnce(const Script& script) { return bake(script).timeline.trackBytes(); }

    fs::path dir_;
    std::string path_;
    std::unique_ptr<ViewerApp> app_;
};

TEST_F(PassageWindowTest, FirstFrameAtOnceThenTheWholeMatchBakesInTheBackground) {
    // The first frame is drawn before the worker even starts (the viewer opens on the first moment;
    // the playhead is put in a passage here).
    app_->state().playback.seek(timeline().passages()[2].start + 1.0);
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    EXPECT_EQ(app_->lastFrame().passage, 2);
    EXPECT_FALSE(app_->lastFrame().baked);
    EXPECT_TRUE(app_->lastFrame().players.empty());
    EXPECT_EQ(timeline().passagesBaked(), 0u);
    EXPECT_EQ(app_->baker().starts(), 1u);

    pumpUntilBaked();
    EXPECT_TRUE(app_->lastFrame().baked);
    EXPECT_EQ(app_->lastFrame().players.size(), 22u);
    EXPECT_EQ(timeline().trackBytes(), bakedAtOnce(loadScript(path_).script));
    EXPECT_EQ(app_->baker().starts(), 1u);  // one worker did it all
}

TEST_F(PassageWindowTest, ScrubbingWhileBakingGivesTheSameMatch) {
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    // Jump about while the worker bakes: to the end, back to the start, into the middle.
    for (const double t : {timeline().duration() - 1.0, 2.0, timeline().duration() * 0.5}) {
        app_->state().playback.seek(t);
        ASSERT_TRUE(app_->frame(1.0 / 60.0));
        const Frame& shown = app_->lastFrame();
        // Whatever is on screen is either baked play or says it is not baked yet, never a half.
        EXPECT_EQ(shown.baked, !shown.players.empty());
    }
    pumpUntilBaked();
    EXPECT_EQ(app_->baker().starts(), 1u);  // scrubbing re-orders the work, it does not restart it
    EXPECT_EQ(timeline().trackBytes(), bakedAtOnce(loadScript(path_).script));
}

TEST_F(PassageWindowTest, EditingAMomentWhileBakingKeepsWhatIsBakedAndDropsWhatIsStale) {
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    EditController* editor = app_->editor();
    ASSERT_NE(editor, nullptr);
    edit::EditSession* session = editor->session();
    ASSERT_NE(session, nullptr);
    const PlayerId striker = *session->script().findPlayer("Striker");
    ASSERT_TRUE(editor->apply(edit::MovePlayer{session->ids().moment(0), striker, {50.0, 30.0}}, app_->state()));
    ASSERT_TRUE(session->current()) << session->diagnostics().text();
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    EXPECT_EQ(app_->baker().starts(), 2u);  // the edit gave a new script: the old work stopped
    pumpUntilBaked();
    const Script edited = session->script();
    EXPECT_EQ(timeline().trackBytes(), bakedAtOnce(edited));
    EXPECT_NE(timeline().trackBytes(), bakedAtOnce(loadScript(path_).script));  // the edit is in
}

TEST_F(PassageWindowTest, OpeningAnotherFileWhileBakingBakesThatOne) {
    ASSERT_TRUE(app_->frame(1.0 / 60.0));
    const std::string other = write("other.yaml", testing::passageMatch(kPassages / 2));
    app_->open(other);
    ASSERT_EQ(timeline().passages().size(), static_cast<std::size_t>(kPassages / 2));
    pumpUntilBaked();
    EXPECT_EQ(app_->baker().starts(), 2u);
    EXPECT_EQ(timeline().trackBytes(), bakedAtOnce(loadScript(other).script));
}

}  // namespace
}  // namespace touchline
