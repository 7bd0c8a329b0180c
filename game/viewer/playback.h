#pragma once
// Playback: how the viewer moves through the replay. It maps wall-clock time to replay time (speed,
// direction, pause, loop, highlights) and nothing else: what is shown at a time is Timeline::sample's job.
// Pure logic with no SDL, so the keyboard's every command is testable.
#include <optional>
#include <string_view>
#include <vector>

#include "core/match_clock.h"
#include "core/result.h"
#include "script/script.h"
#include "timeline/highlight_reel.h"

namespace touchline {

class Playback {
public:
    static constexpr double kFrameStep = 1.0 / 60.0;
    static constexpr double kSeekStep = 5.0;

    Playback() : Playback(0.0, {}, MatchClock{}) {}
    // `highlights`: the moments highlights mode plays (indices into `moments`); empty for all.
    Playback(double duration, std::vector<MomentSpan> moments, MatchClock clock, const std::vector<int>& highlights = {});

    double time() const { return time_; }  // the match time on screen
    bool playing() const { return playing_; }
    bool reversed() const { return direction_ < 0; }
    double speed() const { return speed_; }
    bool looping() const { return loop_; }
    bool inHighlights() const { return highlights_; }
    // In highlights mode, where on the reel we are (title card or moment).
    std::optional<ReelPosition> reelPosition() const;
    int currentMoment() const;  // the moment on screen, or -1 between moments
    double duration() const { return duration_; }
    const std::vector<MomentSpan>& moments() const { return moments_; }

    // Advances by a slice of wall-clock time.
    void update(double wallSeconds);

    void togglePlay();
    void play(int direction);  // +1 forwards, -1 backwards
    void pause() { playing_ = false; }
    void setSpeed(double speed);
    void faster();
    void slower();
    void seek(double matchTime);
    void seekBy(double seconds) { seek(time_ + seconds); }
    void stepFrames(int frames);
    void goToStart();
    void goToEnd();
    void nextMoment();
    void previousMoment();
    void goToMoment(int index);
    void toggleLoop() { loop_ = !loop_; }
    void toggleHighlights();
    // What a person typed (script/typed_time.h: "91", "44:30", "10:22.9", "koulibaly-winner+2.9"): a
    // time that does not exist gives an error and leaves the time alone.
    Status jumpTo(std::string_view typed, const Script& script);

private:
    void clampToMatch();
    void skipGap(int direction);

    double duration_;
    std::vector<MomentSpan> moments_;
    MatchClock clock_;
    HighlightReel reel_;
    double time_ = 0.0;
    double reelTime_ = 0.0;
    bool playing_ = false;
    int direction_ = 1;
    double speed_ = 1.0;
    bool loop_ = false;
    bool highlights_ = false;
};

}  // namespace touchline
