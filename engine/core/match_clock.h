#pragma once
// The match clock: halves with stoppage time, and the one continuous "match time" axis the engine uses.
//
// Match time t is seconds of play since kick-off with the halves laid end to end: the first half
// covers [0, 45:00 + its stoppage), the second half follows at once. The clock people read is
// different: the second half's clock starts at 45:00, and stoppage is shown as "45+2'" or "90+1'".
// A minute N' is the N-th minute, the clock from (N-1):00 to (N-1):59; "90+1'" is 90:00 to 90:59
// in the second half's stoppage time.
#include <string>
#include <string_view>

#include "core/result.h"

namespace touchline {

enum class Period { FirstHalf = 0, SecondHalf = 1 };

// A reading of the match clock: a period and the seconds shown on the clock (second half from 2700).
struct ClockReading {
    Period period = Period::FirstHalf;
    double clockSeconds = 0.0;
    constexpr bool operator==(const ClockReading&) const = default;
};

class MatchClock {
public:
    static constexpr double kHalfLength = 45.0 * 60.0;

    MatchClock() = default;
    MatchClock(double firstHalfStoppage, double secondHalfStoppage);

    double stoppage(Period period) const { return stoppage_[static_cast<int>(period)]; }
    double periodStart(Period period) const;   // match time at the period's kick-off
    double periodEnd(Period period) const;     // match time at its final whistle
    double totalLength() const { return periodEnd(Period::SecondHalf); }

    // Fails for a reading past the period's final whistle (e.g. 90+7' when four minutes were added).
    Result<double> toMatchTime(ClockReading reading) const;
    // The instant that ends the first half is also the second half's kick-off; without a period it
    // reads as the kick-off. Something that belongs to a half (a whistle that ends it) says which.
    ClockReading toClock(double matchTime) const;
    ClockReading toClock(double matchTime, Period period) const;

    // "44'", "45+2'", "90+1'": the minute as a scoreboard shows it. The instant that ends a half shows
    // as that half's last minute: 45+3' for "45+3:00" when three minutes were added.
    std::string minuteText(double matchTime) const { return minuteText(toClock(matchTime)); }
    std::string minuteText(ClockReading reading) const;
    // "44:30", "45+1:12", "90+0:52": to the second, for captions, logs and the command line.
    std::string preciseText(double matchTime) const;

private:
    double stoppage_[2] = {0.0, 0.0};
};

// "44:30", "45+1:12", "90+0:52".
std::string formatReading(ClockReading reading);

// Parses what a person types or writes in a script: "91", "91'", "90+1", "90+1'", "44:30", "90:52",
// "45+2:10", and seconds with a fraction, "10:22.9". A minute means the start of that minute. Times from 45:00 on belong to the second half
// unless written as first-half stoppage ("45+M"). The result may still lie beyond a period's end: the
// MatchClock checks that.
Result<ClockReading> parseClock(std::string_view text);

}  // namespace touchline
