#pragma once
// MatchRenderer: draws a Frame as a broadcast tactical camera would show it, into an RGBA Image.
// The viewer, `touchline shot`, the exporters and the tests all draw through this one path.
#include <optional>

#include "io/image.h"
#include "render/font.h"
#include "render/pitch_layer.h"
#include "render/projection.h"
#include "render/raster.h"
#include "render/sprite_cache.h"
#include "script/script.h"
#include "timeline/frame.h"

namespace touchline {

struct View {
    Camera camera;
    int width = 1280;
    int height = 720;
    double uiScale = 1.0;  // extra scale for text and HUD (HiDPI displays); layout also follows the size
    bool trails = true;
    bool hud = true;       // scoreboard, caption and toasts
    bool caption = true;
    PlayerId hovered;
    PlayerId selected;
    // Highlights: a card announcing a moment over the pitch, `progress` 0..1 through its display.
    struct TitleCard {
        int moment = -1;
        double progress = 0.0;
    };
    std::optional<TitleCard> titleCard;
};

class MatchRenderer {
public:
    explicit MatchRenderer(FontSet fonts, PitchStyle style = {});

    // Draws the frame; `out` is resized to the view's size when needed (no allocation otherwise).
    // When `out` is the image this renderer drew last (and nobody wrote to it since), only what that
    // frame drew over the pitch is restored, not the whole screen.
    void render(const Script& script, const Frame& frame, const View& view, Image& out);

    const FontSet& fonts() const { return fonts_; }

private:
    PitchLayer pitch_;
    FontSet fonts_;
    SpriteCache sprites_;
    SpriteCache playerSprites_{1024};  // 22 players x 16 sub-pixel phases, with room for a zoom change
    CoverageMask scratch_;  // the canvas's rasteriser memory, kept between frames
    DirtyRects drawn_;      // what the last frame drew over the pitch
    const std::uint8_t* lastOut_ = nullptr;
    std::uint64_t lastPitch_ = 0;  // the pitch layer's version under the last frame
};

// How big things are drawn, derived from the view: one place for every size the painters use.
struct DrawScale {
    explicit DrawScale(const View& view);
    double ui;             // 1 at 1280x720; grows with the output and uiScale
    double playerRadius;   // pixels
    double ballRadius;     // pixels, on the ground
    double numberSize;     // font size of shirt numbers
    double labelSize;      // names under the discs
};

}  // namespace touchline
