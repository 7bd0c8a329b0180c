// The script's errors and warnings in the editor: all of them in a box at the top, and each again
// under the row of the action it is about.
#include <string>

#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

void diagnosticText(const Diagnostic& d, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, d.severity == Severity::Error ? kErrorColour : kWarningColour);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

}  // namespace

void errorSummary(EditorContext& c, float maxHeight) {
    const Diagnostics& diagnostics = c.session.diagnostics();
    if (!diagnostics.hasErrors()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
    ImGui::TextWrapped("%zu error%s%s", diagnostics.errorCount(), diagnostics.errorCount() == 1 ? "" : "s",
                       c.session.current() ? "" : "; the last good version plays");
    ImGui::PopStyleColor();
    ImGui::BeginChild("##errors", {0, maxHeight}, true);
    // The file is the one on the toolbar: each message by its line and column.
    for (const Diagnostic& d : diagnostics.items()) {
        const std::string where = d.where.line > 0 ? std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + "  " : "";
        diagnosticText(d, where + d.message + (d.hint.empty() ? "" : " — " + d.hint));
    }
    ImGui::EndChild();
}

void errorsAt(const Diagnostics& diagnostics, int line) {
    for (const Diagnostic& d : diagnostics.items()) {
        if (d.where.line != line) continue;
        diagnosticText(d, "  " + d.message + (d.hint.empty() ? "" : " — " + d.hint));
    }
}

}  // namespace touchline::panels
