// The broadcast furniture: scoreboard with the match clock, the moment's caption, and toasts.
#include <algorithm>
#include <cmath>
#include <string>

#include "render/paint_context.h"
#include "render/palette.h"
#include "timeline/event_text.h"

namespace touchline {

namespace {

constexpr Rgba kPanel{12, 16, 24, 215};
constexpr Rgba kText{255, 255, 255, 255};
constexpr Rgba kMuted{190, 198, 210, 255};
// Below about 10.5 pixels DejaVu Sans is a blur, and small outputs (a GIF is 640x360, half of 1280x720)
// would draw the caption's and the toasts' 14-pixel text at 7. Those keep a legible size: the factor
// by which their scale grows (1 from 960x540 up).
double legibleScale(double u) {
    constexpr double kMinText = 10.5, kNominalText = 14.0;
    return std::max(1.0, kMinText / (kNominalText * u));
}

std::string sizeKey(double u) { return std::to_string(std::lround(u * 1000.0)); }

void paintScoreboard(const PaintContext& ctx, const Frame& frame) {
    const double u = ctx.scale.ui;
    const Font& bold = ctx.fonts.bold;
    const double size = 19.0 * u;
    const Team& home = ctx.script.teams[0];
    const Team& away = ctx.script.teams[1];
    std::string score = std::to_string(frame.score[0]) + "\u2013" + std::to_string(frame.score[1]);
    // A shoot-out keeps its own tally beside the score, never in it.
    if (frame.shootout) {
        score += "  (" + std::to_string((*frame.shootout)[0]) + "\u2013" + std::to_string((*frame.shootout)[1]) + " p)";
    }
    const double pad = 10.0 * u, gap = 9.0 * u, chip = 5.0 * u;
    const double wHome = bold.measure(home.shortName, size), wScore = bold.measure(score, size);
    const double wAway = bold.measure(away.shortName, size), wClock = bold.measure(frame.clock, size);
    const double height = 34.0 * u;
    const double teamsWidth = pad + chip + gap + wHome + gap + wScore + gap + wAway + gap + chip + pad;
    const double clockWidth = pad + wClock + pad;
    const std::string key = "score|" + home.shortName + "|" + score + "|" + away.shortName + "|" + frame.clock + "|" + sizeKey(u);
    const Image& sprite = ctx.sprites.get(key, [&] {
        return makeSprite(static_cast<int>(std::ceil(teamsWidth + clockWidth)), static_cast<int>(std::ceil(height)),
                          [&](Canvas& canvas) {
        canvas.fillRoundedRect(0, 0, teamsWidth + clockWidth, height, 6.0 * u, kPanel);
        // The clock sits on a light tab at the right end.
        const Rgba tab{236, 240, 244, 255};
        canvas.fillRoundedRect(teamsWidth, 0, teamsWidth + clockWidth, height, 6.0 * u, tab);
        canvas.fillRect(teamsWidth, 0, teamsWidth + 6.0 * u, height, tab);
        const double baseline = height / 2 + bold.ascent(size) * 0.36;
        const auto chipOf = [&](const Team& team, double at) {
            canvas.fillRoundedRect(at, 8.0 * u, at + chip, height - 8.0 * u, chip / 2, team.kit.shirt);
            if (team.kit.stripes.a > 0) {
                canvas.fillRect(at + chip * 0.35, 8.0 * u, at + chip * 0.65, height - 8.0 * u, team.kit.stripes);
            }
        };
        double x = pad;
        chipOf(home, x);
        x += chip + gap;
        x = bold.draw(canvas, home.shortName, {x, baseline}, size, kText) + gap;
        x = bold.draw(canvas, score, {x, baseline}, size, kText) + gap;
        x = bold.draw(canvas, away.shortName, {x, baseline}, size, kText) + gap;
        chipOf(away, x);
        bold.draw(canvas, frame.clock, {teamsWidth + pad, baseline}, size, Rgba{15, 20, 28, 255});
        });
    });
    ctx.canvas.drawImage(sprite, static_cast<int>(14.0 * u), static_cast<int>(12.0 * u));
}

void paintCaption(const PaintContext& ctx, const Frame& frame) {
    if (frame.moment < 0 || frame.moment >= static_cast<int>(ctx.script.moments.size())) return;
    const Moment& moment = ctx.script.moments[static_cast<std::size_t>(frame.moment)];
    const double legible = legibleScale(ctx.scale.ui);
    const double u = ctx.scale.ui * legible;
    // Legible text on a small output takes more of the width, so the caption still wraps into few lines.
    const double maxWidth = std::min(ctx.canvas.width() * std::min(0.62 * legible, 0.94), 820.0 * u);
    const std::string key = "caption|" + moment.title + "|" + moment.caption + "|" + sizeKey(u) + "|" +
                            std::to_string(std::lround(maxWidth));
    const Image& sprite = ctx.sprites.get(key, [&] {
        const double titleSize = 17.0 * u, textSize = 14.0 * u, pad = 12.0 * u;
        const double lineHeight = ctx.fonts.regular.lineHeight(textSize) * 1.02;
        const auto lines = wrapText(ctx.fonts.regular, moment.caption, textSize, maxWidth);
        double width = ctx.fonts.bold.measure(moment.title, titleSize);
        for (const auto& line : lines) width = std::max(width, ctx.fonts.regular.measure(line, textSize));
        width += 2 * pad;
        const double height = pad + titleSize * 1.15 + lines.size() * lineHeight + pad * 0.7;
        return makeSprite(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)), [&](Canvas& canvas) {
            canvas.fillRoundedRect(0, 0, width, height, 6.0 * u, kPanel);
            canvas.fillRect(0, 6.0 * u, 3.0 * u, height - 6.0 * u, Rgba{255, 196, 0, 255});
            double baseline = pad + ctx.fonts.bold.ascent(titleSize) * 0.85;
            ctx.fonts.bold.draw(canvas, moment.title, {pad, baseline}, titleSize, kText);
            baseline += titleSize * 0.35 + lineHeight;
            for (const auto& line : lines) {
                ctx.fonts.regular.draw(canvas, line, {pad, baseline}, textSize, kMuted);
                baseline += lineHeight;
            }
        });
    });
    const int x = (ctx.canvas.width() - sprite.width) / 2;
    const int y = ctx.canvas.height() - static_cast<int>(12.0 * u) - sprite.height;
    // The play comes first: when the ball or a player in the action is under the caption, it fades
    // back so the pitch shows through. The fade follows the distance, so it never flickers.
    const double margin = 28.0 * u;
    double nearest = margin;
    const auto consider = [&](Vec2 world) {
        const Vec2 p = ctx.projection.toScreen(world);
        const double dx = std::max({x - p.x, 0.0, p.x - (x + sprite.width)});
        const double dy = std::max({y - p.y, 0.0, p.y - (y + sprite.height)});
        nearest = std::min(nearest, std::hypot(dx, dy));
    };
    if (frame.ball.visible) consider(frame.ball.position.ground());
    for (const PlayerFrame& p : frame.players) {
        if (p.inAction) consider(p.position);
    }
    const double opacity = 0.3 + 0.7 * std::clamp(nearest / margin, 0.0, 1.0);
    ctx.canvas.drawImage(sprite, x, y, opacity);
}

