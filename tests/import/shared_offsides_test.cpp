// Issue 12: "Offsides in the data come out as computed offsides." For every shared match, each offside
// the data calls inside an imported moment is an offside the simulation computes at the pass to that
// player (an ObservedEvent of the offside kind, the data's player as the receiver, at the pass before
// the call). Computed offsides the data does not have are counted and printed too.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include "import/import.h"
#include "import/shared_data.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

constexpr double kCallAfter = 0.5;  // s: the pass is in the moment, and not later than the data's call

class SharedOffsides : public testing::TestWithParam<std::string> {};

TEST_P(SharedOffsides, TheDatasOffsidesAreComputedOffsides) {
    const fs::path file = testdata::dataDir() / GetParam();
    if (!fs::exists(file)) GTEST_SKIP() << "no " << file.string() << "; these tests need ../shared/data beside the project";
    const import::ImportedMatch imported = import::importMatch(file.string());
    ASSERT_TRUE(imported.ok()) << imported.diagnostics.text();
    const BakeResult baked = bake(*imported.script);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const Script& s = tl.script();
    const import::MatchData& match = *imported.match;

    std::vector<const ObservedEvent*> computed;
    for (const ObservedEvent& e : tl.events()) {
        if (e.kind == EventKind::Offside && e.moment >= 0) computed.push_back(&e);
    }
    int expected = 0, found = 0;
    std::vector<const ObservedEvent*> matched;
    for (std::size_t m = 0; m < imported.drafts.size(); ++m) {
        const import::MomentDraft& draft = imported.drafts[m];
        const MomentSpan span = tl.moments()[m];
        for (std::size_t i = draft.window.first; i <= draft.window.last && i < match.events.size(); ++i) {
            const import::MatchEvent& e = match.events[i];
            if (e.type != import::EventType::Offside || !e.player.valid()) continue;
            const PlayerId player =
                imported.playerIds[static_cast<std::size_t>(e.player.team)][static_cast<std::size_t>(e.player.index)];
            const double t = s.clock.periodStart(static_cast<Period>(static_cast<int>(e.period))) + e.time;
            if (t < span.start || t > span.end || !player.valid()) continue;
            ++expected;
            const auto it = std::find_if(computed.begin(), computed.end(), [&](const ObservedEvent* o) {
                return o->moment == static_cast<int>(m) && o->player == player &&
                       o->time <= t + kCallAfter;
            });
            if (it != computed.end()) {
                ++found;
                matched.push_back(*it);
            } else {
                ADD_FAILURE() << GetParam() << ": the data's offside against " << s.player(player).name << " at "
                              << s.clock.preciseText(t) << " (events[" << e.source << "]) in moment '" << s.moments[m].id
                              << "' is not a computed offside";
            }
        }
    }
    int unexpected = 0;
    for (const ObservedEvent* o : computed) {
        if (std::find(matched.begin(), matched.end(), o) != matched.end()) continue;
        ++unexpected;
        std::printf("  computed, not in the data: %s offside at %s in moment '%s'\n", s.player(o->player).name.c_str(),
                    s.clock.preciseText(o->time).c_str(), s.moments[static_cast<std::size_t>(o->moment)].id.c_str());
    }
    std::printf("%s: the data's offsides inside moments %d, computed at their pass %d; computed offsides the data "
                "does not have: %d\n",
                GetParam().c_str(), expected, found, unexpected);
}

INSTANTIATE_TEST_SUITE_P(Data, SharedOffsides, testdata::sharedMatches(), testdata::matchTestName);

}  // namespace
}  // namespace touchline
