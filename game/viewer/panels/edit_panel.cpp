// The editor's panel (the right-hand column in edit mode) and its questions: the current moment's
// actions on a small time lane (drag a marker to retime), an inspector for the selected action, new
// actions and new moments, undo / redo / save, and every error of the text, located.
#include <algorithm>
#include <filesystem>
#include <cmath>
#include <cstdio>
#include <string>

#include "edit/moment_template.h"
#include "viewer/edit_controller.h"
#include "viewer/panels/panels.h"

namespace touchline::panels {

namespace {

const ImVec4 kErrorColour{1.0f, 0.55f, 0.45f, 1.0f};
const ImVec4 kWarningColour{1.0f, 0.8f, 0.3f, 1.0f};
constexpr ImU32 kLane = IM_COL32(38, 44, 56, 255);
constexpr ImU32 kSpan = IM_COL32(90, 120, 160, 255);
constexpr ImU32 kMarker = IM_COL32(255, 196, 0, 255);
constexpr ImU32 kSelected = IM_COL32(255, 255, 255, 255);

std::string actorName(const Script& script, const Action& a) {
    if (a.kind == ActionKind::Whistle) return "referee";
    return std::string(script.playerName(a.actor));
}

// The diagnostics on an action's line: shown under its row, where the author is looking.
void errorsAt(const Diagnostics& diagnostics, int line) {
    for (const Diagnostic& d : diagnostics.items()) {
        if (d.where.line != line) continue;
        ImGui::PushStyleColor(ImGuiCol_Text, d.severity == Severity::Error ? kErrorColour : kWarningColour);
        ImGui::TextWrapped("  %s%s%s", d.message.c_str(), d.hint.empty() ? "" : " — ", d.hint.c_str());
        ImGui::PopStyleColor();
    }
}

// One row per action: its label, then a lane over the moment's length with the action's span and a
// marker at its time that the mouse drags.
void actionLane(ViewerState& state, EditController& editor, int moment) {
    edit::EditSession& session = *editor.session();
    const Script& script = session.script();
    const Moment& m = script.moments[static_cast<std::size_t>(moment)];
    const double length = std::max(m.duration, 1.0);
    const float labelWidth = 118.0f;
    const float laneWidth = std::max(60.0f, ImGui::GetContentRegionAvail().x - labelWidth - 4.0f);
    const double now = state.playback.time() - state.timeline->moments()[static_cast<std::size_t>(moment)].start;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < m.actions.size(); ++i) {
        const Action& a = m.actions[i];
        const int index = static_cast<int>(i);
        // The row's id follows the action, not its place in the list: retiming may move it past
        // others while its marker is being dragged, and the drag must stay with it.
        int occurrence = 0;
        for (std::size_t j = 0; j < i; ++j) occurrence += m.actions[j].kind == a.kind && m.actions[j].actor == a.actor;
        ImGui::PushID(static_cast<int>(a.kind));
        ImGui::PushID(a.actor.team * 1000 + a.actor.index);
        ImGui::PushID(occurrence);
        const std::string label = std::string(actionKeyword(a.kind)) + " " + actorName(script, a);
        if (ImGui::Selectable(label.c_str(), editor.selectedAction() == index, 0, {labelWidth, 0})) {
            editor.selectAction(index);
        }
        ImGui::SameLine(labelWidth + 8.0f);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        const auto xOf = [&](double t) { return min.x + static_cast<float>(std::clamp(t / length, 0.0, 1.0)) * laneWidth; };
        draw->AddRectFilled(min, {min.x + laneWidth, min.y + h}, kLane, 3.0f);
        double end = a.at;
        if (isMovement(a.kind)) end = a.by;
        if (a.arrive) end = *a.arrive;
        if (end > a.at) draw->AddRectFilled({xOf(a.at), min.y + h * 0.35f}, {xOf(end), min.y + h * 0.65f}, kSpan, 2.0f);
        draw->AddLine({xOf(now), min.y}, {xOf(now), min.y + h}, IM_COL32(255, 255, 255, 110));
        // The marker: an invisible button the size of the whole lane, so a drag keeps working when
        // the pointer runs ahead of the marker; only a press near the marker starts one.
        ImGui::InvisibleButton("##lane", {laneWidth, h});
        const bool chosen = editor.selectedAction() == index;
        const float x = xOf(a.at);
        draw->AddTriangleFilled({x - 5.0f, min.y}, {x + 5.0f, min.y}, {x, min.y + h}, chosen ? kSelected : kMarker);
        if (ImGui::IsItemActivated()) {
            editor.selectAction(index);
            session.beginGesture();
        }
        if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 1.0f)) {
            const double t = std::round((ImGui::GetIO().MousePos.x - min.x) / laneWidth * length * 20.0) / 20.0;
            const double at = std::clamp(t, 0.0, length);
            if (std::abs(at - a.at) > 1e-9) {
                editor.apply(edit::RetimeAction{moment, index, at}, state);
                // The action may have moved in the list: it is selected wherever it went.
                const Moment& retimed = editor.session()->script().moments[static_cast<std::size_t>(moment)];
                for (std::size_t j = 0; j < retimed.actions.size(); ++j) {
                    if (retimed.actions[j].kind == a.kind && retimed.actions[j].actor == a.actor &&
                        std::abs(retimed.actions[j].at - at) < 1e-9) {
                        editor.selectAction(static_cast<int>(j));
                    }
                }
                ImGui::PopID();
                ImGui::PopID();
                ImGui::PopID();
                return;  // the script changed under this loop
            }
        }
        if (ImGui::IsItemDeactivated()) session.endGesture();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s at %.2f s: drag the marker to retime", label.c_str(), a.at);
        ImGui::PopID();
        ImGui::PopID();
        ImGui::PopID();
        errorsAt(session.diagnostics(), a.where.line);
    }
}

