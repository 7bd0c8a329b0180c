#pragma once
// The real viewer window under Xvfb on a copy of the bundled replay, for the editor's window tests:
// frames, synthetic keys, mouse and typing, and a probe that finds the panels' widgets by pointing at
// them. Without a display the tests skip and say why.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <SDL.h>

#include "core/vec2.h"
#include "viewer/viewer_app.h"
#include "window/widget_probe.h"

namespace touchline::testing {

class EditWindow : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    void frames(int n);
    void key(SDL_Keycode code, Uint16 mod = KMOD_NONE);  // pressed and released, two frames
    // Enter, Escape and the like for a focused panel field: down in one frame, up in the next.
    void panelKey(SDL_Keycode code);
    void type(std::string_view text);
    void mouse(Uint32 type, Vec2 at);
    void click(Vec2 at);
    // Moves the pointer (window coordinates) and runs a frame: the probe's way of pointing.
    void pointAt(Vec2 at);
    WidgetProbe probe() {
        return WidgetProbe([this](Vec2 at) { pointAt(at); });
    }
    // The editor's column, in window coordinates.
    ScreenRect sidebar() const;
    // Finds a widget by its label in the editor's column below `top`, down one column of pointing
    // `fromLeft` window units in from the column's left edge. Fails the test when it is not there.
    std::optional<Vec2> findInSidebar(std::string_view label, double top = 0.0, double fromLeft = 40.0);
    // Goes to the winner (90+1'), a second in, and turns edit mode on.
    void editTheWinner();
    // The file as saved, and the winner as it loads from there.
    std::string saved() const;

    std::filesystem::path dir_;
    std::string path_;
    std::string original_;
    std::unique_ptr<ViewerApp> app_;
};

}  // namespace touchline::testing
