#include "viewer/viewer_app.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>
#include <cmath>
#include <cstdio>

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include "app/replay_files.h"
#include "import/import.h"
#include "viewer/panels/panels.h"
#include "viewer/ui_style.h"

namespace touchline {

Playback makePlayback(const Timeline& timeline) {
    // Highlights mode plays the key moments (all of a hand-written script's are).
    return Playback(timeline.duration(), timeline.moments(), timeline.script().clock,
                    highlightMoments(timeline.script(), false));
}

Playback makePlayback(const Timeline& timeline, const Playback& old) {
    Playback next = makePlayback(timeline);
    next.seek(old.time());
    if (old.inHighlights()) next.toggleHighlights();
    next.setSpeed(old.speed());
    if (old.looping()) next.toggleLoop();
    if (old.playing()) next.play(old.reversed() ? -1 : 1);
    else next.pause();
    return next;
}

namespace {

bool isEmulatedOpenGl(SDL_Renderer* renderer) {
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(renderer, &info) != 0 || std::strncmp(info.name, "opengl", 6) != 0) return false;
    // The renderer has made its context current; GL_RENDERER names the implementation.
    using GetString = const unsigned char* (*)(unsigned);
    const auto getString = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
    if (!getString) return false;
    constexpr unsigned kGlRenderer = 0x1F01;
    const auto* name = reinterpret_cast<const char*>(getString(kGlRenderer));
    if (!name) return false;
    const std::string_view implementation(name);
    return implementation.find("llvmpipe") != std::string_view::npos ||
           implementation.find("softpipe") != std::string_view::npos ||
           implementation.find("SWR") != std::string_view::npos;
}

}  // namespace

