#include "viewer/distance_counter.h"

#include <algorithm>
#include <cmath>

namespace touchline {

void DistanceCounter::forgetFrom(std::size_t sample) {
    total_.resize(std::min(total_.size(), sample));
    at_.resize(total_.size());
}

std::optional<double> DistanceCounter::upTo(const Timeline& timeline, PlayerId player, double t) {
    if (timeline.sharedScript() != script_ || player != player_) {
        script_ = timeline.sharedScript();
        player_ = player;
        baked_.assign(timeline.passages().size(), false);
        forgetFrom(0);
    }
    for (std::size_t p = 0; p < baked_.size(); ++p) {
        if (baked_[p] || !timeline.passageBaked(static_cast<int>(p))) continue;
        baked_[p] = true;
        const double from = timeline.passages()[p].start - Timeline::kBlendSeconds;
        forgetFrom(static_cast<std::size_t>(std::max(0.0, std::floor(from / kStep))));
    }
    const std::size_t wanted = static_cast<std::size_t>(std::max(0.0, std::floor(t / kStep))) + 1;
    for (int n = 0; n < kSamplesPerCall && total_.size() < wanted; ++n) {
        const std::size_t k = total_.size();
        timeline.sample(static_cast<double>(k) * kStep, frame_);
        std::optional<Vec2> here;
        for (const PlayerFrame& p : frame_.players) {
            if (p.id == player) here = p.position;
        }
        const double before = k == 0 ? 0.0 : total_.back();
        const bool walked = k > 0 && here && at_.back();
        total_.push_back(before + (walked ? distance(*at_.back(), *here) : 0.0));
        at_.push_back(here);
    }
    if (total_.size() < wanted) return std::nullopt;
    return total_[wanted - 1];
}

}  // namespace touchline