bool inputNumber(const char* label, double value, double step, double& out) {
    out = value;
    ImGui::SetNextItemWidth(120.0f);
    return ImGui::InputDouble(label, &out, step, step * 10.0, "%.2f", ImGuiInputTextFlags_EnterReturnsTrue) ||
           (ImGui::IsItemDeactivatedAfterEdit() && out != value);
}

void kickInspector(ViewerState& state, EditController& editor, int moment, int index) {
    const Script& script = editor.session()->script();
    const Action a = script.moments[static_cast<std::size_t>(moment)].actions[static_cast<std::size_t>(index)];
    static constexpr ActionKind kKicks[] = {ActionKind::Pass, ActionKind::Cross, ActionKind::Corner,
                                            ActionKind::Shot, ActionKind::Header, ActionKind::Volley};
    if (a.kind != ActionKind::Save) {
        ImGui::SetNextItemWidth(120.0f);
        if (ImGui::BeginCombo("kind", std::string(actionKeyword(a.kind)).c_str())) {
            for (ActionKind k : kKicks) {
                if (ImGui::Selectable(std::string(actionKeyword(k)).c_str(), k == a.kind) && k != a.kind) {
                    editor.apply(edit::SetKickKind{moment, index, k}, state);
                }
            }
            ImGui::EndCombo();
        }
    }
    if (a.kind == ActionKind::Save && a.holds) return;
    static constexpr KickStyle kStyles[] = {KickStyle::Ground, KickStyle::Lofted, KickStyle::Driven};
    ImGui::SetNextItemWidth(120.0f);
    if (ImGui::BeginCombo("style", std::string(styleKeyword(a.style)).c_str())) {
        for (KickStyle s : kStyles) {
            if (ImGui::Selectable(std::string(styleKeyword(s)).c_str(), s == a.style) && s != a.style) {
                editor.apply(edit::SetKickStyle{moment, index, s}, state);
            }
        }
        ImGui::EndCombo();
    }
    double value = 0.0;
    if (a.arrive) {
        if (inputNumber("arrive (s)", *a.arrive, 0.05, value)) editor.apply(edit::SetKickArrival{moment, index, value}, state);
        if (ImGui::SmallButton("use a speed instead")) editor.apply(edit::SetKickSpeed{moment, index, 20.0}, state);
    } else {
        if (inputNumber("speed (m/s)", a.speed.value_or(20.0), 0.5, value)) editor.apply(edit::SetKickSpeed{moment, index, value}, state);
        if (ImGui::SmallButton("use an arrival time instead")) editor.apply(edit::SetKickArrival{moment, index, a.at + 1.5}, state);
    }
    KickTarget target = a.target;
    switch (target.kind) {
        case KickTarget::Kind::Player:
            ImGui::Text("to %s at %.2f m", script.player(target.player).name.c_str(), target.height);
            if (inputNumber("height (m)", target.height, 0.1, value)) {
                target.height = value;
                editor.apply(edit::SetKickTarget{moment, index, target}, state);
            }
            break;
        case KickTarget::Kind::Goal:
            ImGui::Text("to the %s goal", target.goal == pitch::End::Left ? "left" : "right");
            if (inputNumber("y (m)", target.place.y, 0.1, value)) {
                target.place.y = value;
                editor.apply(edit::SetKickTarget{moment, index, target}, state);
            }
            if (inputNumber("z (m)", target.height, 0.1, value)) {
                target.height = value;
                editor.apply(edit::SetKickTarget{moment, index, target}, state);
            }
            break;
        case KickTarget::Kind::Place:
            ImGui::Text("to [%.1f, %.1f] (drag the yellow target on the pitch)", target.place.x, target.place.y);
            if (inputNumber("height (m)", target.height, 0.1, value)) {
                target.height = value;
                editor.apply(edit::SetKickTarget{moment, index, target}, state);
            }
            break;
    }
}

