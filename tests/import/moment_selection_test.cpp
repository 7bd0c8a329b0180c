// Which stretches of a match become moments (import/moment_selection.h), on small event lists written
// here: chances close together are one moment, and a save the data follows with a restart put out of
// play for it.
#include <gtest/gtest.h>

#include "import/moment_selection.h"

namespace touchline::import {
namespace {

MatchEvent event(EventType type, int team, double time, Vec2 start, std::optional<Vec2> end = std::nullopt) {
    MatchEvent e;
    e.type = type;
    e.team = team;
    e.player = PlayerRef{team, 1};
    e.time = time;
    e.start = start;
    e.end = end;
    return e;
}

MatchEvent shot(int team, double time, Vec2 from, ShotOutcome outcome) {
    MatchEvent e = event(EventType::Shot, team, time, from);
    e.outcome = outcome;
    return e;
}

MatchEvent restart(Restart kind, int team, double time, Vec2 at) {
    MatchEvent e = event(EventType::Pass, team, time, at, at + Vec2{5.0, 5.0});
    e.restart = kind;
    return e;
}

MatchData match(std::vector<MatchEvent> events) {
    MatchData m;
    m.periods.push_back({PeriodId::First, 45 * 60.0});
    m.events = std::move(events);
    return m;
}

// Home shoot wide at 100 s; away take a throw-in at 111 s where `throwAt` says, and shoot at 113 s.
std::vector<MomentWindow> chanceThenThrowIn(Vec2 throwAt) {
    MatchEvent wide = shot(0, 100.0, {95.0, 34.0}, ShotOutcome::OffTarget);
    wide.end = Vec2{105.0, 40.0};
    return selectMoments(match({event(EventType::Pass, 0, 98.0, {80.0, 30.0}, Vec2{95.0, 34.0}), wide,
                                restart(Restart::ThrowIn, 1, 111.0, throwAt),
                                shot(1, 113.0, {throwAt.x - 5.0, 30.0}, ShotOutcome::OffTarget)}));
}

// Play 7 s after a moment ends is another moment, unless it is far from where the moment left it: then
// the teams could not get there in time, and the two are one moment.
TEST(MomentSelection, AChanceSoonAfterAndFarFromTheLastJoinsIt) {
    EXPECT_EQ(chanceThenThrowIn({95.0, 0.0}).size(), 2u);  // 40 m from the shot's end: 7 s is enough
    const std::vector<MomentWindow> far = chanceThenThrowIn({20.0, 0.0});  // 94 m: it is not
    ASSERT_EQ(far.size(), 1u);
    EXPECT_EQ(far.front().keys.size(), 2u);
}

TEST(MomentSelection, ASaveTheShootersRestartFollowsPutsItOut) {
    const MatchEvent saved = shot(0, 100.0, {90.0, 34.0}, ShotOutcome::Saved);
    const MatchEvent save = event(EventType::Save, 1, 100.6, {104.0, 34.0});
    MatchEvent out = event(EventType::BallOut, 1, 101.5, {105.0, 40.0});
    out.player = PlayerRef{};
    // A corner the shooter's team takes is the save's; so is a throw-in near the goal line.
    const MatchData corner = match({saved, save, out, restart(Restart::Corner, 0, 130.0, {105.0, 68.0})});
    ASSERT_NE(restartFromSave(corner, 0), nullptr);
    EXPECT_EQ(restartFromSave(corner, 0)->restart, Restart::Corner);
    EXPECT_NE(restartFromSave(match({saved, save, restart(Restart::ThrowIn, 0, 120.0, {90.0, 68.0})}), 0), nullptr);
    // Not: the other team's restart, a throw-in far upfield, the ball out long after, play in between.
    EXPECT_EQ(restartFromSave(match({saved, save, restart(Restart::Corner, 1, 130.0, {0.0, 68.0})}), 0), nullptr);
    EXPECT_EQ(restartFromSave(match({saved, save, restart(Restart::ThrowIn, 0, 120.0, {60.0, 68.0})}), 0), nullptr);
    MatchEvent late = out;
    late.time = 116.0;
    EXPECT_EQ(restartFromSave(match({saved, save, late, restart(Restart::Corner, 0, 130.0, {105.0, 68.0})}), 0), nullptr);
    const MatchEvent held = event(EventType::Pass, 1, 105.0, {100.0, 34.0}, Vec2{60.0, 30.0});
    EXPECT_EQ(restartFromSave(match({saved, save, held, restart(Restart::Corner, 0, 130.0, {105.0, 68.0})}), 0), nullptr);
    // A shot that went wide is no save.
    EXPECT_EQ(restartFromSave(match({shot(0, 100.0, {90.0, 34.0}, ShotOutcome::OffTarget),
                                     restart(Restart::Corner, 0, 130.0, {105.0, 68.0})}), 0),
              nullptr);
}

}  // namespace
}  // namespace touchline::import
