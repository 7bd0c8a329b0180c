#pragma once
// The distance a player has covered since kick-off, for the player inspector: sampled from the
// timeline's tracks (never the wall clock) every kStep seconds, kept as running totals so a frame only
// counts what it has not counted before, and at most kSamplesPerCall samples a frame (a whole match
// is about 28,000), so the inspector catches up over a few frames instead of stalling one.
//
// The totals belong to one script. A passage baked in the background changes only the play from
// shortly before its start on (the walk between it and its neighbours), so only that is counted again.
#include <optional>
#include <vector>

#include "timeline/timeline.h"

namespace touchline {

class DistanceCounter {
public:
    static constexpr double kStep = 0.2;
    static constexpr int kSamplesPerCall = 1500;

    // Metres `player` covered from the start of the match to t; nothing while still counting (ask again
    // next frame).
    std::optional<double> upTo(const Timeline& timeline, PlayerId player, double t);

private:
    void forgetFrom(std::size_t sample);

    std::shared_ptr<const Script> script_;
    std::vector<bool> baked_;  // which passages were baked when counted
    PlayerId player_;
    std::vector<double> total_;  // total_[k]: metres from 0 to k * kStep
    std::vector<std::optional<Vec2>> at_;  // where he was at each sample, when on the pitch
    Frame frame_;
};

}  // namespace touchline
