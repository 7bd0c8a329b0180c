// "Add an action": a kind, and a button that adds one for the selected player at the time on screen,
// with a start the author then drags into place (a run of five metres; a kick at the goal his team
// attacks). The new action is selected once it is in.
#include <cmath>
#include <iterator>
#include <string>

#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

constexpr ActionKind kAddable[] = {ActionKind::Run,  ActionKind::Dribble, ActionKind::Pass,  ActionKind::Cross,
                                   ActionKind::Shot, ActionKind::Header,  ActionKind::Volley};

Action draftAction(const ViewerState& state, const Script& script, ActionKind kind) {
    const int onScreen = state.playback.currentMoment();
    const MomentSpan span = state.timeline->moments()[static_cast<std::size_t>(onScreen)];
    Action a;
    a.kind = kind;
    a.at = std::round((state.playback.time() - span.start) * 20.0) / 20.0;
    a.actor = state.selected;
    const Frame frame = state.timeline->sample(state.playback.time());
    Vec2 here = pitch::kCentre;
    for (const PlayerFrame& p : frame.players) {
        if (p.id == state.selected) here = p.position;
    }
    if (isMovement(kind)) {
        a.to = {here.x + (here.x < pitch::kCentre.x ? 5.0 : -5.0), here.y};
        a.by = a.at + 1.5;
        return a;
    }
    const pitch::End end = script.attackingEnd(state.selected.side(), span.start);
    a.target.kind = KickTarget::Kind::Goal;
    a.target.goal = end;
    a.target.place = {end == pitch::End::Left ? 0.0 : pitch::kLength, 34.0};
    a.speed = 20.0;
    a.style = kind == ActionKind::Cross ? KickStyle::Lofted : kind == ActionKind::Pass ? KickStyle::Ground : KickStyle::Driven;
    return a;
}

}  // namespace

void newAction(EditorContext& c, int moment) {
    int& kind = c.ui.addKind;
    ImGui::SetNextItemWidth(110.0f);
    if (ImGui::BeginCombo("##kind", std::string(actionKeyword(kAddable[kind])).c_str())) {
        for (int k = 0; k < static_cast<int>(std::size(kAddable)); ++k) {
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
