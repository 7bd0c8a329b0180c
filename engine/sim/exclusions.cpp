#include "sim/exclusions.h"

#include <algorithm>

namespace touchline::sim {

std::vector<StepSpan> mergeSpans(std::vector<StepSpan> spans) {
    std::sort(spans.begin(), spans.end(), [](const StepSpan& a, const StepSpan& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    std::vector<StepSpan> merged;
    for (const StepSpan& s : spans) {
        if (s.to < s.from) continue;
        if (!merged.empty() && s.from <= merged.back().to + 1) {
            merged.back().to = std::max(merged.back().to, s.to);
        } else {
            merged.push_back(s);
        }
    }
    return merged;
}

std::vector<std::vector<StepSpan>> exclusionSpans(const MomentPlan& plan) {
    std::vector<std::vector<StepSpan>> spans(plan.players.size());
    if (plan.passage) {
        for (auto& s : spans) s.push_back({0, plan.steps + 1});
        return spans;
    }
    for (std::size_t k = 0; k < plan.touches.size(); ++k) {
        const Touch& t = plan.touches[k];
        const int previous = k > 0 ? plan.touches[k - 1].step : 0;
        if (int i = plan.indexOf(t.player); i >= 0) {
            spans[static_cast<std::size_t>(i)].push_back({previous, t.step + kAfterTouchSteps});
        }
        if (t.target.kind == KickTarget::Kind::Player) {
            const int arrive = t.arriveStep ? *t.arriveStep : t.step + 2 * kStepsPerSecond;
            if (int i = plan.indexOf(t.target.player); i >= 0) {
                spans[static_cast<std::size_t>(i)].push_back({t.step, arrive + kAfterTouchSteps});
            }
        }
    }
    for (auto& s : spans) s = mergeSpans(std::move(s));
    return spans;
}

}  // namespace touchline::sim
