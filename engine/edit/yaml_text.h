#pragma once
// Small, exact text surgery on a YAML source: the editor changes a replay script by patching the
// bytes of the values it edits, so everything it does not touch (comments, field order, alignment,
// quoting) survives byte for byte. Spans come from YamlNode::begin()/end().
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/vec2.h"
#include "script/yaml_document.h"

namespace touchline::edit {

struct TextPatch {
    std::size_t begin = 0;
    std::size_t end = 0;  // [begin, end) is replaced by text; begin == end inserts
    std::string text;
};

// Applies patches that do not overlap, in any order.
std::string applyPatches(std::string_view text, std::vector<TextPatch> patches);

// Numbers as a person writes them: at most `decimals` places, trailing zeros dropped, at least one
// decimal ("2.6", "0.0", "14.0", "0.45"), and no "-0.0".
std::string formatNumber(double value, int decimals = 2);
// "[99.3, 35.2]": places to the decimetre, which is finer than anyone drags.
std::string formatPlace(Vec2 place);
// A name or word as a YAML scalar: plain when that reads back as the same text, else double-quoted.
std::string yamlScalar(std::string_view text);

// The pair index of `key` in a mapping node, or -1.
int findKey(const YamlNode& map, std::string_view key);
// Where a node's own text ends: a block collection's last child's end, trailing blanks trimmed (a
// block collection's end() is where the next token starts, possibly after comments).
std::size_t contentEnd(std::string_view text, const YamlNode& node);

std::size_t lineStart(std::string_view text, std::size_t pos);
// Just past the '\n' ending the line that holds pos (the text's size on a last line without one).
std::size_t nextLineStart(std::string_view text, std::size_t pos);

// Sets `key` of a mapping to `value` (YAML text): replaces the value when the key is there, otherwise
// inserts the pair (in a flow mapping after its last pair; in a block mapping on a new line at its
// keys' indentation, before the key `before` when that is there, else after its last pair).
// False when it cannot (the existing value is a block collection).
bool setValue(std::string_view text, const YamlNode& map, std::string_view key, const std::string& value,
              std::vector<TextPatch>& out, std::string_view before = {});
// Removes a pair from a flow mapping, with its separating comma. False for a block mapping.
bool removeKey(std::string_view text, const YamlNode& map, std::string_view key, std::vector<TextPatch>& out);

// The start of the comment lines directly above a line (no blank line between): they belong to
// what follows, so something inserted before that goes above them.
std::size_t commentsAbove(std::string_view text, std::size_t lineBegin);

// A block sequence's item as whole lines: [start of its line, start of the line after it).
struct LineRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};
LineRange itemLines(std::string_view text, const YamlNode& item);
// What comes before a block sequence item on its line: "      - " (indentation and dash).
std::string itemPrefix(std::string_view text, const YamlNode& item);

// The line and column (1-based, columns in characters as the loader counts them) of a byte offset.
YamlMark markAt(std::string_view text, std::size_t offset);

}  // namespace touchline::edit
