// The one file that includes the JSON libraries, both from Debian: simdjson 3.0's On Demand reader
// builds our compact tree on the way through the text, and nlohmann/json 3.11's SAX interface reads
// any text simdjson turns down. Into our tree, simdjson reads a match's 3.4 MB of events in 7.5 ms
// against nlohmann's 17.8, but its errors have no place and its edges differ (a huge integer is an
// error to it, a number to JSON); so whatever it refuses, for whatever reason, is read again by
// nlohmann, whose tree is the reference and whose syntax errors have a line and column (a KeepElement
// is then asked again about the elements read before). What both accept, both read to the same tree.
//
// Why not simdjson's DOM: its first parse allocates and writes some 45 MB of buffers, and on our
// machines the first write to each page is what costs (a fresh process took 47-50 ms against
// nlohmann's 20-30). On Demand writes only the structural indexes, a few bytes per token, and the
// program keeps the pages it frees for the next import (game/main.cpp).
#include "import/json_document.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace touchline::json {

std::string_view describe(Type type) {
    switch (type) {
        case Type::Missing: return "nothing";
        case Type::Null: return "null";
        case Type::Bool: return "true or false";
        case Type::Number: return "a number";
        case Type::String: return "a string";
        case Type::Array: return "a list";
        case Type::Object: return "an object";
    }
    return "?";
}

// --- Value -------------------------------------------------------------------------------------------

Type Value::type() const { return doc_ && node_ >= 0 ? doc_->nodes_[static_cast<std::size_t>(node_)].type : Type::Missing; }

std::optional<double> Value::number() const {
    if (type() != Type::Number) return std::nullopt;
    return doc_->nodes_[static_cast<std::size_t>(node_)].number;
}

