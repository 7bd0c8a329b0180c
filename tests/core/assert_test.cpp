// TOUCHLINE_ASSERT stops a programmer's mistake at the boundary it crosses (dev and asan builds); a
// user's mistake is never one (it is a located diagnostic: see the script and bake tests).
#include <gtest/gtest.h>

#include "core/assert.h"
#include "script/script.h"
#include "sim/exclusions.h"
#include "timeline/timeline.h"

namespace touchline {
namespace {

#if defined(TOUCHLINE_ASSERTS) && TOUCHLINE_ASSERTS

TEST(AssertDeathTest, AnIndexOutsideTheScriptStopsTheProgramWithWhereAndWhat) {
    const Script script;  // no players at all
    EXPECT_DEATH((void)script.player(PlayerId{0, 3}), "Script::player: no such player");
}

TEST(AssertDeathTest, AMomentTheTimelineDoesNotHaveStopsTheProgram) {
    const Timeline empty;
    EXPECT_DEATH((void)empty.track(0), "Timeline::track: no such moment");
}

TEST(AssertDeathTest, AMovingIndexAskedToGoBackStopsTheProgram) {
    const std::vector<sim::StepSpan> spans{{10, 20}};
    sim::SpanCursor cursor(spans);
    EXPECT_TRUE(cursor.contains(15));
    EXPECT_DEATH((void)cursor.contains(5), "steps must not go back");
}

#else

TEST(AssertDeathTest, AssertsAreCompiledOutOfThisBuild) {
    int evaluated = 0;
    TOUCHLINE_ASSERT(++evaluated > 0, "never evaluated");
    EXPECT_EQ(evaluated, 0);
}

#endif

TEST(Assert, AKeptPromiseCostsNothingAndSaysNothing) {
    const int value = 3;
    TOUCHLINE_ASSERT(value == 3, "three");
    SUCCEED();
}

}  // namespace
}  // namespace touchline
