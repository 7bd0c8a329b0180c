// The match clock: what people write ("91", "90+1'", "44:30") and where it lands on match time.
#include <gtest/gtest.h>

#include "core/match_clock.h"

namespace touchline {
namespace {

ClockReading reading(std::string_view text) {
    auto r = parseClock(text);
    EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : ClockReading{};
}

TEST(MatchClock, MinutesMeanTheirStart) {
    EXPECT_EQ(reading("23'"), (ClockReading{Period::FirstHalf, 22 * 60.0}));
    EXPECT_EQ(reading("23"), reading("23'"));
    EXPECT_EQ(reading("1'"), (ClockReading{Period::FirstHalf, 0.0}));
    EXPECT_EQ(reading("46'"), (ClockReading{Period::SecondHalf, 45 * 60.0}));
}

TEST(MatchClock, StoppageMinutesAreTheMinutesAfterTheRegularEnd) {
    // Without extra time, 91' is the first minute of second-half stoppage.
    const MatchClock clock(120.0, 300.0);
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("91")), *clock.toMatchTime(reading("90+1'")));
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("90:52")), *clock.toMatchTime(reading("90+0:52")));
    EXPECT_EQ(reading("90+1'"), (ClockReading{Period::SecondHalf, 90 * 60.0}));
    EXPECT_EQ(reading("45+2'"), (ClockReading{Period::FirstHalf, 46 * 60.0}));
    EXPECT_EQ(reading("45+1:30"), (ClockReading{Period::FirstHalf, 46 * 60.0 + 30.0}));
    EXPECT_EQ(reading("45+2:10"), (ClockReading{Period::FirstHalf, 47 * 60.0 + 10.0}));
}

TEST(MatchClock, SecondsAndHalves) {
    EXPECT_EQ(reading("44:30"), (ClockReading{Period::FirstHalf, 44 * 60.0 + 30.0}));
    EXPECT_EQ(reading("45:00"), (ClockReading{Period::SecondHalf, 45 * 60.0}));
    EXPECT_EQ(reading(" 9:10 "), (ClockReading{Period::FirstHalf, 9 * 60.0 + 10.0}));
}

TEST(MatchClock, GarbageIsAnErrorWithAMessage) {
    for (std::string_view bad : {"", "soon", "90+", "44:", "44:60", "12+3", "0'", "90+0", "1:2:3", "9'9", "-5",
                                 "99999999999", "P", "P1:00", "P+", "100+2"}) {
        auto r = parseClock(bad);
        EXPECT_FALSE(r.ok()) << "'" << bad << "' should not parse";
        if (!r.ok()) {
            EXPECT_FALSE(r.error().message.empty());
        }
    }
}

TEST(MatchClock, MatchTimeLaysTheHalvesEndToEnd) {
    const MatchClock clock(120.0, 240.0);
    EXPECT_DOUBLE_EQ(clock.periodEnd(Period::FirstHalf), 2700.0 + 120.0);
    EXPECT_DOUBLE_EQ(clock.periodStart(Period::SecondHalf), 2820.0);
    EXPECT_DOUBLE_EQ(clock.totalLength(), 2820.0 + 2700.0 + 240.0);
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("44:30")), 2670.0);
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("45+1:30")), 2790.0);
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("46'")), 2820.0);
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("91")), 2820.0 + 2700.0);
    EXPECT_EQ(clock.minuteText(2820.0 + 2700.0 + 30.0), "90+1'");
    EXPECT_EQ(clock.preciseText(2790.0), "45+1:30");
    EXPECT_EQ(clock.preciseText(2820.0 + 30.0 * 60.0), "75:00");
}

TEST(MatchClock, TimesPastAHalfsEndAreErrors) {
    const MatchClock clock(60.0, 240.0);
    auto late = clock.toMatchTime(reading("90+9"));
    ASSERT_FALSE(late.ok());
    EXPECT_NE(late.error().message.find("ended at 90+4:00"), std::string::npos) << late.error().message;
    EXPECT_FALSE(clock.toMatchTime(reading("45+3'")).ok());
    EXPECT_TRUE(clock.toMatchTime(reading("45+1'")).ok());    // 45:00, the start of stoppage
    EXPECT_TRUE(clock.toMatchTime(reading("90+4:00")).ok());  // the final whistle itself
}

TEST(MatchClock, SecondsMayHaveAFraction) {
    EXPECT_EQ(reading("10:22.9"), (ClockReading{Period::FirstHalf, 622.9}));
    EXPECT_EQ(reading("45+2:10.5"), (ClockReading{Period::FirstHalf, 47 * 60.0 + 10.5}));
    EXPECT_EQ(reading("88:52.25'"), (ClockReading{Period::SecondHalf, 88 * 60.0 + 52.25}));
    for (std::string_view bad : {"10:22.", "10:.5", "10:22 .9", "10:59.99x", "10.5", "10:22.9.1"}) {
        EXPECT_FALSE(parseClock(bad).ok()) << "'" << bad << "' should not parse";
    }
    EXPECT_TRUE(parseClock("10:59.999").ok());
    EXPECT_FALSE(parseClock("10:60.0").ok());
}

