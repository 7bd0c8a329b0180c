#include "window/widget_probe.h"

#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

namespace touchline::testing {

namespace {

ImGuiWindow* windowNamed(std::string_view name) {
    ImGuiContext& g = *GImGui;
    for (ImGuiWindow* w : g.Windows) {
        if (w->WasActive && std::string_view(w->Name).find(name) != std::string_view::npos) return w;
    }
    return nullptr;
}

// The id the widget labelled `label` has in each window drawn last frame (ids are per window), as
// ImGuiWindow::GetID makes it outside any PushID, without its side effect on the active widget.
std::vector<ImGuiID> candidateIds(std::string_view label) {
    const std::string text(label);
    std::vector<ImGuiID> ids;
    for (ImGuiWindow* w : GImGui->Windows) {
        if (w->WasActive) ids.push_back(ImHashStr(text.c_str(), 0, w->IDStack.empty() ? w->ID : w->IDStack.back()));
    }
    return ids;
}

}  // namespace

std::optional<Vec2> WidgetProbe::find(std::string_view label, ScreenRect region, Vec2 step) {
    for (double y = region.min.y + step.y * 0.5; y < region.max.y; y += step.y) {
        for (double x = region.min.x + step.x * 0.5; x < region.max.x; x += step.x) {
            pointAt_({x, y});
            const ImGuiID hovered = GImGui->HoveredId;
            if (hovered == 0) continue;
            for (ImGuiID id : candidateIds(label)) {
                if (id == hovered) return Vec2{x, y};
            }
        }
    }
    return std::nullopt;
}

std::optional<ScreenRect> WidgetProbe::window(std::string_view name) {
    const ImGuiWindow* w = windowNamed(name);
    if (!w) return std::nullopt;
    return ScreenRect{{w->Pos.x, w->Pos.y}, {w->Pos.x + w->Size.x, w->Pos.y + w->Size.y}};
}

std::optional<Vec2> WidgetProbe::contentStart(std::string_view name) {
    const ImGuiWindow* w = windowNamed(name);
    if (!w) return std::nullopt;
    return Vec2{w->Pos.x + w->WindowPadding.x - w->Scroll.x, w->Pos.y + w->WindowPadding.y - w->Scroll.y};
}

double WidgetProbe::lineHeight() { return GImGui->FontSize; }
double WidgetProbe::rowSpacing() { return GImGui->Style.ItemSpacing.y; }

}  // namespace touchline::testing
