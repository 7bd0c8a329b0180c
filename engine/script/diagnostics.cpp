#include "script/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace touchline {

std::string Diagnostic::text() const {
    std::string out = where.file.empty() ? std::string("<script>") : where.file;
    // Appended piece by piece: g++ 12 at -O3 warns falsely (-Wrestrict) on ":" + std::to_string(n).
    if (where.line > 0) {
        out += ':';
        out += std::to_string(where.line);
        if (where.column > 0) {
            out += ':';
            out += std::to_string(where.column);
        }
    }
    out += ": ";
    if (severity == Severity::Warning) out += "warning: ";
    out += message;
    if (!hint.empty()) out += " (" + hint + ")";
    return out;
}

void Diagnostics::error(SourceLocation where, std::string message, std::string hint) {
    items_.push_back({Severity::Error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
    items_.push_back({Severity::Warning, std::move(where), std::move(message), std::move(hint)});
}

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

std::size_t Diagnostics::errorCount() const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) < std::tie(b.where.file, b.where.line, b.where.column);
    });
}

std::string Diagnostics::text() const {
    std::string out;
    for (const Diagnostic& d : items_) out += d.text() + "\n";
    return out;
}

}  // namespace touchline
