#include "edit/moment_fields.h"

#include "edit/script_nodes.h"
#include "edit/yaml_text.h"

namespace touchline::edit {

namespace {

std::size_t characters(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// The fields a moment's mapping lists after its title, in the order the format guide writes them: a
// missing field goes before the first of these that is there.
constexpr std::string_view kAfterCaption[] = {"duration", "ball", "shape", "actions"};
constexpr std::string_view kAfterDuration[] = {"ball", "shape", "actions"};

template <std::size_t N>
std::string_view firstPresent(const YamlNode& map, const std::string_view (&keys)[N]) {
    for (std::string_view key : keys) {
        if (findKey(map, key) >= 0) return key;
    }
    return {};
}

class MomentFieldWriter {
public:
    MomentFieldWriter(std::string_view text, const Script& script, int moment)
        : text_(text), script_(script), moment_(moment), nodes_(text) {}

    // Sets `key` to `value` (YAML text that may span lines): the old value's own text is replaced,
    // whatever its style (a folded block's end is where its last line ends, not the next key).
    Result<EditedText> set(std::string_view key, const std::string& value, std::string_view before) {
        auto map = nodes_.moment(script_, moment_);
        if (!map) return map.error();
        if (map->isFlow()) return Error{"this moment is written as one {..} mapping; write it one field per line to edit it"};
        std::vector<TextPatch> patches;
        const YamlNode old = valueOf(*map, key);
        if (old.isDefined() && old.isScalar() && old.end() > old.begin()) {
            patches.push_back({old.begin(), contentEnd(text_, old), value});
        } else if (!setValue(text_, *map, key, value, patches, before)) {
            return Error{"cannot write '" + std::string(key) + "' here"};
        }
        return EditedText{applyPatches(text_, std::move(patches)), moment_, false, {}};
    }

    // The caption as the author writes a long one: a folded block, indented under its key.
    Result<EditedText> caption(const std::string& paragraph) {
        auto map = nodes_.moment(script_, moment_);
        if (!map) return map.error();
        if (map->size() == 0) return Error{"this moment has no fields"};
        const std::size_t keyAt = map->key(0).begin();
        const std::size_t keyColumn = characters(text_.substr(lineStart(text_, keyAt), keyAt - lineStart(text_, keyAt)));
        const YamlNode old = valueOf(*map, "caption");
        const bool wasBlock = old.isDefined() && old.isScalar() && !old.isPlain() && old.begin() < text_.size() &&
                              (text_[old.begin()] == '>' || text_[old.begin()] == '|');
        const std::string oneLine = paragraph.empty() ? "\"\"" : yamlScalar(paragraph);
        if (!wasBlock && keyColumn + characters("caption: ") + characters(oneLine) <= kCaptionColumns) {
            return set("caption", oneLine, firstPresent(*map, kAfterCaption));
        }
        const std::string indent(keyColumn + 2, ' ');
        std::string block = ">-";
        for (const std::string& line : wrapWords(paragraph, kCaptionColumns - indent.size())) block += "\n" + indent + line;
        return set("caption", block, firstPresent(*map, kAfterCaption));
    }

    std::string_view firstPresentAfterDuration() {
        auto map = nodes_.moment(script_, moment_);
        return map ? firstPresent(*map, kAfterDuration) : std::string_view();
    }

private:
    std::string_view text_;
    const Script& script_;
    int moment_;
    ScriptNodes nodes_;
};

}  // namespace

std::string oneParagraph(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::vector<std::string> wrapWords(std::string_view paragraph, std::size_t columns) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t width = 0;
    std::size_t at = 0;
    while (at < paragraph.size()) {
        const std::size_t end = std::min(paragraph.find(' ', at), paragraph.size());
        const std::string_view word = paragraph.substr(at, end - at);
        at = end + 1;
        if (word.empty()) continue;
        const std::size_t w = characters(word);
        if (!line.empty() && width + 1 + w > columns) {
            lines.push_back(std::move(line));
            line.clear();
            width = 0;
        }
        if (!line.empty()) {
            line += ' ';
            ++width;
        }
        line += word;
        width += w;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentClock& c) {
    if (auto t = script.clock.toMatchTime(c.clock); !t) {
        return Error{"there is no " + formatReading(c.clock) + " in this match: " + t.error().message};
    }
    return MomentFieldWriter(text, script, moment).set("clock", "\"" + formatReading(c.clock) + "\"", "title");
}

Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentDuration& c) {
    if (!(c.seconds > 0.0)) return Error{"a moment lasts longer than 0 seconds"};
    MomentFieldWriter writer(text, script, moment);
    const std::string_view before = writer.firstPresentAfterDuration();
    return writer.set("duration", formatNumber(c.seconds), before);
}

Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentTitle& c) {
    const std::string title = oneParagraph(c.title);
    if (title.empty()) return Error{"a moment needs a title"};
    return MomentFieldWriter(text, script, moment).set("title", yamlScalar(title), "caption");
}

Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentCaption& c) {
    return MomentFieldWriter(text, script, moment).caption(oneParagraph(c.caption));
}

}  // namespace touchline::edit
