#pragma once
// A YAML document as a small tree of nodes, each knowing its line and column, read with libyaml.
//
// Why libyaml rather than yaml-cpp: yaml-cpp's scanner matches every character against regular
// expressions and spends about 6 ms on a 30 kB script, most of the budget for loading one; libyaml
// (plain C, a Debian package too) reads the same text in under 1 ms. Its parser is iterative and so
// is the tree building here, so no nesting can exhaust the stack; nesting is still capped, exactly.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace touchline {

// Deeper than this is no replay script (the format needs about six levels).
inline constexpr int kMaxYamlNesting = 64;

struct YamlMark {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters
};

class YamlDocument;

// A handle on one node of a YamlDocument, which must outlive it. A default handle is "absent".
class YamlNode {
public:
    YamlNode() = default;

    bool isDefined() const { return document_ != nullptr; }
    bool isNull() const;      // absent, empty, ~ or null
    bool isScalar() const;    // text; a null is not
    bool isSequence() const;
    bool isMap() const;
    // Written plainly: not quoted, not a | or > block, no tag. Only plain text can be a number.
    bool isPlain() const;
    const std::string& text() const;  // a scalar's text; empty for anything else
    YamlMark mark() const;
    // Where the node is in the source, in bytes: [begin, end). A scalar's end is after its closing
    // quote; a flow collection's after its ']' or '}'. A block collection's end is where the next
    // token starts (which may be lines later, past comments). The editor patches text at these spans.
    std::size_t begin() const;
    std::size_t end() const;
    bool isFlow() const;  // a collection written [..] or {..}
    std::size_t size() const;  // a sequence's items, a mapping's pairs
    YamlNode item(std::size_t i) const;
    YamlNode key(std::size_t i) const;
    YamlNode value(std::size_t i) const;

private:
    friend class YamlDocument;
    YamlNode(const YamlDocument* document, int index) : document_(document), index_(index) {}

    const YamlDocument* document_ = nullptr;
    int index_ = -1;
};

class YamlDocument {
public:
    YamlNode root() const { return root_ < 0 ? YamlNode() : YamlNode(this, root_); }
    YamlMark start() const { return start_; }

private:
    friend class YamlNode;
    friend class YamlBuilder;
    enum class Kind { Null, Scalar, Sequence, Map };
    struct Node {
        Kind kind = Kind::Null;
        bool plain = true;
        std::string text;
        bool flow = false;
        YamlMark mark;
        std::size_t begin = 0, end = 0;  // bytes
        std::vector<int> children;  // a sequence's items; a mapping's keys and values, alternating
    };
    std::vector<Node> nodes_;
    int root_ = -1;
    YamlMark start_;
};

struct YamlSyntaxError {
    YamlMark where;
    std::string message;
    std::string hint;
};

struct YamlStream {
    std::vector<YamlDocument> documents;
    std::optional<YamlSyntaxError> error;  // reading stops at the first
};

YamlStream parseYaml(std::string_view text);

}  // namespace touchline
