// "Add an action": a kind, and a button that adds one for the selected player at the time on screen,
// with a start the author then drags into place (a run of five metres; a kick at the goal his team
// attacks). The new action is selected once it is in.
#include <span>
#include <string>

#include "script/action_schema.h"
#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

// A new action of `kind` for the selected player at the time on screen, from the schema's defaults
// (script/action_schema.h): every kind's fields, the corner's and the penalty's included.
Action draftAction(const ViewerState& state, const Script& script, ActionKind kind) {
    const int onScreen = state.playback.currentMoment();
    const MomentSpan span = state.timeline->moments()[static_cast<std::size_t>(onScreen)];
    const Frame frame = state.timeline->sample(state.playback.time());
    Vec2 here = pitch::kCentre;
    for (const PlayerFrame& p : frame.players) {
        if (p.id == state.selected) here = p.position;
    }
    return defaultAction(kind, state.selected, state.playback.time() - span.start, here,
                         script.attackingEnd(state.selected.side(), span.start));
}

}  // namespace

void newAction(EditorContext& c, int moment) {
    const std::span<const ActionKind> kAddable = kindsAddableForPlayer();
    int& kind = c.ui.addKind;
    ImGui::SetNextItemWidth(110.0f);
    if (ImGui::BeginCombo("##kind", std::string(actionKeyword(kAddable[kind])).c_str())) {
        for (int k = 0; k < static_cast<int>(kAddable.size()); ++k) {
            if (ImGui::Selectable(std::string(actionKeyword(kAddable[k])).c_str(), k == kind)) kind = k;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const bool can = c.state.selected.valid();
    const Script& script = c.session.script();
    const std::string label = "Add for " + (can ? script.player(c.state.selected).name : std::string("(select a player)"));
    if (!can) ImGui::BeginDisabled();
    if (ImGui::Button(label.c_str())) {
        c.out.edit(edit::AddAction{c.session.ids().moment(moment), draftAction(c.state, script, kAddable[kind])});
    }
    if (!can) ImGui::EndDisabled();
}

}  // namespace touchline::panels