Result<std::unique_ptr<ViewerApp>> ViewerApp::create(const ViewerOptions& options, std::shared_ptr<const Timeline> timeline,
                                                     std::string path) {
    auto fonts = loadDefaultFonts();
    if (!fonts) return fonts.error();
    std::unique_ptr<ViewerApp> app(new ViewerApp());
    app->window_ = SDL_CreateWindow("touchline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                    options.height, SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!app->window_) return Error{std::string("cannot open a window: ") + SDL_GetError()};
    SDL_SetWindowMinimumSize(app->window_, 800, 500);
    if (!options.software) {
        app->renderer_ = SDL_CreateRenderer(app->window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
        // An "accelerated" renderer on a machine without a GPU is OpenGL emulated on the CPU (Mesa's
        // llvmpipe), slower than SDL's own software renderer for what we draw.
        if (app->renderer_ && isEmulatedOpenGl(app->renderer_)) {
            SDL_DestroyRenderer(app->renderer_);
            app->renderer_ = nullptr;
        }
    }
    if (!app->renderer_) {
        // The software renderer draws into the window's framebuffer; SDL would back that with an
        // (emulated) OpenGL texture too unless told to present it natively.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        app->renderer_ = SDL_CreateRenderer(app->window_, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!app->renderer_) return Error{std::string("cannot create a renderer: ") + SDL_GetError()};

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    app->imgui_ = true;
    ImGui::GetIO().IniFilename = nullptr;  // the layout is computed, nothing to remember
    ImGui_ImplSDL2_InitForSDLRenderer(app->window_);
    ImGui_ImplSDLRenderer_Init(app->renderer_);
    int outputW = 0, windowW = 0, h = 0;
    SDL_GetRendererOutputSize(app->renderer_, &outputW, &h);
    SDL_GetWindowSize(app->window_, &windowW, &h);
    applyUiStyle(static_cast<float>(outputW) / std::max(windowW, 1));

    app->matchRenderer_.emplace(std::move(*fonts));
    app->state_.path = std::move(path);
    app->state_.timeline = std::move(timeline);
    app->state_.playback = makePlayback(*app->state_.timeline);
    app->setTitle(app->state_.path);
    app->importRestOf(app->state_.path);
    app->edit_ = std::make_unique<EditController>(app->state_.path, stateHomeFromEnvironment());
    // The session's timeline (the same bytes) plays from the start, so passages baked in the background
    // go where edits keep them.
    if (const auto* session = app->edit_->session(); session && session->current() && session->timeline()) {
        app->state_.timeline = session->timeline();
    }
    return app;
}

ViewerApp::~ViewerApp() {
    import_.stop();
    baker_.stop();
    if (imgui_) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
}

void ViewerApp::open(const std::string& path) {
    OpenedReplay opened = openReplay(path, PassageTiming::Later);
    if (!opened.timeline) {
        state_.loadErrors = std::move(opened.diagnostics);
        state_.loadErrorPath = path;
        return;
    }
    state_.loadErrors = {};
    state_.path = path;
    state_.timeline = std::move(opened.timeline);
    state_.playback = makePlayback(*state_.timeline);
    state_.selected = {};
    state_.hovered = {};
    setTitle(path);
    importRestOf(path);
    if (edit_) edit_->reopen(path, state_);
}

ViewerApp::Layout ViewerApp::layout() const {
    Layout l;
    int outputW = 0, outputH = 0, windowW = 0, windowH = 0;
    SDL_GetRendererOutputSize(renderer_, &outputW, &outputH);
    SDL_GetWindowSize(window_, &windowW, &windowH);
    l.dpi = static_cast<float>(outputW) / std::max(windowW, 1);
    const float w = static_cast<float>(windowW), h = static_cast<float>(windowH);
    const float sidebarWidth = std::clamp(w * 0.24f, 260.0f, 360.0f);
    constexpr float kBottomHeight = 150.0f, kTransportHeight = 44.0f;
    l.sidebar = {{w - sidebarWidth, 0.0f}, {w, h}};
    l.bottom = {{0.0f, h - kBottomHeight}, {w - sidebarWidth, h}};
    l.transport = {l.bottom.min, {l.bottom.max.x, l.bottom.min.y + kTransportHeight}};
    l.timeline = {{0.0f, l.transport.max.y}, l.bottom.max};
    l.pitch = SDL_Rect{0, 0, std::max(16, static_cast<int>(l.bottom.max.x * l.dpi)),
                       std::max(16, outputH - static_cast<int>(kBottomHeight * l.dpi))};
    return l;
}

int ViewerApp::run(std::optional<long> frames) {
    Uint64 last = SDL_GetPerformanceCounter();
    const double frequency = static_cast<double>(SDL_GetPerformanceFrequency());
    for (long n = 0; !frames || n < *frames; ++n) {
        const Uint64 now = SDL_GetPerformanceCounter();
        // A long stall (a dragged window, a debugger) must not jump the replay forward.
        const double wall = std::min((now - last) / frequency, 0.1);
        last = now;
        if (!frame(wall)) break;
    }
    return 0;
}

bool ViewerApp::frame(double wallSeconds) {
    const Layout l = layout();
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        ImGui_ImplSDL2_ProcessEvent(&event);
        trackPointer(event);
        handleEvent(event, l);
    }
    if (edit_) {
        edit_->update(wallSeconds, state_);
        quit_ = quit_ || edit_->quitConfirmed();
    }
    if (quit_) return false;
    state_.playback.update(wallSeconds);

    // The pitch: sample, direct the camera, draw, show.
    const double t = state_.playback.time();
    state_.timeline->sample(t, frame_);
    View view;
    view.width = l.pitch.w;
    view.height = l.pitch.h;
    view.uiScale = l.dpi;
    view.trails = state_.trails;
    view.hovered = state_.hovered;
    view.selected = state_.selected;
    view.camera = state_.camera.camera(*state_.timeline, t, view.width, view.height);
    if (auto reel = state_.playback.reelPosition(); reel && reel->titleCard) {
        view.titleCard = View::TitleCard{reel->moment, reel->cardProgress};
    }
    const Image& picture = matchRenderer_->draw(state_.script(), frame_, view);

    SDL_SetRenderDrawColor(renderer_, 16, 20, 28, 255);
    SDL_RenderClear(renderer_);
    if (auto shown = screen_.present(renderer_, picture, &l.pitch); !shown) {
        std::fprintf(stderr, "touchline: %s\n", shown.error().message.c_str());
        return false;
    }
    drawPanels(l);
    SDL_RenderPresent(renderer_);
    // Update, then draw: what the panels asked for while they were built is done now, and the next
    // frame shows it.
    if (edit_) edit_->applyRequests(state_);
    collectImport();
    collectPassages();
    if (state_.path != titlePath_) setTitle(state_.path);
    return true;
}

void ViewerApp::collectPassages() {
    std::vector<PassageBaker::Baked> finished = baker_.take();
    const std::shared_ptr<const Script> open = state_.timeline->sharedScript();
    edit::EditSession* session = edit_ ? edit_->session() : nullptr;
    const bool sessionPlays = session && session->timeline() == state_.timeline;
    bool added = false;
    for (PassageBaker::Baked& baked : finished) {
        if (baked.script != open) continue;  // baked for a script an edit or another file replaced
        if (sessionPlays) {
            added = session->addPassage(baked.script, std::move(baked.passage)) || added;
            continue;
        }
        if (!bake_ || bake_->timeline.sharedScript() != open) bake_ = BakeResult{*state_.timeline, {}};
        addPassage(*bake_, std::move(baked.passage));
        added = true;
    }
    if (added) {
        // The same match, more of it baked: playback and the camera go on as they were.
        state_.timeline = sessionPlays ? session->timeline() : std::make_shared<const Timeline>(bake_->timeline);
    }
    baker_.follow(*state_.timeline, state_.playback.time());
}

void ViewerApp::importRestOf(const std::string& path) {
    state_.importing.reset();
    state_.importError.clear();
    // A script that holds its passages already plays whole.
    if (import::isProviderFile(path) && state_.timeline->passages().empty()) {
        import_.start(path);
        state_.importing = 0.0;
    } else {
        import_.stop();
    }
}

void ViewerApp::collectImport() {
    if (import_.path() != state_.path) return;
    state_.importing = import_.progress();
    std::optional<PassageImport::Done> done = import_.take();
    if (!done) return;
    if (!done->timeline) {
        state_.importError = "The rest of the match could not be imported: " + done->error;
        return;
    }
    // The same moments, now with the play between them: playback goes on where it was.
    state_.playback = makePlayback(*done->timeline, state_.playback);
    state_.timeline = std::move(done->timeline);
    bake_.reset();
}

void ViewerApp::setTitle(const std::string& path) {
    titlePath_ = path;
    SDL_SetWindowTitle(window_, ("touchline — " + path).c_str());
}

void ViewerApp::drawPanels(const Layout& l) {
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // The SDL backend reads the drawable size through OpenGL; with SDL_Renderer we know it better.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplayFramebufferScale = {l.dpi, l.dpi};
    if (mouse_.x >= 0.0) io.MousePos = {static_cast<float>(mouse_.x), static_cast<float>(mouse_.y)};
    for (int b = 0; b < 3; ++b) io.MouseDown[b] = io.MouseDown[b] || mouseDown_[b];
    ImGui::NewFrame();

    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    const auto place = [](const panels::Area& area) {
        ImGui::SetNextWindowPos(area.min, ImGuiCond_Always);
        ImGui::SetNextWindowSize({area.width(), area.height()}, ImGuiCond_Always);
    };
    place(l.bottom);
    if (ImGui::Begin("##bottom", nullptr, fixed)) {
        panels::transportBar(state_, l.transport);
        panels::timelineBar(state_, l.timeline);
    }
    ImGui::End();
    place(l.sidebar);
    if (ImGui::Begin("##sidebar", nullptr, fixed)) {
        if (edit_ && edit_->active()) panels::editPanel(state_, std::as_const(*edit_), edit_->ui(), edit_->requests(), l.sidebar);
        else panels::sidebar(state_, l.sidebar);
    }
    ImGui::End();
    panels::shortcutsHelp(state_);
    panels::loadErrors(state_);
    if (edit_) {
        edit_->drawOverlay(l.pitch, l.dpi, state_);
        panels::editDialogs(std::as_const(*edit_), edit_->ui(), edit_->requests());
    }

    ImGui::Render();
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

void ViewerApp::trackPointer(const SDL_Event& event) {
    switch (event.type) {
        case SDL_MOUSEMOTION: mouse_ = {static_cast<double>(event.motion.x), static_cast<double>(event.motion.y)}; break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: {
            mouse_ = {static_cast<double>(event.button.x), static_cast<double>(event.button.y)};
            const int index = event.button.button == SDL_BUTTON_LEFT ? 0 : event.button.button == SDL_BUTTON_RIGHT ? 1 : 2;
            mouseDown_[index] = event.type == SDL_MOUSEBUTTONDOWN;
            break;
        }
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_LEAVE) mouse_ = {-1.0, -1.0};
            break;
        default: break;
    }
}

void ViewerApp::handleEvent(const SDL_Event& event, const Layout& l) {
    const ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        // Unsaved edits are asked about before the window closes.
        case SDL_QUIT: quit_ = !edit_ || edit_->mayQuit(); break;
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_CLOSE) quit_ = !edit_ || edit_->mayQuit();
            break;
        case SDL_DROPFILE:
            if (event.drop.file) {
                open(event.drop.file);
                SDL_free(event.drop.file);
            }
            break;
        case SDL_KEYDOWN:
            if (edit_ && (!io.WantCaptureKeyboard || (event.key.keysym.mod & KMOD_CTRL)) && edit_->handleKey(event.key, state_)) break;
            if (!io.WantCaptureKeyboard) handleKey(event.key);
            break;
        case SDL_MOUSEMOTION:
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
        case SDL_MOUSEWHEEL:
            if (edit_ && (!io.WantCaptureMouse || edit_->dragging()) &&
                edit_->handlePitchMouse(event, mouse_ * l.dpi, l.pitch, l.dpi, frame_, state_)) {
                break;
            }
            if (!io.WantCaptureMouse || dragging_) handlePitchMouse(event, l);
            break;
        default: break;
    }
}

