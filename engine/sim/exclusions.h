#pragma once
// When a player's body lets the ball through: from the touch before his until 0.35 s after his own (the
// ball he has just played), and while a ball aimed at him is on its way. Spans of steps, merged so that
// a pass, whose steps only grow, finds them with a moving index: O(1) a question, however long the
// moment and however many touches (a dribble has one every 0.45 s).
// In a passage every body lets the ball through: its touches are the data's, which records every one
// (blocks and deflections included), so a ball meeting a body the data does not have touch it is a
// player who let it go, not a deflection to invent. Left in, those made the touch after it happen metres
// from where its player stood, and him glide there.
#include <cstddef>
#include <vector>

#include "sim/moment_plan.h"

namespace touchline::sim {

inline constexpr int kAfterTouchSteps = 84;  // 0.35 s

struct StepSpan {
    int from = 0;
    int to = 0;  // inclusive
    bool operator==(const StepSpan&) const = default;
};

// Sorted and merged: disjoint, in step order.
std::vector<StepSpan> mergeSpans(std::vector<StepSpan> spans);

// Per tracked player of the plan, merged.
std::vector<std::vector<StepSpan>> exclusionSpans(const MomentPlan& plan);

// Whether a step lies in one of a player's spans, for steps that never go back.
class SpanCursor {
public:
    explicit SpanCursor(const std::vector<StepSpan>& spans) : spans_(&spans) {}
    bool contains(int step) {
        TOUCHLINE_ASSERT(step >= lastStep_, "SpanCursor::contains: steps must not go back");
        lastStep_ = step;
        while (next_ < spans_->size() && (*spans_)[next_].to < step) ++next_;
        return next_ < spans_->size() && (*spans_)[next_].from <= step;
    }

private:
    const std::vector<StepSpan>* spans_;
    std::size_t next_ = 0;
    int lastStep_ = -2147483647;
};

}  // namespace touchline::sim
