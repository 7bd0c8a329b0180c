// The selected action's fields: its time for every action; for a kick its kind, style, arrival or
// speed, and target. The selection is an action id, so the inspector shows the same action after a
// retime moved it in the list, and nothing once it is gone.
#include <string>

#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

constexpr ActionKind kKicks[] = {ActionKind::Pass, ActionKind::Cross,  ActionKind::Corner,
                                 ActionKind::Shot, ActionKind::Header, ActionKind::Volley};
constexpr KickStyle kStyles[] = {KickStyle::Ground, KickStyle::Lofted, KickStyle::Driven};
constexpr double kDefaultSpeed = 20.0;         // m/s, when a kick's arrival time gives way to a speed
constexpr double kDefaultFlightSeconds = 1.5;  // when a speed gives way to an arrival time

void kickFields(EditorContext& c, edit::ActionId id, const Action& a) {
    if (a.kind != ActionKind::Save) {
        ImGui::SetNextItemWidth(120.0f);
        if (ImGui::BeginCombo("kind", std::string(actionKeyword(a.kind)).c_str())) {
            for (ActionKind k : kKicks) {
                if (ImGui::Selectable(std::string(actionKeyword(k)).c_str(), k == a.kind) && k != a.kind) {
                    c.out.edit(edit::SetKickKind{id, k});
                }
            }
            ImGui::EndCombo();
        }
    }
    if (a.kind == ActionKind::Save && a.holds) return;
    ImGui::SetNextItemWidth(120.0f);
    if (ImGui::BeginCombo("style", std::string(styleKeyword(a.style)).c_str())) {
        for (KickStyle s : kStyles) {
            if (ImGui::Selectable(std::string(styleKeyword(s)).c_str(), s == a.style) && s != a.style) {
                c.out.edit(edit::SetKickStyle{id, s});
            }
        }
        ImGui::EndCombo();
    }
    double value = 0.0;
    if (a.arrive) {
        if (inputNumber("arrive (s)", *a.arrive, 0.05, value)) c.out.edit(edit::SetKickArrival{id, value});
        if (ImGui::SmallButton("use a speed instead")) c.out.edit(edit::SetKickSpeed{id, kDefaultSpeed});
    } else {
        if (inputNumber("speed (m/s)", a.speed.value_or(kDefaultSpeed), 0.5, value)) c.out.edit(edit::SetKickSpeed{id, value});
        if (ImGui::SmallButton("use an arrival time instead")) {
            c.out.edit(edit::SetKickArrival{id, a.at + kDefaultFlightSeconds});
        }
    }
    KickTarget target = a.target;
    const Script& script = c.session.script();
    switch (target.kind) {
        case KickTarget::Kind::Player:
            ImGui::Text("to %s at %.2f m", script.player(target.player).name.c_str(), target.height);
            if (inputNumber("height (m)", target.height, 0.1, value)) {
                target.height = value;
                c.out.edit(edit::SetKickTarget{id, target});
            }
            break;
        case KickTarget::Kind::Goal:
            ImGui::Text("to the %s goal", target.goal == pitch::End::Left ? "left" : "right");
            if (inputNumber("y (m)", target.place.y, 0.1, value)) {
                target.place.y = value;
                c.out.edit(edit::SetKickTarget{id, target});
            }
            if (inputNumber("z (m)", target.height, 0.1, value)) {
                target.height = value;
                c.out.edit(edit::SetKickTarget{id, target});
            }
            break;
        case KickTarget::Kind::Place:
            ImGui::TextWrapped("to [%.1f, %.1f] (drag the yellow target on the pitch)", target.place.x, target.place.y);
            if (inputNumber("height (m)", target.height, 0.1, value)) {
                target.height = value;
                c.out.edit(edit::SetKickTarget{id, target});
            }
            break;
    }
}

}  // namespace

void actionInspector(EditorContext& c) {
    const edit::ActionId id = c.editor.selectedAction();
    const Action* found = c.session.action(id);
    if (!found) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("Select an action (its row, or its handle on the pitch).");
        ImGui::PopTextWrapPos();
        return;
    }
    const Action& a = *found;
    ImGui::Text("%s %s at %.2f s", std::string(actionKeyword(a.kind)).c_str(), actorName(c.session.script(), a).c_str(), a.at);
    double value = 0.0;
    if (inputNumber("at (s)", a.at, 0.05, value)) c.out.edit(edit::RetimeAction{id, value});
    if (isMovement(a.kind)) {
        ImGui::TextWrapped("to [%.1f, %.1f] (drag the blue square on the pitch)", a.to.x, a.to.y);
    } else if (isKick(a.kind)) {
        kickFields(c, id, a);
    }
    // It stays selected while it is gone: an undo brings it back into the inspector.
    if (ImGui::Button("Remove this action (Del)")) c.out.edit(edit::RemoveAction{id});
}

}  // namespace touchline::panels
