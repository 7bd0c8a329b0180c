#include "timeline/highlight_reel.h"

#include <algorithm>

namespace touchline {

std::vector<int> highlightMoments(const Script& script, bool extended) {
    std::vector<int> chosen;
    for (std::size_t i = 0; i < script.moments.size(); ++i) {
        if (extended || script.moments[i].level == MomentLevel::Key) chosen.push_back(static_cast<int>(i));
    }
    return chosen;
}

HighlightReel::HighlightReel(const std::vector<MomentSpan>& moments, double titleCardSeconds, const std::vector<int>& include)
    : card_(titleCardSeconds) {
    double t = 0.0;
    const auto add = [&](int i) {
        if (i < 0 || i >= static_cast<int>(moments.size())) return;
        const MomentSpan& span = moments[static_cast<std::size_t>(i)];
        segments_.push_back({t, span, i});
        t += card_ + std::max(0.0, span.end - span.start);
    };
    if (include.empty()) {
        for (std::size_t i = 0; i < moments.size(); ++i) add(static_cast<int>(i));
    } else {
        for (int i : include) add(i);
    }
    duration_ = t;
}

ReelPosition HighlightReel::at(double reelTime) const {
    if (segments_.empty()) return {};
    reelTime = std::clamp(reelTime, 0.0, duration_);
    // The last segment whose start is not after reelTime.
    auto it = std::upper_bound(segments_.begin(), segments_.end(), reelTime,
                               [](double t, const Segment& s) { return t < s.reelStart; });
    const std::size_t i = it == segments_.begin() ? 0 : static_cast<std::size_t>(it - segments_.begin()) - 1;
    const Segment& s = segments_[i];
    const double into = reelTime - s.reelStart;
    ReelPosition position;
    position.moment = s.moment;
    if (into < card_) {
        position.titleCard = true;
        position.cardProgress = card_ > 0.0 ? into / card_ : 1.0;
        position.matchTime = s.span.start;
    } else {
        position.matchTime = std::min(s.span.start + (into - card_), s.span.end);
    }
    return position;
}

double HighlightReel::startOf(int moment) const {
    for (const Segment& s : segments_) {
        if (s.moment == moment) return s.reelStart;
    }
    return 0.0;
}

double HighlightReel::reelTimeOf(double matchTime) const {
    for (const Segment& s : segments_) {
        if (matchTime >= s.span.start && matchTime <= s.span.end) return s.reelStart + card_ + (matchTime - s.span.start);
    }
    return -1.0;
}

}  // namespace touchline
