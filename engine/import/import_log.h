#pragma once
// Messages about a provider file, each with its JSON path: "match.json: events[1532].positions[1]:
// warning: a placeholder position (0, 0), treated as unknown". Collected as Diagnostics, like a script's.
#include <string>
#include <string_view>

#include "import/json_document.h"
#include "script/diagnostics.h"

namespace touchline::import {

class ImportLog {
public:
    ImportLog(std::string file, Diagnostics& diagnostics) : file_(std::move(file)), diagnostics_(diagnostics) {}

    void error(const json::Value& at, const std::string& message) { diagnostics_.error(where(), prefix(at) + message); }
    void warning(const json::Value& at, const std::string& message) {
        diagnostics_.warning(where(), prefix(at) + message);
    }
    void error(const std::string& message) { diagnostics_.error(where(), message); }
    void warning(const std::string& message) { diagnostics_.warning(where(), message); }
    // "events[3].positions: expected a list of {x, y}, found a string"
    void expected(const json::Value& at, std::string_view what) {
        error(at, "expected " + std::string(what) + ", found " + std::string(json::describe(at.type())));
    }

    const std::string& file() const { return file_; }
    Diagnostics& diagnostics() { return diagnostics_; }
    bool failed() const { return diagnostics_.hasErrors(); }

private:
    SourceLocation where() const { return {file_, 0, 0}; }
    static std::string prefix(const json::Value& at) {
        const std::string path = at.path();
        return path.empty() ? std::string() : path + ": ";
    }

    std::string file_;
    Diagnostics& diagnostics_;
};

}  // namespace touchline::import
