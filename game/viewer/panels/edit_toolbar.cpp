// The top of the editor's column: which file is edited and whether it has unsaved edits, the buttons
// that save, save elsewhere, undo, redo and leave edit mode, and the last thing the editor said.
#include <algorithm>
#include <filesystem>

#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

// A button that is greyed out, with its tooltip still shown, when it cannot act.
bool button(const char* label, bool enabled, const std::string& tooltip = {}) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label);
    if (!enabled) ImGui::EndDisabled();
    if (!tooltip.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip.c_str());
    return pressed && enabled;
}

// `text` cut to `width` with an ellipsis at its end.
std::string fitted(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string cut = text;
    while (!cut.empty() && ImGui::CalcTextSize((cut + "…").c_str()).x > width) {
        // The last character: its UTF-8 continuation bytes, then its first byte.
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
        if (!cut.empty()) cut.pop_back();
    }
    return cut + "…";
}

}  // namespace

void editToolbar(EditorContext& c) {
    const edit::EditSession& session = c.session;
    ImGui::TextColored(kEditingColour, "EDITING");
    ImGui::SameLine();
    // The file's name in the room "Done (E)" leaves on the line; its whole path is a hover away.
    const char* done = "Done (E)";
    const float doneWidth = ImGui::CalcTextSize(done).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    const float doneX = ImGui::GetWindowContentRegionMax().x - doneWidth;
    const float room = doneX - ImGui::GetStyle().ItemSpacing.x - ImGui::GetCursorPosX();
    const std::string fileName = std::filesystem::path(session.path()).filename().string();
    std::string shown = fileName + (session.dirty() ? "  (unsaved)" : "");
    if (ImGui::CalcTextSize(shown.c_str()).x > room) shown = fitted(fileName + (session.dirty() ? "*" : ""), room);
    ImGui::TextDisabled("%s", shown.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s%s", session.path().c_str(), session.dirty() ? " (unsaved edits)" : "");
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), doneX));
    if (ImGui::SmallButton(done)) c.out.push(request::LeaveEditMode{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Leave edit mode");

    if (button("Save", true, "Save (Ctrl+S); the previous version is kept as .bak")) c.out.push(request::Save{});
    ImGui::SameLine();
    if (button("Save as…", true, "Save to another file and go on editing that one")) {
        c.ui.saveAs.open = true;
        c.ui.saveAs.path = session.path();
        c.ui.saveAs.askReplace.clear();
        c.ui.saveAs.error.clear();
    }
    ImGui::SameLine();
    if (button("Undo", session.canUndo(), session.canUndo() ? "Undo " + session.undoLabel() + " (Ctrl+Z)" : "")) {
        c.out.push(request::Undo{});
    }
    ImGui::SameLine();
    if (button("Redo", session.canRedo(), session.canRedo() ? "Redo " + session.redoLabel() + " (Ctrl+Shift+Z)" : "")) {
        c.out.push(request::Redo{});
    }
    if (c.editor.vanished() && button("Write the file again", true, "The file is gone from the disk: write it where it was")) {
        c.out.push(request::Save{true});
    }
    if (!c.editor.message().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, c.editor.messageIsError() ? kErrorColour : kDoneColour);
        ImGui::TextWrapped("%s", c.editor.message().c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace touchline::panels
