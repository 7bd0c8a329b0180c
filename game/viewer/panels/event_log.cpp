// The event log: every event of the match, filtered by kind, team and player; a click jumps there.
// A whole match has thousands of events, so only the rows on screen are built (ImGuiListClipper).
#include <algorithm>
#include <string>

#include "render/palette.h"
#include "timeline/event_text.h"
#include "viewer/event_filter.h"
#include "viewer/panels/panels.h"

namespace touchline::panels {

namespace {

void groupCombo(EventFilter& filter) {
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    if (ImGui::BeginCombo("##kind", std::string(groupName(filter.group)).c_str())) {
        for (EventGroup g : kEventGroups) {
            if (ImGui::Selectable(std::string(groupName(g)).c_str(), g == filter.group)) filter.group = g;
        }
        ImGui::EndCombo();
    }
}

void teamCombo(const Script& script, EventFilter& filter) {
    const char* label = filter.team < 0 ? "Both teams" : script.teams[static_cast<std::size_t>(filter.team)].name.c_str();
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##team", label)) {
        if (ImGui::Selectable("Both teams", filter.team < 0)) filter.team = -1;
        for (int t = 0; t < 2; ++t) {
            if (ImGui::Selectable(script.teams[static_cast<std::size_t>(t)].name.c_str(), filter.team == t)) {
                filter.team = t;
                if (filter.player.valid() && filter.player.team != t) filter.player = {};
            }
        }
        ImGui::EndCombo();
    }
}

void playerCombo(const Script& script, EventFilter& filter) {
    const std::string label = filter.player.valid() ? script.player(filter.player).name : std::string("Any player");
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##player", label.c_str())) {
        if (ImGui::Selectable("Any player", !filter.player.valid())) filter.player = {};
        for (int t = 0; t < 2; ++t) {
            if (filter.team >= 0 && filter.team != t) continue;
            const Team& team = script.teams[static_cast<std::size_t>(t)];
            ImGui::TextDisabled("%s", team.name.c_str());
            for (std::size_t i = 0; i < team.players.size(); ++i) {
                const PlayerId id{t, static_cast<int>(i)};
                const std::string item = "  " + team.players[i].name + "##p" + std::to_string(t) + "_" + std::to_string(i);
                if (ImGui::Selectable(item.c_str(), filter.player == id)) filter.player = id;
            }
        }
        ImGui::EndCombo();
    }
}

}  // namespace

void eventLog(ViewerState& state, float height) {
    const Script& script = state.script();
    const auto& events = state.timeline->events();
    EventFilter& filter = state.eventFilter;
    groupCombo(filter);
    ImGui::SameLine();
    teamCombo(script, filter);
    playerCombo(script, filter);
    const std::vector<std::size_t> rows = filterEvents(events, filter);
    const double now = state.playback.time();
    // The last event that has happened is highlighted and what is still to come is dimmed, so the log
    // follows playback; while playing it keeps that row in view.
    const auto after = std::upper_bound(rows.begin(), rows.end(), now, [&](double t, std::size_t i) { return t < events[i].time; });
    const int latest = static_cast<int>(after - rows.begin()) - 1;
    ImGui::TextDisabled("%zu events", rows.size());
    ImGui::BeginChild("##eventrows", {0, std::max(60.0f, height - 3.0f * ImGui::GetFrameHeightWithSpacing())});
    const float rowHeight = ImGui::GetTextLineHeightWithSpacing();
    if (state.playback.playing() && latest >= 0) {
        const float y = latest * rowHeight;
        if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + ImGui::GetWindowHeight() - rowHeight) {
            ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.5f));
        }
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), rowHeight);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const std::size_t index = rows[static_cast<std::size_t>(r)];
            const ObservedEvent& e = events[index];
            const Rgba c = eventColor(e);
            const float alpha = e.time <= now ? 1.0f : 0.45f;
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha));
            const std::string label =
                eventMinute(script, e) + "  " + eventLine(script, e) + "##event" + std::to_string(index);
            if (ImGui::Selectable(label.c_str(), r == latest)) state.playback.seek(std::max(0.0, e.time - 1.5));
            ImGui::PopStyleColor();
        }
    }
    ImGui::EndChild();
}

}  // namespace touchline::panels
