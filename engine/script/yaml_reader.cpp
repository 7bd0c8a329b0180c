#include "script/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/pitch.h"
#include "core/text.h"

namespace touchline {

namespace {

std::string describeNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string kindOf(const YamlNode& node) {
    if (node.isSequence()) return "a list";
    if (node.isMap()) return "a mapping";
    if (node.isScalar()) return "'" + excerpt(node.text()) + "'";
    return "nothing";
}

std::vector<std::string> toStrings(std::span<const std::string_view> words) {
    return {words.begin(), words.end()};
}

// How far a point lies outside the pitch's rectangle (0 on or inside it).
double distanceOffPitch(Vec2 p) {
    const double dx = std::max({0.0, -p.x, p.x - pitch::kLength});
    const double dy = std::max({0.0, -p.y, p.y - pitch::kWidth});
    return std::hypot(dx, dy);
}

}  // namespace

YamlReader::YamlReader(std::size_t textSize, std::string file, Diagnostics& diagnostics)
    : file_(std::move(file)), diagnostics_(diagnostics), budget_(2 * textSize + 10000) {}

SourceLocation YamlReader::locate(const YamlNode& node, const SourceLocation& fallback) const {
    // An empty value is best shown at its key ("'shirt' has no colour" points at shirt).
    if (node.isNull()) return fallback;
    return locate(node.mark());
}

void YamlReader::error(const SourceLocation& where, std::string message, std::string hint) {
    diagnostics_.error(where, std::move(message), std::move(hint));
}

void YamlReader::warning(const SourceLocation& where, std::string message, std::string hint) {
    diagnostics_.warning(where, std::move(message), std::move(hint));
}

bool YamlReader::visit(const SourceLocation& where, std::size_t bytes) {
    if (exhausted_) return false;
    last_ = {where.line, where.column};
    const std::size_t cost = 1 + bytes;
    if (budget_ >= cost) {
        budget_ -= cost;
        return true;
    }
    exhausted_ = true;
    error(where, "the file repeats far more data than it holds; reading stops here",
          "aliases (*name) may not multiply a script");
    return false;
}

std::optional<std::string> YamlReader::suggest(std::string_view word, std::span<const std::string> candidates) {
    if (hints_ >= kMaxHints) return std::nullopt;
    ++hints_;
    return nearestName(word, candidates);
}

std::optional<std::string> YamlReader::scalar(const Field& field, std::string_view expected) {
    if (field.value.isNull()) {
        error(field.where, "'" + field.name + "' has no value", "it should be " + std::string(expected));
        return std::nullopt;
    }
    if (!field.value.isScalar()) {
        error(field.where, "'" + field.name + "' should be " + std::string(expected) + ", not " + kindOf(field.value));
        return std::nullopt;
    }
    // The text is copied into the Script: it counts against the alias budget by its size.
    if (!visit(field.where, field.value.text().size())) return std::nullopt;
    return field.value.text();
}

std::vector<Field> YamlReader::items(const Field& field, std::string_view itemName) {
    std::vector<Field> out;
    if (!field.value.isSequence()) {
        error(field.where, "'" + field.name + "' should be a list, not " + kindOf(field.value));
        return out;
    }
    for (std::size_t i = 0; i < field.value.size(); ++i) {
        const YamlNode item = field.value.item(i);
        SourceLocation where = locate(item, field.where);
        if (!visit(where)) break;
        out.push_back({std::string(itemName), item, {}, where, where});
    }
    return out;
}

std::optional<std::string> YamlReader::text(const Field& field) { return scalar(field, "text"); }

std::optional<double> YamlReader::number(const Field& field, std::optional<double> min, std::optional<double> max) {
    auto raw = scalar(field, "a number");
    if (!raw) return std::nullopt;
    const std::string& s = *raw;
    const auto shown = [&s] { return excerpt(s); };  // only a message needs it
    if (!field.value.isPlain()) {
        error(field.where, "'" + field.name + "' should be a number, not the text \"" + shown() + "\"",
              "leave numbers unquoted");
        return std::nullopt;
    }
    // YAML's .nan and .inf, and the spellings from_chars would quietly accept.
    static constexpr std::string_view kNotFinite[] = {".nan", "nan", ".inf", "inf", "infinity"};
    std::string folded = foldForSearch(s);
    if (!folded.empty() && (folded[0] == '+' || folded[0] == '-')) folded.erase(0, 1);
    if (std::find(std::begin(kNotFinite), std::end(kNotFinite), folded) != std::end(kNotFinite)) {
        error(field.where, "'" + field.name + "' is " + shown() + ", not a finite number");
        return std::nullopt;
    }
    const char* begin = s.data();
    const char* end = s.data() + s.size();
    if (begin != end && *begin == '+') ++begin;
    double value = 0.0;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec == std::errc::result_out_of_range) {
        error(field.where, "'" + field.name + "' is " + shown() + ", an absurd number",
              "numbers in a script stay within +-1000000");
        return std::nullopt;
    }
    if (ec != std::errc{} || ptr != end || begin == end) {
        error(field.where, "'" + field.name + "' should be a number, not '" + shown() + "'");
        return std::nullopt;
    }
    if (!std::isfinite(value) || std::fabs(value) > kAbsurdNumber) {
        error(field.where, "'" + field.name + "' is " + shown() + ", an absurd number",
              "numbers in a script stay within +-1000000");
        return std::nullopt;
    }
    if ((min && value < *min) || (max && value > *max)) {
        std::string range = min && max ? "from " + describeNumber(*min) + " to " + describeNumber(*max)
                            : min      ? "at least " + describeNumber(*min)
                                       : "at most " + describeNumber(*max);
        error(field.where, "'" + field.name + "' must be " + range + ", not " + shown());
        return std::nullopt;
    }
    return value;
}

