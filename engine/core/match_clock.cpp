#include "core/match_clock.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>

#include "core/text.h"

namespace touchline {

MatchClock::MatchClock(double firstHalfStoppage, double secondHalfStoppage)
    : stoppage_{firstHalfStoppage, secondHalfStoppage} {}

double MatchClock::periodStart(Period period) const {
    return period == Period::FirstHalf ? 0.0 : kHalfLength + stoppage_[0];
}

double MatchClock::periodEnd(Period period) const {
    return periodStart(period) + kHalfLength + stoppage(period);
}

Result<double> MatchClock::toMatchTime(ClockReading reading) const {
    const double offset = reading.period == Period::FirstHalf ? 0.0 : kHalfLength;
    const double intoPeriod = reading.clockSeconds - offset;
    if (intoPeriod < 0.0) return Error{"that time is before the period's kick-off"};
    const double t = periodStart(reading.period) + intoPeriod;
    // Allow a tenth of a second of slack so a reading of exactly the final whistle is accepted.
    if (t > periodEnd(reading.period) + 1e-6) {
        const ClockReading end{reading.period, offset + kHalfLength + stoppage(reading.period)};
        return Error{std::string(reading.period == Period::FirstHalf ? "the first half" : "the match") + " ended at " +
                     formatReading(end)};
    }
    return t;
}

ClockReading MatchClock::toClock(double matchTime) const {
    return toClock(matchTime, matchTime < periodStart(Period::SecondHalf) ? Period::FirstHalf : Period::SecondHalf);
}

ClockReading MatchClock::toClock(double matchTime, Period period) const {
    const double offset = period == Period::FirstHalf ? 0.0 : kHalfLength;
    return {period, offset + std::max(0.0, matchTime - periodStart(period))};
}

std::string MatchClock::minuteText(ClockReading r) const {
    const double regularEnd = r.period == Period::FirstHalf ? kHalfLength : 2.0 * kHalfLength;
    const int base = r.period == Period::FirstHalf ? 45 : 90;
    const double added = stoppage(r.period);
    // The whistle that ends the half is in its last minute, not the first of one never played.
    if (r.clockSeconds >= regularEnd + added) {
        const int lastMinute = static_cast<int>(std::ceil(added / 60.0 - 1e-9));
        return lastMinute == 0 ? std::to_string(base) + "'"
                               : std::to_string(base) + "+" + std::to_string(lastMinute) + "'";
    }
    if (r.clockSeconds >= regularEnd) {
        const int extra = static_cast<int>(std::floor((r.clockSeconds - regularEnd) / 60.0)) + 1;
        return std::to_string(base) + "+" + std::to_string(extra) + "'";
    }
    return std::to_string(static_cast<int>(std::floor(r.clockSeconds / 60.0)) + 1) + "'";
}

std::string MatchClock::preciseText(double matchTime) const { return formatReading(toClock(matchTime)); }

std::string formatReading(ClockReading r) {
    const double regularEnd = r.period == Period::FirstHalf ? MatchClock::kHalfLength : 2.0 * MatchClock::kHalfLength;
    char buffer[32];
    if (r.clockSeconds >= regularEnd) {
        const int s = static_cast<int>(std::floor(r.clockSeconds - regularEnd));
        std::snprintf(buffer, sizeof buffer, "%d+%d:%02d", r.period == Period::FirstHalf ? 45 : 90, s / 60, s % 60);
    } else {
        const int s = static_cast<int>(std::floor(r.clockSeconds));
        std::snprintf(buffer, sizeof buffer, "%d:%02d", s / 60, s % 60);
    }
    return buffer;
}

namespace {

class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}
    void skipSpaces() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    std::optional<int> number() {
        skipSpaces();
        std::size_t start = pos_;
        long value = 0;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            value = value * 10 + (text_[pos_] - '0');
            if (value > 100000) return std::nullopt;
            ++pos_;
        }
        if (pos_ == start) return std::nullopt;
        return static_cast<int>(value);
    }
    // The digits after a decimal point, as a fraction: "9" -> 0.9.
    std::optional<double> fraction() {
        double value = 0.0, scale = 0.1;
        const std::size_t start = pos_;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            if (pos_ - start < 9) value += (text_[pos_] - '0') * scale;  // beyond nanoseconds is noise
            scale /= 10.0;
            ++pos_;
        }
        if (pos_ == start) return std::nullopt;
        return value;
    }
    // The next character, without skipping spaces: "10:22.9" but not "10:22 .9".
    bool acceptHere(char c) {
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    bool accept(char c) {
        skipSpaces();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    bool atEnd() {
        skipSpaces();
        return pos_ == text_.size();
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

Result<ClockReading> parseClock(std::string_view text) {
    const std::string shown = excerpt(text);
    const Error malformed{"'" + shown + "' is not a match time (try 91, 90+1, 44:30, 10:22.9 or 45+2:10)"};
    Reader in(text);
    auto first = in.number();
    if (!first) return malformed;
    std::optional<int> stoppageMinutes;
    std::optional<double> seconds;
    if (in.accept('+')) {
        stoppageMinutes = in.number();
        if (!stoppageMinutes) return malformed;
    }
    if (in.accept(':')) {
        auto whole = in.number();
        if (!whole) return malformed;
        seconds = *whole;
        if (in.acceptHere('.')) {
            auto fraction = in.fraction();
            if (!fraction) return malformed;
            *seconds += *fraction;
        }
        if (*seconds >= 60.0) return Error{"'" + shown + "': seconds must be below 60"};
    }
    in.accept('\'');
    if (!in.atEnd()) return malformed;

    if (stoppageMinutes) {
        if (*first != 45 && *first != 90) {
            return Error{"'" + shown + "': stoppage time follows 45 or 90, not " + std::to_string(*first)};
        }
        const Period period = *first == 45 ? Period::FirstHalf : Period::SecondHalf;
        // "90+1" is the first minute of stoppage (90:00-90:59); "90+0:52" is 52 s into stoppage.
        double extra = seconds ? *stoppageMinutes * 60.0 + *seconds : std::max(0, *stoppageMinutes - 1) * 60.0;
        if (!seconds && *stoppageMinutes == 0) return Error{"'" + shown + "': stoppage minutes count from 1"};
        return ClockReading{period, *first * 60.0 + extra};
    }
    double clockSeconds;
    if (seconds) {
        clockSeconds = *first * 60.0 + *seconds;
    } else {
        if (*first == 0) return Error{"'" + shown + "': minutes count from 1 (the first minute is 1')"};
        clockSeconds = (*first - 1) * 60.0;
    }
    const Period period = clockSeconds < MatchClock::kHalfLength ? Period::FirstHalf : Period::SecondHalf;
    return ClockReading{period, clockSeconds};
}

}  // namespace touchline
