#include "viewer/edit_controller.h"

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include <imgui.h>

#include "import/import.h"
#include "render/match_renderer.h"

namespace touchline {

namespace {

// Messages name files by their names; the whole path is in the editor's tooltip.
std::string fileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// Dragged positions are written to the decimetre: finer is noise, and the file stays readable.
Vec2 snapped(Vec2 p) { return {std::round(p.x * 10.0) / 10.0, std::round(p.y * 10.0) / 10.0}; }

std::string localTime(std::int64_t ns) {
    const std::time_t seconds = static_cast<std::time_t>(ns / 1'000'000'000);
    std::tm when{};
    localtime_r(&seconds, &when);
    const std::time_t now = std::time(nullptr);
    std::tm today{};
    localtime_r(&now, &today);
    char buffer[64];
    const bool sameDay = when.tm_year == today.tm_year && when.tm_yday == today.tm_yday;
    std::strftime(buffer, sizeof buffer, sameDay ? "%H:%M:%S today" : "%Y-%m-%d %H:%M", &when);
    return buffer;
}

}  // namespace

std::string stateHomeFromEnvironment() {
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return state;
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/state";
    return {};
}

EditController::EditController(const std::string& path, std::string stateHome, std::unique_ptr<edit::FileWriter> files)
    : stateHome_(std::move(stateHome)), files_(files ? std::move(files) : std::make_unique<edit::FileWriter>()) {
    ViewerState none;
    reopen(path, none);
}

void EditController::reopen(const std::string& path, ViewerState& state) {
    if (session_ && session_->dirty() && autosave_) {
        // Switching files keeps the unsaved edits where the next opening of that file will offer them.
        (void)autosave_->write(session_->text());
    }
    path_ = path;
    session_.reset();
    restoreOffer_.reset();
    changedOnDisk_.reset();
    selectedAction_ = {};
    ui_ = {};
    (void)requests_.take();  // they were for the file that was open
    drag_ = false;
    vanished_ = false;
    if (import::isProviderFile(path)) {
        // Event data is imported, not edited: its script is what 'touchline import' writes.
        say("imported from event data; 'touchline import' writes a script to edit", false);
        return;
    }
    auto text = edit::readFile(path);
    if (!text) {
        say(text.error().message, true);
        return;
    }
    // Passages bake in the viewer's background (viewer/passage_baker.h), and are handed to the session.
    session_ = std::make_unique<edit::EditSession>(path, *text, PassageTiming::Later);
    watch_ = std::make_unique<edit::FileWatch>(path, *files_);
    autosave_ = std::make_unique<edit::Autosave>(edit::autosaveLocation(path, stateHome_), *files_);
    if (auto found = autosave_->find(*text)) {
        restoreOffer_ = RestoreOffer{*found, localTime(found->modifiedNs)};
    }
    if (state.timeline && session_->current()) show(state);
}

void EditController::say(std::string message, bool error) {
    message_ = std::move(message);
    messageError_ = error;
    messageAge_ = 0.0;
}

void EditController::show(ViewerState& state) {
    if (!session_ || !session_->timeline() || state.timeline == session_->timeline()) return;
    // The moment on screen, and how far into it: when an edit moves the moment (a new clock), the
    // view goes with it.
    const edit::MomentId onScreen = momentOnScreen(state);
    const int before = state.playback.currentMoment();
    const double into = before >= 0 ? state.playback.time() - state.timeline->moments()[static_cast<std::size_t>(before)].start : 0.0;
    state.playback = makePlayback(*session_->timeline(), state.playback);
    state.timeline = session_->timeline();
    const std::optional<int> after = session_->current() ? session_->ids().find(onScreen) : std::nullopt;
    if (after && static_cast<std::size_t>(*after) < state.timeline->moments().size()) {
        const double start = state.timeline->moments()[static_cast<std::size_t>(*after)].start;
        if (start + into != state.playback.time()) state.playback.seek(start + into);
    }
}

bool EditController::apply(const edit::EditCommand& command, ViewerState& state) {
    if (!session_) return false;
    Status applied = session_->apply(command);
    if (!applied) {
        say(applied.error().message, true);
        return false;
    }
    if (session_->lastAdded().valid()) selectedAction_ = session_->lastAdded();
    show(state);
    return true;
}

void EditController::undo(ViewerState& state) {
    if (!session_ || !session_->canUndo()) return;
    const std::string label = session_->undoLabel();
    session_->undo();
    show(state);
    say("Undid " + label, false);
}

void EditController::redo(ViewerState& state) {
    if (!session_ || !session_->canRedo()) return;
    session_->redo();
    show(state);
    say("Redid " + session_->undoLabel(), false);
}

bool EditController::save(ViewerState& state, bool evenIfVanished) {
    (void)state;
    if (!session_) return false;
    edit::SaveOptions options;
    options.mustExist = !evenIfVanished;
    Status saved = session_->save(*files_, options);
    if (!saved) {
        vanished_ = !files_->info(path_).has_value();
        say(saved.error().message, true);
        return false;
    }
    vanished_ = false;
    watch_->acknowledge(session_->text());
    autosave_->discard();
    say("Saved " + fileName(path_) + "; the previous version is " + fileName(edit::backupPath(path_)), false);
    return true;
}

bool EditController::saveAs(const std::string& typed, bool replace, ViewerState& state) {
    if (!session_) return false;
    namespace fs = std::filesystem;
    fs::path target(typed);
    if (typed.empty() || target.filename().empty()) {
        ui_.saveAs.error = "Type the new file's name, e.g. my-match.yaml";
        return false;
    }
    if (target.is_relative()) target = fs::path(path_).parent_path() / target;
    const std::string path = target.lexically_normal().string();
    if (path != path_ && !replace && files_->info(path)) {
        ui_.saveAs.askReplace = path;  // the dialog asks before anything is replaced
        return false;
    }
    Status saved = session_->saveAs(path, *files_);
    if (!saved) {
        ui_.saveAs.askReplace.clear();
        ui_.saveAs.error = saved.error().message;
        say(saved.error().message, true);
        return false;
    }
    // The edits are in the new file now: the old file's side file has nothing left to offer.
    autosave_->discard();
    path_ = path;
    state.path = path;
    watch_ = std::make_unique<edit::FileWatch>(path, *files_);
    autosave_ = std::make_unique<edit::Autosave>(edit::autosaveLocation(path, stateHome_), *files_);
    vanished_ = false;
    changedOnDisk_.reset();
    ui_.saveAs = {};
    say("Saved as " + fileName(path) + ", which the editor now edits", false);
    return true;
}

void EditController::openSaveAs() {
    ui_.saveAs = {};
    ui_.saveAs.open = true;
    ui_.saveAs.path = path_;
}

edit::MomentId EditController::momentOnScreen(const ViewerState& state) const {
    const int shown = state.playback.currentMoment();
    if (!session_ || !state.timeline || shown < 0) return {};
    // The timeline on screen may be an older text's (the current one has errors): its moment is the
    // one with the same id field in the session's text.
    const auto& moments = state.timeline->script().moments;
    if (static_cast<std::size_t>(shown) >= moments.size()) return {};
    return session_->findMoment(moments[static_cast<std::size_t>(shown)].id);
}

std::optional<int> EditController::momentIndexOnScreen(const ViewerState& state) const {
    if (!session_) return std::nullopt;
    return session_->ids().find(momentOnScreen(state));
}

namespace {

// Carries out one request; the controller's public operations do the work.
struct RequestApplier {
    EditController& editor;
    ViewerState& state;

