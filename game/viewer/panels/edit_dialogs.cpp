// The editor's questions, each a small window in the middle of the screen: restore the unsaved edits
// an earlier session left behind, save before closing, take a version another editor saved, and where
// to save a copy (Save As). Outside edit mode the editor's last message shows over the pitch for a
// few seconds.
#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h, which it needs

#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

constexpr ImGuiWindowFlags kQuestion =
    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

void centreNextWindow() {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos({io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f}, ImGuiCond_Always, {0.5f, 0.5f});
}

void errorText(const std::string& message) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 480.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void restoreQuestion(const EditController& editor, EditRequests& out) {
    const auto& offer = editor.restoreOffer();
    if (!offer) return;
    centreNextWindow();
    if (ImGui::Begin("Unsaved edits found", nullptr, kQuestion)) {
        ImGui::Text("Restore unsaved edits from %s?", offer->when.c_str());
        ImGui::TextDisabled("%s", offer->found.path.c_str());
        if (ImGui::Button("Restore")) out.push(request::AnswerRestore{true});
        ImGui::SameLine();
        if (ImGui::Button("Discard them")) out.push(request::AnswerRestore{false});
    }
    ImGui::End();
}

void quitQuestion(const EditController& editor, EditRequests& out) {
    if (!editor.askingQuit() || !editor.session()) return;
    centreNextWindow();
    if (ImGui::Begin("Unsaved edits", nullptr, kQuestion)) {
        ImGui::Text("%s has unsaved edits.", editor.session()->path().c_str());
        if (ImGui::Button("Save and quit")) out.push(request::AnswerQuit{request::QuitChoice::SaveAndQuit});
        ImGui::SameLine();
        if (ImGui::Button("Quit without saving")) out.push(request::AnswerQuit{request::QuitChoice::QuitWithoutSaving});
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) out.push(request::AnswerQuit{request::QuitChoice::Cancel});
        if (!editor.message().empty() && editor.messageIsError()) errorText(editor.message());
    }
    ImGui::End();
}

void changedOnDiskQuestion(const EditController& editor, EditRequests& out) {
    if (!editor.changedOnDisk() || !editor.session()) return;
    centreNextWindow();
    if (ImGui::Begin("Changed on disk", nullptr, kQuestion)) {
        ImGui::Text("%s changed on disk while you were editing it.", editor.session()->path().c_str());
        if (ImGui::Button("Load the version on disk (Ctrl+Z brings yours back)")) out.push(request::AnswerChangedOnDisk{true});
        if (ImGui::Button("Keep my edits")) out.push(request::AnswerChangedOnDisk{false});
    }
    ImGui::End();
}

void messageToast(const EditController& editor) {
    if (editor.active() || editor.message().empty() || editor.messageAge() >= 6.0) return;
    ImGui::SetNextWindowPos({12.0f, 12.0f}, ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin("##editmessage", nullptr, kQuestion | ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs)) {
        ImGui::PushStyleColor(ImGuiCol_Text, editor.messageIsError() ? kErrorColour : kDoneColour);
        ImGui::PushTextWrapPos(520.0f);
        ImGui::TextUnformatted(editor.message().c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::End();
}

void saveAsDialog(const EditController& editor, EditorUi& ui, EditRequests& out) {
    EditorUi::SaveAsDialog& dialog = ui.saveAs;
    if (!dialog.open || !editor.session()) return;
    centreNextWindow();
    if (ImGui::Begin("Save as", nullptr, kQuestion)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(480.0f);
        const bool enter = ImGui::InputText("##path", &dialog.path,
                                            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        if (ImGui::IsItemEdited()) {
            dialog.askReplace.clear();
            dialog.error.clear();
        }
        ImGui::TextDisabled("A name without a folder goes beside %s.", editor.session()->path().c_str());
        if (!dialog.askReplace.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
            ImGui::Text("%s is there already. Replace it?", dialog.askReplace.c_str());
            ImGui::PopStyleColor();
            if (ImGui::Button("Replace it")) out.push(request::SaveAs{dialog.path, true});
        } else if (ImGui::Button("Save") || enter) {
            out.push(request::SaveAs{dialog.path, false});
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) out.push(request::CancelSaveAs{});
        if (!dialog.error.empty()) errorText(dialog.error);
    }
    ImGui::End();
}

}  // namespace

void editDialogs(const EditController& editor, EditorUi& ui, EditRequests& requests) {
    restoreQuestion(editor, requests);
    quitQuestion(editor, requests);
    changedOnDiskQuestion(editor, requests);
    saveAsDialog(editor, ui, requests);
    messageToast(editor);
}

}  // namespace touchline::panels
