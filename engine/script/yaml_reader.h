#pragma once
// Typed reading of YAML nodes: every mistake becomes a located diagnostic. Internal to engine/script.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/vec2.h"
#include "script/diagnostics.h"
#include "script/yaml_document.h"

namespace touchline {

// Numbers in a script stay within this: anything larger is a typo or hostile input, not football.
inline constexpr double kAbsurdNumber = 1e6;
// How far beyond the pitch's lines a position may be (run-offs, a ball in the net).
inline constexpr double kPitchMargin = 5.0;

// A value with its name and place: a mapping's field, or an item of a list.
struct Field {
    std::string name;      // the key, or what the item is ("player", "action")
    YamlNode value;
    YamlNode keyNode;      // the key itself (absent for list items)
    SourceLocation key;    // where the key is (the item itself for list items)
    SourceLocation where;  // where the value is; the key's place when the value is empty
};

class YamlReader {
public:
    // `textSize` (the source's length) sets how much reading aliases may cause.
    YamlReader(std::size_t textSize, std::string file, Diagnostics& diagnostics);

    const std::string& file() const { return file_; }
    SourceLocation locate(const YamlMark& mark) const { return {file_, mark.line, mark.column}; }
    // The node's own place; `fallback` (its key's) for an absent or empty value.
    SourceLocation locate(const YamlNode& node, const SourceLocation& fallback) const;
    void error(const SourceLocation& where, std::string message, std::string hint = {});
    void warning(const SourceLocation& where, std::string message, std::string hint = {});

    // Counts one more node read, and `bytes` of its text. Aliases let a small file name the same big
    // node many times over (a "billion laughs"); reading stops, with one error, once more was read
    // than the text could hold without them: twice its bytes, plus a little for the smallest files.
    // So whatever the aliases, what the loader keeps grows with the file, not with its aliases.
    bool visit(const SourceLocation& where, std::size_t bytes = 0);
    bool exhausted() const { return exhausted_; }
    // Where the last node read is: where a load that ran out of memory stopped.
    YamlMark lastVisited() const { return last_; }

    // "Did you mean" for `word` among `candidates` (core/text.h nearestName), for at most kMaxHints
    // mistakes a file: a flood of unknown names costs no more than the first hundred.
    std::optional<std::string> suggest(std::string_view word, std::span<const std::string> candidates);
    static constexpr int kMaxHints = 100;

    // The items of a list; an error and nothing when the field is not a list.
    std::vector<Field> items(const Field& field, std::string_view itemName);

    std::optional<std::string> text(const Field& field);
    // A finite number within +-kAbsurdNumber, and within [min, max] when given.
    std::optional<double> number(const Field& field, std::optional<double> min = std::nullopt,
                                 std::optional<double> max = std::nullopt);
    std::optional<int> integer(const Field& field, int min, int max);
    std::optional<bool> boolean(const Field& field);
    // One of `words`, by its index.
    std::optional<std::size_t> keyword(const Field& field, std::span<const std::string_view> words);
    // [x, y] on the pitch or at most kPitchMargin beyond its lines.
    std::optional<Vec2> position(const Field& field);
    // [x, y] or [x, y, z] with the same limits; z (default 0) from 0 to kMaxHeight.
    struct Point {
        Vec2 place;
        double height = 0.0;
    };
    std::optional<Point> point(const Field& field);
    // Whether the place is on the pitch or within the margin; reports it at `where` when not.
    bool checkOnPitch(Vec2 place, const SourceLocation& where);

    static constexpr double kMaxHeight = 50.0;

private:
    std::optional<std::string> scalar(const Field& field, std::string_view expected);

    std::string file_;
    Diagnostics& diagnostics_;
    std::size_t budget_;
    bool exhausted_ = false;
    YamlMark last_{1, 1};
    int hints_ = 0;
};

// The fields of one YAML mapping. Reports a value that is not a mapping, keys given twice and, on
// request, keys nobody asked for. Keys are found through a hash table: a mapping of n keys costs O(n).
class MapView {
public:
    // `what` names the mapping in messages: "match", "moment 'koulibaly-winner'".
    MapView(YamlReader& reader, const Field& field, std::string what);

    bool ok() const { return ok_; }
    const SourceLocation& where() const { return where_; }
    const std::string& what() const { return what_; }
    const std::vector<Field>& fields() const { return fields_; }

    std::optional<Field> get(std::string_view key);
    // Reports "missing 'key' in <what>" (with `hint`) when absent.
    std::optional<Field> require(std::string_view key, std::string_view hint = {});
    bool has(std::string_view key) const;
    bool consumed(const Field& field) const;
    void consume(const Field& field);
    // Reports every field not read through get/require/consume as unknown, suggesting the nearest
    // of `known` and otherwise listing them.
    void rejectUnknown(std::span<const std::string_view> known);

private:
    std::optional<std::size_t> find(std::string_view key) const;

    YamlReader& reader_;
    std::string what_;
    SourceLocation where_;
    bool ok_ = false;
    std::vector<Field> fields_;
    std::vector<bool> consumed_;
    // Each key (its text, in the YAML document, which outlives this view) to its field.
    std::unordered_map<std::string_view, std::size_t> index_;
};

}  // namespace touchline
