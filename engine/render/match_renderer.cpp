#include "render/match_renderer.h"

#include <algorithm>
#include <cstring>

#include "render/paint_context.h"

namespace touchline {

DrawScale::DrawScale(const View& view) {
    const double fit = std::min(view.width / 1280.0, view.height / 720.0);
    ui = std::clamp(fit, 0.45, 4.0) * view.uiScale;
    const Projection projection(view.camera, view.width, view.height);
    // Discs are larger than a body seen from above so numbers stay readable, but stop growing when the
    // camera zooms in, so a close-up still shows space between players.
    playerRadius = std::clamp(projection.toPixels(1.2), std::max(11.0 * ui, 9.0), std::max(19.0 * ui, 9.0));
    ballRadius = std::max(projection.toPixels(0.16), 3.2 * ui);
    numberSize = playerRadius * 1.0;
    labelSize = std::max(11.0 * ui, 9.0);
}

MatchRenderer::MatchRenderer(FontSet fonts, PitchStyle style) : pitch_(style), fonts_(std::move(fonts)) {}

const Image& MatchRenderer::draw(const Script& script, const Frame& frame, const View& view) {
    Image& out = picture_;
    const Image& pitch = pitch_.image(view.camera, view.width, view.height);
    const bool incremental = lastPitch_ == pitch_.version() && out.width == pitch.width && out.height == pitch.height &&
                             out.rgba.size() == pitch.rgba.size();
    if (incremental) {
        // The pitch does not change between frames: put back only what the last frame drew on it.
        const std::size_t stride = static_cast<std::size_t>(pitch.width) * 4;
        for (const DirtyRects::Rect& r : drawn_.rects()) {
            const std::size_t bytes = static_cast<std::size_t>(r.x1 - r.x0) * 4;
            for (int y = r.y0; y < r.y1; ++y) {
                const std::size_t at = y * stride + static_cast<std::size_t>(r.x0) * 4;
                std::memcpy(out.rgba.data() + at, pitch.rgba.data() + at, bytes);
            }
        }
    } else {
        out.width = pitch.width;
        out.height = pitch.height;
        out.rgba.resize(pitch.rgba.size());
        std::memcpy(out.rgba.data(), pitch.rgba.data(), pitch.rgba.size());
    }
    drawn_.clear();
    lastPitch_ = pitch_.version();

    Canvas canvas(out, scratch_, drawn_);
    const Projection projection(view.camera, view.width, view.height);
    const DrawScale scale(view);
    const PaintContext ctx{canvas, projection, fonts_, scale, view, script, sprites_, playerSprites_};
    paintOffsideLine(ctx, frame);
    if (view.trails) paintTrails(ctx, frame);
    paintPlayers(ctx, frame);
    paintBall(ctx, frame);
    if (view.hud) paintHud(ctx, frame);
    if (view.titleCard) paintTitleCard(ctx, *view.titleCard);
    return out;
}

void MatchRenderer::render(const Script& script, const Frame& frame, const View& view, Image& out) {
    const Image& picture = draw(script, frame, view);
    out.width = picture.width;
    out.height = picture.height;
    out.rgba.assign(picture.rgba.begin(), picture.rgba.end());
}

}  // namespace touchline
