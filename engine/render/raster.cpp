#include "render/raster.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace touchline {

namespace {

// Adds one edge's signed area to the accumulation buffer `acc` (rows of `stride`, origin at the mask's
// top-left corner). `x` is already relative to the mask and clamped to [0, width].
void accumulateEdge(std::vector<float>& acc, int stride, int height, Vec2 p0, Vec2 p1) {
    if (p0.y == p1.y) return;
    double direction = 1.0;
    if (p0.y > p1.y) {
        std::swap(p0, p1);
        direction = -1.0;
    }
    const double dxdy = (p1.x - p0.x) / (p1.y - p0.y);
    double x = p0.x;
    int yStart = static_cast<int>(std::floor(p0.y));
    if (yStart < 0) {
        x += dxdy * (0.0 - p0.y);
        yStart = 0;
    }
    const int yEnd = std::min(height, static_cast<int>(std::ceil(p1.y)));
    const double maxX = static_cast<double>(stride - 2);
    for (int y = yStart; y < yEnd; ++y) {
        const double top = std::max(static_cast<double>(y), p0.y);
        const double bottom = std::min(y + 1.0, p1.y);
        const double dy = bottom - top;
        const double xNext = x + dxdy * dy;
        const double d = dy * direction;
        double x0 = std::clamp(std::min(x, xNext), 0.0, maxX);
        double x1 = std::clamp(std::max(x, xNext), 0.0, maxX);
        float* row = acc.data() + static_cast<std::size_t>(y) * stride;
        const double x0Floor = std::floor(x0);
        const int x0i = static_cast<int>(x0Floor);
        const double x1Ceil = std::ceil(x1);
        const int x1i = static_cast<int>(x1Ceil);
        if (x1i <= x0i + 1) {
            // The edge stays within one pixel on this row: split by its mean x.
            const double xm = 0.5 * (x0 + x1) - x0Floor;
            row[x0i] += static_cast<float>(d - d * xm);
            row[x0i + 1] += static_cast<float>(d * xm);
        } else {
            const double s = 1.0 / (x1 - x0);
            const double x0f = x0 - x0Floor;
            const double a0 = 0.5 * s * (1.0 - x0f) * (1.0 - x0f);
            const double x1f = x1 - x1Ceil + 1.0;
            const double am = 0.5 * s * x1f * x1f;
            row[x0i] += static_cast<float>(d * a0);
            if (x1i == x0i + 2) {
                row[x0i + 1] += static_cast<float>(d * (1.0 - a0 - am));
            } else {
                const double a1 = s * (1.5 - x0f);
                row[x0i + 1] += static_cast<float>(d * (a1 - a0));
                for (int xi = x0i + 2; xi < x1i - 1; ++xi) row[xi] += static_cast<float>(d * s);
                const double a2 = a1 + (x1i - x0i - 3) * s;
                row[x1i - 1] += static_cast<float>(d * (1.0 - a2 - am));
            }
            row[x1i] += static_cast<float>(d * am);
        }
        x = xNext;
    }
}

// Clips an edge to lo <= x <= hi: the parts outside become vertical edges on the border, which cover
// the same area for every pixel inside.
void accumulateClipped(std::vector<float>& acc, int stride, int height, Vec2 a, Vec2 b, double lo, double hi) {
    auto crossAt = [&](double xc) {
        const double t = (xc - a.x) / (b.x - a.x);
        return Vec2{xc, a.y + (b.y - a.y) * t};
    };
    // Split at the borders the edge crosses, then clamp each piece (now wholly on one side).
    Vec2 points[4] = {a, {}, {}, {}};
    int count = 1;
    double cuts[2];
    int cutCount = 0;
    if ((a.x < lo) != (b.x < lo)) cuts[cutCount++] = lo;
    if ((a.x > hi) != (b.x > hi)) cuts[cutCount++] = hi;
    if (cutCount == 2 && (cuts[0] - a.x) * (b.x - a.x) > (cuts[1] - a.x) * (b.x - a.x)) std::swap(cuts[0], cuts[1]);
    for (int i = 0; i < cutCount; ++i) points[count++] = crossAt(cuts[i]);
    points[count++] = b;
    for (int i = 0; i + 1 < count; ++i) {
        Vec2 p = points[i], q = points[i + 1];
        p.x = std::clamp(p.x, lo, hi);
        q.x = std::clamp(q.x, lo, hi);
        accumulateEdge(acc, stride, height, p, q);
    }
}

}  // namespace

void rasterize(std::span<const Contour> contours, int clipWidth, int clipHeight, CoverageMask& out) {
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const Contour& contour : contours) {
        for (Vec2 p : contour) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
    }
    out.left = std::max(0, static_cast<int>(std::floor(minX)));
    out.top = std::max(0, static_cast<int>(std::floor(minY)));
    const int right = std::min(clipWidth, static_cast<int>(std::ceil(maxX)) + 1);
    const int bottom = std::min(clipHeight, static_cast<int>(std::ceil(maxY)));
    out.width = right - out.left;
    out.height = bottom - out.top;
    if (out.width <= 0 || out.height <= 0 || !std::isfinite(minX + maxX + minY + maxY)) {
        out.width = out.height = 0;
        out.coverage.clear();
        return;
    }
    // Two spare columns: an edge at the right border spills its remainder one pixel on.
    const int stride = out.width + 2;
    std::vector<float>& acc = out.accumulation;
    acc.assign(static_cast<std::size_t>(stride) * out.height, 0.0f);
    const Vec2 origin{static_cast<double>(out.left), static_cast<double>(out.top)};
    for (const Contour& contour : contours) {
        const std::size_t n = contour.size();
        if (n < 3) continue;
        for (std::size_t i = 0; i < n; ++i) {
            accumulateClipped(acc, stride, out.height, contour[i] - origin, contour[(i + 1) % n] - origin, 0.0,
                              static_cast<double>(out.width));
        }
    }
    out.coverage.resize(static_cast<std::size_t>(out.width) * out.height);
    for (int y = 0; y < out.height; ++y) {
        const float* row = acc.data() + static_cast<std::size_t>(y) * stride;
        float* dst = out.coverage.data() + static_cast<std::size_t>(y) * out.width;
        float sum = 0.0f;
        for (int x = 0; x < out.width; ++x) {
            sum += row[x];
            dst[x] = std::min(1.0f, std::abs(sum));
        }
    }
}

}  // namespace touchline
