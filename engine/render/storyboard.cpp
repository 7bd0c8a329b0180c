#include "render/storyboard.h"

#include <algorithm>
#include <cmath>

#include "render/canvas.h"

namespace touchline {

namespace {

// Cuts text to `maxLines` wrapped lines, ending the last with an ellipsis when something was cut.
std::vector<std::string> clampLines(const Font& font, const std::string& text, double size, double width,
                                    int maxLines) {
    std::vector<std::string> lines = wrapText(font, text, size, width);
    if (static_cast<int>(lines.size()) <= maxLines) return lines;
    lines.resize(static_cast<std::size_t>(maxLines));
    std::string& last = lines.back();
    const std::string ellipsis = "\u2026";
    while (!last.empty() && font.measure(last + ellipsis, size) > width) {
        // Drop one UTF-8 code point from the end.
        std::size_t cut = last.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80) --cut;
        last.resize(cut);
    }
    while (!last.empty() && last.back() == ' ') last.pop_back();
    last += ellipsis;
    return lines;
}

// Draws `text` no wider than `width`, cutting it with an ellipsis if needed; returns the pen's x.
double drawFitted(Canvas& canvas, const Font& font, std::string text, Vec2 origin, double size, double width,
                  Rgba color) {
    if (font.measure(text, size) > width) {
        const std::string ellipsis = "\u2026";
        while (!text.empty() && font.measure(text + ellipsis, size) > width) {
            std::size_t cut = text.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            text.resize(cut);
        }
        text += ellipsis;
    }
    return font.draw(canvas, text, origin, size, color);
}

}  // namespace

int storyboardColumns(int panels) {
    if (panels <= 1) return 1;
    if (panels <= 4) return 2;
    if (panels <= 9) return 3;
    return 4;
}

Image composeStoryboard(const FontSet& fonts, const StoryboardHeading& heading, std::span<const StoryboardPanel> panels,
                        int columns, const StoryboardStyle& style) {
    const int count = static_cast<int>(panels.size());
    columns = std::clamp(columns, 1, std::max(1, count));
    const int rows = std::max(1, (count + columns - 1) / columns);
    const int pictureW = count > 0 ? panels[0].picture.width : 640;
    const int pictureH = count > 0 ? panels[0].picture.height : 360;
    const double u = pictureW / 640.0;  // text sizes are designed for 640-pixel pictures

    const double margin = std::round(28.0 * u), gutter = std::round(20.0 * u), pad = std::round(12.0 * u);
    const double headingSize = 30.0 * u, subtitleSize = 15.0 * u;
    const double clockSize = 17.0 * u, titleSize = 17.0 * u, captionSize = 13.5 * u;
    const double captionLine = fonts.regular.lineHeight(captionSize) * 1.05;
    const double textWidth = pictureW - 2 * pad;

    // Every panel gets the same strip height: enough for the longest caption (up to the limit).
    std::vector<std::vector<std::string>> captions;
    int captionLines = 0;
    for (const StoryboardPanel& panel : panels) {
        captions.push_back(clampLines(fonts.regular, panel.caption, captionSize, textWidth, StoryboardStyle::kMaxCaptionLines));
        captionLines = std::max(captionLines, static_cast<int>(captions.back().size()));
    }
    const double stripH = std::ceil(pad + titleSize * 1.25 + captionLines * captionLine + pad * 0.8);
    const double cardW = pictureW, cardH = stripH + pictureH;
    const double headingH = heading.title.empty() && heading.subtitle.empty()
                                ? 0.0
                                : std::ceil(headingSize * 1.3 + (heading.subtitle.empty() ? 0.0 : subtitleSize * 1.8) + gutter);

    Image board;
    board.width = static_cast<int>(2 * margin + columns * cardW + (columns - 1) * gutter);
    board.height = static_cast<int>(2 * margin + headingH + rows * cardH + (rows - 1) * gutter);
    board.rgba.assign(static_cast<std::size_t>(board.width) * board.height * 4, 0);
    Canvas canvas(board);
    canvas.clear(style.background);

    double y = margin;
    if (headingH > 0.0) {
        y += fonts.bold.ascent(headingSize);
        drawFitted(canvas, fonts.bold, heading.title, {margin, y}, headingSize, board.width - 2 * margin, style.title);
        if (!heading.subtitle.empty()) {
            y += subtitleSize * 1.8;
            drawFitted(canvas, fonts.regular, heading.subtitle, {margin, y}, subtitleSize, board.width - 2 * margin,
                       style.caption);
        }
        y = margin + headingH;
    }

    for (int i = 0; i < count; ++i) {
        const StoryboardPanel& panel = panels[static_cast<std::size_t>(i)];
        const double x0 = margin + (i % columns) * (cardW + gutter);
        const double y0 = y + (i / columns) * (cardH + gutter);
        canvas.fillRoundedRect(x0, y0, x0 + cardW, y0 + cardH, 6.0 * u, style.card);
        canvas.fillRect(x0, y0 + pad * 0.7, x0 + 4.0 * u, y0 + pad + titleSize * 1.1, panel.accent);
        double baseline = y0 + pad + fonts.bold.ascent(titleSize) * 0.9;
        double x = fonts.bold.draw(canvas, panel.clock, {x0 + pad, baseline}, clockSize, style.clock);
        x += 10.0 * u;
        drawFitted(canvas, fonts.bold, panel.title, {x, baseline}, titleSize, x0 + cardW - pad - x, style.title);
        baseline += titleSize * 0.3 + captionLine;
        for (const std::string& line : captions[static_cast<std::size_t>(i)]) {
            fonts.regular.draw(canvas, line, {x0 + pad, baseline}, captionSize, style.caption);
            baseline += captionLine;
        }
        if (panel.picture.width == pictureW && panel.picture.height == pictureH) {
            canvas.drawImage(panel.picture, static_cast<int>(x0), static_cast<int>(y0 + stripH));
        }
    }
    return board;
}

namespace {

// Lower is more telling; -1 for events that do not make a key instant.
int storyRank(const ObservedEvent& event) {
    switch (event.kind) {
        case EventKind::Offside: return 0;
        case EventKind::Goal: return 1;
        case EventKind::Save: return 2;
        case EventKind::Post:
        case EventKind::Crossbar: return 3;
        case EventKind::Header: return 4;
        case EventKind::Kick:
            return event.cause == ActionKind::Shot || event.cause == ActionKind::Volley ||
                           event.cause == ActionKind::Header || event.cause == ActionKind::Penalty
                       ? 4
                       : -1;
        case EventKind::Wide:
        case EventKind::Over: return 5;
        case EventKind::Card:
        case EventKind::Foul:
        case EventKind::Injury:
        case EventKind::Substitution: return 6;
        default: return -1;
    }
}

}  // namespace

KeyInstant keyInstant(std::span<const ObservedEvent> events, int moment, MomentSpan span) {
    const ObservedEvent* best = nullptr;
    int bestRank = 1000;
    for (const ObservedEvent& event : events) {
        if (event.moment != moment) continue;
        const int rank = storyRank(event);
        if (rank < 0) continue;
        if (rank < bestRank || (rank == bestRank && event.time < best->time)) {
            best = &event;
            bestRank = rank;
        }
    }
    if (!best) return {(span.start + span.end) * 0.5, nullptr};
    // Toasts slide in over a fifth of a second; a goal also wants the ball visibly in the net.
    const double after = best->kind == EventKind::Goal ? 0.5 : 0.3;
    return {std::clamp(best->time + after, span.start, std::max(span.start, span.end)), best};
}

}  // namespace touchline
