#include "edit/yaml_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace touchline::edit {

std::string applyPatches(std::string_view text, std::vector<TextPatch> patches) {
    std::sort(patches.begin(), patches.end(), [](const TextPatch& a, const TextPatch& b) { return a.begin < b.begin; });
    std::string out;
    out.reserve(text.size() + 64);
    std::size_t at = 0;
    for (const TextPatch& p : patches) {
        const std::size_t begin = std::clamp(p.begin, at, text.size());
        out.append(text.substr(at, begin - at));
        out.append(p.text);
        at = std::clamp(p.end, begin, text.size());
    }
    out.append(text.substr(at));
    return out;
}

std::string formatNumber(double value, int decimals) {
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

std::string formatPlace(Vec2 place) { return "[" + formatNumber(place.x, 1) + ", " + formatNumber(place.y, 1) + "]"; }

std::string yamlScalar(std::string_view text) {
    // Plain is safe for words, spaces inside and accents; not for YAML's indicators or what would read
    // as another type (a number, a boolean, null).
    bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ';
    if (plain) {
        constexpr std::string_view kFirstForbidden = "-?:,[]{}#&*!|>'\"%@`0123456789.+~";
        if (kFirstForbidden.find(text.front()) != std::string_view::npos) plain = false;
        if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) plain = false;
        if (text.find_first_of(",[]{}\n\t\"'\\") != std::string_view::npos) plain = false;
        if (text.back() == ':') plain = false;
        static constexpr std::string_view kWords[] = {"true", "false", "yes", "no", "on", "off", "null",
                                                      "True", "False", "Yes", "No", "On", "Off", "Null",
                                                      "TRUE", "FALSE", "YES", "NO", "ON", "OFF", "NULL"};
        for (std::string_view w : kWords) plain = plain && text != w;
    }
    if (plain) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') quoted += '\\';
        if (c == '\n') {
            quoted += "\\n";
            continue;
        }
        quoted += c;
    }
    return quoted + "\"";
}

int findKey(const YamlNode& map, std::string_view key) {
    for (std::size_t i = 0; i < map.size(); ++i) {
        if (map.key(i).text() == key) return static_cast<int>(i);
    }
    return -1;
}

std::size_t contentEnd(std::string_view text, const YamlNode& node) {
    std::size_t end = node.end();
    if ((node.isMap() || node.isSequence()) && !node.isFlow()) {
        if (node.size() == 0) return node.begin();
        const YamlNode last = node.isMap() ? node.value(node.size() - 1) : node.item(node.size() - 1);
        end = last.isDefined() && (last.end() > last.begin() || last.isMap() || last.isSequence())
                  ? contentEnd(text, last)
                  : node.key(node.size() - 1).end();
        if (node.isMap() && last.isDefined() && last.isNull() && last.end() <= last.begin()) {
            end = std::max(end, node.key(node.size() - 1).end());
        }
    }
    end = std::min(end, text.size());
    while (end > node.begin() && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    return end;
}

std::size_t lineStart(std::string_view text, std::size_t pos) {
    pos = std::min(pos, text.size());
    while (pos > 0 && text[pos - 1] != '\n') --pos;
    return pos;
}

std::size_t nextLineStart(std::string_view text, std::size_t pos) {
    const std::size_t newline = text.find('\n', std::min(pos, text.size()));
    return newline == std::string_view::npos ? text.size() : newline + 1;
}

bool setValue(std::string_view text, const YamlNode& map, std::string_view key, const std::string& value,
              std::vector<TextPatch>& out, std::string_view before) {
    const int i = findKey(map, key);
    if (i >= 0) {
        const YamlNode v = map.value(static_cast<std::size_t>(i));
        if ((v.isMap() || v.isSequence()) && !v.isFlow()) return false;
        if (v.end() <= v.begin()) {
            // "key:" with nothing after it: the value goes after the colon, which follows the key.
            const std::size_t colon = map.key(static_cast<std::size_t>(i)).end();
            out.push_back({colon, colon + 1, ": " + value});
            return true;
        }
        out.push_back({v.begin(), v.end(), value});
        return true;
    }
    const std::string pair = std::string(key) + ": " + value;
    if (map.isFlow()) {
        if (map.size() == 0) {
            out.push_back({map.begin() + 1, map.begin() + 1, " " + pair + " "});
        } else {
            out.push_back({contentEnd(text, map.value(map.size() - 1)), contentEnd(text, map.value(map.size() - 1)),
                           ", " + pair});
        }
        return true;
    }
    if (map.size() == 0) return false;
    const YamlNode firstKey = map.key(0);
    const std::string indent(firstKey.begin() - lineStart(text, firstKey.begin()), ' ');
    if (const int b = before.empty() ? -1 : findKey(map, before); b >= 0) {
        const std::size_t at = lineStart(text, map.key(static_cast<std::size_t>(b)).begin());
        out.push_back({at, at, indent + pair + "\n"});
        return true;
    }
    const std::size_t at = nextLineStart(text, contentEnd(text, map));
    const bool newlineFirst = at == text.size() && (text.empty() || text.back() != '\n');
    out.push_back({at, at, (newlineFirst ? "\n" : "") + indent + pair + "\n"});
    return true;
}

bool removeKey(std::string_view text, const YamlNode& map, std::string_view key, std::vector<TextPatch>& out) {
    const int i = findKey(map, key);
    if (i < 0) return true;
    if (!map.isFlow()) return false;
    const auto n = static_cast<std::size_t>(i);
    if (n > 0) {
        out.push_back({contentEnd(text, map.value(n - 1)), map.value(n).end(), ""});
    } else if (map.size() > 1) {
        out.push_back({map.key(0).begin(), map.key(1).begin(), ""});
    } else {
        out.push_back({map.key(0).begin(), map.value(0).end(), ""});
    }
    return true;
}

std::size_t commentsAbove(std::string_view text, std::size_t lineBegin) {
    while (lineBegin > 0) {
        const std::size_t previous = lineStart(text, lineBegin - 1);
        const std::string_view line = text.substr(previous, lineBegin - previous);
        const std::size_t first = line.find_first_not_of(' ');
        if (first == std::string_view::npos || line[first] != '#') break;
        lineBegin = previous;
    }
    return lineBegin;
}

LineRange itemLines(std::string_view text, const YamlNode& item) {
    return {lineStart(text, item.begin()), nextLineStart(text, contentEnd(text, item))};
}

std::string itemPrefix(std::string_view text, const YamlNode& item) {
    const std::size_t start = lineStart(text, item.begin());
    std::string prefix(text.substr(start, item.begin() - start));
    // An item on the line of the one before it cannot happen in a block list, but a nested "- - x"
    // could: only spaces and the dash are a prefix to repeat.
    if (prefix.find_first_not_of(" -") != std::string::npos) return "  - ";
    return prefix;
}

YamlMark markAt(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    YamlMark mark{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++mark.line;
            mark.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++mark.column;  // UTF-8 continuation bytes belong to the character before them
        }
    }
    return mark;
}

}  // namespace touchline::edit
