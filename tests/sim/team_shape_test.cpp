// The off-ball team shape: each rule of sim/team_shape.h and sim/set_piece_shape.h on two 4-3-3 teams.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/lineup.h"
#include "sim/offside.h"
#include "sim/set_piece_shape.h"
#include "sim/team_shape.h"

namespace touchline {
namespace {

using namespace touchline::sim;

// Two 4-3-3 teams (the bundled replay's spots): home attacks right, away attacks left.
std::vector<ShapePlayer> twoTeams() {
    const Vec2 spots[11] = {{5, 34},  {24, 10}, {20, 27}, {20, 41}, {24, 58}, {36, 22},
                            {32, 34}, {36, 46}, {47, 11}, {43, 34}, {47, 57}};
    const char* positions[11] = {"GK", "RB", "CB", "CB", "LB", "CM", "DM", "CM", "RW", "CF", "LW"};
    std::vector<ShapePlayer> players;
    for (int t = 0; t < 2; ++t) {
        for (int i = 0; i < 11; ++i) players.push_back({PlayerId{t, i}, spots[i], lineOf(positions[i], spots[i])});
    }
    return players;
}

ShapeSituation openPlay(Vec2 ball, std::optional<TeamSide> possession) {
    ShapeSituation s;
    s.ball = ball;
    s.possession = possession;
    return s;
}

std::vector<std::size_t> ofTeamAndLine(const std::vector<ShapePlayer>& players, int team, Line line) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id.team == team && players[i].line == line) out.push_back(i);
    }
    return out;
}

std::vector<std::pair<PlayerId, Vec2>> teamAt(const std::vector<ShapePlayer>& players, const std::vector<Vec2>& at,
                                              int team) {
    std::vector<std::pair<PlayerId, Vec2>> out;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id.team == team) out.emplace_back(players[i].id, at[i]);
    }
    return out;
}

double spreadX(const std::vector<ShapePlayer>& players, const std::vector<Vec2>& at, int team) {
    double lo = 1e9, hi = -1e9;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id.team != team || players[i].line == Line::Goalkeeper) continue;
        lo = std::min(lo, at[i].x);
        hi = std::max(hi, at[i].x);
    }
    return hi - lo;
}

double spreadY(const std::vector<ShapePlayer>& players, const std::vector<Vec2>& at, int team) {
    double lo = 1e9, hi = -1e9;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id.team != team || players[i].line == Line::Goalkeeper) continue;
        lo = std::min(lo, at[i].y);
        hi = std::max(hi, at[i].y);
    }
    return hi - lo;
}

double meanY(const std::vector<ShapePlayer>& players, const std::vector<Vec2>& at, int team) {
    double sum = 0.0;
    int n = 0;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (players[i].id.team != team || players[i].line == Line::Goalkeeper) continue;
        sum += at[i].y;
        ++n;
    }
    return sum / n;
}

TEST(TeamShape, LinesFromPositionsAndElseFromTheSpot) {
    EXPECT_EQ(lineOf("GK", {5, 34}), Line::Goalkeeper);
    EXPECT_EQ(lineOf("LB", {40, 60}), Line::Defence);
    EXPECT_EQ(lineOf("DM", {20, 34}), Line::Midfield);
    EXPECT_EQ(lineOf("CF", {20, 34}), Line::Attack);
    EXPECT_EQ(lineOf("FW", {20, 34}), Line::Attack);  // Wyscout's codes
    EXPECT_EQ(lineOf("SUB", {22, 34}), Line::Defence);
    EXPECT_EQ(lineOf("", {35, 34}), Line::Midfield);
    EXPECT_EQ(lineOf("?", {45, 34}), Line::Attack);
}

TEST(TeamShape, TheBackFourHoldOneLineAndStepUpTogether) {
    const auto players = twoTeams();
    const auto backs = ofTeamAndLine(players, 0, Line::Defence);
    ASSERT_EQ(backs.size(), 4u);
    double previous = -1.0;
    // Away has the ball and comes forward; home (attacking right) defends the goal at x = 0.
    for (double x = 95.0; x >= 10.0; x -= 5.0) {
        const auto targets = shapeTargets(openPlay({x, 30.0}, TeamSide::Away), players);
        // The pressing man may leave the line; the others stand on one x.
        std::vector<double> xs;
        for (std::size_t i : backs) {
            if (distance(targets[i], {x, 30.0}) > 2.5) xs.push_back(targets[i].x);
        }
        ASSERT_GE(xs.size(), 3u);
        for (double bx : xs) EXPECT_NEAR(bx, xs.front(), 0.35) << "ball at x " << x;
        if (previous >= 0.0) {
            EXPECT_LE(xs.front(), previous + 1e-9) << "the line drops as the ball comes";
        }
        previous = xs.front();
    }
    // It moves as one: from one ball position to the next, every defender moves by the same amount.
    const auto a = shapeTargets(openPlay({70.0, 34.0}, TeamSide::Away), players);
    const auto b = shapeTargets(openPlay({60.0, 34.0}, TeamSide::Away), players);
    const double step = a[backs[0]].x - b[backs[0]].x;
    EXPECT_GT(step, 2.0);
    for (std::size_t i : backs) EXPECT_NEAR(a[i].x - b[i].x, step, 0.3);
}

