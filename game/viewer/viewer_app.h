#pragma once
// The viewer window: SDL for the window and input, Dear ImGui for the panels, the engine's
// MatchRenderer for the pitch. A thin shell: state lives in ViewerState, drawing in the engine.
#include <memory>
#include <optional>
#include <string>

#include <SDL.h>

#include "core/result.h"
#include "render/match_renderer.h"
#include "render/screen_texture.h"
#include "viewer/edit_controller.h"
#include "viewer/panels/panels.h"
#include "viewer/passage_baker.h"
#include "viewer/passage_import.h"
#include "viewer/viewer_state.h"

namespace touchline {

struct ViewerOptions {
    int width = 1440;
    int height = 860;
    bool software = false;  // force SDL's software renderer
};

class ViewerApp {
public:
    // Where everything goes in the window this frame.
    struct Layout {
        SDL_Rect pitch;    // the pitch picture, in output pixels
        float dpi = 1.0f;  // output pixels per window coordinate
        // Panels, in window coordinates.
        panels::Area bottom, transport, timeline, sidebar;
    };

    static Result<std::unique_ptr<ViewerApp>> create(const ViewerOptions& options, std::shared_ptr<const Timeline> timeline,
                                                     std::string path);
    ~ViewerApp();
    ViewerApp(const ViewerApp&) = delete;
    ViewerApp& operator=(const ViewerApp&) = delete;

    // Runs until the window closes, or for `frames` frames when given. Returns the exit code.
    int run(std::optional<long> frames = std::nullopt);
    // One frame: events, playback by `wallSeconds`, drawing. False once the user asked to quit.
    bool frame(double wallSeconds);

    ViewerState& state() { return state_; }
    EditController* editor() { return edit_.get(); }
    SDL_Window* window() const { return window_; }
    Layout layout() const;
    // The whole-match strip of the timeline, in window coordinates.
    panels::Area matchStrip() const { return panels::matchStripArea(layout().timeline); }
    // Opens another replay; on errors they show in the panel and the open replay stays.
    void open(const std::string& path);
    // The background bake of the open match's passages (for tests and the bench).
    const PassageBaker& baker() const { return baker_; }
    // The background import of the rest of an event-data match (for tests).
    const PassageImport& passageImport() const { return import_; }
    // The frame the pitch showed last.
    const Frame& lastFrame() const { return frame_; }

private:
    ViewerApp() = default;
    void trackPointer(const SDL_Event& event);
    void handleEvent(const SDL_Event& event, const Layout& layout);
    void handleKey(const SDL_KeyboardEvent& key);
    void handlePitchMouse(const SDL_Event& event, const Layout& layout);
    PlayerId playerAt(Vec2 outputPixel, const Layout& layout) const;
    void drawPanels(const Layout& layout);
    void setTitle(const std::string& path);  // "touchline — PATH"
    // Between frames: puts the passages the worker finished into the open timeline (the edit session's
    // when it plays that one), then keeps the worker on the open timeline and the playhead.
    void collectPassages();
    // Between frames: an event-data match whose passages finished importing plays whole from now on.
    void collectImport();
    // Event data opened: import the rest of the match in the background; anything else: stop doing so.
    void importRestOf(const std::string& path);

    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    bool imgui_ = false;
    std::optional<MatchRenderer> matchRenderer_;
    ScreenTexture screen_;
    Frame frame_;
    ViewerState state_;
    std::unique_ptr<EditController> edit_;
    // The open timeline's bake, when no edit session holds it (an import, a session that has not
    // loaded): what background passages are added to.
    std::optional<BakeResult> bake_;
    // The pointer as the events described it. ImGui is fed from here rather than from SDL's global
    // mouse state, so the app behaves the same for real input and for synthetic events in tests.
    Vec2 mouse_{-1.0, -1.0};
    bool mouseDown_[3] = {false, false, false};
    bool quit_ = false;
    bool dragging_ = false;
    std::string titlePath_;  // the path the window's title shows
    PassageImport import_;
    PassageBaker baker_;     // last: stopped and joined first when the viewer closes
};

}  // namespace touchline
