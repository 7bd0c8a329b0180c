#include "window/edit_window_fixture.h"

#include <cstdlib>

#include <unistd.h>

#include "app/replay_files.h"
#include "edit/atomic_save.h"
#include "window/synthetic_input.h"
#include "window/test_viewer.h"

namespace touchline::testing {

namespace fs = std::filesystem;

void EditWindow::SetUp() {
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run (ctest does)";
    dir_ = fs::temp_directory_path() / ("touchline_edit_window_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    // A copy to edit, and autosaves kept out of the home directory.
    path_ = (dir_ / "match.yaml").string();
    fs::copy_file(bundledReplayPath(), path_);
    const fs::path passages = fs::path(bundledReplayPath()).replace_extension(".passages.yaml");
    if (fs::exists(passages)) fs::copy_file(passages, dir_ / passages.filename());
    original_ = *edit::readFile(path_);
    ::setenv("XDG_STATE_HOME", (dir_ / "state").c_str(), 1);

    SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
    ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS), 0) << SDL_GetError();
    OpenedReplay opened = openReplay(path_);
    ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
    auto app = createTestViewer(opened.timeline, path_);
    ASSERT_TRUE(app.ok()) << app.error().message;
    app_ = std::move(*app);
    frames(3);
}

void EditWindow::TearDown() {
    app_.reset();
    SDL_Quit();
    if (!dir_.empty()) fs::remove_all(dir_);
}

void EditWindow::frames(int n) {
    for (int i = 0; i < n; ++i) ASSERT_TRUE(app_->frame(1.0 / 60.0));
}

void EditWindow::key(SDL_Keycode code, Uint16 mod) {
    pushKey(app_->window(), code, mod);
    frames(2);
}

void EditWindow::panelKey(SDL_Keycode code) {
    pushKeyDown(app_->window(), code);
    frames(1);
    pushKeyUp(app_->window(), code);
    frames(1);
}

void EditWindow::type(std::string_view text) {
    pushText(app_->window(), text);
    frames(1);
}

void EditWindow::mouse(Uint32 type, Vec2 at) {
    pushMouse(app_->window(), type, static_cast<float>(at.x), static_cast<float>(at.y));
    frames(1);
}

void EditWindow::click(Vec2 at) {
    mouse(SDL_MOUSEMOTION, at);
    mouse(SDL_MOUSEBUTTONDOWN, at);
    mouse(SDL_MOUSEBUTTONUP, at);
    frames(1);
}

void EditWindow::pointAt(Vec2 at) { mouse(SDL_MOUSEMOTION, at); }

ScreenRect EditWindow::sidebar() const {
    const auto& area = app_->layout().sidebar;
    return {{area.min.x, area.min.y}, {area.max.x, area.max.y}};
}

std::optional<Vec2> EditWindow::findInSidebar(std::string_view label, double top, double fromLeft) {
    ScreenRect below = sidebar();
    below.min.y = std::max(top, below.min.y);
    auto found = probe().find(label, below.column(fromLeft));
    if (!found) ADD_FAILURE() << "no '" << label << "' in the editor's column below y " << top;
    return found;
}

void EditWindow::editTheWinner() {
    ASSERT_TRUE(app_->state().playback.jumpTo("90+1", app_->state().script()).ok());
    app_->state().playback.seekBy(1.0);
    frames(2);
    key(SDLK_e);
    ASSERT_NE(app_->editor(), nullptr);
    ASSERT_TRUE(app_->editor()->active());
}

std::string EditWindow::saved() const {
    auto text = edit::readFile(path_);
    return text ? *text : std::string();
}

}  // namespace touchline::testing
