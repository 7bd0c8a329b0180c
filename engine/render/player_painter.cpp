// Players: discs in kit colours with shirt numbers, a facing cue, and names for those in the action.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "render/paint_context.h"

namespace touchline {

namespace {

// The part of a disc between two vertical lines (x0 < x1, relative to the centre): one stripe of a shirt.
Contour discBand(Vec2 centre, double r, double x0, double x1) {
    x0 = std::clamp(x0, -r, r);
    x1 = std::clamp(x1, -r, r);
    const double a0 = std::acos(x0 / r);
    const double a1 = std::acos(x1 / r);
    Contour band;
    constexpr int kSteps = 10;
    for (int i = 0; i <= kSteps; ++i) {  // top edge, left to right (screen y up is negative)
        const double a = a0 + (a1 - a0) * i / kSteps;
        band.push_back({centre.x + r * std::cos(a), centre.y - r * std::sin(a)});
    }
    for (int i = 0; i <= kSteps; ++i) {  // bottom edge, right to left
        const double a = -a1 + (a1 - a0) * i / kSteps;
        band.push_back({centre.x + r * std::cos(a), centre.y - r * std::sin(a)});
    }
    return band;
}

Rgba outlineFor(Rgba shirt) { return luminance(shirt) > 0.55 ? Rgba{20, 24, 28, 255} : Rgba{250, 250, 250, 255}; }

constexpr int kPhases = 4;  // sub-pixel positions of a disc sprite, per axis

// The disc itself: rim, shirt (striped round the edge where the kit is), and the number.
void paintDisc(Canvas& canvas, const FontSet& fonts, Vec2 c, double r, double numberSize, const Kit& kit, Rgba outline,
               const std::string& number) {
    canvas.fillCircle(c, r, outline);
    const double inner = r - std::max(1.2, r * 0.13);
    canvas.fillCircle(c, inner, kit.shirt);
    if (kit.stripes.a > 0) {
        // Stripes show round the rim; a plain plate in the middle keeps the number readable.
        const double band = 2.0 * inner / 7.0;
        for (int k : {1, 3, 5}) {
            const Contour stripe = discBand(c, inner, -inner + k * band, -inner + (k + 1) * band);
            canvas.fill(std::span(&stripe, 1), kit.stripes);
        }
        canvas.fillCircle(c, inner * 0.8, kit.shirt);
    }
    const Font& font = fonts.bold;
    const bool digits = !number.empty() && number[0] >= '0' && number[0] <= '9';
    const double size = number.size() > 1 ? numberSize * (digits ? 0.86 : 0.74) : numberSize;
    const double w = font.measure(number, size);
    const Vec2 origin{c.x - w / 2, c.y + font.ascent(size) * 0.36};
    if (kit.stripes.a > 0) {
        // A halo in the shirt colour separates the digits from the stripes behind them.
        for (Vec2 d : {Vec2{-1, 0}, Vec2{1, 0}, Vec2{0, -1}, Vec2{0, 1}}) font.draw(canvas, number, origin + d, size, kit.shirt);
    }
    font.draw(canvas, number, origin, size, kit.number);
}

constexpr double kLabelPad = 0.45;  // a label's padding either side, of its text size

}  // namespace

Vec2 labelSize(const PaintContext& ctx, std::string_view text, double sizePx) {
    const Font& font = ctx.fonts.bold;
    return {font.measure(text, sizePx) + 2 * sizePx * kLabelPad, font.ascent(sizePx) + sizePx * 0.35};
}

void paintLabel(const PaintContext& ctx, std::string_view text, Vec2 topCentre, double sizePx, Rgba textColor,
                Rgba background) {
    const Font& font = ctx.fonts.bold;
    const Vec2 size = labelSize(ctx, text, sizePx);
    const double width = size.x - 2 * sizePx * kLabelPad;  // the text's
    const double height = size.y;
    const double x0 = topCentre.x - size.x / 2;
    ctx.canvas.fillRoundedRect(x0, topCentre.y, x0 + size.x, topCentre.y + height, height / 2, background);
    font.draw(ctx.canvas, text, {topCentre.x - width / 2, topCentre.y + sizePx * 0.18 + font.ascent(sizePx) * 0.92},
              sizePx, textColor);
}

void paintPlayers(const PaintContext& ctx, const Frame& frame) {
    const double r = ctx.scale.playerRadius;
    // Players in the action are drawn last, on top of the others.
    std::vector<const PlayerFrame*> order;
    for (const PlayerFrame& p : frame.players) order.push_back(&p);
    std::stable_partition(order.begin(), order.end(), [](const PlayerFrame* p) { return !p->inAction; });

    for (const PlayerFrame* p : order) {
        const Team& team = ctx.script.teams[p->id.team];
        const Player& player = team.players[p->id.index];
        const Kit& kit = player.isGoalkeeper() ? team.goalkeeperKit : team.kit;
        const Vec2 c = ctx.projection.toScreen(p->position);
        const Rgba outline = outlineFor(kit.shirt);
        const bool selected = p->id == ctx.view.selected;
        const bool hovered = p->id == ctx.view.hovered;

        // Drawn from sprites placed to a quarter of a pixel, so a walking player glides rather than
        // stepping pixel by pixel; the facing wedge and the selection ring are drawn exactly.
        const int px = static_cast<int>(std::floor(c.x)), py = static_cast<int>(std::floor(c.y));
        const int fx = std::clamp(static_cast<int>((c.x - px) * kPhases), 0, kPhases - 1);
        const int fy = std::clamp(static_cast<int>((c.y - py) * kPhases), 0, kPhases - 1);
        const int half = static_cast<int>(std::ceil(r * 1.25)) + 2;
        const std::string where = std::to_string(std::lround(r * 8.0)) + ":" + std::to_string(fx) + ":" + std::to_string(fy);
        const Vec2 centreInSprite{half + (fx + 0.5) / kPhases, half + (fy + 0.5) / kPhases};

        // A soft shadow lifts the disc off the grass.
        const Image& shadow = ctx.playerSprites.get("shadow:" + where, [&] {
            return makeSprite(2 * half + 1, 2 * half + 1, [&](Canvas& canvas) {
                canvas.fillCircle(centreInSprite + Vec2{r * 0.12, r * 0.16}, r * 1.04, Rgba{0, 0, 0, 60});
            });
        });
        ctx.canvas.drawImage(shadow, px - half, py - half);
        if (selected || hovered) {
            ctx.canvas.strokeCircle(c, r * 1.45, std::max(2.0, r * 0.16), Rgba{255, 214, 0, static_cast<std::uint8_t>(selected ? 255 : 170)});
        }
        // Facing cue: a small wedge just outside the disc.
        const Vec2 facing{std::cos(p->facing), -std::sin(p->facing)};
        const Vec2 side = perpendicular(facing);
        const Vec2 tip = c + facing * (r * 1.42);
        const Vec2 base = c + facing * (r * 0.9);
        const Vec2 wedge[3] = {tip, base + side * (r * 0.42), base - side * (r * 0.42)};
        ctx.canvas.fillPolygon(wedge, outline.withAlpha(230));

        const std::string key = "disc:" + std::to_string(p->id.team) + ":" + std::to_string(p->id.index) + ":" + where;
        const Image& disc = ctx.playerSprites.get(key, [&] {
            return makeSprite(2 * half + 1, 2 * half + 1, [&](Canvas& canvas) {
                paintDisc(canvas, ctx.fonts, centreInSprite, r, ctx.scale.numberSize, kit, outline, player.shirtText());
            });
        });
        ctx.canvas.drawImage(disc, px - half, py - half);

        if (p->inAction || selected || hovered) {
            paintLabel(ctx, player.name, {c.x, c.y + r * 1.5}, ctx.scale.labelSize, Rgba{255, 255, 255, 255},
                       Rgba{10, 14, 20, 190});
        }
    }
}

}  // namespace touchline
