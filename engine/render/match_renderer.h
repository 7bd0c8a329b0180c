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

    // Draws the frame into the renderer's own picture and returns it (valid until the next call). The
    // picture is the renderer's alone, so the next frame restores from the pitch only what this one
    // drew over it, instead of copying a whole screen: the viewer's and the benchmark's path.
    const Image& draw(const Script& script, const Frame& frame, const View& view);
    // The same picture, copied into `out` (resized when needed): for callers that keep their images.
    void render(const Script& script, const Frame& frame, const View& view, Image& out);

    const FontSet& fonts() const { return fonts_; }

private:
    PitchLayer pitch_;
    FontSet fonts_;
    SpriteCache sprites_;
    SpriteCache playerSprites_{1024};  // 22 players x 16 sub-pixel phases, with room for a zoom change
    CoverageMask scratch_;  // the canvas's rasteriser memory, kept between frames
    Image picture_;         // the last frame drawn
    DirtyRects drawn_;      // what it drew over the pitch
    std::uint64_t lastPitch_ = 0;  // the pitch layer's version under it
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
