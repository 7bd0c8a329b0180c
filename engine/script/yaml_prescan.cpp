#include "script/yaml_prescan.h"

#include <cstdio>

namespace touchline {

namespace {

std::string hexByte(unsigned char c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(c));
    return buffer;
}

// Length of the UTF-8 sequence starting at `i`, or 0 when it is not valid UTF-8.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) low = 0xA0;   // overlong
        if (c == 0xED) high = 0x9F;  // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    }
    return length;
}

// 1-based, in characters (UTF-8 code points), as an editor counts.
int characterColumn(std::string_view text, std::size_t lineStart, std::size_t offset) {
    int column = 1;
    for (std::size_t i = lineStart; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
}

bool isControl(unsigned char c) { return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F; }

SourceLocation locateOffset(std::string_view text, const std::string& file, std::size_t offset) {
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {file, line, characterColumn(text, lineStart, offset)};
}

// Finds the first byte that makes the text unreadable as a script. Control bytes come first: they
// mean binary data, which is also rarely valid UTF-8, and "binary" is the better explanation.
bool checkEncoding(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isControl(c)) {
            diagnostics.error(locateOffset(text, file, i),
                              "this is binary data, not a replay script (byte " + hexByte(c) + ")",
                              "a replay script is YAML text");
            return false;
        }
    }
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            diagnostics.error(locateOffset(text, file, i),
                              "the file is not UTF-8 text (byte " + hexByte(static_cast<unsigned char>(text[i])) + ")",
                              "save it as UTF-8");
            return false;
        }
        i += length;
    }
    return true;
}

}  // namespace

bool prescanYaml(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    return checkEncoding(text, file, diagnostics);
}

}  // namespace touchline
