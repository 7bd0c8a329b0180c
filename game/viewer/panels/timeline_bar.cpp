// The match on one strip (0' to 90+'), and the current moment zoomed below it. Click or drag to scrub.
#include <algorithm>
#include <cmath>
#include <string>

#include "render/palette.h"
#include "timeline/event_text.h"
#include "viewer/panels/panels.h"

namespace touchline::panels {

namespace {

constexpr ImU32 kTrack = IM_COL32(38, 44, 56, 255);
constexpr ImU32 kMomentBand = IM_COL32(70, 90, 120, 255);
constexpr ImU32 kCurrentBand = IM_COL32(255, 196, 0, 90);
constexpr ImU32 kTick = IM_COL32(150, 160, 175, 255);
constexpr ImU32 kPassageBaked = IM_COL32(70, 150, 100, 255);
constexpr ImU32 kPassageWaiting = IM_COL32(60, 66, 80, 255);
constexpr ImU32 kPlayhead = IM_COL32(255, 255, 255, 255);

struct Strip {
    ImVec2 min, max;
    double t0, t1;  // match time at the strip's ends
    float xOf(double t) const { return min.x + static_cast<float>((t - t0) / (t1 - t0)) * (max.x - min.x); }
    double tOf(float x) const { return t0 + (x - min.x) / (max.x - min.x) * (t1 - t0); }
};

// Markers of notable events; returns the events under the mouse for the tooltip.
void drawMarkers(ViewerState& state, const Strip& strip, ImDrawList* draw) {
    const Script& script = state.script();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hoverStrip = ImGui::IsItemHovered();
    std::string tooltip;
    for (const ObservedEvent& e : state.timeline->events()) {
        if (!isNotable(e) || e.time < strip.t0 || e.time > strip.t1) continue;
        const float x = strip.xOf(e.time);
        const float h = strip.max.y - strip.min.y;
        const ImU32 color = toImColor(eventColor(e));
        const bool big = categorize(e) == EventCategory::Goal || categorize(e) == EventCategory::DisallowedGoal;
        const float r = big ? h * 0.3f : h * 0.2f;
        const ImVec2 c{x, strip.min.y + h * 0.5f};
        draw->AddCircleFilled(c, r, color);
        if (big) draw->AddCircle(c, r + 1.5f, IM_COL32(255, 255, 255, 200), 0, 1.5f);
        if (hoverStrip && std::abs(mouse.x - x) <= std::max(r, 4.0f)) {
            tooltip += eventMinute(script, e) + "  " + eventHeadline(script, e) + "\n";
        }
    }
    if (!tooltip.empty()) {
        tooltip.pop_back();
        ImGui::SetTooltip("%s", tooltip.c_str());
    }
}

void drawPlayhead(const Strip& strip, double t, ImDrawList* draw) {
    if (t < strip.t0 || t > strip.t1) return;
    const float x = strip.xOf(t);
    draw->AddLine({x, strip.min.y - 3}, {x, strip.max.y + 3}, kPlayhead, 2.0f);
    draw->AddTriangleFilled({x - 5, strip.min.y - 6}, {x + 5, strip.min.y - 6}, {x, strip.min.y}, kPlayhead);
}

// An invisible button over the strip turns clicks and drags into seeks; `timeAt` maps the mouse's x.
template <typename TimeAt>
void scrubbing(ViewerState& state, const Strip& strip, const char* id, TimeAt timeAt) {
    ImGui::SetCursorScreenPos(strip.min);
    ImGui::InvisibleButton(id, {strip.max.x - strip.min.x, strip.max.y - strip.min.y});
    if (ImGui::IsItemActive()) state.playback.seek(timeAt(ImGui::GetIO().MousePos.x));
}

void matchStrip(ViewerState& state, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Script& script = state.script();
    const Strip strip{min, max, 0.0, state.timeline->duration()};
    const Area area{min, max};
    scrubbing(state, strip, "##match", [&](float x) { return matchTimeAtX(*state.timeline, area, x); });
    draw->AddRectFilled(min, max, kTrack, 4.0f);
    // A whole match's passages along the strip's foot: green once baked, grey while they wait.
    const auto& passages = state.timeline->passages();
    const float foot = max.y - std::max(3.0f, (max.y - min.y) * 0.3f);
    for (std::size_t i = 0; i < passages.size(); ++i) {
        const float x0 = strip.xOf(passages[i].start), x1 = std::max(strip.xOf(passages[i].end), x0 + 1.0f);
        const bool baked = state.timeline->passageBaked(static_cast<int>(i));
        draw->AddRectFilled({x0, foot}, {x1, max.y}, baked ? kPassageBaked : kPassageWaiting);
    }
    const int current = state.playback.currentMoment();
    const auto& spans = state.timeline->moments();
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const float x0 = strip.xOf(spans[i].start), x1 = std::max(strip.xOf(spans[i].end), x0 + 3.0f);
        draw->AddRectFilled({x0, min.y}, {x1, max.y}, static_cast<int>(i) == current ? kCurrentBand : kMomentBand);
    }
    // Each break between periods splits the strip; minute ticks every 15'.
    for (int p = 1; p < kPeriodCount; ++p) {
        const Period period = static_cast<Period>(p);
        if (!script.clock.has(period)) continue;
        const double start = script.clock.periodStart(period);
        draw->AddLine({strip.xOf(start), min.y}, {strip.xOf(start), max.y}, IM_COL32(255, 255, 255, 120), 2.0f);
    }
    const int lastMinute = script.clock.extraTime() ? 120 : 90;
    for (int minute = 0; minute <= lastMinute; minute += 15) {
        Period period = Period::FirstHalf;
        if (minute >= 105) period = Period::ExtraSecondHalf;
        else if (minute >= 90) period = Period::ExtraFirstHalf;
        else if (minute >= 45) period = Period::SecondHalf;
        auto t = script.clock.toMatchTime({period, minute * 60.0});
        if (!t) continue;
        const float x = strip.xOf(*t);
        draw->AddLine({x, max.y}, {x, max.y + 4}, kTick);
        const std::string label = std::to_string(minute) + "'";
        draw->AddText({x - ImGui::CalcTextSize(label.c_str()).x * 0.5f, max.y + 4}, kTick, label.c_str());
    }
    drawMarkers(state, strip, draw);
    drawPlayhead(strip, state.playback.time(), draw);
}

void momentStrip(ViewerState& state, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int current = state.playback.currentMoment();
    if (current < 0) {
        draw->AddText(min, IM_COL32(150, 160, 175, 255), "Between moments: press PageDown for the next one");
        return;
    }
    const Script& script = state.script();
    const MomentSpan span = state.timeline->moments()[static_cast<std::size_t>(current)];
    const Strip strip{min, max, span.start, span.end};
    scrubbing(state, strip, "##moment",
              [&](float x) { return strip.tOf(std::clamp(x, strip.min.x, strip.max.x)); });
    draw->AddRectFilled(min, max, kTrack, 4.0f);
    // A tick every second, labelled with the clock every five.
    for (double s = 0.0; s <= span.end - span.start + 1e-9; s += 1.0) {
        const float x = strip.xOf(span.start + s);
        const bool major = std::fmod(s, 5.0) < 1e-9;
        draw->AddLine({x, max.y - (major ? 8.0f : 4.0f)}, {x, max.y}, kTick);
        if (major) {
            const std::string label = script.clock.preciseText(span.start + s);
            draw->AddText({x + 2, max.y + 2}, kTick, label.c_str());
        }
    }
    // Every observed event of the moment, small ones too: this is where the detail lives.
    for (const ObservedEvent& e : state.timeline->events()) {
        if (e.time < span.start || e.time > span.end) continue;
        const float x = strip.xOf(e.time);
        const ImU32 color = isNotable(e) ? toImColor(eventColor(e)) : IM_COL32(200, 205, 215, 160);
        draw->AddLine({x, min.y + 3}, {x, max.y - 3}, color, isNotable(e) ? 3.0f : 1.0f);
    }
    drawMarkers(state, strip, draw);
    drawPlayhead(strip, state.playback.time(), draw);
}

}  // namespace

