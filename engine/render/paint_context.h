#pragma once
// What every painter of a frame shares: the canvas, the projection, the fonts, the sizes.
#include "render/canvas.h"
#include "render/font.h"
#include "render/match_renderer.h"
#include "render/projection.h"
#include "render/sprite_cache.h"

namespace touchline {

struct PaintContext {
    Canvas& canvas;
    const Projection& projection;
    const FontSet& fonts;
    const DrawScale& scale;
    const View& view;
    const Script& script;
    SpriteCache& sprites;        // scoreboard, captions, toasts
    SpriteCache& playerSprites;  // discs and their shadows
};

// A text label on a rounded dark pill, centred horizontally on `centre.x` with its top at `centre.y`.
// The pill's width and height in pixels, padding included.
Vec2 labelSize(const PaintContext& ctx, std::string_view text, double sizePx);
void paintLabel(const PaintContext& ctx, std::string_view text, Vec2 topCentre, double sizePx, Rgba textColor,
                Rgba background);

void paintPlayers(const PaintContext& ctx, const Frame& frame);
void paintBall(const PaintContext& ctx, const Frame& frame);
void paintTrails(const PaintContext& ctx, const Frame& frame);
void paintOffsideLine(const PaintContext& ctx, const Frame& frame);
void paintHud(const PaintContext& ctx, const Frame& frame);
void paintTitleCard(const PaintContext& ctx, const View::TitleCard& card);

}  // namespace touchline