std::optional<int> YamlReader::integer(const Field& field, int min, int max) {
    auto value = number(field);
    if (!value) return std::nullopt;
    if (*value != std::floor(*value)) {
        error(field.where, "'" + field.name + "' should be a whole number, not " + excerpt(field.value.text()));
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        error(field.where, "'" + field.name + "' must be from " + std::to_string(min) + " to " + std::to_string(max) +
                               ", not " + excerpt(field.value.text()));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<bool> YamlReader::boolean(const Field& field) {
    auto raw = scalar(field, "true or false");
    if (!raw) return std::nullopt;
    if (*raw == "true") return true;
    if (*raw == "false") return false;
    error(field.where, "'" + field.name + "' should be true or false, not '" + excerpt(*raw) + "'");
    return std::nullopt;
}

std::optional<std::size_t> YamlReader::keyword(const Field& field, std::span<const std::string_view> words) {
    const std::vector<std::string> names = toStrings(words);
    auto raw = scalar(field, joinList(names));
    if (!raw) return std::nullopt;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (*raw == words[i]) return i;
    }
    std::string hint;
    if (auto near = suggest(*raw, names)) hint = "did you mean '" + *near + "'?";
    error(field.where, "'" + field.name + "' should be " + joinList(names) + ", not '" + excerpt(*raw) + "'", hint);
    return std::nullopt;
}

bool YamlReader::checkOnPitch(Vec2 place, const SourceLocation& where) {
    const double off = distanceOffPitch(place);
    if (off <= kPitchMargin) return true;
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "[%g, %g] is %.1f m off the pitch", place.x, place.y, off);
    error(where, buffer, "positions stay within 5 m of the lines: x from 0 to 105, y from 0 to 68");
    return false;
}

std::optional<YamlReader::Point> YamlReader::point(const Field& field) {
    if (!field.value.isSequence() || (field.value.size() != 2 && field.value.size() != 3)) {
        const std::string found = field.value.isSequence() ? "a list of " + std::to_string(field.value.size())
                                                           : kindOf(field.value);
        error(field.where, "'" + field.name + "' should be a place [x, y] or [x, y, z], not " + found);
        return std::nullopt;
    }
    std::vector<Field> parts = items(field, field.name);
    static constexpr std::string_view kAxes[] = {"x", "y", "z"};
    double values[3] = {0.0, 0.0, 0.0};
    bool ok = parts.size() == field.value.size();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        parts[i].name = field.name + " " + std::string(kAxes[i]);
        auto v = i == 2 ? number(parts[i], 0.0, kMaxHeight) : number(parts[i]);
        if (v) values[i] = *v;
        else ok = false;
    }
    if (!ok) return std::nullopt;
    Point p{{values[0], values[1]}, values[2]};
    if (!checkOnPitch(p.place, field.where)) return std::nullopt;
    return p;
}

