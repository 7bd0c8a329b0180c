// Editing in the real window under Xvfb: press E, drag a player with synthetic mouse events, undo and
// redo with the keyboard, save with Ctrl+S, and read back what was written; the questions at closing
// and when another editor breaks the file.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <SDL.h>

#include "edit/atomic_save.h"
#include "render/projection.h"
#include "script/loader.h"
#include "viewer/viewer_app.h"
#include "window/edit_window_fixture.h"
#include "window/synthetic_input.h"
#include "window/x11_window.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

class EditWindowTest : public testing::EditWindow {
protected:
    Projection projection() {
        const auto l = app_->layout();
        ViewerState& s = app_->state();
        return Projection(s.camera.camera(*s.timeline, s.playback.time(), l.pitch.w, l.pitch.h), l.pitch.w, l.pitch.h);
    }
    // Where a player is drawn now, in window coordinates.
    Vec2 onScreen(PlayerId id) {
        const Frame frame = app_->state().timeline->sample(app_->state().playback.time());
        for (const PlayerFrame& p : frame.players) {
            if (p.id == id) return projection().toScreen(p.position) / app_->layout().dpi;
        }
        ADD_FAILURE() << "player not on the pitch";
        return {};
    }
};

TEST_F(EditWindowTest, DraggingAPlayerThenCtrlSSavesHisNewPlace) {
    ASSERT_TRUE(app_->state().playback.jumpTo("90+1", app_->state().script()).ok());
    app_->state().playback.seekBy(1.0);  // one second into the winner, before the goalkeeper does anything
    frames(2);
    key(SDLK_e);
    ASSERT_NE(app_->editor(), nullptr);
    ASSERT_TRUE(app_->editor()->active());
    const Script& script = app_->state().script();
    const PlayerId reina = *script.findPlayer("Reina");

    const Vec2 from = onScreen(reina);
    const Vec2 to = from + Vec2{120.0, -40.0};
    mouse(SDL_MOUSEMOTION, from);
    mouse(SDL_MOUSEBUTTONDOWN, from);
    ASSERT_TRUE(app_->editor()->dragging().has_value()) << "the press should grab Reina";
    for (int step = 1; step <= 12; ++step) mouse(SDL_MOUSEMOTION, from + (to - from) * (step / 12.0));
    mouse(SDL_MOUSEBUTTONUP, to);
    frames(2);

    // He is drawn where he was dropped, and the drag is one undoable step.
    const Projection p = projection();
    const Vec2 expected = p.toWorld(to * app_->layout().dpi);
    EXPECT_LT(distance(onScreen(reina), to), 3.0);
    edit::EditSession* session = app_->editor()->session();
    ASSERT_TRUE(session->dirty());
    EXPECT_EQ(session->historySize(), 2u);

    key(SDLK_z, KMOD_CTRL);
    EXPECT_EQ(session->text(), original_);
    key(SDLK_z, KMOD_CTRL | KMOD_SHIFT);
    EXPECT_TRUE(session->dirty());

    key(SDLK_s, KMOD_CTRL);
    EXPECT_FALSE(session->dirty()) << app_->editor()->message();
    const std::string saved = *edit::readFile(path_);
    EXPECT_EQ(saved, session->text());
    EXPECT_EQ(*edit::readFile(edit::backupPath(path_)), original_);
    LoadResult loaded = loadScript(path_);
    ASSERT_TRUE(loaded.ok()) << loaded.diagnostics.text();
    const Moment* winner = loaded.script.findMoment("koulibaly-winner");
    ASSERT_NE(winner, nullptr);
    bool found = false;
    for (const Placement& placement : winner->shape) {
        if (placement.player != reina) continue;
        found = true;
        EXPECT_NEAR(placement.position.x, expected.x, 0.11);
        EXPECT_NEAR(placement.position.y, expected.y, 0.11);
    }
    EXPECT_TRUE(found);
    // Saved means no autosave is left to offer.
    EXPECT_FALSE(fs::exists(path_ + ".autosave"));

    if (const char* keep = std::getenv("TOUCHLINE_EDIT_SHOT")) {
        frames(2);
        const auto id = testing::x11WindowId(app_->window());
        ASSERT_TRUE(id.has_value());
        ASSERT_EQ(std::system(("import -window " + *id + " " + keep).c_str()), 0);
    }
}

TEST_F(EditWindowTest, ClosingWithUnsavedEditsAsks) {
    ASSERT_TRUE(app_->state().playback.jumpTo("90+1", app_->state().script()).ok());
    frames(2);
    key(SDLK_e);
    const edit::EditSession& session = *app_->editor()->session();
    const auto winner = session.ids().find(app_->editor()->momentOnScreen(app_->state()));
    ASSERT_TRUE(winner.has_value());
    ASSERT_TRUE(app_->editor()->apply(edit::RetimeAction{session.ids().action(*winner, 1), 2.0}, app_->state()));
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    SDL_PushEvent(&quit);
    frames(2);  // still running: the question is on screen
    EXPECT_TRUE(app_->editor()->askingQuit());
    app_->editor()->answerQuit(request::QuitChoice::Cancel, app_->state());
    frames(1);
    EXPECT_FALSE(app_->editor()->askingQuit());
    SDL_PushEvent(&quit);
    frames(1);
    app_->editor()->answerQuit(request::QuitChoice::QuitWithoutSaving, app_->state());
    EXPECT_FALSE(app_->frame(1.0 / 60.0));
    EXPECT_EQ(*edit::readFile(path_), original_);
}

TEST_F(EditWindowTest, AFileBrokenByAnotherEditorShowsItsErrorAndPlaysOn) {
    // The whole match first (its passages bake in the background): frames until they are in, no clock.
    while (app_->state().timeline->passagesBaked() < app_->state().timeline->passages().size()) {
        ASSERT_TRUE(app_->frame(1.0 / 60.0));
    }
    const auto good = app_->state().timeline->trackBytes();
    std::string broken = original_;
    broken.replace(broken.find("header: Koulibaly"), 17, "header: Kulibaly");
    std::ofstream(path_, std::ios::binary) << broken;
    // The editor looks at the file once a second of wall time.
    ASSERT_TRUE(app_->frame(EditController::kPollSeconds + 0.05));
    frames(1);
    edit::EditSession* session = app_->editor()->session();
    EXPECT_EQ(session->text(), broken);
    EXPECT_FALSE(session->current());
    EXPECT_TRUE(app_->editor()->messageIsError());
    EXPECT_NE(session->diagnostics().text().find("unknown player 'Kulibaly'"), std::string::npos);
    EXPECT_EQ(app_->state().timeline->trackBytes(), good);  // the last good version plays on

    std::ofstream(path_, std::ios::binary) << original_;
    ASSERT_TRUE(app_->frame(EditController::kPollSeconds + 0.05));
    EXPECT_TRUE(session->current());
    EXPECT_FALSE(session->dirty());
}

}  // namespace
}  // namespace touchline