    void operator()(request::Edit& r) const { editor.apply(r.command, state); }
    void operator()(const request::BeginGesture&) const {
        if (editor.session()) editor.session()->beginGesture();
    }
    void operator()(const request::EndGesture&) const {
        if (editor.session() && editor.session()->inGesture()) editor.session()->endGesture();
    }
    void operator()(const request::Select& r) const { editor.selectAction(r.action); }
    void operator()(const request::Undo&) const { editor.undo(state); }
    void operator()(const request::Redo&) const { editor.redo(state); }
    void operator()(const request::Save& r) const { editor.save(state, r.evenIfVanished); }
    void operator()(const request::SaveAs& r) const { editor.saveAs(r.path, r.replace, state); }
    void operator()(const request::OpenSaveAs&) const { editor.openSaveAs(); }
    void operator()(const request::CancelSaveAs&) const { editor.ui().saveAs = {}; }
    void operator()(const request::LeaveEditMode&) const { editor.setActive(false); }
    void operator()(const request::AnswerRestore& r) const { editor.answerRestore(r.restore, state); }
    void operator()(const request::AnswerQuit& r) const { editor.answerQuit(r.choice, state); }
    void operator()(const request::AnswerChangedOnDisk& r) const { editor.answerChangedOnDisk(r.reload, state); }
};

}  // namespace

void EditController::applyRequests(ViewerState& state) {
    for (EditRequest& r : requests_.take()) std::visit(RequestApplier{*this, state}, r);
    // A drag on a panel whose row vanished (its action removed by an undo, say) still ends its step.
    if (session_ && session_->inGesture() && !drag_ && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) session_->endGesture();
}

bool EditController::handleKey(const SDL_KeyboardEvent& key, ViewerState& state) {
    const bool ctrl = (key.keysym.mod & (KMOD_CTRL | KMOD_GUI)) != 0;
    const bool shift = (key.keysym.mod & KMOD_SHIFT) != 0;
    if (ctrl && key.keysym.sym == SDLK_z) {
        if (shift) redo(state);
        else undo(state);
        return true;
    }
    if (ctrl && key.keysym.sym == SDLK_y) {
        redo(state);
        return true;
    }
    if (ctrl && shift && key.keysym.sym == SDLK_s) {
        if (session_) openSaveAs();
        return true;
    }
    if (ctrl && key.keysym.sym == SDLK_s) {
        save(state);
        return true;
    }
    if (ctrl) return false;
    if (key.keysym.sym == SDLK_e) {
        active_ = !active_;
        if (active_) state.playback.pause();
        return true;
    }
    if (active_ && key.keysym.sym == SDLK_DELETE && selectedAction_.valid()) {
        apply(edit::RemoveAction{selectedAction_}, state);  // still selected: an undo brings it back
        return true;
    }
    return false;
}

Projection EditController::projection(const SDL_Rect& pitch, const ViewerState& state) const {
    const Camera camera = state.camera.camera(*state.timeline, state.playback.time(), pitch.w, pitch.h);
    return Projection(camera, pitch.w, pitch.h);
}

std::optional<edit::Handle> EditController::pick(Vec2 pixel, const Projection& projection, float dpi, const Frame& frame,
                                                 const ViewerState& state) const {
    const std::optional<int> moment = momentIndexOnScreen(state);
    if (!moment) return std::nullopt;
    const Script& script = session_->script();
    // Handles first: they are small and drawn on top.
    const double reach = 9.0 * dpi;
    std::optional<edit::Handle> best;
    double bestDistance = reach;
    for (const edit::Handle& h : edit::momentHandles(script, session_->ids(), *moment)) {
        const double d = distance(projection.toScreen(h.position), pixel);
        if (d < bestDistance) {
            bestDistance = d;
            best = h;
        }
    }
    if (best) return best;
    View view;
    view.width = projection.width();
    view.height = projection.height();
    view.uiScale = dpi;
    bestDistance = DrawScale(view).playerRadius * 1.3;
    const int onScreen = state.playback.currentMoment();
    const double momentTime = state.playback.time() - state.timeline->moments()[static_cast<std::size_t>(onScreen)].start;
    for (const PlayerFrame& p : frame.players) {
        const double d = distance(projection.toScreen(p.position), pixel);
        if (d < bestDistance) {
            bestDistance = d;
            best = edit::playerHandle(script, session_->ids(), *moment, p.id, momentTime);
        }
    }
    return best;
}

bool EditController::handlePitchMouse(const SDL_Event& event, Vec2 outputPixel, const SDL_Rect& pitch, float dpi,
                                      const Frame& frame, ViewerState& state) {
    if (!active_ || !session_) return false;
    const Vec2 local{outputPixel.x - pitch.x, outputPixel.y - pitch.y};
    switch (event.type) {
        case SDL_MOUSEBUTTONDOWN: {
            if (event.button.button != SDL_BUTTON_LEFT || event.button.clicks > 1) return false;
            if (local.x < 0 || local.y < 0 || local.x >= pitch.w || local.y >= pitch.h) return false;
            const Projection p = projection(pitch, state);
            auto handle = pick(local, p, dpi, frame, state);
            if (!handle) return false;
            state.playback.pause();
            drag_ = true;
            dragHandle_ = *handle;
            dragStartWorld_ = p.toWorld(local);
            dragLast_ = handle->position;
            if (handle->player.valid()) state.selected = handle->player;
            if (handle->action.valid()) selectedAction_ = handle->action;
            session_->beginGesture();
            return true;
        }
        case SDL_MOUSEMOTION: {
            if (!drag_) return false;
            const Projection p = projection(pitch, state);
            const Vec2 to = snapped(dragHandle_.position + (p.toWorld(local) - dragStartWorld_));
            if (to != dragLast_) {
                dragLast_ = to;
                apply(edit::moveHandle(dragHandle_, to), state);
            }
            return true;
        }
        case SDL_MOUSEBUTTONUP:
            if (!drag_ || event.button.button != SDL_BUTTON_LEFT) return false;
            drag_ = false;
            session_->endGesture();
            show(state);
            return true;
        default: return false;
    }
}

void EditController::update(double wallSeconds, ViewerState& state) {
    messageAge_ += wallSeconds;
    if (!session_) return;
    sincePoll_ += wallSeconds;
    if (sincePoll_ >= kPollSeconds && !drag_) {
        sincePoll_ = 0.0;
        if (auto change = watch_->poll()) {
            if (change->kind == edit::FileWatch::Change::Kind::Vanished) {
                vanished_ = true;
                say(path_ + " is gone from the disk; the replay stays open (Ctrl+S asks before writing it again)", true);
            } else if (session_->dirty()) {
                changedOnDisk_ = std::move(change->text);  // asked: theirs or ours
            } else {
                vanished_ = false;
                session_->reload(std::move(change->text));
                show(state);
                say(session_->current() ? "Reloaded " + path_ + " (changed on disk)"
                                        : path_ + " changed on disk and has errors; the last good version plays on",
                    !session_->current());
            }
        }
    }
    sinceAutosave_ += wallSeconds;
    if (sinceAutosave_ >= kAutosaveSeconds) {
        sinceAutosave_ = 0.0;
        if (session_->dirty() && !drag_) {
            if (Status written = autosave_->write(session_->text()); !written) say(written.error().message, true);
        }
    }
}

void EditController::drawOverlay(const SDL_Rect& pitch, float dpi, const ViewerState& state) const {
    if (!active_ || !session_) return;
    const std::optional<int> moment = momentIndexOnScreen(state);
    if (!moment) return;
    const Projection p = projection(pitch, state);
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const auto window = [&](Vec2 world) {
        const Vec2 s = p.toScreen(world);
        return ImVec2{static_cast<float>((s.x + pitch.x) / dpi), static_cast<float>((s.y + pitch.y) / dpi)};
    };
    const Script& script = session_->script();
    for (const edit::Handle& h : edit::momentHandles(script, session_->ids(), *moment)) {
        const ImVec2 c = window(h.position);
        const bool chosen = (drag_ && dragHandle_.kind == h.kind && dragHandle_.action == h.action) ||
                            (h.action.valid() && h.action == selectedAction_);
        const ImU32 colour = h.kind == edit::Handle::Kind::KickTarget ? IM_COL32(255, 196, 0, 255)
                             : h.kind == edit::Handle::Kind::BallStart ? IM_COL32(255, 255, 255, 255)
                                                                        : IM_COL32(120, 220, 255, 255);
        const float r = chosen ? 7.0f : 5.0f;
        if (h.kind == edit::Handle::Kind::KickTarget) {
            draw->AddCircle(c, r + 2.0f, colour, 0, 2.0f);
            draw->AddLine({c.x - r, c.y}, {c.x + r, c.y}, colour, 1.5f);
            draw->AddLine({c.x, c.y - r}, {c.x, c.y + r}, colour, 1.5f);
        } else if (h.kind == edit::Handle::Kind::BallStart) {
            draw->AddCircle(c, r, colour, 0, 2.0f);
        } else {
            draw->AddRect({c.x - r * 0.8f, c.y - r * 0.8f}, {c.x + r * 0.8f, c.y + r * 0.8f}, colour, 0.0f, 0, 2.0f);
        }
        if (h.player.valid() && h.kind == edit::Handle::Kind::RunTarget) {
            const std::string number = std::to_string(script.player(h.player).number);
            draw->AddText({c.x + r + 2.0f, c.y - 7.0f}, colour, number.c_str());
        }
    }
}

bool EditController::mayQuit() {
    if (quitConfirmed_ || !session_ || !session_->dirty()) return true;
    askingQuit_ = true;
    return false;
}

void EditController::answerQuit(request::QuitChoice choice, ViewerState& state) {
    askingQuit_ = false;
    if (choice == request::QuitChoice::SaveAndQuit) {
        quitConfirmed_ = save(state);
    } else if (choice == request::QuitChoice::QuitWithoutSaving) {
        autosave_->discard();
        quitConfirmed_ = true;
    }
}

void EditController::answerRestore(bool restore, ViewerState& state) {
    if (!restoreOffer_) return;
    if (restore) {
        session_->restore(restoreOffer_->found.text, "restore unsaved edits");
        show(state);
        active_ = true;
        say(session_->current() ? "Restored the unsaved edits from " + restoreOffer_->when
                                : "Restored the unsaved edits; they have errors (see the edit panel)",
            !session_->current());
    } else {
        autosave_->discard();
    }
    restoreOffer_.reset();
}

void EditController::answerChangedOnDisk(bool reload, ViewerState& state) {
    if (!changedOnDisk_) return;
    if (reload) {
        session_->reload(std::move(*changedOnDisk_));
        show(state);
        say("Loaded the version on disk; Ctrl+Z brings your edits back", false);
    } else {
        say("Kept your edits; saving will replace the version on disk", false);
    }
    changedOnDisk_.reset();
}

}  // namespace touchline
