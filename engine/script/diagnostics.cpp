#include "script/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "core/text.h"

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
    add({Severity::Error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
    add({Severity::Warning, std::move(where), std::move(message), std::move(hint)});
}

bool Diagnostics::before(std::size_t a, std::size_t b) const {
    const SourceLocation& x = items_[a].where;
    const SourceLocation& y = items_[b].where;
    return std::tie(x.file, x.line, x.column, added_[a]) < std::tie(y.file, y.line, y.column, added_[b]);
}

void Diagnostics::omit(const Diagnostic& diagnostic) {
    ++omitted_;
    if (diagnostic.severity == Severity::Error) ++omittedErrors_;
}

void Diagnostics::setLimit(std::size_t limit) {
    limit_ = limit;
    heap_.clear();
    if (items_.size() <= limit_) return;
    sort();
    for (std::size_t i = limit_; i < items_.size(); ++i) omit(items_[i]);
    items_.resize(limit_);
    added_.resize(limit_);
}

void Diagnostics::add(Diagnostic diagnostic) {
    if (diagnostic.message.size() > kMaxMessageBytes) diagnostic.message = elideMiddle(diagnostic.message, kMaxMessageBytes);
    if (diagnostic.hint.size() > kMaxMessageBytes) diagnostic.hint = elideMiddle(diagnostic.hint, kMaxMessageBytes);
    const std::size_t order = count_++;
    if (items_.size() < limit_) {
        items_.push_back(std::move(diagnostic));
        added_.push_back(order);
        return;
    }
    if (limit_ == 0) return omit(diagnostic);
    // Full: the newcomer replaces the last by place, if it comes before it.
    const auto byPlace = [this](std::size_t a, std::size_t b) { return before(a, b); };
    if (heap_.size() != items_.size()) {
        heap_.resize(items_.size());
        for (std::size_t i = 0; i < heap_.size(); ++i) heap_[i] = i;
        std::make_heap(heap_.begin(), heap_.end(), byPlace);
    }
    const std::size_t last = heap_.front();
    const SourceLocation& w = items_[last].where;
    const SourceLocation& n = diagnostic.where;
    if (std::tie(n.file, n.line, n.column) >= std::tie(w.file, w.line, w.column)) return omit(diagnostic);
    std::pop_heap(heap_.begin(), heap_.end(), byPlace);
    omit(items_[last]);
    items_[last] = std::move(diagnostic);
    added_[last] = order;
    std::push_heap(heap_.begin(), heap_.end(), byPlace);
}

void Diagnostics::summarizeOmitted(const SourceLocation& where) {
    if (omitted_ == 0) return;
    const std::size_t omitted = omitted_;
    omitted_ = 0;
    omittedErrors_ = 0;
    const std::size_t limit = limit_;
    limit_ = std::numeric_limits<std::size_t>::max();  // the summary itself is always kept
    error(where, "... and " + std::to_string(omitted) + " more problems not shown");
    limit_ = limit;
    heap_.clear();
}

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

std::size_t Diagnostics::errorCount() const {
    return omittedErrors_ + static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
               return d.severity == Severity::Error;
           }));
}

void Diagnostics::sort() {
    std::vector<std::size_t> order(items_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) { return before(a, b); });
    std::vector<Diagnostic> items;
    std::vector<std::size_t> added;
    items.reserve(items_.size());
    added.reserve(items_.size());
    for (std::size_t i : order) {
        items.push_back(std::move(items_[i]));
        added.push_back(added_[i]);
    }
    items_ = std::move(items);
    added_ = std::move(added);
    heap_.clear();
}

std::string Diagnostics::text() const {
    std::string out;
    for (const Diagnostic& d : items_) out += d.text() + "\n";
    return out;
}

}  // namespace touchline
