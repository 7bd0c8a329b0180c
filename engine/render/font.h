#pragma once
// Font: TrueType text drawn into a Canvas, through stb_truetype (Debian's libstb). Glyphs are
// rasterised on first use at the size and quarter-pixel offset asked for, then reused.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "core/vec2.h"
#include "render/canvas.h"

struct stbtt_fontinfo;

namespace touchline {

class Font {
public:
    static Result<Font> load(const std::string& path);
    Font(Font&&) noexcept;
    Font& operator=(Font&&) noexcept;
    ~Font();

    // Vertical metrics for a size given as the pixel height from descender to ascender.
    double ascent(double sizePx) const;
    double descent(double sizePx) const;  // positive, below the baseline
    double lineHeight(double sizePx) const;
    double measure(std::string_view utf8, double sizePx) const;

    // Draws text with its baseline starting at `origin`. Returns the pen's x after the text.
    double draw(Canvas& canvas, std::string_view utf8, Vec2 origin, double sizePx, Rgba color) const;

private:
    struct Glyph {
        int width = 0, height = 0, xOffset = 0, yOffset = 0;
        std::vector<std::uint8_t> alpha;
    };
    struct Metrics {
        int glyph = 0;
        int advance = 0;  // font units
    };
    Font();
    double scale(double sizePx) const;
    const Metrics& metrics(char32_t codepoint) const;
    int kerning(int leftGlyph, int rightGlyph) const;
    // Walks the glyphs of a string, calling visit(glyphIndex, penX); returns the pen's final x.
    template <typename Visit>
    double layout(std::string_view utf8, double sizePx, double x, Visit&& visit) const;
    const Glyph& glyph(int glyphIndex, double sizePx, double shiftX) const;

    std::vector<unsigned char> data_;
    std::unique_ptr<stbtt_fontinfo> info_;
    // A cache, not state: the pixels drawn do not depend on what was drawn before.
    mutable std::unordered_map<std::uint64_t, Glyph> glyphs_;
    mutable std::unordered_map<char32_t, Metrics> metrics_;
    mutable std::unordered_map<std::uint64_t, int> kerning_;
};

// The two faces the renderer uses: DejaVu Sans and DejaVu Sans Bold (Debian's fonts-dejavu-core).
struct FontSet {
    Font regular;
    Font bold;
};

// Looks in $TOUCHLINE_FONT_DIR, then /usr/share/fonts/truetype/dejavu. The error names the package.
Result<FontSet> loadDefaultFonts();

// Breaks text into lines no wider than maxWidth (at word boundaries; a single long word stays whole).
std::vector<std::string> wrapText(const Font& font, std::string_view text, double sizePx, double maxWidth);

// Decodes one UTF-8 code point starting at `i`, advancing `i`; malformed bytes yield U+FFFD.
char32_t nextCodepoint(std::string_view text, std::size_t& i);

}  // namespace touchline
