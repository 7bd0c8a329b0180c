// What moves over the grass besides the players: the ball with its shadow, trails, the offside line.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/pitch.h"
#include "render/paint_context.h"

namespace touchline {

void paintBall(const PaintContext& ctx, const Frame& frame) {
    if (!frame.ball.visible) return;
    const Vec3 b = frame.ball.position;
    const double z = std::max(0.0, b.z);
    const double r = ctx.scale.ballRadius;
    // Sun from the top-left of the screen: the shadow falls down-right, further and softer with height.
    const Vec2 ground = ctx.projection.toScreen(b.ground());
    const Vec2 shadowAt = ground + Vec2{0.55, 0.75} * ctx.projection.toPixels(z * 0.45);
    const double shadowAlpha = std::clamp(110.0 - z * 12.0, 35.0, 110.0);
    ctx.canvas.fillCircle(shadowAt, r * (1.0 + z * 0.05), Rgba{0, 0, 0, static_cast<std::uint8_t>(shadowAlpha)});
    // The ball itself grows as it rises towards the camera.
    const double size = r * (1.0 + std::min(z, 12.0) * 0.09);
    ctx.canvas.fillCircle(ground, size, Rgba{25, 25, 25, 255});
    ctx.canvas.fillCircle(ground, size - std::max(1.0, size * 0.22), Rgba{255, 255, 255, 255});
    ctx.canvas.fillCircle(ground + Vec2{-size * 0.18, -size * 0.2}, size * 0.3, Rgba{255, 255, 255, 255});
}

void paintTrails(const PaintContext& ctx, const Frame& frame) {
    // A trail fades and thins towards its tail. Drawn as a few bands of constant alpha and width, each
    // one polyline, rather than one shape per sample (90 samples a trail): the steps are finer than
    // the eye follows on a moving trail, and a frame rasterises a dozen shapes instead of hundreds.
    constexpr std::size_t kBands = 10;
    std::vector<Vec2> band;
    const auto fading = [&](const std::vector<Vec2>& points, Rgba color, double width) {
        if (points.size() < 2) return;
        const std::size_t n = points.size();
        for (std::size_t b = 0; b < kBands; ++b) {
            const std::size_t first = (n - 1) * b / kBands, last = (n - 1) * (b + 1) / kBands;
            if (last <= first) continue;
            const double fresh = static_cast<double>(b + 1) / kBands;  // 1 at the head
            const double alpha = color.a * fresh * fresh;
            if (alpha < 2.0) continue;
            band.clear();
            for (std::size_t i = first; i <= last; ++i) {
                const Vec2 p = ctx.projection.toScreen(points[i]);
                // Samples closer than a pixel add nothing but corners.
                if (!band.empty() && i != last && distance(band.back(), p) < 1.5) continue;
                band.push_back(p);
            }
            if (band.size() < 2) continue;
            ctx.canvas.strokePolyline(band, width * (0.35 + 0.65 * fresh), color.withAlpha(static_cast<std::uint8_t>(alpha)),
                                      false);
        }
    };
    std::size_t trail = 0;
    for (const PlayerFrame& p : frame.players) {
        if (!p.inAction || trail >= frame.playerTrails.size()) continue;
        const Team& team = ctx.script.teams[p.id.team];
        const Kit& kit = team.players[p.id.index].isGoalkeeper() ? team.goalkeeperKit : team.kit;
        const Rgba tone = luminance(kit.shirt) > 0.8 && kit.stripes.a > 0 ? Rgba{235, 235, 235, 150} : kit.shirt.withAlpha(150);
        fading(frame.playerTrails[trail++], tone, ctx.scale.playerRadius * 0.45);
    }
    std::vector<Vec2> ball;
    ball.reserve(frame.ballTrail.size());
    for (const Vec3& p : frame.ballTrail) ball.push_back(p.ground());
    fading(ball, Rgba{255, 255, 255, 200}, ctx.scale.ballRadius * 1.1);
}

void paintOffsideLine(const PaintContext& ctx, const Frame& frame) {
    if (!frame.offsideLine) return;
    const OffsideLineView& line = *frame.offsideLine;
    const Rgba color{255, 196, 0, 235};
    const Vec2 top = ctx.projection.toScreen({line.x, pitch::kWidth});
    const Vec2 bottom = ctx.projection.toScreen({line.x, 0.0});
    // Dashed, so it reads as a drawn analysis line rather than a marking on the grass.
    const double dash = 10.0 * ctx.scale.ui;
    for (double y = top.y; y < bottom.y; y += dash * 1.7) {
        const std::array<Vec2, 2> seg{Vec2{top.x, y}, Vec2{top.x, std::min(y + dash, bottom.y)}};
        ctx.canvas.strokePolyline(seg, 2.4 * ctx.scale.ui, color, false);
    }
    char text[64];
    std::snprintf(text, sizeof text, "OFFSIDE  %.1f m", line.margin);
    // Just inside the far touchline, clear of the scoreboard and the toasts above the pitch and of the
    // caption below it. Where a player stands under it there (a full back on his touchline), it slides
    // to one side of the line, so the label never hides who the line is about.
    const double size = 13.0 * ctx.scale.ui;
    const Vec2 box = labelSize(ctx, text, size);
    const double y = top.y + 6.0 * ctx.scale.ui;
    const double aside = box.x / 2 + ctx.scale.playerRadius + 3.0 * ctx.scale.ui;  // clear of one on the line
    // How far the nearest player's disc is from the label at `at` (negative: it overlaps).
    const auto clearance = [&](Vec2 at) {
        double nearest = std::numeric_limits<double>::infinity();
        for (const PlayerFrame& p : frame.players) {
            const Vec2 c = ctx.projection.toScreen(p.position);
            const double dx = std::max({at.x - box.x / 2 - c.x, 0.0, c.x - (at.x + box.x / 2)});
            const double dy = std::max({at.y - c.y, 0.0, c.y - (at.y + box.y)});
            nearest = std::min(nearest, std::hypot(dx, dy) - ctx.scale.playerRadius);
        }
        return nearest;
    };
    Vec2 at{top.x, y};
    double best = clearance(at);
    for (const double side : {aside, -aside}) {
        if (best >= 0.0) break;
        const Vec2 there{top.x + side, y};
        if (const double c = clearance(there); c > best) {
            at = there;
            best = c;
        }
    }
    paintLabel(ctx, text, at, size, Rgba{20, 20, 20, 255}, color);
}

}  // namespace touchline