void paintToasts(const PaintContext& ctx, const Frame& frame) {
    const double u = ctx.scale.ui * legibleScale(ctx.scale.ui);
    const double size = 16.0 * u;
    const double right = ctx.canvas.width() - 14.0 * u;
    double y = 12.0 * u;
    for (const ActiveEvent& active : frame.events) {
        const std::string headline = eventHeadline(ctx.script, active.event);
        if (headline.empty()) continue;
        const Rgba accent = eventColor(active.event);
        // Slide in over a fifth of a second; fade out over the last half second of four.
        const double in = std::clamp(active.age / 0.2, 0.0, 1.0);
        const double out = std::clamp((4.0 - active.age) / 0.5, 0.0, 1.0);
        const double alpha = std::min(in, out);
        if (alpha <= 0.0) continue;
        const std::string clock = eventMinute(ctx.script, active.event);
        const double height = 32.0 * u;
        const std::string key = "toast|" + headline + "|" + clock + "|" + sizeKey(u);
        const Image& sprite = ctx.sprites.get(key, [&] {
            const double pad = 10.0 * u;
            const double wText = ctx.fonts.bold.measure(headline, size);
            const double wClock = ctx.fonts.regular.measure(clock, size * 0.85);
            const double width = 5.0 * u + pad + wText + pad + wClock + pad;
            return makeSprite(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)), [&](Canvas& canvas) {
            canvas.fillRoundedRect(0, 0, width, height, 5.0 * u, kPanel);
            canvas.fillRoundedRect(0, 0, 5.0 * u, height, 2.0 * u, accent);
            const double baseline = height / 2 + ctx.fonts.bold.ascent(size) * 0.36;
            const double x = ctx.fonts.bold.draw(canvas, headline, {5.0 * u + pad, baseline}, size, kText);
            ctx.fonts.regular.draw(canvas, clock, {x + pad, baseline}, size * 0.85, kMuted);
            });
        });
        const double x0 = right - sprite.width + (1.0 - in) * 30.0 * u;
        ctx.canvas.drawImage(sprite, static_cast<int>(std::lround(x0)), static_cast<int>(y), alpha);
        y += height + 6.0 * u;
    }
}

