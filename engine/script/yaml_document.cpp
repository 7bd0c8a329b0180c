#include "script/yaml_document.h"

#include <yaml.h>

#include <map>
#include <memory>
#include <new>

namespace touchline {

namespace {

const std::string kEmpty;

YamlMark toMark(const yaml_mark_t& mark) {
    return {static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

std::string text(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : std::string(); }

bool isNullText(const std::string& s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// The character at a 1-based line and character column, or 0 past the end.
char charAt(std::string_view text, YamlMark mark) {
    std::size_t pos = 0;
    for (int line = 1; line < mark.line; ++line) {
        pos = text.find('\n', pos);
        if (pos == std::string_view::npos) return 0;
        ++pos;
    }
    for (int column = 1; pos < text.size(); ++pos) {
        if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;  // inside a UTF-8 character
        if (column++ == mark.column) return text[pos];
    }
    return 0;
}

// libyaml's own words, with the places that explain them; the common mistakes in plainer words.
YamlSyntaxError describe(const yaml_parser_t& parser, std::string_view source) {
    const std::string problem = parser.problem ? parser.problem : "unreadable YAML";
    const std::string context = parser.context ? parser.context : "";
    const YamlMark at = toMark(parser.problem_mark);
    const YamlMark contextAt = toMark(parser.context_mark);
    if (context.find("quoted scalar") != std::string::npos && problem.find("end of stream") != std::string::npos) {
        return {contextAt, "this quote is never closed", "end the text with the same quote"};
    }
    if (charAt(source, at) == '\t' || problem.find("tab") != std::string::npos) {
        return {at, "a tab where YAML expects spaces", "YAML indents with spaces only"};
    }
    YamlSyntaxError error{at, "this is not valid YAML: " + problem, {}};
    if (!context.empty()) {
        error.hint = context + " at line " + std::to_string(contextAt.line) + ", column " +
                     std::to_string(contextAt.column);
    }
    return error;
}

}  // namespace

class YamlBuilder {
public:
    explicit YamlBuilder(std::string_view source) : source_(source) {
        // libyaml counts marks in characters; the editor wants bytes.
        byteOfChar_.reserve(source.size() + 1);
        for (std::size_t i = 0; i < source.size(); ++i) {
            if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) byteOfChar_.push_back(i);
        }
        byteOfChar_.push_back(source.size());
    }

    YamlStream run() {
        // libyaml out of memory is the same failure as ours: the loader reports it, located.
        yaml_parser_t parser;
        if (!yaml_parser_initialize(&parser)) throw std::bad_alloc();
        const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> parserGuard(&parser, yaml_parser_delete);
        yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(source_.data()), source_.size());
        bool done = false;
        while (!done && !stream_.error) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                if (parser.error == YAML_MEMORY_ERROR) throw std::bad_alloc();
                stream_.error = describe(parser, source_);
                break;
            }
            const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> eventGuard(&event, yaml_event_delete);
            done = event.type == YAML_STREAM_END_EVENT;
            handle(event);
        }
        return std::move(stream_);
    }

private:
    YamlDocument& document() { return stream_.documents.back(); }
    std::size_t byteOffset(const yaml_mark_t& mark) const {
        return mark.index < byteOfChar_.size() ? byteOfChar_[mark.index] : source_.size();
    }

