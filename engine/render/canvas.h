#pragma once
// Canvas: anti-aliased drawing into an RGBA Image, in pixel coordinates (y down). Shapes are exact
// polygons rasterised with analytic coverage (render/raster.h); the caller projects from metres first.
#include <cstdint>
#include <span>
#include <vector>

#include "core/vec2.h"
#include "io/image.h"
#include "core/color.h"
#include "render/raster.h"

namespace touchline {

// Pixel rectangles a canvas wrote to, so a renderer can restore only those from its cached background
// for the next frame instead of copying a whole screen.
class DirtyRects {
public:
    struct Rect {
        int x0, y0, x1, y1;  // [x0, x1) x [y0, y1)
    };
    void add(int x0, int y0, int x1, int y1);
    void clear() { rects_.clear(); }
    const std::vector<Rect>& rects() const { return rects_; }

private:
    std::vector<Rect> rects_;
};

class Canvas {
public:
    // Opaque: the target is a finished picture (alpha ignored, stays 255): the fast path for frames.
    // Transparent: the target keeps coverage in its alpha, for sprites composited later with drawImage.
    enum class Target { Opaque, Transparent };

    explicit Canvas(Image& target, Target mode = Target::Opaque) : image_(target), mode_(mode), mask_(ownMask_) {}
    // Shapes are rasterised into `scratch`, which outlives the canvas: a painter that makes a canvas
    // per frame keeps one, so large shapes do not allocate (and fault in) a fresh mask every frame.
    Canvas(Image& target, CoverageMask& scratch, Target mode = Target::Opaque)
        : image_(target), mode_(mode), mask_(scratch) {}
    // Records every rectangle it writes into `dirty` (which outlives the canvas).
    Canvas(Image& target, CoverageMask& scratch, DirtyRects& dirty)
        : image_(target), mode_(Target::Opaque), mask_(scratch), dirty_(&dirty) {}

    int width() const { return image_.width; }
    int height() const { return image_.height; }
    Image& image() { return image_; }

    void clear(Rgba color);
    // The union of the contours (reverse a contour's winding to cut a hole).
    void fill(std::span<const Contour> contours, Rgba color);
    void fillPolygon(std::span<const Vec2> points, Rgba color);
    void strokePolyline(std::span<const Vec2> points, double widthPx, Rgba color, bool closed);
    void fillCircle(Vec2 centre, double radiusPx, Rgba color);
    void strokeCircle(Vec2 centre, double radiusPx, double widthPx, Rgba color);
    // Angles in radians on screen (y down), swept from a0 to a1.
    void strokeArc(Vec2 centre, double radiusPx, double a0, double a1, double widthPx, Rgba color);
    void fillRect(double x0, double y0, double x1, double y1, Rgba color);
    void fillRoundedRect(double x0, double y0, double x1, double y1, double radiusPx, Rgba color);
    // Blends `color` through an 8-bit alpha mask (a glyph, a sprite's shape) placed at (x, y).
    void blendAlpha(const std::uint8_t* alpha, int width, int height, int stride, int x, int y, Rgba color);
    // Copies an RGBA image (straight alpha) with its top-left at (x, y), scaled by `opacity`.
    void drawImage(const Image& source, int x, int y, double opacity = 1.0);

    // Geometry helpers, shared with the code that builds sprites.
    static std::vector<Vec2> arcPoints(Vec2 centre, double radiusPx, double a0, double a1);
    static Contour circle(Vec2 centre, double radiusPx);
    static std::vector<Contour> strokeOutline(std::span<const Vec2> points, double widthPx, bool closed);

private:
    void blend(const CoverageMask& mask, Rgba color);
    static void fillSpan(std::uint8_t* dst, std::size_t count, const std::uint8_t pixel[4]);
    void put(std::uint8_t* pixel, Rgba color, unsigned alpha) const;
    void touched(int x0, int y0, int x1, int y1) {
        if (dirty_) dirty_->add(x0, y0, x1, y1);
    }

    Image& image_;
    Target mode_;
    CoverageMask ownMask_;
    CoverageMask& mask_;  // reused between shapes so drawing allocates nothing once warmed up
    DirtyRects* dirty_ = nullptr;
};

}  // namespace touchline
