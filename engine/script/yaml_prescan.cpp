#include "script/yaml_prescan.h"

#include <cstdio>
#include <vector>

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

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// Follows YAML's structure just closely enough to measure nesting: block indentation levels, "- "
// and "? " entries opened on one line, and flow brackets outside quotes, comments and block scalars.
class StructureScan {
public:
    StructureScan(std::string_view text, const std::string& file, Diagnostics& diagnostics)
        : text_(text), file_(file), diagnostics_(diagnostics) {}

    bool run() {
        std::size_t start = 0;
        int line = 1;
        while (start <= text_.size() && !tooDeep_) {
            std::size_t end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            std::string_view content = text_.substr(start, end - start);
            if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
            scanLine(content, line, start);
            if (end == text_.size()) break;
            start = end + 1;
            ++line;
        }
        return !tooDeep_ && !tabs_;
    }

private:
    void scanLine(std::string_view line, int number, std::size_t lineStart) {
        std::size_t pos = 0;
        if (quote_ != 0) {
            pos = skipQuoted(line, 0);
            if (quote_ != 0) return;  // the quoted text goes on past this line
        } else {
            std::size_t indent = 0;
            while (indent < line.size() && isBlank(line[indent])) ++indent;
            const bool blank = indent == line.size() || line[indent] == '#';
            if (blockScalar_) {
                if (blank || static_cast<int>(indent) > blockParentIndent_) return;  // text, not structure
                blockScalar_ = false;
            }
            if (blank) return;
            if (flowDepth_ == 0) {
                if (std::size_t tab = line.substr(0, indent).find('\t'); tab != std::string_view::npos) {
                    diagnostics_.error(at(number, lineStart, tab), "a tab indents this line",
                                       "YAML indents with spaces only");
                    tabs_ = true;
                }
                lineIndent_ = static_cast<int>(indent);
                while (!levels_.empty() && levels_.back() > lineIndent_) levels_.pop_back();
                if (levels_.empty() || levels_.back() < lineIndent_) push(lineIndent_, number, lineStart, indent);
                pos = indent;
                // "- - x" or "- ? x" opens one level per indicator on the same line.
                while (pos < line.size() && (line[pos] == '-' || line[pos] == '?') &&
                       (pos + 1 == line.size() || isBlank(line[pos + 1]))) {
                    ++pos;
                    while (pos < line.size() && isBlank(line[pos])) ++pos;
                    push(static_cast<int>(pos), number, lineStart, pos);
                    if (tooDeep_) return;
                }
            } else {
                pos = indent;
            }
            expectValue_ = true;
        }
        scanTokens(line, pos, number, lineStart);
    }

    void scanTokens(std::string_view line, std::size_t pos, int number, std::size_t lineStart) {
        while (pos < line.size() && !tooDeep_) {
            const char c = line[pos];
            const bool followedByBlank = pos + 1 == line.size() || isBlank(line[pos + 1]);
            if (isBlank(c)) {
                ++pos;
                continue;
            }
            if (c == '#' && (pos == 0 || isBlank(line[pos - 1]))) return;  // a comment
            if (expectValue_ && (c == '"' || c == '\'')) {
                quote_ = c;
                pos = skipQuoted(line, pos + 1);
                expectValue_ = false;
                continue;
            }
            if (expectValue_ && (c == '[' || c == '{')) {
                ++flowDepth_;
                if (depth() > kMaxYamlNesting) {
                    reportTooDeep(number, lineStart, pos);
                    return;
                }
                ++pos;
                continue;
            }
            if (expectValue_ && (c == '&' || c == '!')) {  // an anchor or a tag comes before the value
                while (pos < line.size() && !isBlank(line[pos])) ++pos;
                continue;
            }
            if (expectValue_ && flowDepth_ == 0 && (c == '|' || c == '>')) {
                blockScalar_ = true;
                blockParentIndent_ = lineIndent_;
                return;
            }
            if (flowDepth_ > 0 && (c == ']' || c == '}')) {
                --flowDepth_;
                expectValue_ = false;
            } else if (flowDepth_ > 0 && c == ',') {
                expectValue_ = true;
            } else if (c == ':' && (followedByBlank || flowDepth_ > 0)) {
                expectValue_ = true;
            } else {
                expectValue_ = false;
            }
            ++pos;
        }
    }

    // Skips quoted text from `pos`; clears quote_ at the closing quote and returns the position after it.
    std::size_t skipQuoted(std::string_view line, std::size_t pos) {
        while (pos < line.size()) {
            const char c = line[pos];
            if (quote_ == '"' && c == '\\') {
                pos += 2;
                continue;
            }
            if (c == quote_) {
                if (quote_ == '\'' && pos + 1 < line.size() && line[pos + 1] == '\'') {
                    pos += 2;  // '' is an escaped quote inside single quotes
                    continue;
                }
                quote_ = 0;
                return pos + 1;
            }
            ++pos;
        }
        return pos;
    }

    void push(int indent, int number, std::size_t lineStart, std::size_t pos) {
        if (!levels_.empty() && levels_.back() >= indent) return;
        levels_.push_back(indent);
        if (depth() > kMaxYamlNesting) reportTooDeep(number, lineStart, pos);
    }

    int depth() const { return static_cast<int>(levels_.size()) + flowDepth_; }

    void reportTooDeep(int number, std::size_t lineStart, std::size_t pos) {
        if (tooDeep_) return;
        tooDeep_ = true;
        diagnostics_.error(at(number, lineStart, pos),
                           "the YAML nests deeper than " + std::to_string(kMaxYamlNesting) + " levels",
                           "a replay script needs about six");
    }

    SourceLocation at(int number, std::size_t lineStart, std::size_t pos) const {
        return {file_, number, characterColumn(text_, lineStart, lineStart + pos)};
    }

    std::string_view text_;
    const std::string& file_;
    Diagnostics& diagnostics_;
    std::vector<int> levels_;  // indentation of each open block level
    int flowDepth_ = 0;
    int lineIndent_ = 0;
    char quote_ = 0;  // the quote character while inside quoted text
    bool expectValue_ = true;
    bool blockScalar_ = false;  // inside the text of a `|` or `>` scalar
    int blockParentIndent_ = 0;
    bool tooDeep_ = false;
    bool tabs_ = false;
};

}  // namespace

int characterColumn(std::string_view text, std::size_t lineStart, std::size_t offset) {
    int column = 1;
    for (std::size_t i = lineStart; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
}

bool prescanYaml(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    if (!checkEncoding(text, file, diagnostics)) return false;
    return StructureScan(text, file, diagnostics).run();
}

}  // namespace touchline