TEST(TeamShape, TheBlockSlidesAcrossTowardsTheBall) {
    const auto players = twoTeams();
    for (auto possession : {std::optional<TeamSide>{TeamSide::Home}, std::optional<TeamSide>{TeamSide::Away},
                            std::optional<TeamSide>{}}) {
        const auto left = shapeTargets(openPlay({50.0, 8.0}, possession), players);
        const auto right = shapeTargets(openPlay({50.0, 60.0}, possession), players);
        for (int team = 0; team < 2; ++team) {
            EXPECT_GT(meanY(players, right, team) - meanY(players, left, team), 8.0) << "team " << team;
        }
    }
}

TEST(TeamShape, WithTheBallTheTeamStretchesWithoutItSqueezes) {
    const auto players = twoTeams();
    const auto homeBall = shapeTargets(openPlay({52.5, 34.0}, TeamSide::Home), players);
    const auto awayBall = shapeTargets(openPlay({52.5, 34.0}, TeamSide::Away), players);
    EXPECT_GT(spreadX(players, homeBall, 0), spreadX(players, awayBall, 0) + 5.0);
    EXPECT_GT(spreadY(players, homeBall, 0), spreadY(players, awayBall, 0) + 8.0);
    EXPECT_GT(spreadY(players, awayBall, 1), spreadY(players, homeBall, 1) + 8.0);
    // And it goes up the pitch with the ball: home's back line is higher when home has it.
    const std::size_t cb = ofTeamAndLine(players, 0, Line::Defence)[1];
    EXPECT_GT(homeBall[cb].x, awayBall[cb].x + 3.0);
}

TEST(TeamShape, KeepersStayNearTheirGoalOnTheBallsSide) {
    const auto players = twoTeams();
    const std::size_t homeKeeper = 0, awayKeeper = 11;
    for (double x = 0.0; x <= 105.0; x += 7.5) {
        for (double y : {2.0, 34.0, 66.0}) {
            for (auto possession : {std::optional<TeamSide>{TeamSide::Home}, std::optional<TeamSide>{TeamSide::Away}}) {
                const auto t = shapeTargets(openPlay({x, y}, possession), players);
                // A sweeper behind his back line at most; in his box while the ball is in his half.
                EXPECT_LE(t[homeKeeper].x, 24.0);  // home defends x = 0
                EXPECT_GE(t[awayKeeper].x, 105.0 - 24.0);
                if (x <= 52.5) {
                    EXPECT_LE(t[homeKeeper].x, 16.5);
                }
                if (x >= 52.5) {
                    EXPECT_GE(t[awayKeeper].x, 105.0 - 16.5);
                }
                EXPECT_LE(std::abs(t[homeKeeper].y - 34.0), 5.0);
                if (y < 34.0) {
                    EXPECT_LT(t[homeKeeper].y, 34.0);
                } else if (y > 34.0) {
                    EXPECT_GT(t[homeKeeper].y, 34.0);
                }
            }
        }
    }
    // Further off his line when his team has the ball high up the pitch.
    const auto deep = shapeTargets(openPlay({20.0, 34.0}, TeamSide::Away), players);
    const auto high = shapeTargets(openPlay({90.0, 34.0}, TeamSide::Home), players);
    EXPECT_GT(high[homeKeeper].x, deep[homeKeeper].x + 5.0);
}

TEST(TeamShape, ForwardsStayOnside) {
    const auto players = twoTeams();
    for (double x = 5.0; x <= 100.0; x += 5.0) {
        for (double y : {10.0, 34.0, 58.0}) {
            const auto t = shapeTargets(openPlay({x, y}, TeamSide::Home), players);
            const auto defenders = teamAt(players, t, 1);
            for (std::size_t i = 1; i < 11; ++i) {
                const auto j = judgeOffside(t[i], {x, y}, pitch::End::Right, defenders);
                EXPECT_FALSE(j.offside) << "player " << i << " with the ball at " << x << "," << y << ": " << j.margin;
            }
        }
    }
}