void ViewerApp::handleKey(const SDL_KeyboardEvent& key) {
    Playback& p = state_.playback;
    const bool shift = (key.keysym.mod & KMOD_SHIFT) != 0;
    switch (key.keysym.sym) {
        case SDLK_SPACE: p.togglePlay(); break;
        case SDLK_LEFT: p.seekBy(shift ? -1.0 : -Playback::kSeekStep); break;
        case SDLK_RIGHT: p.seekBy(shift ? 1.0 : Playback::kSeekStep); break;
        case SDLK_COMMA: p.stepFrames(-1); break;
        case SDLK_PERIOD: p.stepFrames(1); break;
        case SDLK_LEFTBRACKET: p.slower(); break;
        case SDLK_RIGHTBRACKET: p.faster(); break;
        case SDLK_HOME: p.goToStart(); break;
        case SDLK_END: p.goToEnd(); break;
        case SDLK_PAGEUP: p.previousMoment(); break;
        case SDLK_PAGEDOWN: p.nextMoment(); break;
        case SDLK_l: p.toggleLoop(); break;
        case SDLK_h: p.toggleHighlights(); break;
        case SDLK_f:
            state_.camera.setMode(state_.camera.mode() == CameraMode::Follow ? CameraMode::Pitch : CameraMode::Follow);
            break;
        case SDLK_a:
            state_.camera.setMode(state_.camera.mode() == CameraMode::Action ? CameraMode::Pitch : CameraMode::Action);
            break;
        case SDLK_r: state_.camera.reset(); break;
        case SDLK_t: state_.trails = !state_.trails; break;
        case SDLK_g: state_.focusJump = true; break;
        case SDLK_ESCAPE:
            if (state_.showHelp) state_.showHelp = false;
            else state_.selected = {};
            break;
        case SDLK_SLASH:
        case SDLK_QUESTION: state_.showHelp = !state_.showHelp; break;
        default: break;
    }
}