std::optional<int> Value::integer() const {
    const auto n = number();
    if (!n || !(*n >= std::numeric_limits<int>::min() && *n <= std::numeric_limits<int>::max()) ||
        *n != std::trunc(*n)) {
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

std::optional<std::string_view> Value::string() const {
    if (type() != Type::String) return std::nullopt;
    const auto& n = doc_->nodes_[static_cast<std::size_t>(node_)];
    return doc_->text(n.span.offset, n.span.length);
}

std::optional<bool> Value::boolean() const {
    if (type() != Type::Bool) return std::nullopt;
    return doc_->nodes_[static_cast<std::size_t>(node_)].flag;
}

std::size_t Value::size() const {
    const Type t = type();
    if (t != Type::Array && t != Type::Object) return 0;
    return doc_->nodes_[static_cast<std::size_t>(node_)].span.length;
}

Value Value::operator[](std::size_t index) const {
    if (type() == Type::Array && index < size()) {
        const auto& n = doc_->nodes_[static_cast<std::size_t>(node_)];
        return Value(doc_, doc_->children_[n.span.offset + index], -1, {}, -1);
    }
    return Value(doc_, -1, node_, {}, static_cast<std::int64_t>(index));
}

Value Value::operator[](std::string_view key) const {
    if (type() == Type::Object) {
        const auto& n = doc_->nodes_[static_cast<std::size_t>(node_)];
        for (std::uint32_t i = 0; i < n.span.length; ++i) {
            const std::int32_t child = doc_->children_[n.span.offset + i];
            const auto& c = doc_->nodes_[static_cast<std::size_t>(child)];
            if (doc_->text(c.key.offset, c.key.length) == key) return Value(doc_, child, -1, {}, -1);
        }
    }
    return Value(doc_, -1, node_, key, -1);
}

std::string_view Value::keyAt(std::size_t index) const {
    if (type() != Type::Object || index >= size()) return {};
    const auto& n = doc_->nodes_[static_cast<std::size_t>(node_)];
    const auto& c = doc_->nodes_[static_cast<std::size_t>(doc_->children_[n.span.offset + index])];
    return doc_->text(c.key.offset, c.key.length);
}

Value Value::memberAt(std::size_t index) const {
    if (type() != Type::Object || index >= size()) return Value(doc_, -1, node_, {}, static_cast<std::int64_t>(index));
    const auto& n = doc_->nodes_[static_cast<std::size_t>(node_)];
    return Value(doc_, doc_->children_[n.span.offset + index], -1, {}, -1);
}

namespace {

bool plainKey(std::string_view key) {
    if (key.empty()) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

void appendKey(std::string& out, std::string_view key) {
    if (plainKey(key)) {
        if (!out.empty()) out += '.';
        out += key;
    } else {
        out += "[\"";
        out += key;
        out += "\"]";
    }
}

}  // namespace

std::string Value::path() const {
    if (!doc_) return {};
    // Walk up from the node (or from the parent a missing value was asked of), then read backwards.
    std::vector<std::int32_t> chain;
    for (std::int32_t at = node_ >= 0 ? node_ : parent_; at > 0; at = doc_->nodes_[static_cast<std::size_t>(at)].parent) {
        chain.push_back(at);
    }
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const auto& n = doc_->nodes_[static_cast<std::size_t>(*it)];
        const auto& parent = doc_->nodes_[static_cast<std::size_t>(n.parent)];
        if (parent.type == Type::Object) appendKey(out, doc_->text(n.key.offset, n.key.length));
        else out += "[" + std::to_string(n.indexInParent) + "]";
    }
    if (node_ < 0) {
        if (missingIndex_ >= 0) out += "[" + std::to_string(missingIndex_) + "]";
        else appendKey(out, missingKey_);
    }
    return out;
}

// --- Builder: the SAX handler ------------------------------------------------------------------------

class Builder {
public:
    using json = nlohmann::json;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    Builder(Document& doc, std::string_view text, int maxDepth, const KeepElement& keep)
        : doc_(doc), text_(text), maxDepth_(maxDepth), keep_(keep) {
        // Reserved, not touched: a page costs only when written, but a vector that outgrows its reserve
        // copies itself into fresh pages. Keys and strings never take more bytes than the file gives
        // them; a node takes about twelve bytes of a match file, and each but the root is one child.
        doc_.nodes_.reserve(text.size() / 12);
        doc_.children_.reserve(text.size() / 12);
        doc_.strings_.reserve(text.size());
    }

    bool null() { return add(Type::Null) >= 0; }
    bool boolean(bool value) {
        const std::int32_t n = add(Type::Bool);
        doc_.nodes_[static_cast<std::size_t>(n)].flag = value;
        return true;
    }
    bool number_integer(number_integer_t value) { return number(static_cast<double>(value)); }
    bool number_unsigned(number_unsigned_t value) { return number(static_cast<double>(value)); }
    bool number_float(number_float_t value, const string_t&) { return number(value); }
    bool string(std::string_view value) {
        const std::int32_t n = add(Type::String);
        auto& node = doc_.nodes_[static_cast<std::size_t>(n)];
        node.span.offset = static_cast<std::uint32_t>(doc_.strings_.size());
        node.span.length = static_cast<std::uint32_t>(value.size());
        doc_.strings_ += value;
        return true;
    }
    bool binary(binary_t&) { return fail("binary data is not JSON"); }
    bool start_object(std::size_t) { return open(Type::Object); }
    bool key(std::string_view value) {
        keyOffset_ = static_cast<std::uint32_t>(doc_.strings_.size());
        keyLength_ = static_cast<std::uint32_t>(value.size());
        doc_.strings_ += value;
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(Type::Array); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        if (error_.empty()) error_ = at(position) + ": " + reason(ex.what());
        return false;
    }

    const std::string& error() const { return error_; }
    void readBy(Reader reader) { doc_.readBy_ = reader; }
    bool number(double value) {
        const std::int32_t n = add(Type::Number);
        doc_.nodes_[static_cast<std::size_t>(n)].number = value;
        return true;
    }

private:
    struct Open {
        std::int32_t node;
        std::vector<std::int32_t> children;
    };

    std::int32_t add(Type type) {
        const auto n = static_cast<std::int32_t>(doc_.nodes_.size());
        Document::Node node;
        node.type = type;
        if (!stack_.empty()) {
            Open& parent = stack_.back();
            node.parent = parent.node;
            node.indexInParent = static_cast<std::uint32_t>(parent.children.size());
            if (doc_.nodes_[static_cast<std::size_t>(parent.node)].type == Type::Object) {
                node.key.offset = keyOffset_;
                node.key.length = keyLength_;
            }
            parent.children.push_back(n);
        }
        doc_.nodes_.push_back(node);
        return n;
    }

    bool open(Type type) {
        if (static_cast<int>(stack_.size()) >= maxDepth_) {
            return fail("nested deeper than " + std::to_string(maxDepth_) + " levels; no match file is");
        }
        const std::int32_t n = add(type);
        if (keep_ && stack_.size() == 1 && doc_.nodes_.front().type == Type::Array) {
            element_ = {n, doc_.strings_.size(), doc_.children_.size()};
        }
        if (spare_.empty()) {
            stack_.push_back({n, {}});
        } else {
            stack_.push_back({n, std::move(spare_.back())});
            spare_.pop_back();
            stack_.back().children.clear();
        }
        return true;
    }

    bool close() {
        Open& top = stack_.back();
        auto& node = doc_.nodes_[static_cast<std::size_t>(top.node)];
        node.span.offset = static_cast<std::uint32_t>(doc_.children_.size());
        node.span.length = static_cast<std::uint32_t>(top.children.size());
        doc_.children_.insert(doc_.children_.end(), top.children.begin(), top.children.end());
        spare_.push_back(std::move(top.children));
        stack_.pop_back();
        if (keep_ && stack_.size() == 1 && element_.node == stack_.back().children.back()) dropUnlessKept();
        return true;
    }

    // The element of the top-level list just read, kept, or left as null with all it held forgotten.
    void dropUnlessKept() {
        const auto index = static_cast<std::size_t>(element_.node);
        if (keep_(doc_.nodes_[index].indexInParent, doc_.at(element_.node))) return;
        doc_.nodes_.resize(index + 1);
        doc_.nodes_[index].type = Type::Null;
        doc_.nodes_[index].span = {};
        doc_.strings_.resize(element_.strings);
        doc_.children_.resize(element_.children);
    }

    bool fail(std::string message) {
        if (error_.empty()) error_ = message;
        return false;
    }

    // "line 3, column 14" for a byte offset (the library counts from 1 at the first byte).
    std::string at(std::size_t position) const {
        const std::size_t end = std::min(position > 0 ? position - 1 : 0, text_.size());
        int line = 1;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < end; ++i) {
            if (text_[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return "line " + std::to_string(line) + ", column " + std::to_string(end - lineStart + 1);
    }

    // The library's message without its own prefix and position: "syntax error while parsing value -
    // unexpected end of input; expected '[', '{', or a literal".
    static std::string reason(std::string_view what) {
        if (auto c = what.find("column "); c != std::string_view::npos) {
            if (auto colon = what.find(": ", c); colon != std::string_view::npos) what.remove_prefix(colon + 2);
        } else if (auto bracket = what.find("] "); bracket != std::string_view::npos) {
            what.remove_prefix(bracket + 2);
        }
        std::string out(what);
        const std::string noise = "syntax error while parsing value - ";
        if (out.rfind(noise, 0) == 0) out.erase(0, noise.size());
        return out;
    }

    Document& doc_;
    std::string_view text_;
    int maxDepth_;
    std::vector<Open> stack_;
    std::vector<std::vector<std::int32_t>> spare_;
    std::uint32_t keyOffset_ = 0, keyLength_ = 0;
    std::string error_;
    const KeepElement& keep_;
    struct Element {
        std::int32_t node = -1;  // the top-level list's element being read, and where it began
        std::size_t strings = 0, children = 0;
    } element_;
};

// --- The fast path: simdjson's On Demand reader, through the same Builder ------------------------

namespace {

namespace od = simdjson::ondemand;

static_assert(kReadAhead >= simdjson::SIMDJSON_PADDING, "simdjson reads up to SIMDJSON_PADDING bytes past the text");

// Feeds every value of a document to the Builder, depth first, as the SAX parser would. False at the
// first thing simdjson refuses (or the Builder does); the text is then read again by nlohmann.
class FastReader {
public:
    explicit FastReader(Builder& builder) : builder_(builder) {}

    bool document(od::document& doc) {
        od::json_type type;
        if (doc.type().get(type)) return false;
        bool read = false;
        if (type == od::json_type::array) {
            od::array array;
            read = !doc.get_array().get(array) && elements(array);
        } else if (type == od::json_type::object) {
            od::object object;
            read = !doc.get_object().get(object) && members(object);
        }
        // A bare number or string as the whole file is JSON, but no match file: nlohmann reads it.
        const char* rest = nullptr;
        return read && doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS;
    }

private:
    bool value(od::value v) {
        od::json_type type;
        if (v.type().get(type)) return false;
        switch (type) {
            case od::json_type::array: {
                od::array array;
                return !v.get_array().get(array) && elements(array);
            }
            case od::json_type::object: {
                od::object object;
                return !v.get_object().get(object) && members(object);
            }
            case od::json_type::number: return number(v);
            case od::json_type::string: {
                std::string_view text;
                return !v.get_string().get(text) && builder_.string(text);
            }
            case od::json_type::boolean: {
                bool flag = false;
                return !v.get_bool().get(flag) && builder_.boolean(flag);
            }
            case od::json_type::null: {
                bool isNull = false;
                return !v.is_null().get(isNull) && isNull && builder_.null();
            }
        }
        return false;
    }

    bool elements(od::array& array) {
        if (!builder_.start_array(0)) return false;
        for (auto element : array) {
            od::value v;
            if (std::move(element).get(v) || !value(v)) return false;
        }
        return builder_.end_array();
    }

    bool members(od::object& object) {
        if (!builder_.start_object(0)) return false;
        for (auto member : object) {
            od::field field;
            std::string_view key;
            if (std::move(member).get(field) || field.unescaped_key().get(key) || !builder_.key(key) || !value(field.value())) return false;
        }
        return builder_.end_object();
    }

    // As nlohmann reads numbers: whole ones as 64-bit integers (so -0 is 0), the rest as doubles;
    // a whole number past 64 bits goes back to nlohmann, which reads it as a double.
    bool number(od::value& v) {
        od::number n;
        if (v.get_number().get(n)) return false;
        switch (n.get_number_type()) {
            case od::number_type::signed_integer: return builder_.number(static_cast<double>(n.get_int64()));
            case od::number_type::unsigned_integer: return builder_.number(static_cast<double>(n.get_uint64()));
            case od::number_type::floating_point_number: return builder_.number(n.get_double());
            default: return false;
        }
    }

    Builder& builder_;
};

}  // namespace

Result<Document> parse(std::string_view text, const Limits& limits, const KeepElement& keep, std::size_t readable) {
    if (text.size() > limits.maxBytes) {
        char buffer[96];
        std::snprintf(buffer, sizeof buffer, "%.1f MB is more than any match file (at most %.0f MB)",
                      static_cast<double>(text.size()) / (1024.0 * 1024.0),
                      static_cast<double>(limits.maxBytes) / (1024.0 * 1024.0));
        return Error{buffer};
    }
    if (limits.simdjson) {
        // Read where it lies when the caller left room after it; a copy with room otherwise.
        std::optional<simdjson::padded_string> copy;
        if (readable < text.size() + kReadAhead) copy.emplace(text);
        const simdjson::padded_string_view padded =
            copy ? simdjson::padded_string_view(*copy) : simdjson::padded_string_view(text.data(), text.size(), readable);
        od::parser parser;
        od::document doc;
        Document fast;
        Builder builder(fast, text, limits.maxDepth, keep);
        try {
            if (!parser.iterate(padded).get(doc) && FastReader(builder).document(doc)) {
                builder.readBy(Reader::Simdjson);
                return fast;
            }
        } catch (const std::bad_alloc&) {
            return Error{"cannot read the JSON: out of memory"};
        }
    }
    Document doc;
    Builder builder(doc, text, limits.maxDepth, keep);
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const std::exception& e) {
        // Only running out of memory gets here: the handler reports every syntax error itself.
        return Error{std::string("cannot read the JSON: ") + e.what()};
    }
    if (!ok) return Error{builder.error().empty() ? std::string("not valid JSON") : builder.error()};
    return doc;
}

}  // namespace touchline::json