ImU32 toImColor(Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }

Area matchStripArea(Area area) {
    const float pad = 12.0f;
    const float stripHeight = std::clamp(area.height() * 0.18f, 14.0f, 22.0f);
    return {{area.min.x + pad, area.min.y + 10.0f}, {area.max.x - pad, area.min.y + 10.0f + stripHeight}};
}

double matchTimeAtX(const Timeline& timeline, Area strip, float x) {
    const Strip s{strip.min, strip.max, 0.0, timeline.duration()};
    const double t = s.tOf(std::clamp(x, strip.min.x, strip.max.x));
    // A 12 s moment is two pixels of a 90-minute strip: within a few pixels of one, the scrub lands in
    // it, since the moments are what there is to watch.
    constexpr float kSnapPixels = 4.0f;
    double best = t;
    float bestDistance = kSnapPixels;
    for (const MomentSpan& span : timeline.moments()) {
        const double inside = std::clamp(t, span.start, span.end);
        const float distance = std::abs(s.xOf(inside) - s.xOf(t));
        if (distance <= bestDistance) {
            best = inside;
            bestDistance = distance;
        }
    }
    return best;
}

void timelineBar(ViewerState& state, Area area) {
    const Area match = matchStripArea(area);
    matchStrip(state, match.min, match.max);
    // Below the match strip: its minute labels, then the moment's own strip and its clock labels.
    const ImVec2 momentMin{match.min.x, match.max.y + 30.0f};
    momentStrip(state, momentMin, {match.max.x, momentMin.y + match.height()});
}

}  // namespace touchline::panels
