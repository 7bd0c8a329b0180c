#pragma once
// How far a long import is, and a way to stop it: the passages of a whole match take seconds (each is
// baked and mended, one after another), which `touchline import` shows as a bar and the viewer as a
// percentage, and which a viewer that closes or opens another file stops between two passages.
// Both are optional; the engine starts no thread of its own for either.
#include <cstddef>
#include <functional>
#include <stop_token>

namespace touchline::import {

struct ImportProgress {
    // Called on the importing thread after each passage: how many of how many are done.
    std::function<void(std::size_t done, std::size_t total)> report;
    std::stop_token stop;

    bool stopped() const { return stop.stop_requested(); }
    void tell(std::size_t done, std::size_t total) const {
        if (report) report(done, total);
    }
};

}  // namespace touchline::import
