#pragma once
// What a bake says about a moment, with the bake's one rule for duplicates: a diagnostic with the same
// severity, location and message as one already said is not said again; different findings at the same
// action are all said. (A check that could repeat itself along an action, say at every leg of a dribble,
// says its first finding for that action and no more: that is the check's own business, not this rule's.)
#include <set>
#include <string>
#include <tuple>

#include "script/diagnostics.h"

namespace touchline::sim {

class BakeReport {
public:
    void add(const Diagnostic& d) {
        auto key = std::make_tuple(d.severity, d.where.file, d.where.line, d.where.column, d.message);
        if (seen_.insert(std::move(key)).second) said_.add(d);
    }
    void add(Severity severity, const SourceLocation& where, std::string message) {
        Diagnostic d;
        d.severity = severity;
        d.where = where;
        d.message = std::move(message);
        add(d);
    }
    void addAll(const Diagnostics& diagnostics) {
        for (const Diagnostic& d : diagnostics.items()) add(d);
    }
    Diagnostics take() { return std::move(said_); }

private:
    Diagnostics said_;
    std::set<std::tuple<Severity, std::string, int, int, std::string>> seen_;
};

}  // namespace touchline::sim
