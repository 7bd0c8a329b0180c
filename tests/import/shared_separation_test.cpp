// Issue 13: "nobody on top of anyone else" (and, at a penalty, nobody but the taker and the keeper in the
// area or its arc as it is kicked). Over every shared match's imported moments, as a viewer sees
// them (timeline/plausibility.h): no two players' centres closer than 0.8 m for more than 0.5 s outside
// a contest for the ball or a set piece. Printed beside it: the bake's own warnings of players on top
// of each other, and the players faster than 10.5 m/s in the moments (the importer's legs into a touch
// that could not be made to peak under a sprint, import/player_motion.cpp limitPeaks: a place that would
// put him on someone or take him through someone playing the ball, legs between two touches the data
// has too far apart, a shape that turns him back before a run; giving way never adds speed,
// tests/sim/give_way_test.cpp).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "core/human_limits.h"
#include "import/import.h"
#include "import/shared_data.h"
#include "timeline/bake.h"
#include "timeline/plausibility.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

class SharedSeparation : public testing::TestWithParam<std::string> {};

TEST_P(SharedSeparation, NobodyOnTopOfAnyoneNorFasterThanASprint) {
    const fs::path file = testdata::dataDir() / GetParam();
    if (!fs::exists(file)) GTEST_SKIP() << "no " << file.string() << "; these tests need ../shared/data beside the project";
    const import::ImportedMatch imported = import::importMatch(file.string());
    ASSERT_TRUE(imported.ok()) << imported.diagnostics.text();
    const BakeResult baked = bake(*imported.script);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const Script& s = tl.script();

    int closeCalls = 0;
    double fastest = 0.0;
    int tooFast = 0;  // players in moments
    for (std::size_t m = 0; m < tl.moments().size(); ++m) {
        const MomentSpan& span = tl.moments()[m];
        const Plausibility p = measurePlausibility(tl, {}, span.start, span.end);
        for (const CloseCall& c : p.closeCalls) {
            ++closeCalls;
            ADD_FAILURE() << GetParam() << ": moment '" << s.moments[m].id << "': " << s.player(c.a).name << " and "
                          << s.player(c.b).name << " stand " << c.nearest << " m apart for " << c.to - c.from
                          << " s from " << s.clock.preciseText(c.from);
        }
        for (const PlayerRunning& r : p.players) {
            fastest = std::max(fastest, r.topSpeed);
            if (r.topSpeed > kMaxRunSpeed) ++tooFast;
        }
    }
    int onTop = 0;
    for (const Diagnostic& d : baked.diagnostics.items()) {
        if (d.message.find("on top of each other") != std::string::npos) ++onTop;
        // Law 14: until a penalty is kicked, everyone else waits outside the area and its arc.
        if (d.message.find("takes his penalty") != std::string::npos) ADD_FAILURE() << GetParam() << ": " << d.message;
        // A substitute given a team-mate's spot stands on him (Éder on Quaresma at Portugal-France, Ćorluka
        // on Vida at Russia-Croatia, Niasse on Walcott at Everton-City, before the import gave them the
        // spot of the player they replace).
        if (d.message.find("who is on the pitch with him") != std::string::npos) ADD_FAILURE() << GetParam() << ": " << d.message;
    }
    std::printf("%s: %zu moments; close calls %d; the bake's warnings of players on top of each other: %d; "
                "players faster than 10.5 m/s in a moment: %d (fastest %.1f m/s)\n",
                GetParam().c_str(), tl.moments().size(), closeCalls, onTop, tooFast, fastest);
}

INSTANTIATE_TEST_SUITE_P(Data, SharedSeparation, testdata::sharedMatches(), testdata::matchTestName);

}  // namespace
}  // namespace touchline
