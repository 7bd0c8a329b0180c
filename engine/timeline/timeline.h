#pragma once
// Timeline: a baked replay. Tracks of every body and the events the simulation observed, on the match
// time axis. sample(t) is a pure function: same t, same Frame, whatever was sampled before.
#include <memory>
#include <vector>

#include "script/script.h"
#include "timeline/frame.h"

namespace touchline {

struct MomentSpan {
    double start = 0.0;  // match time
    double end = 0.0;
};

class Timeline {
public:
    double duration() const;                       // match time at the final whistle
    Frame sample(double t) const;
    void sample(double t, Frame& out) const;       // the same, reusing out's storage
    const std::vector<ObservedEvent>& events() const;
    const std::vector<MomentSpan>& moments() const;
    std::array<int, 2> scoreAt(double t) const;
    const Script& script() const;
};

}  // namespace touchline