std::optional<Vec2> YamlReader::position(const Field& field) {
    if (field.value.isSequence() && field.value.size() == 3) {
        error(field.where, "'" + field.name + "' is a place on the grass, [x, y], without a height");
        return std::nullopt;
    }
    if (!field.value.isSequence() || field.value.size() != 2) {
        const std::string found = field.value.isSequence() ? "a list of " + std::to_string(field.value.size())
                                                           : kindOf(field.value);
        error(field.where, "'" + field.name + "' should be a place [x, y], not " + found);
        return std::nullopt;
    }
    auto p = point(field);
    if (!p) return std::nullopt;
    return p->place;
}

MapView::MapView(YamlReader& reader, const Field& field, std::string what)
    : reader_(reader), what_(std::move(what)), where_(field.where) {
    if (!field.value.isMap()) {
        reader_.error(where_, "'" + field.name + "' should be a mapping (key: value), not " + kindOf(field.value));
        return;
    }
    ok_ = !reader_.exhausted();
    if (ok_) {
        fields_.reserve(field.value.size());
        index_.reserve(field.value.size());
    }
    for (std::size_t i = 0; ok_ && i < field.value.size(); ++i) {
        const YamlNode key = field.value.key(i);
        const SourceLocation keyWhere = reader_.locate(key.mark());
        if (!reader_.visit(keyWhere, key.text().size())) {
            ok_ = false;  // a part of a mapping would report its other fields as missing
            fields_.clear();
            index_.clear();
            break;
        }
        if (!key.isScalar()) {
            reader_.error(keyWhere, "a key in " + what_ + " should be a word, not " + kindOf(key));
            continue;
        }
        const std::string& name = key.text();
        auto [first, fresh] = index_.emplace(name, fields_.size());
        if (!fresh) {
            reader_.error(keyWhere, "'" + name + "' is given twice in " + what_,
                          "the first is on line " + std::to_string(fields_[first->second].key.line));
            continue;
        }
        const YamlNode value = field.value.value(i);
        fields_.push_back({name, value, key, keyWhere, reader_.locate(value, keyWhere)});
    }
    consumed_.assign(fields_.size(), false);
}

std::optional<std::size_t> MapView::find(std::string_view key) const {
    auto it = index_.find(key);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

bool MapView::has(std::string_view key) const { return find(key).has_value(); }

std::optional<Field> MapView::get(std::string_view key) {
    const auto i = find(key);
    if (!i) return std::nullopt;
    consumed_[*i] = true;
    return fields_[*i];
}

std::optional<Field> MapView::require(std::string_view key, std::string_view hint) {
    auto field = get(key);
    if (!field && ok_) reader_.error(where_, "missing '" + std::string(key) + "' in " + what_, std::string(hint));
    return field;
}

bool MapView::consumed(const Field& field) const {
    const auto i = find(field.name);
    return i && consumed_[*i];
}

void MapView::consume(const Field& field) {
    if (const auto i = find(field.name)) consumed_[*i] = true;
}

void MapView::rejectUnknown(std::span<const std::string_view> known) {
    const std::vector<std::string> names = toStrings(known);
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (consumed_[i]) continue;
        std::string hint;
        if (auto near = reader_.suggest(fields_[i].name, names)) {
            hint = "did you mean '" + *near + "'?";
        } else if (!names.empty()) {
            hint = "known fields: " + joinList(names, ", ");
        }
        reader_.error(fields_[i].key, "unknown field '" + fields_[i].name + "' in " + what_, hint);
    }
}

}  // namespace touchline