void inspector(ViewerState& state, EditController& editor, int moment) {
    const int index = editor.selectedAction();
    const Script& script = editor.session()->script();
    const auto& actions = script.moments[static_cast<std::size_t>(moment)].actions;
    if (index < 0 || static_cast<std::size_t>(index) >= actions.size()) {
        ImGui::TextDisabled("Select an action (its row, or its handle on the pitch).");
        return;
    }
    const Action a = actions[static_cast<std::size_t>(index)];
    ImGui::Text("%s %s at %.2f s", std::string(actionKeyword(a.kind)).c_str(), actorName(script, a).c_str(), a.at);
    double value = 0.0;
    if (inputNumber("at (s)", a.at, 0.05, value)) editor.apply(edit::RetimeAction{moment, index, value}, state);
    if (isMovement(a.kind)) {
        ImGui::Text("to [%.1f, %.1f] (drag the blue square on the pitch)", a.to.x, a.to.y);
    } else if (isKick(a.kind)) {
        kickInspector(state, editor, moment, index);
    }
    if (ImGui::Button("Remove this action (Del)")) {
        if (editor.apply(edit::RemoveAction{moment, index}, state)) editor.selectAction(-1);
    }
}

void addAction(ViewerState& state, EditController& editor, int moment) {
    static constexpr ActionKind kAddable[] = {ActionKind::Run,  ActionKind::Dribble, ActionKind::Pass, ActionKind::Cross,
                                              ActionKind::Shot, ActionKind::Header,  ActionKind::Volley};
    int& kind = editor.choices.addKind;
    ImGui::SetNextItemWidth(110.0f);
    if (ImGui::BeginCombo("##kind", std::string(actionKeyword(kAddable[kind])).c_str())) {
        for (int k = 0; k < static_cast<int>(std::size(kAddable)); ++k) {
            if (ImGui::Selectable(std::string(actionKeyword(kAddable[k])).c_str(), k == kind)) kind = k;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const bool can = state.selected.valid();
    if (!can) ImGui::BeginDisabled();
    const Script& script = editor.session()->script();
    const std::string label = "Add for " + (can ? script.player(state.selected).name : std::string("(select a player)"));
    if (ImGui::Button(label.c_str())) {
        const MomentSpan span = state.timeline->moments()[static_cast<std::size_t>(moment)];
        Action a;
        a.kind = kAddable[kind];
        a.at = std::round((state.playback.time() - span.start) * 20.0) / 20.0;
        a.actor = state.selected;
        Frame frame = state.timeline->sample(state.playback.time());
        Vec2 here = pitch::kCentre;
        for (const PlayerFrame& p : frame.players) {
            if (p.id == state.selected) here = p.position;
        }
        if (isMovement(a.kind)) {
            a.to = {here.x + (here.x < pitch::kCentre.x ? 5.0 : -5.0), here.y};
            a.by = a.at + 1.5;
        } else {
            const pitch::End end = script.attackingEnd(state.selected.side(), span.start);
            a.target.kind = KickTarget::Kind::Goal;
            a.target.goal = end;
            a.target.place = {end == pitch::End::Left ? 0.0 : pitch::kLength, 34.0};
            a.speed = 20.0;
            a.style = a.kind == ActionKind::Cross ? KickStyle::Lofted : a.kind == ActionKind::Pass ? KickStyle::Ground
                                                                                                    : KickStyle::Driven;
        }
        editor.apply(edit::AddAction{moment, a}, state);
    }
    if (!can) ImGui::EndDisabled();
}

void newMoment(ViewerState& state, EditController& editor) {
    static constexpr edit::MomentTemplate kTemplates[] = {edit::MomentTemplate::Corner, edit::MomentTemplate::ThroughBall,
                                                          edit::MomentTemplate::Shot, edit::MomentTemplate::CrossHeader};
    int& chosen = editor.choices.momentTemplate;
    int& team = editor.choices.team;
    const Script& script = editor.session()->script();
    ImGui::SetNextItemWidth(150.0f);
    if (ImGui::BeginCombo("##template", std::string(edit::templateName(kTemplates[chosen])).c_str())) {
        for (int k = 0; k < 4; ++k) {
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
    const std::string label = "Add at " + script.clock.preciseText(state.playback.time());
    if (ImGui::Button(label.c_str())) {
        editor.apply(edit::AddMoment{kTemplates[chosen], state.playback.time(), static_cast<TeamSide>(team)}, state);
    }
}

}  // namespace

void editPanel(ViewerState& state, EditController& editor, Area area) {
    ImGui::SetCursorScreenPos({area.min.x + 10.0f, area.min.y + 8.0f});
    ImGui::BeginChild("##edit", {area.width() - 20.0f, area.height() - 16.0f});
    edit::EditSession* session = editor.session();
    if (!session) {
        ImGui::TextWrapped("Nothing to edit: %s", editor.message().c_str());
        ImGui::EndChild();
        return;
    }
    // A marker drag whose row vanished (its action removed by undo, say) still ends its undo step.
    if (session->inGesture() && !editor.dragging() && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) session->endGesture();
    ImGui::TextColored({1.0f, 0.77f, 0.0f, 1.0f}, "EDITING");
    ImGui::SameLine();
    // The file's name fits the panel; its whole path is a hover away.
    const std::string fileName = std::filesystem::path(session->path()).filename().string();
    ImGui::TextDisabled("%s%s", fileName.c_str(), session->dirty() ? "  (unsaved)" : "");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", session->path().c_str());
    if (ImGui::Button("Save")) editor.save(state);
    ImGui::SameLine();
    if (!session->canUndo()) ImGui::BeginDisabled();
    if (ImGui::Button("Undo")) editor.undo(state);
    if (!session->canUndo()) ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && session->canUndo()) {
        ImGui::SetTooltip("Undo %s (Ctrl+Z)", session->undoLabel().c_str());
    }
    ImGui::SameLine();
    if (!session->canRedo()) ImGui::BeginDisabled();
    if (ImGui::Button("Redo")) editor.redo(state);
    if (!session->canRedo()) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Done (E)")) editor.setActive(false);
    if (editor.vanished()) {
        if (ImGui::Button("Write the file again")) editor.save(state, true);
    }
    if (!editor.message().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, editor.messageIsError() ? kErrorColour : ImVec4{0.6f, 0.85f, 0.6f, 1.0f});
        ImGui::TextWrapped("%s", editor.message().c_str());
        ImGui::PopStyleColor();
    }
    const Diagnostics& diagnostics = session->diagnostics();
    if (diagnostics.hasErrors()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
        ImGui::TextWrapped("%zu error%s%s", diagnostics.errorCount(), diagnostics.errorCount() == 1 ? "" : "s",
                           session->current() ? "" : "; the last good version plays");
        ImGui::PopStyleColor();
        ImGui::BeginChild("##errors", {0, std::min(120.0f, area.height() * 0.2f)}, true);
        for (const Diagnostic& d : diagnostics.items()) {
            ImGui::PushStyleColor(ImGuiCol_Text, d.severity == Severity::Error ? kErrorColour : kWarningColour);
            ImGui::TextWrapped("%s", d.text().c_str());
            ImGui::PopStyleColor();
        }
        ImGui::EndChild();
    }
    ImGui::Separator();
    const int moment = state.playback.currentMoment();
    const Script& script = session->script();
    if (moment >= 0 && static_cast<std::size_t>(moment) < script.moments.size()) {
        const Moment& m = script.moments[static_cast<std::size_t>(moment)];
        ImGui::Text("%s", m.title.c_str());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s, %zu actions. Drag players and handles on the pitch.", m.id.c_str(), m.actions.size());
        ImGui::PopTextWrapPos();
        ImGui::BeginChild("##actions", {0, std::min(320.0f, area.height() * 0.4f)}, true);
        actionLane(state, editor, moment);
        ImGui::EndChild();
        if (ImGui::CollapsingHeader("Action", ImGuiTreeNodeFlags_DefaultOpen)) inspector(state, editor, moment);
        if (ImGui::CollapsingHeader("Add an action", ImGuiTreeNodeFlags_DefaultOpen)) addAction(state, editor, moment);
    } else {
        ImGui::TextDisabled("Between moments: add one here, or PageDown to the next.");
    }
    if (ImGui::CollapsingHeader("New moment", ImGuiTreeNodeFlags_DefaultOpen)) newMoment(state, editor);
    ImGui::EndChild();
}

void editDialogs(ViewerState& state, EditController& editor) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 centre{io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f};
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    if (const auto& offer = editor.restoreOffer()) {
        ImGui::SetNextWindowPos(centre, ImGuiCond_Always, {0.5f, 0.5f});
        if (ImGui::Begin("Unsaved edits found", nullptr, flags)) {
            ImGui::Text("Restore unsaved edits from %s?", offer->when.c_str());
            ImGui::TextDisabled("%s", offer->found.path.c_str());
            if (ImGui::Button("Restore")) editor.answerRestore(true, state);
            ImGui::SameLine();
            if (ImGui::Button("Discard them")) editor.answerRestore(false, state);
        }
        ImGui::End();
    }
    if (editor.askingQuit()) {
        ImGui::SetNextWindowPos(centre, ImGuiCond_Always, {0.5f, 0.5f});
        if (ImGui::Begin("Unsaved edits", nullptr, flags)) {
            ImGui::Text("%s has unsaved edits.", editor.session()->path().c_str());
            if (ImGui::Button("Save and quit")) editor.answerQuit(0, state);
            ImGui::SameLine();
            if (ImGui::Button("Quit without saving")) editor.answerQuit(1, state);
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) editor.answerQuit(2, state);
            if (!editor.message().empty() && editor.messageIsError()) {
                ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
                ImGui::TextWrapped("%s", editor.message().c_str());
                ImGui::PopStyleColor();
            }
        }
        ImGui::End();
    }
    if (editor.changedOnDisk()) {
        ImGui::SetNextWindowPos(centre, ImGuiCond_Always, {0.5f, 0.5f});
        if (ImGui::Begin("Changed on disk", nullptr, flags)) {
            ImGui::Text("%s changed on disk while you were editing it.", editor.session()->path().c_str());
            if (ImGui::Button("Load the version on disk (Ctrl+Z brings yours back)")) editor.answerChangedOnDisk(true, state);
            if (ImGui::Button("Keep my edits")) editor.answerChangedOnDisk(false, state);
        }
        ImGui::End();
    }
    // Outside edit mode, a message (a reload, a failed save) shows for a few seconds over the pitch.
    if (!editor.active() && !editor.message().empty() && editor.messageAge() < 6.0) {
        ImGui::SetNextWindowPos({12.0f, 12.0f}, ImGuiCond_Always);
        ImGui::SetNextWindowBgAlpha(0.85f);
        if (ImGui::Begin("##editmessage", nullptr, flags | ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs)) {
            ImGui::PushStyleColor(ImGuiCol_Text, editor.messageIsError() ? kErrorColour : ImVec4{0.6f, 0.85f, 0.6f, 1.0f});
            ImGui::PushTextWrapPos(520.0f);
            ImGui::TextUnformatted(editor.message().c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
        }
        ImGui::End();
    }
}

}  // namespace touchline::panels