// "45+3:00" when three minutes were added is the whistle that ends the half: it shows as the half's
// last minute, 45+3', not as the first minute of a fourth never played (nor the second half's 46').
TEST(MatchClock, TheInstantThatEndsAHalfIsItsLastMinute) {
    const MatchClock clock(180.0, 240.0);
    const double halfTime = clock.periodEnd(Period::FirstHalf);
    EXPECT_EQ(clock.minuteText(clock.toClock(halfTime, Period::FirstHalf)), "45+3'");
    EXPECT_EQ(clock.preciseText(halfTime), "45:00");  // the same instant is the second half's kick-off
    EXPECT_EQ(formatReading(clock.toClock(halfTime, Period::FirstHalf)), "45+3:00");
    EXPECT_EQ(clock.minuteText(halfTime), "46'");
    EXPECT_EQ(clock.minuteText(halfTime - 0.5), "45+3'");
    EXPECT_EQ(clock.minuteText(clock.totalLength()), "90+4'");
    EXPECT_EQ(MatchClock(127.0, 0.0).minuteText(ClockReading{Period::FirstHalf, 2700.0 + 127.0}), "45+3'");
    EXPECT_EQ(MatchClock().minuteText(ClockReading{Period::FirstHalf, 2700.0}), "45'");
    EXPECT_EQ(MatchClock().minuteText(MatchClock().totalLength()), "90'");
}

TEST(MatchClock, ExtraTimeIsShownAsBroadcastersDo) {
    // A match that went to extra time: 2 and 4 minutes in the halves, 1 and 2 in extra time.
    const MatchClock clock({120.0, 240.0, 60.0, 120.0}, std::nullopt);
    EXPECT_TRUE(clock.extraTime());
    EXPECT_FALSE(clock.has(Period::Shootout));
    const double e1 = clock.periodStart(Period::ExtraFirstHalf);
    EXPECT_DOUBLE_EQ(e1, 2820.0 + 2700.0 + 240.0);
    EXPECT_DOUBLE_EQ(clock.periodStart(Period::ExtraSecondHalf), e1 + 900.0 + 60.0);
    EXPECT_DOUBLE_EQ(clock.totalLength(), e1 + 960.0 + 900.0 + 120.0);
    EXPECT_EQ(clock.minuteText(e1), "91'");
    EXPECT_EQ(clock.minuteText(e1 + 899.0), "105'");
    EXPECT_EQ(clock.minuteText(e1 + 930.0), "105+1'");
    EXPECT_EQ(clock.minuteText(clock.periodStart(Period::ExtraSecondHalf) + 899.0), "120'");
    EXPECT_EQ(clock.minuteText(clock.periodStart(Period::ExtraSecondHalf) + 960.0), "120+2'");
    EXPECT_EQ(clock.preciseText(e1 + 930.0), "105+0:30");
    // Written times in extra time: plain minutes from 91 on, stoppage after 105 and 120.
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("91'")), e1);
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("105+1'")), e1 + 900.0);
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("106'")), clock.periodStart(Period::ExtraSecondHalf));
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("90+2'")), 2820.0 + 2760.0);  // still the second half's stoppage
    EXPECT_FALSE(clock.toMatchTime(reading("105+3'")).ok());  // one minute was added
    EXPECT_FALSE(clock.toMatchTime(reading("P+0:10")).ok());  // no shoot-out
    EXPECT_EQ(formatReading(*parseClock("105+1:30")), "105+1:30");
}

TEST(MatchClock, TheShootoutHasNoClock) {
    const MatchClock clock({60.0, 180.0, 0.0, 60.0}, 600.0);
    const double start = clock.periodStart(Period::Shootout);
    EXPECT_DOUBLE_EQ(start, clock.periodEnd(Period::ExtraSecondHalf));
    EXPECT_DOUBLE_EQ(clock.totalLength(), start + 600.0);
    EXPECT_EQ(clock.minuteText(start + 65.0), "pens");
    EXPECT_EQ(clock.preciseText(start + 65.0), "P+1:05");
    EXPECT_DOUBLE_EQ(*clock.toMatchTime(reading("P+1:05")), start + 65.0);
    EXPECT_EQ(clock.periodAt(start + 1.0), Period::Shootout);
    EXPECT_FALSE(clock.toMatchTime(reading("P+10:01")).ok());
}

}  // namespace
}  // namespace touchline
