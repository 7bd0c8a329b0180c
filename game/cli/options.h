#pragma once
// A small command-line parser: each sub-command declares its options once, and the same declaration
// parses the arguments, reports mistakes with a suggestion, and prints `--help`.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"

namespace touchline::cli {

class ParsedArgs {
public:
    bool has(const std::string& name) const { return values_.count(name) > 0; }
    std::optional<std::string> get(const std::string& name) const;
    std::string getOr(const std::string& name, const std::string& fallback) const;
    const std::vector<std::string>& positionals() const { return positionals_; }

private:
    friend class Options;
    std::map<std::string, std::string> values_;
    std::vector<std::string> positionals_;
};

class Options {
public:
    // `usage` is the synopsis after the program name, e.g. "shot [FILE] --out PNG [options]".
    Options(std::string usage, std::string description);

    Options& flag(std::string name, std::string help);
    Options& value(std::string name, std::string metavar, std::string help);
    // How many bare arguments are allowed (0 by default).
    Options& positionals(std::size_t min, std::size_t max, std::string help);

    // Fails with one readable line; `--help` is always understood (check `wantsHelp` first).
    Result<ParsedArgs> parse(std::span<const std::string> args) const;
    static bool wantsHelp(std::span<const std::string> args);
    std::string help() const;

private:
    struct Spec {
        std::string name;
        std::string metavar;  // empty for a flag
        std::string help;
    };
    const Spec* find(const std::string& name) const;

    std::string usage_;
    std::string description_;
    std::vector<Spec> specs_;
    std::size_t minPositionals_ = 0;
    std::size_t maxPositionals_ = 0;
    std::string positionalHelp_;
};

// Parses "1280x720" into a width and height.
Result<std::pair<int, int>> parseSize(const std::string& text);

}  // namespace touchline::cli
