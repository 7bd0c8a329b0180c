#pragma once
// Located messages about a replay script: "replays/x.yaml:42:7: unknown player 'Koulibali' (did you
// mean 'Koulibaly'?)". The loader and the validator collect every one they find, not only the first.
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

class Diagnostics {
public:
    void error(SourceLocation where, std::string message, std::string hint = {});
    void warning(SourceLocation where, std::string message, std::string hint = {});
    void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

    bool hasErrors() const;
    std::size_t errorCount() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    bool empty() const { return items_.empty(); }
    // Orders by file, line, column (stable), so a report reads top to bottom.
    void sort();
    // Every diagnostic, one per line.
    std::string text() const;

private:
    std::vector<Diagnostic> items_;
};

}  // namespace touchline
