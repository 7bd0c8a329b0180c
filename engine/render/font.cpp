#include "render/font.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <stb_truetype.h>

namespace touchline {

char32_t nextCodepoint(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i++);
    if (c < 0x80) return c;
    int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) > text.size()) return U'\uFFFD';
    char32_t code = c & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        const unsigned char next = byte(i);
        if ((next & 0xC0) != 0x80) return U'\uFFFD';
        code = (code << 6) | (next & 0x3F);
        ++i;
    }
    return code;
}

Font::Font() : info_(std::make_unique<stbtt_fontinfo>()) {}
Font::Font(Font&&) noexcept = default;
Font& Font::operator=(Font&&) noexcept = default;
Font::~Font() = default;

Result<Font> Font::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot open font " + path};
    Font font;
    font.data_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const int offset = stbtt_GetFontOffsetForIndex(font.data_.data(), 0);
    if (font.data_.size() < 12 || offset < 0 || !stbtt_InitFont(font.info_.get(), font.data_.data(), offset)) {
        return Error{path + " is not a TrueType font"};
    }
    return font;
}

double Font::scale(double sizePx) const { return stbtt_ScaleForPixelHeight(info_.get(), static_cast<float>(sizePx)); }

double Font::ascent(double sizePx) const {
    int a = 0, d = 0, gap = 0;
    stbtt_GetFontVMetrics(info_.get(), &a, &d, &gap);
    return a * scale(sizePx);
}

double Font::descent(double sizePx) const {
    int a = 0, d = 0, gap = 0;
    stbtt_GetFontVMetrics(info_.get(), &a, &d, &gap);
    return -d * scale(sizePx);
}

double Font::lineHeight(double sizePx) const {
    int a = 0, d = 0, gap = 0;
    stbtt_GetFontVMetrics(info_.get(), &a, &d, &gap);
    return (a - d + gap) * scale(sizePx);
}

const Font::Metrics& Font::metrics(char32_t codepoint) const {
    auto it = metrics_.find(codepoint);
    if (it != metrics_.end()) return it->second;
    Metrics m;
    m.glyph = stbtt_FindGlyphIndex(info_.get(), static_cast<int>(codepoint));
    int bearing = 0;
    stbtt_GetGlyphHMetrics(info_.get(), m.glyph, &m.advance, &bearing);
    return metrics_.emplace(codepoint, m).first->second;
}

int Font::kerning(int left, int right) const {
    // stb_truetype searches the kerning table on every call; pairs repeat, so remember them.
    const std::uint64_t key = (static_cast<std::uint64_t>(left) << 32) | static_cast<std::uint32_t>(right);
    auto it = kerning_.find(key);
    if (it != kerning_.end()) return it->second;
    return kerning_.emplace(key, stbtt_GetGlyphKernAdvance(info_.get(), left, right)).first->second;
}

template <typename Visit>
double Font::layout(std::string_view utf8, double sizePx, double x, Visit&& visit) const {
    const double s = scale(sizePx);
    int previous = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const Metrics& m = metrics(nextCodepoint(utf8, i));
        if (previous) x += kerning(previous, m.glyph) * s;
        visit(m.glyph, x);
        x += m.advance * s;
        previous = m.glyph;
    }
    return x;
}

double Font::measure(std::string_view utf8, double sizePx) const {
    return layout(utf8, sizePx, 0.0, [](int, double) {});
}

const Font::Glyph& Font::glyph(int glyphIndex, double sizePx, double shiftX) const {
    const auto sizeKey = static_cast<std::uint64_t>(std::lround(sizePx * 4.0));
    const auto shiftKey = static_cast<std::uint64_t>(std::lround(shiftX * 4.0)) & 3u;
    const std::uint64_t key = (static_cast<std::uint64_t>(glyphIndex) << 24) | (sizeKey << 2) | shiftKey;
    auto it = glyphs_.find(key);
    if (it != glyphs_.end()) return it->second;
    const float s = static_cast<float>(scale(sizeKey / 4.0));
    const float shift = static_cast<float>(shiftKey) / 4.0f;
    Glyph g;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBoxSubpixel(info_.get(), glyphIndex, s, s, shift, 0.0f, &x0, &y0, &x1, &y1);
    g.width = x1 - x0;
    g.height = y1 - y0;
    g.xOffset = x0;
    g.yOffset = y0;
    if (g.width > 0 && g.height > 0) {
        g.alpha.resize(static_cast<std::size_t>(g.width) * g.height);
        stbtt_MakeGlyphBitmapSubpixel(info_.get(), g.alpha.data(), g.width, g.height, g.width, s, s, shift, 0.0f,
                                      glyphIndex);
    }
    return glyphs_.emplace(key, std::move(g)).first->second;
}

double Font::draw(Canvas& canvas, std::string_view utf8, Vec2 origin, double sizePx, Rgba color) const {
    const int baseline = static_cast<int>(std::lround(origin.y));
    return layout(utf8, sizePx, origin.x, [&](int glyphIndex, double x) {
        const double left = std::floor(x);
        const Glyph& bitmap = glyph(glyphIndex, sizePx, x - left);
        if (bitmap.alpha.empty()) return;
        canvas.blendAlpha(bitmap.alpha.data(), bitmap.width, bitmap.height, bitmap.width,
                          static_cast<int>(left) + bitmap.xOffset, baseline + bitmap.yOffset, color);
    });
}

std::vector<std::string> wrapText(const Font& font, std::string_view text, double sizePx, double maxWidth) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
        if (end == i) break;
        const std::string_view word = text.substr(i, end - i);
        std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (!line.empty() && font.measure(candidate, sizePx) > maxWidth) {
            lines.push_back(std::move(line));
            line = std::string(word);
        } else {
            line = std::move(candidate);
        }
        i = end;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

Result<FontSet> loadDefaultFonts() {
    std::vector<std::filesystem::path> dirs;
    if (const char* dir = std::getenv("TOUCHLINE_FONT_DIR")) dirs.emplace_back(dir);
    dirs.emplace_back("/usr/share/fonts/truetype/dejavu");
    for (const auto& dir : dirs) {
        if (!std::filesystem::exists(dir / "DejaVuSans.ttf")) continue;
        auto regular = Font::load((dir / "DejaVuSans.ttf").string());
        auto bold = Font::load((dir / "DejaVuSans-Bold.ttf").string());
        if (regular && bold) return FontSet{std::move(*regular), std::move(*bold)};
    }
    return Error{"cannot find the DejaVu fonts (install the Debian package fonts-dejavu-core, "
                 "or point TOUCHLINE_FONT_DIR at a folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf)"};
}

}  // namespace touchline
