#include "viewer/playback.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "script/typed_time.h"

namespace touchline {

namespace {
constexpr std::array kSpeeds{0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 4.0};
}

Playback::Playback(double duration, std::vector<MomentSpan> moments, MatchClock clock, const std::vector<int>& highlights)
    : duration_(duration), moments_(std::move(moments)), clock_(clock),
      reel_(moments_, HighlightReel::kTitleCardSeconds, highlights) {
    if (!moments_.empty()) time_ = moments_.front().start;
}

std::optional<ReelPosition> Playback::reelPosition() const {
    if (!highlights_) return std::nullopt;
    return reel_.at(reelTime_);
}

int Playback::currentMoment() const {
    if (highlights_) return reel_.at(reelTime_).moment;
    for (std::size_t i = 0; i < moments_.size(); ++i) {
        if (time_ >= moments_[i].start && time_ <= moments_[i].end) return static_cast<int>(i);
    }
    return -1;
}

void Playback::clampToMatch() { time_ = std::clamp(time_, 0.0, duration_); }

void Playback::update(double wallSeconds) {
    if (!playing_ || wallSeconds <= 0.0) return;
    const double step = wallSeconds * speed_ * direction_;
    if (highlights_) {
        reelTime_ += step;
        if (reelTime_ >= reel_.duration() || reelTime_ <= 0.0) {
            if (loop_) {
                reelTime_ = reelTime_ <= 0.0 ? reel_.duration() : 0.0;
            } else {
                reelTime_ = std::clamp(reelTime_, 0.0, reel_.duration());
                playing_ = false;
            }
        }
        time_ = reel_.at(reelTime_).matchTime;
        return;
    }
    const int moment = currentMoment();
    time_ += step;
    if (moment >= 0 && loop_) {
        const MomentSpan& span = moments_[static_cast<std::size_t>(moment)];
        if (time_ > span.end) time_ = span.start;
        if (time_ < span.start) time_ = span.end;
        return;
    }
    // Playing runs the moments back to back: the minutes between them hold nothing to watch.
    if (currentMoment() < 0) skipGap(direction_);
    clampToMatch();
    if (time_ >= duration_ || time_ <= 0.0) playing_ = false;
}

void Playback::skipGap(int direction) {
    if (direction > 0) {
        for (const MomentSpan& span : moments_) {
            if (span.start > time_) {
                time_ = span.start;
                return;
            }
        }
        time_ = duration_;
    } else {
        for (auto it = moments_.rbegin(); it != moments_.rend(); ++it) {
            if (it->end < time_) {
                time_ = it->end;
                return;
            }
        }
        time_ = 0.0;
    }
}

void Playback::togglePlay() {
    if (!playing_ && direction_ > 0 && time_ >= duration_) goToStart();
    playing_ = !playing_;
}

void Playback::play(int direction) {
    direction_ = direction < 0 ? -1 : 1;
    playing_ = true;
}

void Playback::setSpeed(double speed) { speed_ = std::clamp(speed, kSpeeds.front(), kSpeeds.back()); }

void Playback::faster() {
    for (double s : kSpeeds) {
        if (s > speed_ + 1e-9) {
            speed_ = s;
            return;
        }
    }
}

void Playback::slower() {
    for (auto it = kSpeeds.rbegin(); it != kSpeeds.rend(); ++it) {
        if (*it < speed_ - 1e-9) {
            speed_ = *it;
            return;
        }
    }
}

void Playback::seek(double matchTime) {
    time_ = std::clamp(matchTime, 0.0, duration_);
    if (highlights_) {
        const double reel = reel_.reelTimeOf(time_);
        if (reel < 0.0) highlights_ = false;  // a seek outside every moment leaves the reel
        else reelTime_ = reel;
    }
}

void Playback::stepFrames(int frames) {
    playing_ = false;
    if (highlights_) {
        reelTime_ = std::clamp(reelTime_ + frames * kFrameStep, 0.0, reel_.duration());
        time_ = reel_.at(reelTime_).matchTime;
        return;
    }
    seek(time_ + frames * kFrameStep);
}

void Playback::goToStart() {
    if (highlights_) reelTime_ = 0.0;
    seek(highlights_ ? reel_.at(0.0).matchTime : 0.0);
}

void Playback::goToEnd() {
    if (highlights_) reelTime_ = reel_.duration();
    seek(highlights_ ? reel_.at(reel_.duration()).matchTime : duration_);
}

void Playback::goToMoment(int index) {
    if (index < 0 || index >= static_cast<int>(moments_.size())) return;
    if (highlights_) {
        reelTime_ = reel_.startOf(index);
        time_ = reel_.at(reelTime_).matchTime;
        return;
    }
    seek(moments_[static_cast<std::size_t>(index)].start);
}

void Playback::nextMoment() {
    const int current = currentMoment();
    for (std::size_t i = 0; i < moments_.size(); ++i) {
        if (static_cast<int>(i) > current && (current >= 0 || moments_[i].start > time_)) {
            goToMoment(static_cast<int>(i));
            return;
        }
    }
}

void Playback::previousMoment() {
    const int current = currentMoment();
    // Like a music player: back to this moment's start first, to the one before if already there.
    if (current >= 0 && !highlights_ && time_ > moments_[static_cast<std::size_t>(current)].start + 1.0) {
        goToMoment(current);
        return;
    }
    for (std::size_t i = moments_.size(); i-- > 0;) {
        if (static_cast<int>(i) < current || (current < 0 && moments_[i].end < time_)) {
            goToMoment(static_cast<int>(i));
            return;
        }
    }
    if (current >= 0) goToMoment(current);
}

void Playback::toggleHighlights() {
    highlights_ = !highlights_;
    if (highlights_) {
        const double reel = reel_.reelTimeOf(time_);
        reelTime_ = reel >= 0.0 ? reel : 0.0;
        time_ = reel_.at(reelTime_).matchTime;
        direction_ = 1;
        playing_ = true;
    }
}

Status Playback::jumpTo(std::string_view typed, const Script& script) {
    auto t = parseTypedTime(typed, script);
    if (!t) return t.error();
    highlights_ = false;
    seek(*t);
    return success();
}

}  // namespace touchline
