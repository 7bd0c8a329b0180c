#pragma once
// HighlightReel: every moment in clock order, each preceded by a short title card. Maps time on the
// reel to what to show: a title card for a moment, or a match time inside a moment. The viewer's
// highlights mode and the exporter's --highlights both play this.
#include <vector>

#include "timeline/timeline.h"

namespace touchline {

struct ReelPosition {
    int moment = -1;         // which moment
    bool titleCard = false;  // showing its title card
    double cardProgress = 0; // 0..1 through the title card
    double matchTime = 0.0;  // what the pitch shows (the moment's start during its title card)
};

// The moments highlights mode plays: the key ones (MomentLevel::Key), or all with `extended`.
std::vector<int> highlightMoments(const Script& script, bool extended);

class HighlightReel {
public:
    static constexpr double kTitleCardSeconds = 2.5;

    // `include`: the moments (indices into `moments`) the reel plays, in order; empty for all of them.
    explicit HighlightReel(const std::vector<MomentSpan>& moments, double titleCardSeconds = kTitleCardSeconds,
                           const std::vector<int>& include = {});

    double duration() const { return duration_; }
    ReelPosition at(double reelTime) const;
    // Reel time at which a moment's title card starts (0 for one the reel leaves out).
    double startOf(int moment) const;
    // Reel time showing a given match time, if it lies inside a moment; -1 otherwise.
    double reelTimeOf(double matchTime) const;

private:
    struct Segment {
        double reelStart = 0.0;  // its title card starts here; the moment follows the card
        MomentSpan span;
        int moment = -1;         // index into the timeline's moments
    };
    std::vector<Segment> segments_;
    double card_;
    double duration_ = 0.0;
};

}  // namespace touchline
