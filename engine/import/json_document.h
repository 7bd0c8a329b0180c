#pragma once
// A parsed JSON file as a compact, read-only tree, with the JSON path of every value for messages
// ("events[1532].positions[1]"). The parsing library stays inside json_document.cpp: providers read
// through Value and never see its templates.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace touchline::json {

enum class Type : std::uint8_t { Missing, Null, Bool, Number, String, Array, Object };

// "a number", "an object", "nothing": for "expected a number, found a string".
std::string_view describe(Type type);

class Document;

// A handle on one value of a Document (or on a value that is not there, which still knows its path).
// Cheap to copy (a value that is there holds no string); valid as long as its Document. A missing
// member keeps its own copy of the key asked for, for its path: callers pass keys they build on the fly.
class Value {
public:
    Value() = default;

    Type type() const;
    bool exists() const { return type() != Type::Missing; }
    bool isNull() const { return type() == Type::Null; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    std::optional<double> number() const;
    // A number that is a whole int (an id, a shirt, a minute): 7 and 7.0, not 7.5, 1e40 or NaN.
    std::optional<int> integer() const;
    std::optional<std::string_view> string() const;
    std::optional<bool> boolean() const;

    // Elements of an array, members of an object; 0 otherwise.
    std::size_t size() const;
    Value operator[](std::size_t index) const;   // an array's element
    Value operator[](std::string_view key) const; // an object's member (the first, if given twice)
    std::string_view keyAt(std::size_t index) const;  // an object's index-th member's key
    Value memberAt(std::size_t index) const;          // and its value (of a key given twice, each)

    // "events[1532].positions[1]"; "" for the root.
    std::string path() const;

private:
    friend class Document;
    Value(const Document* doc, std::int32_t node, std::int32_t parent, std::string_view missingKey,
          std::int64_t missingIndex)
        : doc_(doc), node_(node), parent_(parent), missingKey_(missingKey), missingIndex_(missingIndex) {}

    const Document* doc_ = nullptr;
    std::int32_t node_ = -1;    // -1: not there
    std::int32_t parent_ = -1;  // for a missing value: the node it was asked of
    std::string missingKey_;
    std::int64_t missingIndex_ = -1;
};

struct Limits {
    std::size_t maxBytes = 64u * 1024u * 1024u;  // a whole match's events are a few megabytes
    int maxDepth = 64;
    // simdjson first, nlohmann for what it refuses; false: nlohmann alone, the reference that the
    // tests hold simdjson's reading to.
    bool simdjson = true;
};

// The library that read a Document: simdjson's On Demand reader (a few times faster), or nlohmann's
// for what simdjson refuses (a byte-order mark, an integer past 64 bits, any error, for its place).
enum class Reader : std::uint8_t { Simdjson, Nlohmann };

class Document {
public:
    Value root() const { return Value(this, nodes_.empty() ? -1 : 0, -1, {}, -1); }
    Reader readBy() const { return readBy_; }

private:
    friend class Value;
    friend class Builder;
    Value at(std::int32_t node) const { return Value(this, node, -1, {}, -1); }
    struct Span {
        std::uint32_t offset = 0, length = 0;
    };
    // 32 bytes: a competition's match records are over a hundred thousand nodes, and each page of
    // them costs when first written.
    struct Node {
        Type type = Type::Null;
        bool flag = false;             // Bool: its value
        std::int32_t parent = -1;
        std::uint32_t indexInParent = 0;
        Span key;                      // the member's key in strings_, when the parent is an object
        union {
            Span span{};    // String: its text in strings_; Array, Object: its children in children_
            double number;  // Number: its value (read only when the type says so)
        };
    };
    std::string_view text(std::uint32_t offset, std::uint32_t length) const {
        return std::string_view(strings_).substr(offset, length);
    }
    std::vector<Node> nodes_;
    std::vector<std::int32_t> children_;
    std::string strings_;
    Reader readBy_ = Reader::Nlohmann;
};

// For a file that is a list of records of which few are wanted (a competition's match records): each
// object or list in the top-level list is read and checked, then kept only when this says so (its
// index, and the element as read); the others stay as null, so sizes and paths are the file's and the
// memory is that of the records kept.
using KeepElement = std::function<bool(std::size_t index, const Value& element)>;

// How far past its end the parser may read a text (never write): a text read into a buffer with that
// much room after it is parsed where it lies, any other is copied first.
inline constexpr std::size_t kReadAhead = 64;

// Parses `text`; `readable`: the bytes from text.data() that may be read (a std::string's capacity).
// A syntax error is one line: "line 12, column 7: unexpected end of input; expected ']'".
Result<Document> parse(std::string_view text, const Limits& limits = {}, const KeepElement& keep = {}, std::size_t readable = 0);

}  // namespace touchline::json
