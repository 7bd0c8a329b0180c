// Windows that appear on demand: the keyboard shortcuts, and the errors of a file that failed to open.
#include "viewer/panels/panels.h"

namespace touchline::panels {

void shortcutsHelp(ViewerState& state) {
    if (!state.showHelp) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos({io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f}, ImGuiCond_Appearing, {0.5f, 0.5f});
    if (ImGui::Begin("Keyboard shortcuts", &state.showHelp, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
        static constexpr const char* kRows[][2] = {
            {"Space", "play / pause"},
            {"Left / Right", "back / forward 5 s (Shift: 1 s)"},
            {", / .", "one frame back / forward"},
            {"[ / ]", "slower / faster"},
            {"Home / End", "start / end"},
            {"PageUp / PageDown", "previous / next moment"},
            {"L", "loop the moment"},
            {"H", "highlights: every moment with title cards"},
            {"F", "camera follows the ball (again: whole pitch)"},
            {"A", "camera zooms to the action"},
            {"R", "reset zoom and pan"},
            {"T", "trails on / off"},
            {"G", "go to a match time"},
            {"Mouse wheel / drag", "zoom at the cursor / pan"},
            {"Click a player", "inspect him (Esc clears)"},
            {"Drop a file", "open another replay"},
            {"E", "edit mode: drag players, run ends, kick targets"},
            {"Ctrl+Z / Ctrl+Shift+Z", "undo / redo an edit"},
            {"Ctrl+S", "save the replay script"},
            {"Ctrl+Shift+S", "save it as another file, and edit that one"},
            {"?", "this help"},
        };
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            for (const auto& row : kRows) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextColored({1.0f, 0.77f, 0.0f, 1.0f}, "%s", row[0]);
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(row[1]);
            }
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

void loadErrors(ViewerState& state) {
    if (state.loadErrors.empty()) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos({io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.35f}, ImGuiCond_Appearing, {0.5f, 0.5f});
    ImGui::SetNextWindowSize({std::min(760.0f, io.DisplaySize.x - 40.0f), 0.0f}, ImGuiCond_Appearing);
    bool open = true;
    if (ImGui::Begin("Could not open the replay", &open, ImGuiWindowFlags_NoCollapse)) {
        ImGui::TextWrapped("%s has errors; the replay that was open stays open.", state.loadErrorPath.c_str());
        ImGui::Separator();
        ImGui::BeginChild("##errors", {0, 220});
        for (const Diagnostic& d : state.loadErrors.items()) {
            const ImVec4 color = d.severity == Severity::Error ? ImVec4{1.0f, 0.55f, 0.45f, 1.0f} : ImVec4{1.0f, 0.8f, 0.3f, 1.0f};
            ImGui::PushStyleColor(ImGuiCol_Text, color);
            ImGui::TextWrapped("%s", d.text().c_str());
            ImGui::PopStyleColor();
        }
        ImGui::EndChild();
        if (ImGui::Button("Close")) open = false;
    }
    ImGui::End();
    if (!open) state.loadErrors = {};
}

}  // namespace touchline::panels
