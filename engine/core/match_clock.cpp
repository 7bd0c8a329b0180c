#include "core/match_clock.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <algorithm>
#include <optional>

#include "core/text.h"

namespace touchline {

namespace {

constexpr std::array<double, kPeriodCount> kOffsets{0.0, 2700.0, 5400.0, 6300.0, 7200.0};
constexpr std::array<double, kPeriodCount> kRegular{2700.0, 2700.0, 900.0, 900.0, 0.0};
// The minute a period's stoppage counts from: 45+, 90+, 105+, 120+.
constexpr std::array<int, kPeriodCount> kStoppageBase{45, 90, 105, 120, 120};

int at(Period p) { return static_cast<int>(p); }

}  // namespace

std::string_view periodName(Period period) {
    switch (period) {
        case Period::FirstHalf: return "first half";
        case Period::SecondHalf: return "second half";
        case Period::ExtraFirstHalf: return "first half of extra time";
        case Period::ExtraSecondHalf: return "second half of extra time";
        case Period::Shootout: return "shoot-out";
    }
    return "?";
}

double clockOffset(Period period) { return kOffsets[static_cast<std::size_t>(at(period))]; }
double regularLength(Period period) { return kRegular[static_cast<std::size_t>(at(period))]; }

MatchClock::MatchClock(double firstHalfStoppage, double secondHalfStoppage)
    : stoppage_{firstHalfStoppage, secondHalfStoppage, 0.0, 0.0, 0.0} {}

MatchClock::MatchClock(std::array<double, 4> stoppage, std::optional<double> shootoutLength)
    : stoppage_{stoppage[0], stoppage[1], stoppage[2], stoppage[3], shootoutLength.value_or(0.0)},
      present_{true, true, true, true, shootoutLength.has_value()} {}

Period MatchClock::lastPeriod() const {
    for (int p = kPeriodCount - 1; p > 0; --p) {
        if (present_[static_cast<std::size_t>(p)]) return static_cast<Period>(p);
    }
    return Period::FirstHalf;
}

double MatchClock::periodStart(Period period) const {
    double t = 0.0;
    for (int p = 0; p < at(period); ++p) {
        if (present_[static_cast<std::size_t>(p)]) t += kRegular[static_cast<std::size_t>(p)] + stoppage_[static_cast<std::size_t>(p)];
    }
    return t;
}

double MatchClock::periodEnd(Period period) const {
    if (!has(period)) return periodStart(period);
    return periodStart(period) + regularLength(period) + stoppage(period);
}

Period MatchClock::periodAt(double matchTime) const {
    Period found = Period::FirstHalf;
    for (int p = 1; p < kPeriodCount; ++p) {
        const Period period = static_cast<Period>(p);
        if (has(period) && matchTime >= periodStart(period)) found = period;
    }
    return found;
}

Result<double> MatchClock::toMatchTime(ClockReading reading) const {
    // Extra time's minutes in a match without extra time are the second half's stoppage ("91'").
    if (!has(reading.period) && (reading.period == Period::ExtraFirstHalf || reading.period == Period::ExtraSecondHalf)) {
        reading.period = Period::SecondHalf;
    }
    if (!has(reading.period)) return Error{"this match had no penalty shoot-out"};
    const double offset = clockOffset(reading.period);
    const double intoPeriod = reading.clockSeconds - offset;
    if (intoPeriod < 0.0) return Error{"that time is before the period's kick-off"};
    const double t = periodStart(reading.period) + intoPeriod;
    // A little slack so a reading of exactly the final whistle is accepted.
    if (t > periodEnd(reading.period) + 1e-6) {
        const ClockReading end{reading.period, offset + regularLength(reading.period) + stoppage(reading.period)};
        std::string what = "the match";
        if (reading.period == Period::FirstHalf) what = "the first half";
        else if (reading.period == Period::SecondHalf && extraTime()) what = "the second half";
        else if (reading.period == Period::ExtraFirstHalf) what = "the first half of extra time";
        else if (reading.period == Period::Shootout) what = "the shoot-out";
        return Error{what + " ended at " + formatReading(end)};
    }
    return t;
}

ClockReading MatchClock::toClock(double matchTime) const {
    return toClock(matchTime, periodAt(matchTime));
}

ClockReading MatchClock::toClock(double matchTime, Period period) const {
    return {period, clockOffset(period) + std::max(0.0, matchTime - periodStart(period))};
}

std::string MatchClock::minuteText(ClockReading r) const {
    if (r.period == Period::Shootout) return "pens";
    const double regularEnd = clockOffset(r.period) + regularLength(r.period);
    const int base = kStoppageBase[static_cast<std::size_t>(at(r.period))];
    const double added = stoppage(r.period);
    // The whistle that ends a period is in its last minute, not the first of one never played.
    if (r.clockSeconds >= regularEnd + added) {
        const int lastMinute = static_cast<int>(std::ceil(added / 60.0 - 1e-9));
        return lastMinute == 0 ? std::to_string(base) + "'" : std::to_string(base) + "+" + std::to_string(lastMinute) + "'";
    }
    if (r.clockSeconds >= regularEnd) {
        const int extra = static_cast<int>(std::floor((r.clockSeconds - regularEnd) / 60.0)) + 1;
        return std::to_string(base) + "+" + std::to_string(extra) + "'";
    }
    return std::to_string(static_cast<int>(std::floor(r.clockSeconds / 60.0)) + 1) + "'";
}

std::string MatchClock::preciseText(double matchTime) const { return formatReading(toClock(matchTime)); }

std::string formatReading(ClockReading r) {
    char buffer[32];
    if (r.period == Period::Shootout) {
        const int s = static_cast<int>(std::floor(std::max(0.0, r.clockSeconds - clockOffset(Period::Shootout))));
        std::snprintf(buffer, sizeof buffer, "P+%d:%02d", s / 60, s % 60);
        return buffer;
    }
    const double regularEnd = clockOffset(r.period) + regularLength(r.period);
    if (r.clockSeconds >= regularEnd) {
        const int s = static_cast<int>(std::floor(r.clockSeconds - regularEnd));
        std::snprintf(buffer, sizeof buffer, "%d+%d:%02d", kStoppageBase[static_cast<std::size_t>(at(r.period))], s / 60,
                      s % 60);
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
    const Error malformed{"'" + shown + "' is not a match time (try 91, 90+1, 44:30, 10:22.9, 45+2:10 or P+1:05)"};
    Reader in(text);
    bool shootout = false;
    if (in.accept('P') || in.accept('p')) {
        if (!in.accept('+')) return malformed;
        shootout = true;
    }
    auto first = in.number();
    if (!first) return malformed;
    std::optional<int> stoppageMinutes;
    std::optional<double> seconds;
    if (!shootout && in.accept('+')) {
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

    if (shootout) {
        // "P+3" is the start of the shoot-out's fourth minute, as "4'" is the start of the match's.
        const double into = seconds ? *first * 60.0 + *seconds : *first * 60.0;
        return ClockReading{Period::Shootout, clockOffset(Period::Shootout) + into};
    }
    if (stoppageMinutes) {
        Period period;
        switch (*first) {
            case 45: period = Period::FirstHalf; break;
            case 90: period = Period::SecondHalf; break;
            case 105: period = Period::ExtraFirstHalf; break;
            case 120: period = Period::ExtraSecondHalf; break;
            default:
                return Error{"'" + shown + "': stoppage time follows 45, 90, 105 or 120, not " + std::to_string(*first)};
        }
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
    Period period = Period::FirstHalf;
    if (clockSeconds >= clockOffset(Period::ExtraSecondHalf)) period = Period::ExtraSecondHalf;
    else if (clockSeconds >= clockOffset(Period::ExtraFirstHalf)) period = Period::ExtraFirstHalf;
    else if (clockSeconds >= MatchClock::kHalfLength) period = Period::SecondHalf;
    return ClockReading{period, clockSeconds};
}

}  // namespace touchline
