// keepWalkersApart: the walk between a passage and a moment keeps two who would stand on top of each
// other a metre apart, and lets two who cross quickly pass.
#include <gtest/gtest.h>

#include "core/math.h"
#include "timeline/seam_walk.h"

namespace touchline {
namespace {

constexpr double kLookBack = 1.0 / 50.0;

PlayerFrame at(int index, Vec2 position) { return PlayerFrame{.id = {0, index}, .position = position}; }

TEST(SeamWalk, TwoWhoStandHalfAMetreApartArePushedToAMetre) {
    std::vector<PlayerFrame> players{at(0, {50.0, 30.0}), at(1, {50.5, 30.0})};
    keepWalkersApart(players, players, kLookBack, {1.0, 1.0});
    EXPECT_NEAR(distance(players[0].position, players[1].position), 1.0, 1e-9);
    EXPECT_NEAR(players[0].position.x + players[1].position.x, 100.5, 1e-9) << "both give way alike";
}

TEST(SeamWalk, AtEitherEndOfTheWalkNobodyMoves) {
    const std::vector<PlayerFrame> standing{at(0, {50.0, 30.0}), at(1, {50.5, 30.0})};
    std::vector<PlayerFrame> players = standing;
    keepWalkersApart(players, standing, kLookBack, {0.0, 0.0});
    EXPECT_EQ(players, standing);
}

TEST(SeamWalk, TwoWhoCrossQuicklyPass) {
    // Closing at 8 m/s: half a metre apart now, 0.66 m a frame ago.
    const std::vector<PlayerFrame> earlier{at(0, {49.92, 30.0}), at(1, {50.58, 30.0})};
    std::vector<PlayerFrame> players{at(0, {50.0, 30.0}), at(1, {50.5, 30.0})};
    const std::vector<PlayerFrame> unpushed = players;
    keepWalkersApart(players, earlier, kLookBack, {1.0, 1.0});
    EXPECT_EQ(players, unpushed);
}

// One who came on within the frame looked back is in `players` only: he has no closing speed, and
// those after him in the track still do (the two who cross behind him were pushed as if standing).
TEST(SeamWalk, OneWhoJustCameOnDoesNotStopTheOthersPassing) {
    const std::vector<PlayerFrame> earlier{at(0, {10.0, 10.0}), at(2, {49.92, 30.0}), at(3, {50.58, 30.0})};
    std::vector<PlayerFrame> players{at(0, {10.0, 10.0}), at(1, {80.0, 50.0}), at(2, {50.0, 30.0}),
                                     at(3, {50.5, 30.0})};
    const std::vector<PlayerFrame> unpushed = players;
    keepWalkersApart(players, earlier, kLookBack, {1.0, 1.0, 1.0, 1.0});
    EXPECT_EQ(players, unpushed);
    // And the one who came on is still kept apart from whoever he stands on.
    players.push_back(at(4, {80.4, 50.0}));
    keepWalkersApart(players, earlier, kLookBack, {1.0, 1.0, 1.0, 1.0, 1.0});
    EXPECT_NEAR(distance(players[1].position, players[4].position), 1.0, 1e-9);
}

// Each walks over his own length: one who is through his walk (in his passage run, 0) is still pushed
// off one in the middle of his (1), and two who are both through theirs are left as the passage has them.
TEST(SeamWalk, APairIsPushedAsHardAsTheOneFurtherIntoHisWalk) {
    const std::vector<PlayerFrame> standing{at(0, {50.0, 30.0}), at(1, {50.5, 30.0})};
    std::vector<PlayerFrame> players = standing;
    keepWalkersApart(players, standing, kLookBack, {0.0, 1.0});
    EXPECT_NEAR(distance(players[0].position, players[1].position), 1.0, 1e-9);
    players = standing;
    keepWalkersApart(players, standing, kLookBack, {0.0, 0.0});
    EXPECT_EQ(players, standing);
}

}  // namespace
}  // namespace touchline
