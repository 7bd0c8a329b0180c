// What a person types for an instant (shot --at, render --from/--to, the viewer's Go-to box): clock
// times with fractions, and times relative to a moment's start.
#include <gtest/gtest.h>

#include "script/typed_time.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

using testing::fixture;
using testing::load;

// Two moments, one called "kane-winner" in the first half and one whose id ends in a number.
class TypedTime : public ::testing::Test {
protected:
    void SetUp() override {
        const LoadResult r = load(fixture("  - id: kane-winner\n    clock: \"10:20\"\n    title: T\n"
                                          "  - id: corner-2\n    clock: \"80:00\"\n    title: T\n"));
        ASSERT_TRUE(r.ok()) << r.diagnostics.text();
        script = r.script;
    }
    double parsed(std::string_view text) {
        auto t = parseTypedTime(text, script);
        EXPECT_TRUE(t.ok()) << text << ": " << (t.ok() ? "" : t.error().message);
        return t.ok() ? *t : -1.0;
    }
    std::string error(std::string_view text) {
        auto t = parseTypedTime(text, script);
        EXPECT_FALSE(t.ok()) << text << " gave " << (t.ok() ? *t : 0.0);
        return t.ok() ? std::string() : t.error().message;
    }
    Script script;
};

TEST_F(TypedTime, ClockTimesWithFractions) {
    EXPECT_DOUBLE_EQ(parsed("10:22.9"), 622.9);
    EXPECT_DOUBLE_EQ(parsed("44:30"), 2670.0);
    EXPECT_DOUBLE_EQ(parsed(" 91 "), 2760.0 + 2700.0);
    EXPECT_DOUBLE_EQ(parsed("45+0:30.25"), 2730.25);
    EXPECT_DOUBLE_EQ(parsed("90+2:59.5"), 2760.0 + 2700.0 + 179.5);
}

TEST_F(TypedTime, MomentsAndSecondsIntoThem) {
    EXPECT_DOUBLE_EQ(parsed("kane-winner"), 620.0);
    EXPECT_DOUBLE_EQ(parsed("kane-winner+2.9"), 622.9);
    EXPECT_DOUBLE_EQ(parsed("kane-winner-1.5"), 618.5);
    EXPECT_DOUBLE_EQ(parsed("kane-winner+.5"), 620.5);
    // An id that ends in a number: the whole text names the moment; an offset follows it.
    const double corner = 2760.0 + 35 * 60.0;
    EXPECT_DOUBLE_EQ(parsed("corner-2"), corner);
    EXPECT_DOUBLE_EQ(parsed("corner-2-2"), corner - 2.0);
    EXPECT_DOUBLE_EQ(parsed("corner-2+10"), corner + 10.0);
}

TEST_F(TypedTime, MistakesSayWhat) {
    EXPECT_EQ(error("kane-winer+2"), "no moment 'kane-winer' and no match time (did you mean 'kane-winner'?)");
    EXPECT_EQ(error("kane-winner+2s"), "'2s' after moment 'kane-winner' should be seconds, e.g. kane-winner+2.5");
    EXPECT_EQ(error("kane-winner+1e3"), "'1e3' after moment 'kane-winner' should be seconds, e.g. kane-winner+2.5");
    EXPECT_EQ(error("kane-winner-700"), "'kane-winner-700' is before the kick-off");
    EXPECT_EQ(error("corner-2+9999"), "'corner-2+9999' is after the final whistle at 90+3:00");
    EXPECT_EQ(error("90+9"), "'90+9': the match ended at 90+3:00");
    EXPECT_EQ(error("10:60.5"), "'10:60.5': seconds must be below 60");
    EXPECT_EQ(error("10:22."), "'10:22.' is not a match time (try 91, 90+1, 44:30, 10:22.9, 45+2:10 or P+1:05)");
    EXPECT_NE(error("").find("no time given"), std::string::npos);
    EXPECT_NE(error("half past nine").find("no moment 'half past nine'"), std::string::npos);
}

}  // namespace
}  // namespace touchline
