// Lineup: who is on the pitch and where each stands in the shape; two team-mates given the same spot
// would stand on each other for as long as both play, and the bake says so.
#include <gtest/gtest.h>

#include <cmath>

#include "sim/lineup.h"
#include "support/sim_scripts.h"
#include "timeline/bake.h"

namespace touchline::sim {
namespace {

using namespace touchline::testing;

// Dybala comes on at 30:00 for `off`, with Higuaín's spot.
Script withDybalaOnFor(const char* off) {
    Script s = emptyMatch();
    Player& dybala = s.teams[0].players[static_cast<std::size_t>(who(s, "Dybala").index)];
    dybala.formationSpot = s.player(who(s, "Higuaín")).formationSpot;
    dybala.where = {"test.yaml", 30, 7};
    Marker sub = marker(s, 30 * 60.0, ActionKind::Substitution, "Dybala", 42);
    sub.action.other = who(s, off);
    s.markers.push_back(sub);
    return s;
}

TEST(Lineup, TwoTeamMatesOnOneSpotAreFoundFromWhenTheyShareIt) {
    const Script s = withDybalaOnFor("Pjanić");
    const std::vector<Lineup::SharedSpot> shared = Lineup(s).sharedSpots();
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_EQ(shared[0].first, who(s, "Higuaín"));
    EXPECT_EQ(shared[0].second, who(s, "Dybala"));
    EXPECT_DOUBLE_EQ(shared[0].from, 30 * 60.0);
    // In the place of the player whose spot he has, he stands on no one.
    EXPECT_TRUE(Lineup(withDybalaOnFor("Higuaín")).sharedSpots().empty());
    EXPECT_TRUE(Lineup(emptyMatch()).sharedSpots().empty());
}

TEST(Lineup, TwoStartersOnOneSpotShareItFromTheKickOff) {
    Script s = emptyMatch();
    s.teams[1].players[static_cast<std::size_t>(who(s, "Mertens").index)].formationSpot =
        s.player(who(s, "Insigne")).formationSpot + Vec2{0.5, 0.0};
    const std::vector<Lineup::SharedSpot> shared = Lineup(s).sharedSpots();
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_TRUE(std::isinf(shared[0].from) && shared[0].from < 0.0);
}

TEST(Lineup, TheBakeWarnsOfTeamMatesOnOneSpotAtTheLaterOne) {
    const BakeResult baked = bake(withDybalaOnFor("Pjanić"));
    const std::string text = baked.diagnostics.text();
    EXPECT_NE(text.find("test.yaml:30:7: warning: Dybala's spot"), std::string::npos) << text;
    EXPECT_NE(text.find("is Higuaín's, who is on the pitch with him from 30:00"), std::string::npos) << text;
    EXPECT_EQ(bake(withDybalaOnFor("Higuaín")).diagnostics.text().find("'s spot"), std::string::npos);
}

}  // namespace
}  // namespace touchline::sim