// Over a frame whose play is not baked yet: says so, in the middle of the pitch.
void paintNotBaked(const PaintContext& ctx) {
    const double u = ctx.scale.ui;
    const double size = 18.0 * u;
    const std::string text = "Baking this minute\u2026";
    const std::string key = "notbaked|" + sizeKey(u);
    const Image& sprite = ctx.sprites.get(key, [&] {
        const double pad = 14.0 * u, height = 40.0 * u;
        const double width = pad + ctx.fonts.bold.measure(text, size) + pad;
        return makeSprite(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)), [&](Canvas& canvas) {
            canvas.fillRoundedRect(0, 0, width, height, 6.0 * u, kPanel);
            ctx.fonts.bold.draw(canvas, text, {pad, height / 2 + ctx.fonts.bold.ascent(size) * 0.36}, size, kMuted);
        });
    });
    ctx.canvas.drawImage(sprite, (ctx.canvas.width() - sprite.width) / 2, (ctx.canvas.height() - sprite.height) / 2);
}

}  // namespace

void paintHud(const PaintContext& ctx, const Frame& frame) {
    if (!frame.baked) paintNotBaked(ctx);
    paintScoreboard(ctx, frame);
    if (ctx.view.caption) paintCaption(ctx, frame);
    paintToasts(ctx, frame);
}

}  // namespace touchline

namespace touchline {

void paintTitleCard(const PaintContext& ctx, const View::TitleCard& card) {
    if (card.moment < 0 || card.moment >= static_cast<int>(ctx.script.moments.size())) return;
    const Moment& moment = ctx.script.moments[static_cast<std::size_t>(card.moment)];
    const double u = ctx.scale.ui;
    // Fade in over the first fifth, out over the last fifth, so cuts between moments are soft.
    const double alpha = std::clamp(std::min(card.progress / 0.2, (1.0 - card.progress) / 0.2), 0.0, 1.0);
    const auto fade = [&](Rgba c, double extra = 1.0) {
        return c.withAlpha(static_cast<std::uint8_t>(c.a * alpha * extra));
    };
    ctx.canvas.fillRect(0, 0, ctx.canvas.width(), ctx.canvas.height(), fade(Rgba{6, 10, 16, 255}, 0.72));
    const double maxWidth = std::min(ctx.canvas.width() * 0.7, 900.0 * u);
    const double clockSize = 22.0 * u, titleSize = 38.0 * u, textSize = 17.0 * u;
    const auto lines = wrapText(ctx.fonts.regular, moment.caption, textSize, maxWidth);
    const double lineHeight = ctx.fonts.regular.lineHeight(textSize);
    const double block = clockSize * 1.6 + titleSize * 1.4 + lines.size() * lineHeight;
    double y = (ctx.canvas.height() - block) / 2 + clockSize;
    const double cx = ctx.canvas.width() / 2.0;
    const std::string clock = ctx.script.clock.minuteText(moment.matchTime);
    const auto centred = [&](const Font& font, const std::string& text, double size, Rgba color) {
        font.draw(ctx.canvas, text, {cx - font.measure(text, size) / 2, y}, size, fade(color));
    };
    centred(ctx.fonts.bold, clock, clockSize, Rgba{255, 196, 0, 255});
    y += clockSize * 0.6 + titleSize * 1.1;
    centred(ctx.fonts.bold, moment.title, titleSize, Rgba{255, 255, 255, 255});
    y += titleSize * 0.4 + lineHeight;
    for (const auto& line : lines) {
        centred(ctx.fonts.regular, line, textSize, Rgba{200, 208, 220, 255});
        y += lineHeight;
    }
}

}  // namespace touchline
