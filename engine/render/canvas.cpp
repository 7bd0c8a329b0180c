#include "render/canvas.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <numbers>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace touchline {

namespace {

// (v + 127) / 255 without a division: the same answer for every v up to 255 * 255.
inline unsigned divide255(unsigned v) {
    v += 128u;
    return (v + (v >> 8)) >> 8;
}

inline std::uint8_t blendChannel(std::uint8_t dst, std::uint8_t src, unsigned alpha) {
    return static_cast<std::uint8_t>(divide255(src * alpha + dst * (255u - alpha)));
}

// One pixel of blendRowOpaque: two channels at a time in a 32-bit word.
inline std::uint32_t blendPixelOpaque(std::uint32_t s, std::uint32_t d, unsigned opacity) {
    const std::uint32_t a = divide255((s >> 24) * opacity), na = 255u - a;
    std::uint32_t rb = (s & 0x00FF00FFu) * a + (d & 0x00FF00FFu) * na + 0x00800080u;
    rb = ((rb + ((rb >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
    std::uint32_t g = ((s >> 8) & 0xFFu) * a + ((d >> 8) & 0xFFu) * na + 0x80u;
    g = ((g + (g >> 8)) >> 8) & 0xFFu;
    return rb | (g << 8) | 0xFF000000u;
}

// Straight-alpha RGBA source, scaled by `opacity` (0..255), over an opaque RGBA row. Sprites and the
// HUD's panels go through here every frame, so four pixels at a time with SSE2 (x86-64's baseline)
// where it is available; both paths compute exactly blendChannel's result for every channel.
void blendRowOpaque(std::uint32_t* dst, const std::uint8_t* src, int count, unsigned opacity) {
    static_assert(std::endian::native == std::endian::little, "RGBA bytes read as a little-endian word");
    int i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i full = _mm_set1_epi16(255);
    const __m128i half = _mm_set1_epi16(128);
    const __m128i scale = _mm_set1_epi16(static_cast<short>(opacity));
    const __m128i opaque = _mm_set1_epi32(static_cast<int>(0xFF000000u));
    // (v + 128 + ((v + 128) >> 8)) >> 8 on 16-bit lanes: divide255 for v up to 255 * 255.
    const auto div255 = [&](__m128i v) {
        v = _mm_add_epi16(v, half);
        return _mm_srli_epi16(_mm_add_epi16(v, _mm_srli_epi16(v, 8)), 8);
    };
    const auto blendHalf = [&](__m128i s16, __m128i d16) {
        __m128i a = _mm_shufflehi_epi16(_mm_shufflelo_epi16(s16, _MM_SHUFFLE(3, 3, 3, 3)), _MM_SHUFFLE(3, 3, 3, 3));
        a = div255(_mm_mullo_epi16(a, scale));
        const __m128i na = _mm_sub_epi16(full, a);
        return div255(_mm_add_epi16(_mm_mullo_epi16(s16, a), _mm_mullo_epi16(d16, na)));
    };
    for (; i + 4 <= count; i += 4) {
        const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + static_cast<std::size_t>(i) * 4));
        const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i*>(dst + i));
        const __m128i lo = blendHalf(_mm_unpacklo_epi8(s, zero), _mm_unpacklo_epi8(d, zero));
        const __m128i hi = blendHalf(_mm_unpackhi_epi8(s, zero), _mm_unpackhi_epi8(d, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm_or_si128(_mm_packus_epi16(lo, hi), opaque));
    }
#endif
    for (; i < count; ++i) {
        std::uint32_t s;
        std::memcpy(&s, src + static_cast<std::size_t>(i) * 4, 4);
        dst[i] = blendPixelOpaque(s, dst[i], opacity);
    }
}

// Joint offset between two unit normals, clamped so a sharp corner does not spike far out.
Vec2 miter(Vec2 n0, Vec2 n1) {
    Vec2 m = n0 + n1;
    double len2 = dot(m, m);
    if (len2 < 1e-12) return n0;
    return m * std::min(2.0 / len2, 16.0);
}

}  // namespace

void DirtyRects::add(int x0, int y0, int x1, int y1) {
    if (x0 >= x1 || y0 >= y1) return;
    // Many small rectangles cost more to walk than they save: past a few dozen, merge into the last.
    constexpr std::size_t kMaxRects = 512;
    if (rects_.size() >= kMaxRects) {
        Rect& last = rects_.back();
        last = {std::min(last.x0, x0), std::min(last.y0, y0), std::max(last.x1, x1), std::max(last.y1, y1)};
        return;
    }
    rects_.push_back({x0, y0, x1, y1});
}

void Canvas::clear(Rgba color) {
    touched(0, 0, image_.width, image_.height);
    const std::uint8_t pixel[4] = {color.r, color.g, color.b, mode_ == Target::Opaque ? std::uint8_t{255} : color.a};
    fillSpan(image_.rgba.data(), image_.rgba.size() / 4, pixel);
}

// Sets `count` pixels to one value by doubling copies: a few memcpy calls instead of a byte loop.
void Canvas::fillSpan(std::uint8_t* dst, std::size_t count, const std::uint8_t pixel[4]) {
    if (count == 0) return;
    std::memcpy(dst, pixel, 4);
    std::size_t done = 1;
    while (done < count) {
        const std::size_t n = std::min(done, count - done);
        std::memcpy(dst + done * 4, dst, n * 4);
        done += n;
    }
}

// `alpha` is the source's effective opacity at this pixel, 1..255.
inline void Canvas::put(std::uint8_t* p, Rgba color, unsigned alpha) const {
    if (mode_ == Target::Opaque) {
        if (alpha >= 255) {
            p[0] = color.r;
            p[1] = color.g;
            p[2] = color.b;
            return;
        }
        p[0] = blendChannel(p[0], color.r, alpha);
        p[1] = blendChannel(p[1], color.g, alpha);
        p[2] = blendChannel(p[2], color.b, alpha);
        return;
    }
    // Porter-Duff "over" with straight alpha: the sprite keeps its own transparency.
    const unsigned dstA = p[3];
    const unsigned outA = alpha + (dstA * (255u - alpha) + 127u) / 255u;
    if (outA == 0) return;
    const auto channel = [&](std::uint8_t dst, std::uint8_t src) {
        const unsigned under = dst * dstA * (255u - alpha) / 255u;
        return static_cast<std::uint8_t>((src * alpha + under + outA / 2) / outA);
    };
    p[0] = channel(p[0], color.r);
    p[1] = channel(p[1], color.g);
    p[2] = channel(p[2], color.b);
    p[3] = static_cast<std::uint8_t>(std::min(255u, outA));
}

void Canvas::blend(const CoverageMask& mask, Rgba color) {
    if (mask.empty() || color.a == 0) return;
    touched(mask.left, mask.top, mask.left + mask.width, mask.top + mask.height);
    const float alphaScale = color.a;
    for (int y = 0; y < mask.height; ++y) {
        std::uint8_t* dst = image_.rgba.data() + (static_cast<std::size_t>(mask.top + y) * image_.width + mask.left) * 4;
        const float* cov = mask.coverage.data() + static_cast<std::size_t>(y) * mask.width;
        for (int x = 0; x < mask.width; ++x, dst += 4) {
            const unsigned a = static_cast<unsigned>(cov[x] * alphaScale + 0.5f);
            if (a != 0) put(dst, color, a);
        }
    }
}

void Canvas::fill(std::span<const Contour> contours, Rgba color) {
    if (color.a == 0) return;
    rasterize(contours, image_.width, image_.height, mask_);
    blend(mask_, color);
}

void Canvas::fillPolygon(std::span<const Vec2> points, Rgba color) {
    const Contour contour(points.begin(), points.end());
    fill(std::span(&contour, 1), color);
}

std::vector<Contour> Canvas::strokeOutline(std::span<const Vec2> pts, double widthPx, bool closed) {
    const std::size_t n = pts.size();
    if (n < 2 || widthPx <= 0.0) return {};
    const std::size_t segments = closed ? n : n - 1;
    std::vector<Vec2> normals(segments);
    for (std::size_t i = 0; i < segments; ++i) normals[i] = perpendicular(normalized(pts[(i + 1) % n] - pts[i]));
    std::vector<Vec2> offsets(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (closed) offsets[i] = miter(normals[(i + segments - 1) % segments], normals[i]);
        else if (i == 0) offsets[i] = normals[0];
        else if (i == n - 1) offsets[i] = normals[segments - 1];
        else offsets[i] = miter(normals[i - 1], normals[i]);
    }
    const double half = widthPx * 0.5;
    if (closed) {
        // Two rings wound opposite ways: the band between them.
        Contour outer, inner;
        for (std::size_t i = 0; i < n; ++i) outer.push_back(pts[i] + offsets[i] * half);
        for (std::size_t i = n; i-- > 0;) inner.push_back(pts[i] - offsets[i] * half);
        return {std::move(outer), std::move(inner)};
    }
    Contour band;
    for (std::size_t i = 0; i < n; ++i) band.push_back(pts[i] + offsets[i] * half);
    for (std::size_t i = n; i-- > 0;) band.push_back(pts[i] - offsets[i] * half);
    return {std::move(band)};
}

void Canvas::strokePolyline(std::span<const Vec2> points, double widthPx, Rgba color, bool closed) {
    fill(strokeOutline(points, widthPx, closed), color);
}

std::vector<Vec2> Canvas::arcPoints(Vec2 centre, double radiusPx, double a0, double a1) {
    const double sweep = a1 - a0;
    // Chord sagitta r(1 - cos(step/2)) stays under a twentieth of a pixel: invisible facets.
    double step = 2.0 * std::acos(std::clamp(1.0 - 0.05 / std::max(radiusPx, 0.05), -1.0, 1.0));
    step = std::clamp(step, 0.005, std::numbers::pi / 8.0);
    const int count = std::max(2, static_cast<int>(std::ceil(std::abs(sweep) / step)) + 1);
    std::vector<Vec2> pts;
    pts.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const double a = a0 + sweep * i / (count - 1);
        pts.push_back({centre.x + radiusPx * std::cos(a), centre.y + radiusPx * std::sin(a)});
    }
    return pts;
}

Contour Canvas::circle(Vec2 centre, double radiusPx) {
    Contour pts = arcPoints(centre, radiusPx, 0.0, 2.0 * std::numbers::pi);
    pts.pop_back();  // the last point repeats the first
    return pts;
}

void Canvas::fillCircle(Vec2 centre, double radiusPx, Rgba color) {
    const Contour c = circle(centre, radiusPx);
    fill(std::span(&c, 1), color);
}

void Canvas::strokeCircle(Vec2 centre, double radiusPx, double widthPx, Rgba color) {
    const std::vector<Contour> ring{circle(centre, radiusPx + widthPx / 2),
                                    [&] {
                                        Contour inner = circle(centre, std::max(0.0, radiusPx - widthPx / 2));
                                        std::reverse(inner.begin(), inner.end());
                                        return inner;
                                    }()};
    fill(ring, color);
}

void Canvas::strokeArc(Vec2 centre, double radiusPx, double a0, double a1, double widthPx, Rgba color) {
    const auto pts = arcPoints(centre, radiusPx, a0, a1);
    strokePolyline(pts, widthPx, color, false);
}

void Canvas::fillRect(double x0, double y0, double x1, double y1, Rgba color) {
    // An axis-aligned rectangle covers each pixel by (overlap in x) * (overlap in y): the coverage the
    // polygon rasteriser would find, without accumulating it. The grass of every pitch repaint (whole
    // screens of stripes) goes through here, so it is filled span by span.
    if (color.a == 0) return;
    if (x0 > x1) std::swap(x0, x1);
    if (y0 > y1) std::swap(y0, y1);
    if (!std::isfinite(x0 + x1 + y0 + y1)) return;
    const int left = std::max(0, static_cast<int>(std::floor(x0)));
    const int right = std::min(image_.width, static_cast<int>(std::ceil(x1)));
    const int top = std::max(0, static_cast<int>(std::floor(y0)));
    const int bottom = std::min(image_.height, static_cast<int>(std::ceil(y1)));
    if (left >= right || top >= bottom) return;
    touched(left, top, right, bottom);
    const auto overlap = [](int pixel, double lo, double hi) {
        return static_cast<float>(std::clamp(std::min(pixel + 1.0, hi) - std::max(static_cast<double>(pixel), lo), 0.0, 1.0));
    };
    // Whole pixels inside in x: [innerLeft, innerRight).
    const int innerLeft = std::min(right, std::max(left, static_cast<int>(std::ceil(x0))));
    const int innerRight = std::max(innerLeft, std::min(right, static_cast<int>(std::floor(x1))));
    const bool solid = color.a == 255 && mode_ == Target::Opaque;
    const std::uint8_t pixel[4] = {color.r, color.g, color.b, 255};
    const float alphaScale = color.a;
    for (int y = top; y < bottom; ++y) {
        const float cy = overlap(y, y0, y1);
        std::uint8_t* row = image_.rgba.data() + static_cast<std::size_t>(y) * image_.width * 4;
        const auto edge = [&](int x) {
            const unsigned a = static_cast<unsigned>(overlap(x, x0, x1) * cy * alphaScale + 0.5f);
            if (a != 0) put(row + x * 4, color, a);
        };
        for (int x = left; x < innerLeft; ++x) edge(x);
        if (solid && cy >= 1.0f) {
            fillSpan(row + innerLeft * 4, static_cast<std::size_t>(innerRight - innerLeft), pixel);
        } else {
            const unsigned a = static_cast<unsigned>(cy * alphaScale + 0.5f);
            if (a != 0) {
                for (int x = innerLeft; x < innerRight; ++x) put(row + x * 4, color, a);
            }
        }
        for (int x = std::max(innerRight, innerLeft); x < right; ++x) edge(x);
    }
}

void Canvas::fillRoundedRect(double x0, double y0, double x1, double y1, double r, Rgba color) {
    r = std::clamp(r, 0.0, std::min(x1 - x0, y1 - y0) * 0.5);
    const double pi = std::numbers::pi;
    Contour pts;
    auto corner = [&](Vec2 c, double from) {
        auto arc = arcPoints(c, r, from, from + pi / 2.0);
        pts.insert(pts.end(), arc.begin(), arc.end());
    };
    corner({x1 - r, y0 + r}, -pi / 2.0);
    corner({x1 - r, y1 - r}, 0.0);
    corner({x0 + r, y1 - r}, pi / 2.0);
    corner({x0 + r, y0 + r}, pi);
    fill(std::span(&pts, 1), color);
}

void Canvas::blendAlpha(const std::uint8_t* alpha, int w, int h, int stride, int x, int y, Rgba color) {
    const int xs = std::max(0, -x), ys = std::max(0, -y);
    const int xe = std::min(w, image_.width - x), ye = std::min(h, image_.height - y);
    if (xs < xe && ys < ye) touched(x + xs, y + ys, x + xe, y + ye);
    for (int row = ys; row < ye; ++row) {
        const std::uint8_t* src = alpha + static_cast<std::size_t>(row) * stride;
        std::uint8_t* dst = image_.rgba.data() + (static_cast<std::size_t>(y + row) * image_.width + x) * 4;
        for (int col = xs; col < xe; ++col) {
            const unsigned a = divide255(src[col] * static_cast<unsigned>(color.a));
            if (a != 0) put(dst + col * 4, color, a);
        }
    }
}

void Canvas::drawImage(const Image& source, int x, int y, double opacity) {
    const unsigned scale = static_cast<unsigned>(std::clamp(opacity, 0.0, 1.0) * 255.0 + 0.5);
    const int xs = std::max(0, -x), ys = std::max(0, -y);
    const int xe = std::min(source.width, image_.width - x), ye = std::min(source.height, image_.height - y);
    if (xs < xe && ys < ye) touched(x + xs, y + ys, x + xe, y + ye);
    for (int row = ys; row < ye; ++row) {
        const std::uint8_t* src = source.pixel(0, row);
        std::uint8_t* dst = image_.rgba.data() + (static_cast<std::size_t>(y + row) * image_.width + x) * 4;
        if (mode_ == Target::Opaque) {
            // The hot path of every frame (HUD sprites): no per-pixel mode test, integer blending.
            blendRowOpaque(reinterpret_cast<std::uint32_t*>(dst) + xs, src + static_cast<std::size_t>(xs) * 4, xe - xs, scale);
            continue;
        }
        for (int col = xs; col < xe; ++col) {
            const std::uint8_t* s = src + col * 4;
            const unsigned a = divide255(s[3] * scale);
            if (a != 0) put(dst + col * 4, Rgba{s[0], s[1], s[2], 255}, a);
        }
    }
}

}  // namespace touchline