TEST(TeamShape, TheBackLineDropsWithARunnerAboutToReceive) {
    // Home has the ball at halfway and attacks right; its centre forward is about to get a pass at x = 90.
    const auto players = twoTeams();
    ShapeSituation s = openPlay({55.0, 34.0}, TeamSide::Home);
    const Vec2 runner{90.0, 30.0};
    const auto held = shapeTargets(s, players);
    // Without the runner the away line holds well above him: he would be offside standing there.
    EXPECT_TRUE(judgeOffside(runner, s.ball, pitch::End::Right, teamAt(players, held, 1)).offside);
    s.runner[0] = runner.x;
    const auto dropped = shapeTargets(s, players);
    const auto j = judgeOffside(runner, s.ball, pitch::End::Right, teamAt(players, dropped, 1));
    EXPECT_FALSE(j.offside) << j.margin;
    // The back four drop together, and the home forwards still hold the (now deeper) line.
    const auto backs = ofTeamAndLine(players, 1, Line::Defence);
    for (std::size_t i : backs) EXPECT_NEAR(dropped[i].x, dropped[backs.front()].x, 6.5);
    for (std::size_t i = 1; i < 11; ++i) {
        EXPECT_FALSE(judgeOffside(dropped[i], s.ball, pitch::End::Right, teamAt(players, dropped, 1)).offside) << i;
    }
    // A runner the line is already deeper than changes nothing.
    s.runner[0] = 60.0;
    EXPECT_EQ(shapeTargets(s, players), held);
}

TEST(TeamShape, TheNearestManPressesTheBallFromTheGoalSide) {
    const auto players = twoTeams();
    const Vec2 ball{40.0, 20.0};
    const auto t = shapeTargets(openPlay(ball, TeamSide::Away), players);
    int pressing = 0;
    for (std::size_t i = 1; i < 11; ++i) {
        if (distance(t[i], ball) < 2.5) {
            ++pressing;
            EXPECT_LT(t[i].x, ball.x) << "between the ball and his own goal (x = 0)";
        }
    }
    EXPECT_EQ(pressing, 1);
    // With the ball, nobody of that team goes and stands on it.
    const auto own = shapeTargets(openPlay(ball, TeamSide::Home), players);
    for (std::size_t i = 1; i < 11; ++i) EXPECT_GT(distance(own[i], ball), 2.5);
}

TEST(TeamShape, NoTwoTargetsOnTopOfEachOther) {
    const auto players = twoTeams();
    for (double x = 0.0; x <= 105.0; x += 15.0) {
        for (double y = 0.0; y <= 68.0; y += 17.0) {
            for (auto possession : {std::optional<TeamSide>{TeamSide::Home}, std::optional<TeamSide>{}}) {
                const auto t = shapeTargets(openPlay({x, y}, possession), players);
                for (std::size_t a = 0; a < t.size(); ++a) {
                    EXPECT_GE(t[a].x, 0.0);
                    EXPECT_LE(t[a].x, pitch::kLength);
                    EXPECT_GE(t[a].y, 0.0);
                    EXPECT_LE(t[a].y, pitch::kWidth);
                    for (std::size_t b = a + 1; b < t.size(); ++b) {
                        EXPECT_GE(distance(t[a], t[b]), kTargetGap - 0.05) << a << " and " << b << " at " << x << "," << y;
                    }
                }
            }
        }
    }
}

TEST(TeamShape, ATeamAttackingTheOtherWayIsTheSameShapeTurnedRound) {
    auto players = twoTeams();
    ShapeSituation s = openPlay({30.0, 20.0}, TeamSide::Home);
    const auto a = shapeTargets(s, players);
    s.ball = mirrored(s.ball);
    s.attacking = {pitch::End::Left, pitch::End::Right};
    const auto b = shapeTargets(s, players);
    for (std::size_t i = 0; i < players.size(); ++i) {
        EXPECT_NEAR(b[i].x, mirrored(a[i]).x, 1e-9);
        EXPECT_NEAR(b[i].y, mirrored(a[i]).y, 1e-9);
    }
}

ShapeSituation restart(RestartKind kind, Vec2 ball, TeamSide taker) {
    ShapeSituation s = openPlay(ball, taker);
    s.restart = kind;
    return s;
}

