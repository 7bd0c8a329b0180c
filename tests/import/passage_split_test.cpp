// How the passage builder splits a match's events into passages: at each restart (a kick-off the data
// leaves as a pass from the centre spot included), at a pause no restart ends, and why each one stops.
#include <gtest/gtest.h>

#include "import/passage_builder.h"

namespace touchline::import {
namespace {

MatchEvent event(PeriodId period, double time, EventType type, Vec2 at, Restart restart = Restart::None) {
    MatchEvent e;
    e.period = period;
    e.time = time;
    e.type = type;
    e.team = 0;
    e.player = {0, 1};
    e.start = at;
    e.restart = restart;
    return e;
}

MatchData synthetic() {
    MatchData m;
    m.periods = {{PeriodId::First, 110.0}, {PeriodId::Second, 20.0}};
    const auto P = PeriodId::First;
    m.events = {
        event(P, 0.5, EventType::Pass, pitch::kCentre),              // 0: the kick-off, as Wyscout writes it
        event(P, 3.0, EventType::Pass, {40, 30}),                    // 1
        event(P, 9.0, EventType::BallOut, {30, 68}),                 // 2
        event(P, 20.0, EventType::Pass, {30, 68}, Restart::ThrowIn), // 3
        event(P, 25.0, EventType::Foul, {35, 60}),                   // 4
        event(P, 40.0, EventType::Pass, {35, 60}, Restart::FreeKick),// 5
        event(P, 42.0, EventType::Pass, {50, 50}),                   // 6: then nothing for 18 s
        event(P, 60.0, EventType::Pass, {60, 40}),                   // 7: play goes on with no restart
        event(P, 65.0, EventType::Shot, {90, 34}),                   // 8: a goal
        event(P, 100.0, EventType::Pass, pitch::kCentre),            // 9: the kick-off after it
        event(P, 102.0, EventType::Pass, {40, 20}),                  // 10
        event(PeriodId::Second, 0.3, EventType::Pass, pitch::kCentre),  // 11
        event(PeriodId::Second, 4.0, EventType::Pass, {60, 20}),        // 12
        event(PeriodId::Second, 5.0, EventType::Pass, {60, 20}),        // 13: played on after a foul (advantage)
    };
    m.events[8].goal = true;
    m.events[12].type = EventType::Foul;
    return m;
}

TEST(PassageSplit, StartsAtEachRestartAndPauseAndSaysWhyPlayStopped) {
    const std::vector<PassageSpan> spans = splitPassages(synthetic());
    ASSERT_EQ(spans.size(), 6u);
    const std::size_t firsts[] = {0, 3, 5, 7, 9, 11};
    const std::optional<std::size_t> restarts[] = {0, 3, 5, std::nullopt, 9, 11};
    const StopKind stops[] = {StopKind::Out, StopKind::Foul, StopKind::Injury, StopKind::Goal, StopKind::EndOfHalf,
                              StopKind::EndOfHalf};
    const double ends[] = {9.0, 25.0, 42.0, 65.0, 102.0, 5.0};
    for (std::size_t i = 0; i < spans.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(spans[i].first, firsts[i]);
        EXPECT_EQ(spans[i].restart, restarts[i]);
        EXPECT_EQ(spans[i].stop, stops[i]);
        EXPECT_DOUBLE_EQ(spans[i].playEnds, ends[i]);
        if (i + 1 < spans.size()) {
            EXPECT_EQ(spans[i].last + 1, spans[i + 1].first);
        }
    }
    EXPECT_EQ(spans[0].from, 0.0);  // a period's first passage starts at its kick-off
    EXPECT_EQ(spans[4].period, PeriodId::First);
    EXPECT_EQ(spans[5].period, PeriodId::Second);
    EXPECT_EQ(spans[5].last, 13u);
}

// StatsBomb opens a half with events that are no play (Half Start, a substitution made at the break)
// before its kick-off: the half's first passage still restarts with the kick-off, from the half's start,
// rather than a second of nothing before it.
TEST(PassageSplit, AHalfOpenedByEventsThatAreNoPlayStartsWithItsKickOff) {
    MatchData m = synthetic();
    const auto S = PeriodId::Second;
    m.events.insert(m.events.begin() + 11, event(S, 0.0, EventType::Substitution, {}));
    const std::vector<PassageSpan> spans = splitPassages(m);
    ASSERT_EQ(spans.size(), 6u);
    EXPECT_EQ(spans[5].period, S);
    EXPECT_EQ(spans[5].first, 11u);
    EXPECT_EQ(spans[5].restart, std::optional<std::size_t>(12));
    EXPECT_EQ(spans[5].from, 0.0);
}

// StatsBomb flags the pass and records the caught player's receipt of it: the passage still stops for
// offside, at the event that names him; anybody else playing on is play going on.
TEST(PassageSplit, TheCaughtPlayerTakingTheBallIsNoPlayGoingOn) {
    MatchData m;
    m.periods = {{PeriodId::First, 60.0}};
    const auto P = PeriodId::First;
    m.events = {
        event(P, 0.5, EventType::Pass, pitch::kCentre),                // 0: kick-off
        event(P, 5.0, EventType::Pass, {60, 30}),                      // 1: the pass
        event(P, 5.0, EventType::Offside, {60, 30}),                   // 2: flagged: player {0, 9}
        event(P, 6.5, EventType::Receipt, {85, 30}),                   // 3: his receipt of it
        event(P, 30.0, EventType::Pass, {85, 30}, Restart::FreeKick),  // 4: the other team's free kick
    };
    m.events[2].player = {0, 9};
    m.events[3].player = {0, 9};
    m.events[4].team = 1;
    m.events[4].player = {1, 4};
    std::vector<PassageSpan> spans = splitPassages(m);
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[0].stop, StopKind::Offside);
    EXPECT_EQ(spans[0].stopEvent, 2u);
    EXPECT_DOUBLE_EQ(spans[0].playEnds, 5.0);
    // A team-mate taking it instead: play went on, and what stopped it is the free kick's foul.
    m.events[3].player = {0, 7};
    spans = splitPassages(m);
    EXPECT_EQ(spans[0].stop, StopKind::Foul);
    EXPECT_FALSE(spans[0].stopEvent.has_value());
}

TEST(PassageSplit, TheShootoutHasNoPassages) {
    MatchData m = synthetic();
    m.events.push_back(event(PeriodId::Shootout, 10.0, EventType::Shot, {94, 34}, Restart::Penalty));
    const std::vector<PassageSpan> spans = splitPassages(m);
    EXPECT_EQ(spans.size(), 6u);
    EXPECT_EQ(spans.back().last, 13u);
}

}  // namespace
}  // namespace touchline::import
