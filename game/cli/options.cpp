#include "cli/options.h"

#include <charconv>
#include <sstream>

#include "core/text.h"

namespace touchline::cli {

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string ParsedArgs::getOr(const std::string& name, const std::string& fallback) const {
    return get(name).value_or(fallback);
}

Options::Options(std::string usage, std::string description)
    : usage_(std::move(usage)), description_(std::move(description)) {}

Options& Options::flag(std::string name, std::string help) {
    specs_.push_back({std::move(name), "", std::move(help)});
    return *this;
}

Options& Options::value(std::string name, std::string metavar, std::string help) {
    specs_.push_back({std::move(name), std::move(metavar), std::move(help)});
    return *this;
}

Options& Options::positionals(std::size_t min, std::size_t max, std::string help) {
    minPositionals_ = min;
    maxPositionals_ = max;
    positionalHelp_ = std::move(help);
    return *this;
}

const Options::Spec* Options::find(const std::string& name) const {
    for (const Spec& spec : specs_) {
        if (spec.name == name) return &spec;
    }
    return nullptr;
}

bool Options::wantsHelp(std::span<const std::string> args) {
    for (const std::string& arg : args) {
        if (arg == "--help" || arg == "-h") return true;
        if (arg == "--") break;
    }
    return false;
}

Result<ParsedArgs> Options::parse(std::span<const std::string> args) const {
    ParsedArgs parsed;
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (onlyPositionals || arg.size() < 2 || arg.rfind("--", 0) != 0) {
            if (arg == "--") {
                onlyPositionals = true;
                continue;
            }
            parsed.positionals_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const Spec* spec = find(name);
        if (!spec) {
            std::vector<std::string> known;
            for (const Spec& s : specs_) known.push_back(s.name);
            std::string message = "unknown option '--" + name + "'";
            if (auto near = nearestName(name, known)) message += " (did you mean '--" + *near + "'?)";
            return Error{message};
        }
        if (spec->metavar.empty()) {
            if (inlineValue) return Error{"option '--" + name + "' takes no value"};
            parsed.values_[name] = "";
            continue;
        }
        if (inlineValue) {
            parsed.values_[name] = *inlineValue;
        } else if (i + 1 < args.size()) {
            parsed.values_[name] = args[++i];
        } else {
            return Error{"option '--" + name + "' needs a value (" + spec->metavar + ")"};
        }
    }
    if (parsed.positionals_.size() < minPositionals_) {
        return Error{"missing argument: " + positionalHelp_};
    }
    if (parsed.positionals_.size() > maxPositionals_) {
        return Error{"unexpected argument '" + parsed.positionals_[maxPositionals_] + "'"};
    }
    return parsed;
}

std::string Options::help() const {
    std::ostringstream out;
    out << "usage: touchline " << usage_ << "\n\n" << description_ << "\n";
    if (!specs_.empty()) {
        out << "\noptions:\n";
        for (const Spec& spec : specs_) {
            std::string left = "  --" + spec.name + (spec.metavar.empty() ? "" : " " + spec.metavar);
            out << left;
            if (left.size() < 24) out << std::string(24 - left.size(), ' ');
            else out << "\n" << std::string(24, ' ');
            // A help text on several lines keeps to its column.
            for (char c : spec.help) {
                out << c;
                if (c == '\n') out << std::string(24, ' ');
            }
            out << "\n";
        }
    }
    out << "  --help                show this help\n";
    return out.str();
}

Result<std::pair<int, int>> parseSize(const std::string& text) {
    auto x = text.find('x');
    if (x == std::string::npos) return Error{"size '" + text + "' should look like 1280x720"};
    int w = 0, h = 0;
    auto r1 = std::from_chars(text.data(), text.data() + x, w);
    auto r2 = std::from_chars(text.data() + x + 1, text.data() + text.size(), h);
    if (r1.ec != std::errc{} || r1.ptr != text.data() + x || r2.ec != std::errc{} ||
        r2.ptr != text.data() + text.size()) {
        return Error{"size '" + text + "' should look like 1280x720"};
    }
    if (w < 16 || h < 16 || w > 8192 || h > 8192) {
        return Error{"size '" + text + "' is out of range (16..8192 pixels a side)"};
    }
    return std::pair{w, h};
}

}  // namespace touchline::cli
