#include "timeline/clip_plan.h"

#include <cmath>
#include <sstream>

#include "core/assert.h"

namespace touchline {

namespace {

std::string number(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

int framesFor(double outputSeconds, int fps) {
    // A small tolerance so a span of exactly 2 s at 50 fps is 100 frames, not 99 or 101.
    return std::max(1, static_cast<int>(std::floor(outputSeconds * fps + 1e-6)));
}

}  // namespace

Status ClipPlan::check(int fps, double speed) {
    if (fps < 1 || fps > kMaxFps) return Error{"frame rate " + std::to_string(fps) + " is out of range (1..120)"};
    if (!(speed >= kMinSpeed && speed <= kMaxSpeed)) {
        return Error{"speed " + number(speed) + " is out of range (" + number(kMinSpeed) + ".." + number(kMaxSpeed) + ")"};
    }
    return success();
}

Result<ClipPlan> ClipPlan::range(double from, double to, int fps, double speed) {
    if (auto ok = check(fps, speed); !ok) return ok.error();
    if (!(to > from)) return Error{"the time range is empty: it must end after it starts"};
    ClipPlan plan;
    plan.fps_ = fps;
    plan.speed_ = speed;
    plan.from_ = from;
    plan.frames_ = framesFor((to - from) / speed, fps);
    return plan;
}

Result<ClipPlan> ClipPlan::highlights(const std::vector<MomentSpan>& moments, int fps, double speed,
                                      const std::vector<int>& include) {
    if (auto ok = check(fps, speed); !ok) return ok.error();
    if (moments.empty()) return Error{"the replay has no moments to make highlights of"};
    ClipPlan plan;
    plan.fps_ = fps;
    plan.speed_ = speed;
    // The reel runs in match seconds; a title card of T output seconds lasts T * speed on it.
    plan.reel_.emplace(moments, HighlightReel::kTitleCardSeconds * speed, include);
    plan.frames_ = framesFor(plan.reel_->duration() / speed, fps);
    return plan;
}

ClipFrame ClipPlan::frame(int index) const {
    TOUCHLINE_ASSERT(index >= 0 && index < frames_, "ClipPlan::frame: no such frame");
    const double t = static_cast<double>(index) / fps_ * speed_;
    ClipFrame frame;
    if (!reel_) {
        frame.matchTime = from_ + t;
        return frame;
    }
    const ReelPosition position = reel_->at(t);
    frame.matchTime = position.matchTime;
    if (position.titleCard) {
        frame.titleCard = position.moment;
        frame.cardProgress = position.cardProgress;
    }
    return frame;
}

}  // namespace touchline
