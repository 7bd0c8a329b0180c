#pragma once
// Located messages about a replay script: "replays/x.yaml:42:7: unknown player 'Koulibali' (did you
// mean 'Koulibaly'?)". The loader and the validator collect every one they find, not only the first.
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace touchline {

struct SourceLocation {
    std::string file;
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based; 0 when unknown
};

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation where;
    std::string message;
    std::string hint;  // e.g. "did you mean 'Koulibaly'?"; empty when none helps

    // "file:line:col: message (hint)"; "warning: " precedes warnings' messages.
    std::string text() const;
};

// A message or a hint longer than this keeps its start and its end around a "…": whatever a file holds,
// one diagnostic stays small.
inline constexpr std::size_t kMaxMessageBytes = 400;

class Diagnostics {
public:
    void error(SourceLocation where, std::string message, std::string hint = {});
    void warning(SourceLocation where, std::string message, std::string hint = {});
    void add(Diagnostic diagnostic);

    // Keeps only the `limit` first by place (file, line, column; in the order added at one place),
    // whatever order they come in; the others are only counted (omitted()). So a flood of mistakes
    // costs the memory of `limit`, and the report still starts at the top of the file.
    void setLimit(std::size_t limit);
    std::size_t omitted() const { return omitted_; }
    // Replaces the count of omitted diagnostics by one error at `where`: "... and 120 more problems not
    // shown" (nothing when none were omitted).
    void summarizeOmitted(const SourceLocation& where);

    bool hasErrors() const;
    std::size_t errorCount() const;  // the errors kept and the errors omitted
    const std::vector<Diagnostic>& items() const { return items_; }
    bool empty() const { return items_.empty() && omitted_ == 0; }
    // Orders by file, line, column (stable), so a report reads top to bottom.
    void sort();
    // Every diagnostic, one per line.
    std::string text() const;

private:
    bool before(std::size_t a, std::size_t b) const;  // items_[a] comes before items_[b]
    void omit(const Diagnostic& diagnostic);

    std::vector<Diagnostic> items_;
    std::vector<std::size_t> added_;  // when each item was added: the order at one place
    std::size_t count_ = 0;           // diagnostics added so far
    std::size_t limit_ = std::numeric_limits<std::size_t>::max();
    // With a limit, once full: the indices of items_ as a heap with the last by place on top.
    std::vector<std::size_t> heap_;
    std::size_t omitted_ = 0;
    std::size_t omittedErrors_ = 0;
};

}  // namespace touchline
