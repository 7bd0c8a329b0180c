#include "script/yaml_emit.h"

#include <cmath>
#include <cstdio>

namespace touchline {

namespace {

bool isControl(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

}  // namespace

std::string yamlScalar(std::string_view text) {
    // Plain is safe for words, spaces inside and accents; not for YAML's indicators, control characters
    // or what would read as another type (a number, a boolean, null).
    bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ';
    if (plain) {
        constexpr std::string_view kFirstForbidden = "-?:,[]{}#&*!|>'\"%@`0123456789.+~";
        if (kFirstForbidden.find(text.front()) != std::string_view::npos) plain = false;
        if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) plain = false;
        if (text.find_first_of(",[]{}\"'\\") != std::string_view::npos) plain = false;
        for (char c : text) plain = plain && !isControl(c);
        if (text.back() == ':') plain = false;
        static constexpr std::string_view kWords[] = {"true", "false", "yes", "no", "on", "off", "null",
                                                      "True", "False", "Yes", "No", "On", "Off", "Null",
                                                      "TRUE", "FALSE", "YES", "NO", "ON", "OFF", "NULL",
                                                      "y", "n", "Y", "N"};
        for (std::string_view w : kWords) plain = plain && text != w;
    }
    if (plain) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        switch (c) {
            case '"': quoted += "\\\""; break;
            case '\\': quoted += "\\\\"; break;
            case '\n': quoted += "\\n"; break;
            case '\t': quoted += "\\t"; break;
            case '\r': quoted += "\\r"; break;
            default:
                if (isControl(c)) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(c));
                    quoted += escape;
                } else {
                    quoted += c;
                }
        }
    }
    return quoted + "\"";
}

std::string yamlDecimal(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0) rounded = 0.0;  // no "-0.0"
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, rounded);
    std::string s = buffer;
    const std::size_t dot = s.find('.');
    if (dot == std::string::npos) return s + ".0";
    while (s.size() > dot + 2 && s.back() == '0') s.pop_back();
    return s;
}

std::string yamlPlace(Vec2 place, int decimals) {
    return "[" + yamlDecimal(place.x, decimals) + ", " + yamlDecimal(place.y, decimals) + "]";
}

std::optional<std::string> yamlFolded(std::string_view text, std::string_view indent, std::size_t width) {
    if (text.size() <= width || text.front() == ' ' || text.back() == ' ') return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isControl(text[i])) return std::nullopt;
        // A line break at one of two spaces would start the next line with a space, which folding keeps
        // as a line break.
        if (text[i] == ' ' && i + 1 < text.size() && text[i + 1] == ' ') return std::nullopt;
    }
    std::string out = ">-";
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.size();
        if (end - start > width) {
            // The last space within the width, else the first after it (a word longer than a line).
            const std::size_t space = text.rfind(' ', start + width);
            end = space != std::string_view::npos && space > start ? space : text.find(' ', start + width);
            if (end == std::string_view::npos) end = text.size();
        }
        out += "\n";
        out += indent;
        out += text.substr(start, end - start);
        start = end < text.size() ? end + 1 : end;
    }
    return out;
}

}  // namespace touchline
