#pragma once
// The viewer's editor: edit mode (E), dragging players, run ends, kick targets and the ball's start on
// the pitch, undo / redo / save keys, hot reload of the file, autosave, and the questions that keep
// edits from being lost (restore an autosave at start, unsaved edits at close, a file changed on disk
// while edited). The editing itself is engine/edit's EditSession; this class adds the mouse, the
// keyboard and the wall clock. The panels (panels/edit_panel.cpp) draw from a const view of it and
// record requests; applyRequests() carries them out after the frame is built.
#include <memory>
#include <optional>
#include <string>

#include <SDL.h>

#include "edit/autosave.h"
#include "edit/edit_handles.h"
#include "edit/edit_session.h"
#include "edit/file_watch.h"
#include "render/projection.h"
#include "viewer/edit_requests.h"
#include "viewer/editor_ui.h"
#include "viewer/viewer_state.h"

namespace touchline {

class EditController {
public:
    static constexpr double kPollSeconds = 1.0;      // how often the file is checked for changes
    static constexpr double kAutosaveSeconds = 4.0;  // how often unsaved edits go to the side file

    // `stateHome`: $XDG_STATE_HOME (or ~/.local/state), where autosaves go when the script's directory
    // cannot be written. `files` does the writing (a test may hand in one that fails).
    EditController(const std::string& path, std::string stateHome, std::unique_ptr<edit::FileWriter> files = nullptr);

    // The viewer switched to another file.
    void reopen(const std::string& path, ViewerState& state);

    bool active() const { return active_; }
    void setActive(bool on) { active_ = on; }
    edit::EditSession* session() { return session_.get(); }
    const edit::EditSession* session() const { return session_.get(); }

    // Applies an edit and shows its result; errors become the status message.
    bool apply(const edit::EditCommand& command, ViewerState& state);
    void undo(ViewerState& state);
    void redo(ViewerState& state);
    bool save(ViewerState& state, bool evenIfVanished = false);
    // Saves to another file, which the session then edits (autosave and backups follow it). A path
    // without a directory is beside the current file. A file that is there is replaced only when
    // `replace` says so; otherwise the Save As dialog asks. Errors show in the dialog; nothing is lost.
    bool saveAs(const std::string& path, bool replace, ViewerState& state);

    // What the panels recorded this frame, and what they remember between frames.
    EditRequests& requests() { return requests_; }
    EditorUi& ui() { return ui_; }
    const EditorUi& ui() const { return ui_; }
    // Carries out the recorded requests in order (after the frame's panels are built).
    void applyRequests(ViewerState& state);
    // The moment on screen, as the session names it (none between moments).
    edit::MomentId momentOnScreen(const ViewerState& state) const;

    // Keys and, in edit mode, the mouse on the pitch. True when the event was the editor's.
    bool handleKey(const SDL_KeyboardEvent& key, ViewerState& state);
    bool handlePitchMouse(const SDL_Event& event, Vec2 outputPixel, const SDL_Rect& pitch, float dpi, const Frame& frame,
                          ViewerState& state);
    // Wall-clock work: polling the file, autosaving.
    void update(double wallSeconds, ViewerState& state);
    // Handles on the pitch (edit mode), drawn with ImGui over the picture.
    void drawOverlay(const SDL_Rect& pitch, float dpi, const ViewerState& state) const;

    // Closing: true when it may close now; otherwise the unsaved-edits question is asked.
    bool mayQuit();
    bool quitConfirmed() const { return quitConfirmed_; }

    // The questions, answered by the dialogs panel.
    struct RestoreOffer {
        edit::FoundAutosave found;
        std::string when;  // "14:32:05" or "2024-05-01 14:32"
    };
    const std::optional<RestoreOffer>& restoreOffer() const { return restoreOffer_; }
    void answerRestore(bool restore, ViewerState& state);
    bool askingQuit() const { return askingQuit_; }
    void answerQuit(request::QuitChoice choice, ViewerState& state);
    const std::optional<std::string>& changedOnDisk() const { return changedOnDisk_; }
    void answerChangedOnDisk(bool reload, ViewerState& state);

    const std::string& message() const { return message_; }
    bool messageIsError() const { return messageError_; }
    double messageAge() const { return messageAge_; }
    bool vanished() const { return vanished_; }

    // The action the inspector shows, by identity: it stays selected wherever a retime moves it.
    edit::ActionId selectedAction() const { return selectedAction_; }
    void selectAction(edit::ActionId action) { selectedAction_ = action; }
    // The handle being dragged, if any (for the overlay and tests).
    std::optional<edit::Handle> dragging() const { return drag_ ? std::optional<edit::Handle>(dragHandle_) : std::nullopt; }

private:
    void show(ViewerState& state);  // the session's timeline into the viewer, keeping the time
    void say(std::string message, bool error);
    Projection projection(const SDL_Rect& pitch, const ViewerState& state) const;
    std::optional<edit::Handle> pick(Vec2 pixel, const Projection& projection, float dpi, const Frame& frame,
                                     const ViewerState& state) const;
    // The index of the moment on screen in the session's current Script, if it is there.
    std::optional<int> momentIndexOnScreen(const ViewerState& state) const;

    std::string path_;
    std::string stateHome_;
    std::unique_ptr<edit::FileWriter> files_;
    std::unique_ptr<edit::EditSession> session_;
    std::unique_ptr<edit::FileWatch> watch_;
    std::unique_ptr<edit::Autosave> autosave_;
    bool active_ = false;
    double sincePoll_ = 0.0;
    double sinceAutosave_ = 0.0;
    std::string message_;
    bool messageError_ = false;
    double messageAge_ = 1e9;
    bool vanished_ = false;
    std::optional<RestoreOffer> restoreOffer_;
    std::optional<std::string> changedOnDisk_;  // the new text, while asking
    bool askingQuit_ = false;
    bool quitConfirmed_ = false;
    edit::ActionId selectedAction_;
    EditRequests requests_;
    EditorUi ui_;
    // A drag on the pitch.
    bool drag_ = false;
    edit::Handle dragHandle_;
    Vec2 dragStartWorld_;
    Vec2 dragLast_;
};

// $XDG_STATE_HOME, else $HOME/.local/state, else empty.
std::string stateHomeFromEnvironment();

}  // namespace touchline
