// Play controls, speed, loop, highlights, go-to-clock and camera, in one row.
#include <array>
#include <cmath>
#include <cstdio>

#include "viewer/panels/panels.h"

#include <imgui_stdlib.h>  // after imgui.h, which it needs

namespace touchline::panels {

namespace {

bool button(const char* label, const char* tooltip, bool active = false) {
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label);
    if (active) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return pressed;
}

}  // namespace

void transportBar(ViewerState& state, Area area) {
    Playback& playback = state.playback;
    ImGui::SetCursorScreenPos({area.min.x + 12.0f, area.min.y + 6.0f});
    if (button("|\xE2\x97\x80", "Previous moment (PageUp)")) playback.previousMoment();
    ImGui::SameLine();
    if (button("\xE2\x97\x80\xE2\x97\x80", "Play backwards", playback.playing() && playback.reversed())) playback.play(-1);
    ImGui::SameLine();
    if (button("\xE2\x97\x80|", "One frame back (,)")) playback.stepFrames(-1);
    ImGui::SameLine();
    const bool forwards = playback.playing() && !playback.reversed();
    if (button(forwards ? " || " : " \xE2\x96\xB6 ", "Play / pause (Space)", forwards)) {
        if (playback.playing() && playback.reversed()) playback.play(1);
        else playback.togglePlay();
    }
    ImGui::SameLine();
    if (button("|\xE2\x96\xB6", "One frame forward (.)")) playback.stepFrames(1);
    ImGui::SameLine();
    if (button("\xE2\x96\xB6|", "Next moment (PageDown)")) playback.nextMoment();

    ImGui::SameLine(0, 18);
    ImGui::SetNextItemWidth(150);
    float speed = static_cast<float>(playback.speed());
    if (ImGui::SliderFloat("##speed", &speed, 0.1f, 4.0f, "%.2fx", ImGuiSliderFlags_Logarithmic)) {
        playback.setSpeed(speed);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Speed ([ slower, ] faster)");

    ImGui::SameLine(0, 18);
    if (button("Loop", "Loop the current moment (L)", playback.looping())) playback.toggleLoop();
    ImGui::SameLine();
    if (button("Highlights", "Every moment in order, with title cards (H)", playback.inHighlights())) {
        playback.toggleHighlights();
    }

    ImGui::SameLine(0, 18);
    ImGui::TextUnformatted("Go to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90);
    if (state.focusJump) {
        ImGui::SetKeyboardFocusHere();
        state.focusJump = false;
    }
    if (ImGui::InputTextWithHint("##goto", "90+1", &state.jumpText, ImGuiInputTextFlags_EnterReturnsTrue)) {
        if (auto jumped = playback.jumpTo(state.jumpText, state.script()); jumped) {
            state.jumpError.clear();
        } else {
            state.jumpError = jumped.error().message;
        }
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Type a match time (91, 90+1, 44:30, 10:22.9) or a moment and seconds into it\n"
                          "(koulibaly-winner+2.9) and press Enter");
    }

    ImGui::SameLine(0, 18);
    static constexpr std::array kModes{CameraMode::Pitch, CameraMode::Follow, CameraMode::Action};
    static constexpr std::array kNames{"Whole pitch", "Follow ball", "Zoom to action"};
    int mode = static_cast<int>(state.camera.mode());
    ImGui::SetNextItemWidth(140);
    if (ImGui::Combo("##camera", &mode, kNames.data(), static_cast<int>(kNames.size()))) {
        state.camera.setMode(kModes[static_cast<std::size_t>(mode)]);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Camera (F follows the ball; wheel zooms, drag pans, R resets)");
    ImGui::SameLine();
    ImGui::Checkbox("Trails", &state.trails);
    ImGui::SameLine();
    if (button("?", "Keyboard shortcuts (?)")) state.showHelp = !state.showHelp;
    // Event data still importing the play between its moments, or a whole match still baking in the
    // background: how far, right-aligned under the controls (the match strip below shows which stretches).
    const auto status = [&](const char* text, const char* tooltip) {
        ImGui::SetCursorScreenPos({area.max.x - 12.0f - ImGui::CalcTextSize(text).x, area.min.y + 34.0f});
        ImGui::TextColored({0.55f, 0.85f, 0.65f, 1.0f}, "%s", text);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    };
    if (state.importing) {
        char text[64];
        std::snprintf(text, sizeof text, "Importing the whole match\xE2\x80\xA6 %d%%", static_cast<int>(100 * *state.importing));
        status(text, "The moments are ready. The play between them, every passage from a restart to the next,\n"
                     "is being made from the event data in the background; then it bakes, nearest the\n"
                     "playhead first.");
    } else if (!state.importError.empty()) {
        status("Moments only", state.importError.c_str());
    } else if (const std::size_t passages = state.timeline->passages().size(); passages > 0) {
        if (const std::size_t baked = state.timeline->passagesBaked(); baked < passages) {
            char text[48];
            std::snprintf(text, sizeof text, "Baking the match\xE2\x80\xA6 %d%%", static_cast<int>(100 * baked / passages));
            char tooltip[256];
            std::snprintf(tooltip, sizeof tooltip, "%zu of %zu passages baked; the rest bakes in the background, nearest the\n"
                                                   "playhead first. Play not baked yet says so on the pitch.", baked, passages);
            status(text, tooltip);
        }
    }

    if (!state.jumpError.empty()) {
        ImGui::SetCursorScreenPos({area.min.x + 12.0f, area.min.y + 36.0f});
        ImGui::TextColored({1.0f, 0.55f, 0.45f, 1.0f}, "%s", state.jumpError.c_str());
    }
}

}  // namespace touchline::panels
