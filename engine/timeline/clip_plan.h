#pragma once
// ClipPlan: which instant of the replay each frame of an export shows. A stretch of match time, or
// the highlight reel (every moment in order behind its title card), played at a speed and sampled
// at a frame rate. Pure arithmetic: frame i of a plan is always the same instant.
#include <optional>
#include <vector>

#include "core/result.h"
#include "timeline/highlight_reel.h"
#include "timeline/timeline.h"

namespace touchline {

struct ClipFrame {
    double matchTime = 0.0;  // what the pitch shows
    int titleCard = -1;      // the moment whose title card is over the pitch; -1 for none
    double cardProgress = 0.0;
};

class ClipPlan {
public:
    static constexpr double kMinSpeed = 0.05;
    static constexpr double kMaxSpeed = 16.0;
    static constexpr int kMaxFps = 120;

    // Match time [from, to) played at `speed` (0.5 = half speed) and `fps` frames a second.
    static Result<ClipPlan> range(double from, double to, int fps, double speed);
    // Every moment behind its title card. Title cards last their usual time whatever the speed.
    static Result<ClipPlan> highlights(const std::vector<MomentSpan>& moments, int fps, double speed,
                                       const std::vector<int>& include = {});

    int frameCount() const { return frames_; }
    int fps() const { return fps_; }
    double seconds() const { return static_cast<double>(frames_) / fps_; }  // length of the output
    ClipFrame frame(int index) const;

private:
    ClipPlan() = default;
    static Status check(int fps, double speed);

    int fps_ = 50;
    double speed_ = 1.0;
    int frames_ = 0;
    double from_ = 0.0;                   // range
    std::optional<HighlightReel> reel_;   // highlights
};

}  // namespace touchline
