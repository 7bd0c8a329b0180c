// The right-hand column: the moments of the match, the event log (event_log.cpp), and the selected
// player.
#include <cmath>
#include <cstdio>
#include <string>

#include "viewer/event_filter.h"
#include "viewer/panels/panels.h"

namespace touchline::panels {

namespace {

void momentsList(ViewerState& state) {
    const Script& script = state.script();
    const int current = state.playback.currentMoment();
    for (std::size_t i = 0; i < script.moments.size(); ++i) {
        const Moment& m = script.moments[i];
        const std::string label = script.clock.minuteText(m.matchTime) + "  " + m.title + "##moment" + std::to_string(i);
        if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == current)) {
            state.playback.goToMoment(static_cast<int>(i));
        }
        if (ImGui::IsItemHovered() && !m.caption.empty()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(360.0f);
            ImGui::TextUnformatted(m.caption.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
}

void inspector(ViewerState& state, const Frame& frame) {
    if (!state.selected.valid()) {
        ImGui::TextDisabled("Click a player on the pitch to inspect him.");
        return;
    }
    const Script& script = state.script();
    const Player& player = script.player(state.selected);
    const Team& team = script.teams[state.selected.team];
    ImGui::Text("%s  %s", player.shirtText().c_str(), player.name.c_str());
    if (!player.fullName.empty()) ImGui::TextDisabled("%s", player.fullName.c_str());
    ImGui::Text("%s, %s", team.name.c_str(), player.position.c_str());
    const PlayerFrame* on = nullptr;
    for (const PlayerFrame& p : frame.players) {
        if (p.id == state.selected) on = &p;
    }
    if (!on) {
        ImGui::TextDisabled("Not on the pitch at this time.");
    } else {
        ImGui::Text("Speed     %.1f m/s  (%.0f km/h)", on->speed, on->speed * 3.6);
        if (const auto metres = state.distance.upTo(*state.timeline, state.selected, state.playback.time())) {
            ImGui::Text("Distance  %.2f km so far", *metres / 1000.0);
        } else {
            ImGui::TextDisabled("Distance  counting\xE2\x80\xA6");
        }
        ImGui::Text("Touches   %d so far",
                    touchesUntil(state.timeline->events(), state.selected, state.playback.time()));
    }
    if (ImGui::SmallButton("Clear selection")) state.selected = {};
}

}  // namespace

void sidebar(ViewerState& state, Area area) {
    ImGui::SetCursorScreenPos({area.min.x + 10.0f, area.min.y + 8.0f});
    ImGui::BeginChild("##sidebar", {area.width() - 20.0f, area.height() - 16.0f});
    const Script& script = state.script();
    ImGui::Text("%s", script.match.competition.c_str());
    ImGui::TextDisabled("%s  %s", script.match.date.c_str(), script.match.venue.c_str());
    ImGui::Spacing();
    const Frame frame = state.timeline->sample(state.playback.time());
    if (ImGui::CollapsingHeader("Moments", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::BeginChild("##moments", {0, std::min(260.0f, area.height() * 0.32f)});
        momentsList(state);
        ImGui::EndChild();
    }
    if (ImGui::CollapsingHeader("Event log", ImGuiTreeNodeFlags_DefaultOpen)) {
        const float height = std::min(360.0f, area.height() * 0.4f);
        ImGui::BeginChild("##events", {0, height});
        eventLog(state, height);
        ImGui::EndChild();
    }
    if (ImGui::CollapsingHeader("Player", ImGuiTreeNodeFlags_DefaultOpen)) inspector(state, frame);
    ImGui::EndChild();
}

}  // namespace touchline::panels
