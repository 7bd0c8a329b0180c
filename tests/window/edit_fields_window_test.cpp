// The editor's new UI paths in the real window: the moment's fields (title and clock typed into the
// panel, a clock that is no clock refused under its field) and Save As (a dialog asking for a path,
// an error shown in it, then a copy that the editor goes on editing: saves, autosaves and the window's
// title follow it).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "edit/atomic_save.h"
#include "script/loader.h"
#include "window/edit_window_fixture.h"
#include "window/x11_window.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kWinner = "koulibaly-winner";
constexpr std::string_view kMomentHeader = "Moment: clock, length, title, caption";

class EditFieldsWindowTest : public testing::EditWindow {
protected:
    const Moment& winner() const {
        const Moment* m = app_->editor()->session()->moment(app_->editor()->session()->findMoment(kWinner));
        EXPECT_NE(m, nullptr);
        return *m;
    }
    // Clicks into a field of the editor's column, types over what it holds and presses Enter.
    void typeInto(std::string_view label, std::string_view text) {
        const auto field = findInSidebar(label);
        ASSERT_TRUE(field);
        click(*field);
        type(text);
        panelKey(SDLK_RETURN);
        frames(1);
    }
    void shot(const char* variable) {
        const char* keep = std::getenv(variable);
        if (!keep) return;
        frames(2);
        const auto id = testing::x11WindowId(app_->window());
        ASSERT_TRUE(id.has_value());
        ASSERT_EQ(std::system(("import -window " + *id + " " + keep).c_str()), 0);
    }
};

TEST_F(EditFieldsWindowTest, TheMomentsTitleAndClockAreTypedIntoThePanel) {
    editTheWinner();
    const ClockReading clock = winner().clock;
    const auto header = findInSidebar(kMomentHeader);
    ASSERT_TRUE(header);
    click(*header);
    typeInto("title", "Koulibaly wins it in Turin");
    EXPECT_EQ(winner().title, "Koulibaly wins it in Turin");
    const double into = app_->state().playback.time() - winner().matchTime;

    typeInto("clock", "90+1:30");
    EXPECT_EQ(formatReading(winner().clock), "90+1:30");
    // The view goes with the moment it was showing.
    EXPECT_EQ(app_->editor()->momentOnScreen(app_->state()), app_->editor()->session()->findMoment(kWinner));
    EXPECT_NEAR(app_->state().playback.time() - winner().matchTime, into, 1e-9);

    // Not a clock: said under the field, and nothing changes.
    const std::string before = app_->editor()->session()->text();
    typeInto("clock", "half past");
    EXPECT_FALSE(app_->editor()->ui().clock.error.empty());
    EXPECT_EQ(app_->editor()->session()->text(), before);
    shot("TOUCHLINE_FIELDS_SHOT");

    // Each field was one undo step.
    key(SDLK_z, KMOD_CTRL);
    EXPECT_EQ(winner().clock, clock);
    key(SDLK_z, KMOD_CTRL | KMOD_SHIFT);
    key(SDLK_s, KMOD_CTRL);
    const std::string text = saved();
    EXPECT_NE(text.find("    title: Koulibaly wins it in Turin\n"), std::string::npos);
    EXPECT_NE(text.find("    clock: \"90+1:30\"\n"), std::string::npos);
    LoadResult loaded = loadScript(path_);
    ASSERT_TRUE(loaded.ok()) << loaded.diagnostics.text();
}

TEST_F(EditFieldsWindowTest, SaveAsAsksForAPathAndTheEditorGoesOnWithTheCopy) {
    editTheWinner();
    const auto header = findInSidebar(kMomentHeader);
    ASSERT_TRUE(header);
    click(*header);
    typeInto("title", "Koulibaly wins it in Turin");
    ASSERT_TRUE(app_->editor()->session()->dirty());
    const std::string edited = app_->editor()->session()->text();

    // The toolbar's button opens the dialog, its path field ready to be typed over.
    const auto toolbar = sidebar();
    auto saveAs = probe().find("Save as…", {toolbar.min, {toolbar.max.x, toolbar.min.y + 90.0}}, {10.0, 6.0});
    ASSERT_TRUE(saveAs);
    click(*saveAs);
    frames(1);
    ASSERT_TRUE(app_->editor()->ui().saveAs.open);
    shot("TOUCHLINE_SAVE_AS_SHOT");

    // A folder that is not there: the error shows in the dialog, nothing is written or lost.
    type("no-such-folder/copy.yaml");
    panelKey(SDLK_RETURN);
    frames(1);
    EXPECT_TRUE(app_->editor()->ui().saveAs.open);
    EXPECT_NE(app_->editor()->ui().saveAs.error.find("No such file or directory"), std::string::npos)
        << app_->editor()->ui().saveAs.error;
    EXPECT_EQ(app_->editor()->session()->path(), path_);
    EXPECT_TRUE(app_->editor()->session()->dirty());

    // A name beside the file: saved there, and from now on that is the file edited.
    auto dialog = testing::WidgetProbe::window("Save as");
    ASSERT_TRUE(dialog);
    auto field = probe().find("##path", *dialog, {24.0, 4.0});
    ASSERT_TRUE(field);
    click(*field);
    type("copy.yaml");
    panelKey(SDLK_RETURN);
    frames(1);
    const std::string copy = (dir_ / "copy.yaml").string();
    EXPECT_FALSE(app_->editor()->ui().saveAs.open) << app_->editor()->ui().saveAs.error;
    EXPECT_EQ(app_->editor()->session()->path(), copy);
    EXPECT_FALSE(app_->editor()->session()->dirty());
    EXPECT_EQ(*edit::readFile(copy), edited);
    EXPECT_EQ(saved(), original_);  // the file it came from is as it was
    EXPECT_EQ(app_->state().path, copy);
    EXPECT_NE(std::string(SDL_GetWindowTitle(app_->window())).find("copy.yaml"), std::string::npos);

    // Unsaved edits now autosave beside the copy, and Ctrl+S writes the copy.
    typeInto("title", "Koulibaly, in the 91st minute");
    ASSERT_TRUE(app_->frame(EditController::kAutosaveSeconds + 0.05));
    EXPECT_TRUE(fs::exists(copy + ".autosave"));
    EXPECT_FALSE(fs::exists(path_ + ".autosave"));
    key(SDLK_s, KMOD_CTRL);
    EXPECT_NE(edit::readFile(copy)->find("title: \"Koulibaly, in the 91st minute\""), std::string::npos);
    EXPECT_EQ(*edit::readFile(edit::backupPath(copy)), edited);
    EXPECT_FALSE(fs::exists(copy + ".autosave"));
    EXPECT_EQ(saved(), original_);
}

}  // namespace
}  // namespace touchline