TEST(SetPieceShape, AtACornerEveryAttackerInTheBoxHasAMarkerGoalSide) {
    const auto players = twoTeams();
    // Home attacks x = 105: a corner from its right (y = 0).
    const auto t = shapeTargets(restart(RestartKind::Corner, {104.5, 0.5}, TeamSide::Home), players);
    const Vec2 goal{105.0, 34.0};
    int inBox = 0;
    for (std::size_t i = 1; i < 11; ++i) {
        const bool box = t[i].x > 105.0 - 16.5 && std::abs(t[i].y - 34.0) < 20.16;
        if (!box) continue;
        ++inBox;
        bool marked = false;
        for (std::size_t j = 12; j < 22; ++j) {
            if (distance(t[i], t[j]) <= kMarkingDistance + 0.05 && distance(t[j], goal) < distance(t[i], goal)) marked = true;
        }
        EXPECT_TRUE(marked) << "home player " << i << " at " << t[i].x << "," << t[i].y;
    }
    EXPECT_GE(inBox, 5);
    EXPECT_GT(t[11].x, 103.5);  // the keeper on his line
    // Two of the taking team stay back, and the defending team leaves one man up.
    int back = 0;
    for (std::size_t i = 1; i < 11; ++i) back += t[i].x < 70.0 ? 1 : 0;
    EXPECT_EQ(back, 2);
    int up = 0;
    for (std::size_t j = 12; j < 22; ++j) up += t[j].x < 70.0 ? 1 : 0;
    EXPECT_EQ(up, 1);
}

TEST(SetPieceShape, AFreeKickNearGoalHasAWallNineMetresAway) {
    const auto players = twoTeams();
    const Vec2 ball{82.0, 30.0};  // 23 m out, home to take
    const auto t = shapeTargets(restart(RestartKind::FreeKick, ball, TeamSide::Home), players);
    int wall = 0;
    const Vec2 toGoal = normalized(Vec2{105.0, 34.0} - ball);
    for (std::size_t j = 12; j < 22; ++j) {
        EXPECT_GE(distance(t[j], ball), kWallDistance - 0.05) << "away player " << j;
        const Vec2 d = t[j] - ball;
        if (std::abs(length(d) - kWallDistance) < 0.5 && std::abs(cross(toGoal, d)) < 2.0) ++wall;
    }
    EXPECT_EQ(wall, 4);
    // Away from goal, the other team just keeps its distance.
    const auto far = shapeTargets(restart(RestartKind::FreeKick, {40.0, 30.0}, TeamSide::Home), players);
    for (std::size_t j = 11; j < 22; ++j) EXPECT_GE(distance(far[j], {40.0, 30.0}), kWallDistance - 0.05);
}

TEST(SetPieceShape, AtAPenaltyOnlyTheTakerAndTheKeeperAreInTheArea) {
    const auto players = twoTeams();
    const Vec2 spot = pitch::penaltySpot(pitch::End::Right);
    const auto t = shapeTargets(restart(RestartKind::Penalty, spot, TeamSide::Home), players);
    EXPECT_GT(t[11].x, 104.0);  // the keeper on his line
    EXPECT_NEAR(t[11].y, 34.0, 0.5);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i == 0 || i == 11) continue;
        const bool area = t[i].x > 105.0 - 16.5 && std::abs(t[i].y - 34.0) < 20.16;
        EXPECT_FALSE(area) << i;
        EXPECT_GE(distance(t[i], spot), 9.15) << i;
    }
}

TEST(SetPieceShape, AtKickOffEachTeamIsInItsOwnHalfAndTheOtherOutsideTheCircle) {
    const auto players = twoTeams();
    const auto t = shapeTargets(restart(RestartKind::KickOff, pitch::kCentre, TeamSide::Away), players);
    for (std::size_t i = 0; i < 11; ++i) {
        EXPECT_LT(t[i].x, 52.5) << i;
        EXPECT_GE(distance(t[i], pitch::kCentre), 9.15) << i;
    }
    for (std::size_t j = 11; j < 22; ++j) EXPECT_GT(t[j].x, 52.5) << j;
}

TEST(SetPieceShape, AtAGoalKickTheOtherTeamIsOutsideTheArea) {
    const auto players = twoTeams();
    const auto t = shapeTargets(restart(RestartKind::GoalKick, {5.5, 30.0}, TeamSide::Home), players);
    for (std::size_t j = 11; j < 22; ++j) {
        EXPECT_FALSE(t[j].x < 16.5 && std::abs(t[j].y - 34.0) < 20.16) << j << " at " << t[j].x << "," << t[j].y;
    }
}

}  // namespace
}  // namespace touchline
