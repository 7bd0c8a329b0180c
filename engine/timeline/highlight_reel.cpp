#include "timeline/highlight_reel.h"

#include <algorithm>

namespace touchline {

HighlightReel::HighlightReel(const std::vector<MomentSpan>& moments, double titleCardSeconds) : card_(titleCardSeconds) {
    double t = 0.0;
    for (const MomentSpan& span : moments) {
        segments_.push_back({t, span});
        t += card_ + std::max(0.0, span.end - span.start);
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
    position.moment = static_cast<int>(i);
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
    if (moment < 0 || moment >= static_cast<int>(segments_.size())) return 0.0;
    return segments_[static_cast<std::size_t>(moment)].reelStart;
}

double HighlightReel::reelTimeOf(double matchTime) const {
    for (const Segment& s : segments_) {
        if (matchTime >= s.span.start && matchTime <= s.span.end) return s.reelStart + card_ + (matchTime - s.span.start);
    }
    return -1.0;
}

}  // namespace touchline