    void handle(const yaml_event_t& event) {
        const YamlMark mark = toMark(event.start_mark);
        switch (event.type) {
            case YAML_DOCUMENT_START_EVENT:
                stream_.documents.emplace_back();
                document().start_ = mark;
                anchors_.clear();
                break;
            case YAML_SCALAR_EVENT: {
                const auto& s = event.data.scalar;
                YamlDocument::Node node;
                node.plain = s.style == YAML_PLAIN_SCALAR_STYLE && s.plain_implicit;
                node.text.assign(reinterpret_cast<const char*>(s.value), s.length);
                node.kind = node.plain && isNullText(node.text) ? YamlDocument::Kind::Null : YamlDocument::Kind::Scalar;
                node.mark = mark;
                node.begin = byteOffset(event.start_mark);
                node.end = byteOffset(event.end_mark);
                const int index = add(std::move(node));
                if (s.anchor) anchors_[text(s.anchor)] = index;
                break;
            }
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT: {
                if (static_cast<int>(open_.size()) >= kMaxYamlNesting) {
                    stream_.error = YamlSyntaxError{mark, "the YAML nests deeper than " + std::to_string(kMaxYamlNesting) +
                                                              " levels",
                                                    "a replay script needs about six"};
                    return;
                }
                YamlDocument::Node node;
                node.kind = event.type == YAML_SEQUENCE_START_EVENT ? YamlDocument::Kind::Sequence : YamlDocument::Kind::Map;
                node.mark = mark;
                node.begin = byteOffset(event.start_mark);
                node.flow = event.type == YAML_SEQUENCE_START_EVENT
                                ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                                : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
                const yaml_char_t* anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                                                                                    : event.data.mapping_start.anchor;
                const int index = add(std::move(node));
                open_.push_back({index, text(anchor)});
                break;
            }
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT: {
                // An anchor names a node once it is complete, so no alias can make a node hold itself.
                const Open closed = open_.back();
                open_.pop_back();
                document().nodes_[closed.index].end = byteOffset(event.end_mark);
                if (!closed.anchor.empty()) anchors_[closed.anchor] = closed.index;
                break;
            }
            case YAML_ALIAS_EVENT: {
                const std::string name = text(event.data.alias.anchor);
                auto it = anchors_.find(name);
                if (it == anchors_.end()) {
                    stream_.error = YamlSyntaxError{mark, "the alias *" + name + " names no anchor (&" + name + ") before it", {}};
                    return;
                }
                attach(it->second);  // shared, not copied: the reader counts what it reads
                break;
            }
            default: break;
        }
    }

    int add(YamlDocument::Node node) {
        auto& nodes = document().nodes_;
        nodes.push_back(std::move(node));
        const int index = static_cast<int>(nodes.size()) - 1;
        attach(index);
        return index;
    }

    void attach(int index) {
        if (open_.empty()) {
            document().root_ = index;
        } else {
            document().nodes_[open_.back().index].children.push_back(index);
        }
    }

    struct Open {
        int index;
        std::string anchor;
    };
    std::string_view source_;
    YamlStream stream_;
    std::vector<Open> open_;
    std::map<std::string, int> anchors_;
    std::vector<std::size_t> byteOfChar_;
};

bool YamlNode::isNull() const { return !document_ || document_->nodes_[index_].kind == YamlDocument::Kind::Null; }
bool YamlNode::isScalar() const { return document_ && document_->nodes_[index_].kind == YamlDocument::Kind::Scalar; }
bool YamlNode::isSequence() const {
    return document_ && document_->nodes_[index_].kind == YamlDocument::Kind::Sequence;
}
bool YamlNode::isMap() const { return document_ && document_->nodes_[index_].kind == YamlDocument::Kind::Map; }
bool YamlNode::isPlain() const { return document_ && document_->nodes_[index_].plain; }
const std::string& YamlNode::text() const { return document_ ? document_->nodes_[index_].text : kEmpty; }
YamlMark YamlNode::mark() const { return document_ ? document_->nodes_[index_].mark : YamlMark{}; }
std::size_t YamlNode::begin() const { return document_ ? document_->nodes_[index_].begin : 0; }
std::size_t YamlNode::end() const { return document_ ? document_->nodes_[index_].end : 0; }
bool YamlNode::isFlow() const { return document_ && document_->nodes_[index_].flow; }

std::size_t YamlNode::size() const {
    if (!document_) return 0;
    const auto& node = document_->nodes_[index_];
    return node.kind == YamlDocument::Kind::Map ? node.children.size() / 2 : node.children.size();
}

YamlNode YamlNode::item(std::size_t i) const {
    if (!isSequence() || i >= size()) return {};
    return {document_, document_->nodes_[index_].children[i]};
}

YamlNode YamlNode::key(std::size_t i) const {
    if (!isMap() || i >= size()) return {};
    return {document_, document_->nodes_[index_].children[2 * i]};
}

YamlNode YamlNode::value(std::size_t i) const {
    if (!isMap() || i >= size()) return {};
    const auto& children = document_->nodes_[index_].children;
    return 2 * i + 1 < children.size() ? YamlNode(document_, children[2 * i + 1]) : YamlNode();
}

YamlStream parseYaml(std::string_view text) { return YamlBuilder(text).run(); }

}  // namespace touchline
