// The editor's column in edit mode, put together from its panels: the toolbar and errors, then for
// the moment on screen its fields, its actions on time lanes, the selected action, and new actions;
// new moments last. Every panel reads; what the author asks for is recorded, not done (edit_panels.h).
#include <algorithm>

#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

std::string actorName(const Script& script, const Action& a) {
    if (a.kind == ActionKind::Whistle) return "referee";
    return std::string(script.playerName(a.actor));
}

bool inputNumber(const char* label, double value, double step, double& out) {
    out = value;
    ImGui::SetNextItemWidth(120.0f);
    return ImGui::InputDouble(label, &out, step, step * 10.0, "%.2f", ImGuiInputTextFlags_EnterReturnsTrue) ||
           (ImGui::IsItemDeactivatedAfterEdit() && out != value);
}

void editPanel(const ViewerState& state, const EditController& editor, EditorUi& ui, EditRequests& requests, Area area) {
    ImGui::SetCursorScreenPos({area.min.x + 10.0f, area.min.y + 8.0f});
    ImGui::BeginChild("##edit", {area.width() - 20.0f, area.height() - 16.0f});
    const edit::EditSession* session = editor.session();
    if (!session) {
        ImGui::TextWrapped("Nothing to edit: %s", editor.message().c_str());
        ImGui::EndChild();
        return;
    }
    EditorContext c{state, editor, *session, ui, requests};
    editToolbar(c);
    errorSummary(c, std::min(120.0f, area.height() * 0.2f));
    ImGui::Separator();
    const std::optional<int> moment = session->ids().find(editor.momentOnScreen(state));
    if (moment) {
        const Moment& m = session->script().moments[static_cast<std::size_t>(*moment)];
        ImGui::TextUnformatted(m.title.c_str());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s, %zu actions. Drag players and handles on the pitch.", m.id.c_str(), m.actions.size());
        ImGui::PopTextWrapPos();
        if (ImGui::CollapsingHeader("Moment: clock, length, title, caption")) momentFields(c, *moment);
        ImGui::BeginChild("##actions", {0, std::min(320.0f, area.height() * 0.4f)}, true);
        actionLanes(c, *moment);
        ImGui::EndChild();
        if (ImGui::CollapsingHeader("Action", ImGuiTreeNodeFlags_DefaultOpen)) actionInspector(c);
        if (ImGui::CollapsingHeader("Add an action", ImGuiTreeNodeFlags_DefaultOpen)) newAction(c, *moment);
    } else {
        ImGui::TextDisabled("Between moments: add one here, or PageDown to the next.");
    }
    if (ImGui::CollapsingHeader("New moment", ImGuiTreeNodeFlags_DefaultOpen)) newMoment(c);
    ImGui::EndChild();
}

}  // namespace touchline::panels
