#pragma once
// Finding what the panels drew, the way a person does: by pointing. After each frame Dear ImGui knows
// the id of the widget under the pointer, and a widget's id follows from its label and the window it
// is in; so a probe moves the pointer over a region, a frame per place, until the widget it looks for
// is under it. It knows nothing of how a panel lays its widgets out, only their labels.
#include <functional>
#include <optional>
#include <string_view>

#include "core/vec2.h"

namespace touchline::testing {

struct ScreenRect {
    Vec2 min;
    Vec2 max;
    Vec2 centre() const { return (min + max) * 0.5; }
};

class WidgetProbe {
public:
    // `pointAt` moves the pointer to a place (window coordinates) and runs one frame.
    explicit WidgetProbe(std::function<void(Vec2)> pointAt) : pointAt_(std::move(pointAt)) {}

    // Where a widget labelled `label` (a button, combo, field, selectable, header) is, searching
    // `region` row by row every `step`; nothing when it is not there.
    std::optional<Vec2> find(std::string_view label, ScreenRect region, Vec2 step = {16.0, 5.0});

    // The rectangle of the (child or popup) window whose name contains `name` ("##actions"), as the last
    // frame drew it.
    static std::optional<ScreenRect> window(std::string_view name);
    // A window's first row of content: its top-left corner inside the padding, less its scroll.
    static std::optional<Vec2> contentStart(std::string_view name);
    // The height of a line of text and the space between rows, in window coordinates.
    static double lineHeight();
    static double rowSpacing();

private:
    std::function<void(Vec2)> pointAt_;
};

}  // namespace touchline::testing
