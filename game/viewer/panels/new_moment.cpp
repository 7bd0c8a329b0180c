// "New moment": a template (corner, through ball, shot, header from a cross), the attacking team, and
// a button that writes one into the script at the time on screen.
#include <iterator>
#include <string>

#include "edit/moment_template.h"
#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

void newMoment(EditorContext& c) {
    static constexpr edit::MomentTemplate kTemplates[] = {edit::MomentTemplate::Corner, edit::MomentTemplate::ThroughBall,
                                                          edit::MomentTemplate::Shot, edit::MomentTemplate::CrossHeader};
    int& chosen = c.ui.momentTemplate;
    int& team = c.ui.team;
    const Script& script = c.session.script();
    ImGui::SetNextItemWidth(150.0f);
    if (ImGui::BeginCombo("##template", std::string(edit::templateName(kTemplates[chosen])).c_str())) {
        for (int k = 0; k < static_cast<int>(std::size(kTemplates)); ++k) {
            if (ImGui::Selectable(std::string(edit::templateName(kTemplates[k])).c_str(), k == chosen)) chosen = k;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90.0f);
    if (ImGui::BeginCombo("##team", script.teams[team].shortName.c_str())) {
        for (int k = 0; k < 2; ++k) {
            if (ImGui::Selectable(script.teams[k].shortName.c_str(), k == team)) team = k;
        }
        ImGui::EndCombo();
    }
    const double now = c.state.playback.time();
    const std::string label = "Add at " + script.clock.preciseText(now);
    if (ImGui::Button(label.c_str())) c.out.edit(edit::AddMoment{kTemplates[chosen], now, static_cast<TeamSide>(team)});
}

}  // namespace touchline::panels
