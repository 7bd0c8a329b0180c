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

// Two who run the same way, one overtaking the other, are pushed apart across their way only: a push
// along it would change their speeds (Mandžukić overtaking Kramarić in a walk ran 13.7 m/s for a frame).
TEST(SeamWalk, TwoRunningTheSameWayArePushedAcrossTheirWayNotAlongIt) {
    // Both run along -x at about 9 m/s, the one behind 2 m/s faster, 0.3 m to one side and 0.4 m back.
    const std::vector<PlayerFrame> earlier{at(0, {28.42, 33.70}), at(1, {27.98, 34.00})};
    std::vector<PlayerFrame> players{at(0, {28.20, 33.70}), at(1, {27.80, 34.00})};
    const std::vector<PlayerFrame> unpushed = players;
    keepWalkersApart(players, earlier, kLookBack, {1.0, 1.0});
    EXPECT_DOUBLE_EQ(players[0].position.x, unpushed[0].position.x) << "his speed along the way is his walk's";
    EXPECT_DOUBLE_EQ(players[1].position.x, unpushed[1].position.x);
    EXPECT_LT(players[0].position.y, unpushed[0].position.y) << "each is pushed to his own side";
    EXPECT_GT(players[1].position.y, unpushed[1].position.y);
    EXPECT_NEAR(distance(players[0].position, players[1].position), 1.0, 1e-9)
        << "as far as puts them a metre apart (Brandt overtaking Havertz was left 0.64 m from him)";

    // Standing (or running slower, or across each other), the pair is pushed apart along the line
    // between them.
    std::vector<PlayerFrame> standing{at(0, {28.20, 33.70}), at(1, {27.80, 34.00})};
    keepWalkersApart(standing, standing, kLookBack, {1.0, 1.0});
    EXPECT_NEAR(distance(standing[0].position, standing[1].position), 1.0, 1e-9);
}

}  // namespace
}  // namespace touchline
