#pragma once
// The match clock: halves with stoppage time, extra time and a penalty shoot-out, and the one
// continuous "match time" axis the engine uses.
//
// Match time t is seconds of play since kick-off with the periods laid end to end: the first half
// covers [0, 45:00 + its stoppage), the second half follows at once, then (when the match had them)
// the two periods of extra time (15 minutes each, plus stoppage) and the shoot-out. The clock people
// read is different: the second half's clock starts at 45:00, extra time's at 90:00 and 105:00, and
// stoppage is shown as "45+2'", "90+1'", "105+1'" or "120+2'". A minute N' is the N-th minute, the
// clock from (N-1):00 to (N-1):59. The shoot-out has no clock: "P+1:05" is 65 s into it.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace touchline {

enum class Period { FirstHalf = 0, SecondHalf = 1, ExtraFirstHalf = 2, ExtraSecondHalf = 3, Shootout = 4 };
inline constexpr int kPeriodCount = 5;

// A reading of the match clock: a period and the seconds shown on the clock (second half from 2700,
// extra time from 5400 and 6300; the shoot-out counts from 7200).
struct ClockReading {
    Period period = Period::FirstHalf;
    double clockSeconds = 0.0;
    constexpr bool operator==(const ClockReading&) const = default;
};

class MatchClock {
public:
    static constexpr double kHalfLength = 45.0 * 60.0;
    static constexpr double kExtraHalfLength = 15.0 * 60.0;

    MatchClock() = default;
    MatchClock(double firstHalfStoppage, double secondHalfStoppage);
    // A match that went to extra time (stoppage of each of the four periods) and perhaps a shoot-out
    // lasting `shootoutLength` seconds.
    MatchClock(std::array<double, 4> stoppage, std::optional<double> shootoutLength);

    bool has(Period period) const { return present_[static_cast<int>(period)]; }
    bool extraTime() const { return has(Period::ExtraFirstHalf); }
    Period lastPeriod() const;
    // Added time of a period; for the shoot-out, its whole length.
    double stoppage(Period period) const { return stoppage_[static_cast<int>(period)]; }
    double periodStart(Period period) const;   // match time at the period's kick-off
    double periodEnd(Period period) const;     // match time at its final whistle
    double totalLength() const { return periodEnd(lastPeriod()); }
    // The period that match time t falls in (a period's kick-off belongs to it).
    Period periodAt(double matchTime) const;

    // Fails for a reading past the period's final whistle (e.g. 90+7' when four minutes were added).
    // Without extra time, a reading in extra time's minutes ("91'") means second-half stoppage.
    Result<double> toMatchTime(ClockReading reading) const;
    // The instant that ends the first half is also the second half's kick-off; without a period it
    // reads as the kick-off. Something that belongs to a half (a whistle that ends it) says which.
    ClockReading toClock(double matchTime) const;
    ClockReading toClock(double matchTime, Period period) const;

    // "44'", "45+2'", "90+1'", "105+1'", "120'": the minute as a scoreboard shows it; "pens" in a
    // shoot-out. The instant that ends a period shows as its last minute: 45+3' for "45+3:00" when
    // three minutes were added.
    std::string minuteText(double matchTime) const { return minuteText(toClock(matchTime)); }
    std::string minuteText(ClockReading reading) const;
    // "44:30", "45+1:12", "90+0:52", "P+1:05": to the second, for captions, logs and the command line.
    std::string preciseText(double matchTime) const;

private:
    std::array<double, kPeriodCount> stoppage_{};
    std::array<bool, kPeriodCount> present_{true, true, false, false, false};
};

// "first half", "second half", "first half of extra time", "second half of extra time", "shoot-out".
std::string_view periodName(Period period);
// The clock at a period's kick-off: 0, 45:00, 90:00, 105:00, and 120:00 for the shoot-out.
double clockOffset(Period period);
// How long a period is before stoppage: 45 or 15 minutes; 0 for the shoot-out.
double regularLength(Period period);

// "44:30", "45+1:12", "90+0:52", "105+1:00", "P+1:05".
std::string formatReading(ClockReading reading);

// Parses what a person types or writes in a script: "91", "91'", "90+1", "90+1'", "44:30", "90:52",
// "45+2:10", "105+1'", "P+1:05", and seconds with a fraction, "10:22.9". A minute means the start of
// that minute. Times from 45:00 on belong to the second half unless written as first-half stoppage
// ("45+M"); times from 90:00 on to extra time (which MatchClock takes as second-half stoppage when the
// match had none) unless written "90+M". The result may still lie beyond a period's end: the
// MatchClock checks that.
Result<ClockReading> parseClock(std::string_view text);

}  // namespace touchline