PlayerId ViewerApp::playerAt(Vec2 outputPixel, const Layout& l) const {
    View view;
    view.width = l.pitch.w;
    view.height = l.pitch.h;
    view.uiScale = l.dpi;
    view.camera = state_.camera.camera(*state_.timeline, state_.playback.time(), view.width, view.height);
    const Projection projection(view.camera, view.width, view.height);
    const double radius = DrawScale(view).playerRadius * 1.3;
    PlayerId best;
    double bestDistance = radius;
    for (const PlayerFrame& p : frame_.players) {
        const double d = distance(projection.toScreen(p.position), outputPixel);
        if (d < bestDistance) {
            bestDistance = d;
            best = p.id;
        }
    }
    return best;
}

void ViewerApp::handlePitchMouse(const SDL_Event& event, const Layout& l) {
    const Vec2 pixel = mouse_ * l.dpi;
    const bool inside = pixel.x < l.pitch.w && pixel.y < l.pitch.h;
    const double t = state_.playback.time();
    switch (event.type) {
        case SDL_MOUSEMOTION:
            if (dragging_) {
                state_.camera.pan(*state_.timeline, t, {event.motion.xrel * l.dpi, event.motion.yrel * l.dpi},
                                  l.pitch.w, l.pitch.h);
            }
            state_.hovered = inside ? playerAt(pixel, l) : PlayerId{};
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (!inside || event.button.button != SDL_BUTTON_LEFT) break;
            if (event.button.clicks == 2) {
                state_.camera.reset();
            } else if (PlayerId hit = playerAt(pixel, l); hit.valid()) {
                state_.selected = hit;
            } else {
                dragging_ = true;
            }
            break;
        case SDL_MOUSEBUTTONUP:
            if (event.button.button == SDL_BUTTON_LEFT) dragging_ = false;
            break;
        case SDL_MOUSEWHEEL:
            if (inside) {
                const double steps = event.wheel.preciseY != 0.0f ? event.wheel.preciseY : event.wheel.y;
                state_.camera.zoomAt(*state_.timeline, t, pixel, steps, l.pitch.w, l.pitch.h);
            }
            break;
        default: break;
    }
}

}  // namespace touchline
