// The moment's actions, a row each: the action's name (click to select it), then a lane over the
// moment's length with the action's span and a marker at its time that the mouse drags to retime it.
// Rows are named by the action's id, so a drag stays with its action when the retime moves it past
// others in the list.
#include <algorithm>
#include <cmath>
#include <string>

#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

constexpr ImU32 kLane = IM_COL32(38, 44, 56, 255);
constexpr ImU32 kSpan = IM_COL32(90, 120, 160, 255);
constexpr ImU32 kMarker = IM_COL32(255, 196, 0, 255);
constexpr ImU32 kSelected = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kNow = IM_COL32(255, 255, 255, 110);
constexpr float kLabelWidth = 118.0f;
constexpr double kSnapSeconds = 0.05;  // a dragged time is written to the twentieth of a second

// When the action is over: a run's arrival, a kick's arrival, else its instant.
double endOf(const Action& a) {
    double end = a.at;
    if (isMovement(a.kind)) end = a.by;
    if (a.arrive) end = *a.arrive;
    return end;
}

}  // namespace

void actionLanes(EditorContext& c, int moment) {
    const Script& script = c.session.script();
    const Moment& m = script.moments[static_cast<std::size_t>(moment)];
    const double length = std::max(m.duration, 1.0);
    const float laneWidth = std::max(60.0f, ImGui::GetContentRegionAvail().x - kLabelWidth - 4.0f);
    const int onScreen = c.state.playback.currentMoment();
    const double now = c.state.playback.time() - c.state.timeline->moments()[static_cast<std::size_t>(onScreen)].start;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < m.actions.size(); ++i) {
        const Action& a = m.actions[i];
        const edit::ActionId id = c.session.ids().action(moment, static_cast<int>(i));
        const bool chosen = c.editor.selectedAction() == id;
        // Ids are handed out one by one in a session: far below what an int holds.
        ImGui::PushID(static_cast<int>(id.value));
        const std::string label = std::string(actionKeyword(a.kind)) + " " + actorName(script, a);
        if (ImGui::Selectable(label.c_str(), chosen, 0, {kLabelWidth, 0})) c.out.push(request::Select{id});
        ImGui::SameLine(kLabelWidth + 8.0f);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        const auto xOf = [&](double t) { return min.x + static_cast<float>(std::clamp(t / length, 0.0, 1.0)) * laneWidth; };
        draw->AddRectFilled(min, {min.x + laneWidth, min.y + h}, kLane, 3.0f);
        if (endOf(a) > a.at) draw->AddRectFilled({xOf(a.at), min.y + h * 0.35f}, {xOf(endOf(a)), min.y + h * 0.65f}, kSpan, 2.0f);
        draw->AddLine({xOf(now), min.y}, {xOf(now), min.y + h}, kNow);
        // The whole lane is the button, so a drag keeps working when the pointer runs ahead of the marker.
        ImGui::InvisibleButton("##lane", {laneWidth, h});
        const float x = xOf(a.at);
        draw->AddTriangleFilled({x - 5.0f, min.y}, {x + 5.0f, min.y}, {x, min.y + h}, chosen ? kSelected : kMarker);
        if (ImGui::IsItemActivated()) {
            c.out.push(request::Select{id});
            c.out.push(request::BeginGesture{});
        }
        if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 1.0f)) {
            const double t = (ImGui::GetIO().MousePos.x - min.x) / laneWidth * length;
            const double at = std::clamp(std::round(t / kSnapSeconds) * kSnapSeconds, 0.0, length);
            if (std::abs(at - a.at) > 1e-9) c.out.edit(edit::RetimeAction{id, at});
        }
        if (ImGui::IsItemDeactivated()) c.out.push(request::EndGesture{});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s at %.2f s: drag the marker to retime", label.c_str(), a.at);
        ImGui::PopID();
        errorsAt(c.session.diagnostics(), a.where.line);
    }
}

}  // namespace touchline::panels
