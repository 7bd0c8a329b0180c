// What the passage builder writes into a passage from the data: here, who an offside stop names.
#include <gtest/gtest.h>

#include "import/passage_builder.h"
#include "sim/lineup.h"
#include "support/script_fixture.h"

namespace touchline::import {
namespace {

// The fixture's squads as the data's: the same players in the same order.
MatchData squadsOf(const Script& script) {
    MatchData m;
    m.periods = {{PeriodId::First, 60.0}};
    for (int t = 0; t < 2; ++t) {
        for (const Player& p : script.teams[static_cast<std::size_t>(t)].players) {
            SquadPlayer s;
            s.name = p.name;
            s.fullName = p.name;
            s.position = p.position;
            m.teams[static_cast<std::size_t>(t)].players.push_back(s);
        }
    }
    return m;
}

MatchEvent event(double time, EventType type, PlayerRef player, Vec2 from, Vec2 to, Restart restart = Restart::None) {
    MatchEvent e;
    e.period = PeriodId::First;
    e.time = time;
    e.type = type;
    e.team = player.team;
    e.player = player;
    e.start = from;
    e.end = to;
    e.restart = restart;
    e.accurate = true;
    return e;
}

// StatsBomb flags a pass offside without saying to whom it went: the passage names the passer's
// team-mate whose place in the shape is nearest where it went; a name in the data is taken as it is.
TEST(PassageBuilder, AnOffsideStopNamesWhoWasCaught) {
    const LoadResult loaded = testing::load(testing::fixture());
    ASSERT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
    const Script& script = loaded.script;
    const sim::Lineup lineup(script);
    const auto ref = [&](std::string_view name) {
        const PlayerId id = *script.findPlayer(name);
        return PlayerRef{id.team, id.index};
    };
    MatchData match = squadsOf(script);
    match.events = {
        event(0.5, EventType::Pass, ref("Striker"), pitch::kCentre, {45, 28}),
        event(3.0, EventType::Pass, ref("Anchor"), {45, 28}, {75, 50}),
        event(3.0, EventType::Offside, PlayerRef{}, {45, 28}, {75, 50}),
        event(20.0, EventType::Pass, ref("Rock"), {75, 50}, {60, 40}, Restart::FreeKick),
        event(22.0, EventType::Pass, ref("Passer"), {60, 40}, {50, 30}),
    };
    match.events[2].team = 0;
    const MomentContext context{match, script, lineup, [](PlayerRef r) { return PlayerId{r.team, r.index}; }};
    std::vector<std::string> notes;
    std::vector<Moment> passages = buildPassages(context, notes);
    ASSERT_GE(passages.size(), 2u);
    ASSERT_TRUE(passages[0].stop.has_value());
    EXPECT_EQ(passages[0].stop->kind, StopKind::Offside);
    EXPECT_EQ(passages[0].stop->player, *script.findPlayer("Maestro"));  // spot [60, 40]: nearest [75, 50]

    match.events[2].player = ref("Flyer");
    passages = buildPassages(context, notes);
    EXPECT_EQ(passages[0].stop->player, *script.findPlayer("Flyer"));
    // Another stop names no one.
    EXPECT_FALSE(passages[1].stop.has_value() && passages[1].stop->player.valid());
}

}  // namespace
}  // namespace touchline::import
