// The moment's own fields: when it starts on the match clock, how long it lasts, its title and its
// caption. What is typed stays in the field until Enter (or leaving the field) applies it as one
// undoable edit; a clock that does not read as one says why under the field.
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>  // after imgui.h, which it needs

#include "edit/moment_fields.h"
#include "viewer/panels/edit_panels.h"

namespace touchline::panels {

namespace {

constexpr float kLabelRoom = 78.0f;  // the labels right of the fields
constexpr int kCaptionLines = 4;
// Short fields: a click selects what is there, so typing replaces it; Enter applies.
constexpr ImGuiInputTextFlags kReplaceOnEntry = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll;

// True when the field just above was applied: Enter, or a change and then a click elsewhere.
bool applied(bool enter) { return enter || ImGui::IsItemDeactivatedAfterEdit(); }

void fieldError(const FieldDraft& draft) {
    if (draft.error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorColour);
    ImGui::TextWrapped("%s", draft.error.c_str());
    ImGui::PopStyleColor();
}

// The caption broken into lines that fit the field (which does not wrap by itself).
std::string wrappedToField(const std::string& caption, float width) {
    const float average = ImGui::CalcTextSize("abcdefghijklmnopqrstuvwxyz ").x / 27.0f;
    const auto columns = static_cast<std::size_t>(std::max(16.0f, (width - 2.0f * ImGui::GetStyle().FramePadding.x) / average - 1.0f));
    std::string text;
    for (const std::string& line : edit::wrapWords(caption, columns)) text += (text.empty() ? "" : "\n") + line;
    return text;
}

}  // namespace

void momentFields(EditorContext& c, int moment) {
    const Moment& m = c.session.script().moments[static_cast<std::size_t>(moment)];
    const edit::MomentId id = c.session.ids().moment(moment);
    EditorUi& ui = c.ui;
    if (ui.draftsOf != id) {
        ui.draftsOf = id;
        ui.clock = ui.title = ui.caption = {};
    }
    const float width = std::max(120.0f, ImGui::GetContentRegionAvail().x - kLabelRoom);
    ui.clock.follow(formatReading(m.clock), formatReading(m.clock));
    ui.title.follow(m.title, m.title);
    ui.caption.follow(m.caption, wrappedToField(m.caption, ImGui::GetContentRegionAvail().x));

    ImGui::SetNextItemWidth(120.0f);
    if (applied(ImGui::InputText("clock", &ui.clock.text, kReplaceOnEntry))) {
        if (auto reading = parseClock(ui.clock.text); !reading) {
            ui.clock.error = reading.error().message;
        } else if (!(*reading == m.clock)) {
            ui.clock.error.clear();
            c.out.edit(edit::SetMomentClock{id, *reading});
        }
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("When the moment starts: 44:30, 45+1:12, 90+1'");
    fieldError(ui.clock);

    double seconds = 0.0;
    if (inputNumber("length (s)", m.duration, 0.5, seconds) && seconds != m.duration) {
        c.out.edit(edit::SetMomentDuration{id, seconds});
    }

    ImGui::SetNextItemWidth(width);
    if (applied(ImGui::InputText("title", &ui.title.text, kReplaceOnEntry)) &&
        edit::oneParagraph(ui.title.text) != m.title) {
        c.out.edit(edit::SetMomentTitle{id, ui.title.text});
    }

    ImGui::TextUnformatted("caption");
    ImGui::SameLine();
    ImGui::TextDisabled("(Enter applies)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+Enter breaks a line; the caption is one paragraph when shown");
    const float height = ImGui::GetTextLineHeight() * kCaptionLines + 2.0f * ImGui::GetStyle().FramePadding.y;
    const bool enter = ImGui::InputTextMultiline("##caption", &ui.caption.text, {-1.0f, height},
                                                 ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine);
    if (applied(enter) && edit::oneParagraph(ui.caption.text) != m.caption) {
        c.out.edit(edit::SetMomentCaption{id, ui.caption.text});
    }
}

}  // namespace touchline::panels
