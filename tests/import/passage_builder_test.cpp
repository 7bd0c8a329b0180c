// What the passage builder writes into a passage from the data: who an offside stop names, the plays the
// data leaves out before a flag, how long a ball takes to a header; and what the repair makes of a passage.
#include <algorithm>

#include <gtest/gtest.h>

#include "import/moment_builder.h"
#include "import/passage_builder.h"
#include "sim/lineup.h"
#include "support/script_fixture.h"

namespace touchline::import {
namespace {

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

// The fixture's squads as the data's (the same players in the same order), and the passages the builder
// makes of events of theirs.
class DataPassages {
public:
    DataPassages() : loaded_(testing::load(testing::fixture())), lineup_(loaded_.script) {
        EXPECT_FALSE(loaded_.diagnostics.hasErrors()) << loaded_.diagnostics.text();
        match_.periods = {{PeriodId::First, 60.0}};
        for (int t = 0; t < 2; ++t) {
            for (const Player& p : loaded_.script.teams[static_cast<std::size_t>(t)].players) {
                SquadPlayer squad;
                squad.name = p.name;
                squad.fullName = p.name;
                squad.position = p.position;
                match_.teams[static_cast<std::size_t>(t)].players.push_back(squad);
            }
        }
    }

    PlayerId who(std::string_view name) const { return *loaded_.script.findPlayer(name); }
    PlayerRef ref(std::string_view name) const { return PlayerRef{who(name).team, who(name).index}; }

    std::vector<Moment> passages(std::vector<MatchEvent> events) {
        match_.events = std::move(events);
        const MomentContext context{match_, loaded_.script, lineup_, [](PlayerRef r) { return PlayerId{r.team, r.index}; }};
        std::vector<std::string> notes;
        return buildPassages(context, notes);
    }

private:
    LoadResult loaded_;
    sim::Lineup lineup_;
    MatchData match_;
};

// StatsBomb flags a pass offside without saying to whom it went: the passage names the passer's
// team-mate whose place in the shape is nearest where it went; a name in the data is taken as it is.
TEST(PassageBuilder, AnOffsideStopNamesWhoWasCaught) {
    DataPassages data;
    std::vector<MatchEvent> events = {
        event(0.5, EventType::Pass, data.ref("Striker"), pitch::kCentre, {45, 28}),
        event(3.0, EventType::Pass, data.ref("Anchor"), {45, 28}, {75, 50}),
        event(3.0, EventType::Offside, PlayerRef{}, {45, 28}, {75, 50}),
        event(20.0, EventType::Pass, data.ref("Rock"), {75, 50}, {60, 40}, Restart::FreeKick),
        event(22.0, EventType::Pass, data.ref("Passer"), {60, 40}, {50, 30}),
    };
    events[2].team = 0;
    std::vector<Moment> passages = data.passages(events);
    ASSERT_GE(passages.size(), 2u);
    ASSERT_TRUE(passages[0].stop.has_value());
    EXPECT_EQ(passages[0].stop->kind, StopKind::Offside);
    EXPECT_EQ(passages[0].stop->player, data.who("Maestro"));  // spot [60, 40]: nearest [75, 50]

    events[2].player = data.ref("Flyer");
    passages = data.passages(events);
    EXPECT_EQ(passages[0].stop->player, data.who("Flyer"));
    // Another stop names no one.
    EXPECT_FALSE(passages[1].stop.has_value() && passages[1].stop->player.valid());
}

// The data flags a team-mate of the player who won a header and has nothing in between (Sturridge at
// England-Iceland 84:41, after Kane's flick on; di María at France-Argentina 89:22, after a loose ball
// won off his short corner): the winner played it on to him, where the data has the offside. Without
// that play, the passage had no pass to judge him at, and the offside was not computed.
TEST(PassageBuilder, AContestWonAndThenATeamMateFlaggedIsAPassToHim) {
    DataPassages data;
    MatchEvent won = event(2.3, EventType::Duel, data.ref("Maestro"), {72, 34}, {88, 20});
    won.won = true;
    won.header = true;
    std::vector<MatchEvent> events = {
        event(0.5, EventType::Pass, data.ref("Striker"), pitch::kCentre, {72, 34}),
        won,
        event(2.3, EventType::Duel, data.ref("Rock"), {72, 34}, {88, 20}),
        event(4.5, EventType::Offside, data.ref("Flyer"), {88, 20}, {88, 20}),
        event(20.0, EventType::Pass, data.ref("Rock"), {88, 20}, {60, 40}, Restart::FreeKick),
        event(22.0, EventType::Pass, data.ref("Passer"), {60, 40}, {50, 30}),
    };
    const std::vector<Moment> passages = data.passages(events);
    ASSERT_GE(passages.size(), 2u);
    const Moment& p = passages[0];
    ASSERT_TRUE(p.stop.has_value());
    EXPECT_EQ(p.stop->player, data.who("Flyer"));
    const auto header = std::find_if(p.actions.begin(), p.actions.end(), [&](const Action& a) {
        return a.kind == ActionKind::Header && a.actor == data.who("Maestro");
    });
    ASSERT_NE(header, p.actions.end()) << "Maestro plays the ball on";
    EXPECT_LT(distance(header->target.place, Vec2{88, 20}), 1e-9);
    EXPECT_GE(p.stop->at, header->arrive.value_or(header->at));

    // A flag long after the contest is not for playing it on.
    events[3].time = 20.0 - 1.0;
    const std::vector<Moment> later = data.passages(events);
    EXPECT_TRUE(std::none_of(later[0].actions.begin(), later[0].actions.end(), [](const Action& a) { return a.kind == ActionKind::Header; }));
}

// A shot saved, and the data flags a team-mate of the shooter seconds later (Olunga at Girona-Barcelona
// 12:00, 3.8 s after ter Stegen's save): he followed up the rebound, so the keeper's parry goes to him,
// however late the flag, and to where the data has him, not to wherever the team shape stands him
// then (it went 56 m, and the passage stopped before it).
TEST(PassageBuilder, AParryTheDataFlagsATeamMateOffsideForGoesToWhereHeIsFlagged) {
    DataPassages data;
    MatchEvent shot = event(2.0, EventType::Shot, data.ref("Striker"), {88, 30}, {105, 34});
    shot.outcome = ShotOutcome::Saved;
    MatchEvent save = event(2.9, EventType::Save, data.ref("Gloves"), {0, 0}, {104, 34});
    save.start.reset();
    save.won = true;
    const std::vector<Moment> passages = data.passages({
        event(0.5, EventType::Pass, data.ref("Engine"), {70, 34}, {88, 30}),
        shot,
        save,
        event(7.0, EventType::Offside, data.ref("Flyer"), {99, 42}, {99, 42}),
        event(20.0, EventType::Pass, data.ref("Rock"), {99, 42}, {60, 40}, Restart::FreeKick),
        event(22.0, EventType::Pass, data.ref("Passer"), {60, 40}, {50, 30}),
    });
    ASSERT_GE(passages.size(), 2u);
    const Moment& p = passages[0];
    ASSERT_TRUE(p.stop.has_value());
    EXPECT_EQ(p.stop->player, data.who("Flyer"));
    const auto parry = std::find_if(p.actions.begin(), p.actions.end(), [&](const Action& a) {
        return a.kind == ActionKind::Save && a.actor == data.who("Gloves");
    });
    ASSERT_NE(parry, p.actions.end());
    EXPECT_FALSE(parry->holds) << "he parries it, to the player who follows it up";
    ASSERT_EQ(parry->target.kind, KickTarget::Kind::Place);
    EXPECT_LT(distance(parry->target.place, Vec2{99, 42}), 1e-9);
    ASSERT_TRUE(parry->arrive.has_value());
    EXPECT_NEAR(*parry->arrive, 7.0 - p.matchTime, 1e-9);
}

// A header cannot wait for the ball: a long ball the data has headed on a little later than such a ball
// comes is a higher one, at his head when he heads it (Iraizoz's goal kick came 0.7 s before Aleix
// García headed it at Girona-Barcelona 8:58, on its bounce 3 m up, and the passage stopped before it).
TEST(PassageBuilder, ALongBallHeadedOnArrivesWhenItIsHeaded) {
    DataPassages data;
    MatchEvent launch = event(0.5, EventType::Pass, data.ref("Keeper"), {6, 34}, {66, 34});
    launch.style = PassStyle::High;
    const double natural = naturalFlight(60.0, true);
    const double headed = 0.5 + natural + 0.7;  // later than the ball would roll on for (0.6 s)
    MatchEvent header = event(headed, EventType::Pass, data.ref("Striker"), {66, 34}, {80, 30});
    header.header = true;
    const std::vector<Moment> passages = data.passages({
        launch,
        header,
        event(headed + 2.0, EventType::Pass, data.ref("Maestro"), {80, 30}, {90, 40}),
        event(30.0, EventType::Pass, data.ref("Rock"), {60, 40}, {50, 30}, Restart::FreeKick),
        event(32.0, EventType::Pass, data.ref("Passer"), {50, 30}, {40, 30}),
    });
    ASSERT_FALSE(passages.empty());
    const Moment& p = passages[0];
    ASSERT_GE(p.actions.size(), 2u);
    EXPECT_EQ(p.actions[1].kind, ActionKind::Header);
    ASSERT_TRUE(p.actions[0].arrive.has_value());
    EXPECT_NEAR(*p.actions[0].arrive, p.actions[1].at, 1e-9) << "the ball comes when he heads it";
    EXPECT_NEAR(p.actions[1].at + p.matchTime, headed, 0.01) << "when the data has him head it (to the physics step)";
}

// The fixture's squads with these passages, repaired as the import repairs them; what it said in `said`.
Script repaired(const std::string& passages, std::string& said) {
    const LoadResult loaded = testing::load(testing::fixture() + passages);
    EXPECT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
    Script script = loaded.script;
    const sim::Lineup lineup(script);
    std::vector<std::string> notes;
    repairPassages(script, lineup, notes);
    for (const std::string& n : notes) said += n + "\n";
    return script;
}

// A keeper's free kick the data has going 93 m upfield: longer than any boot kicks it, so it lands
// short, and the player who plays it next meets it there, rather than the passage ending before the
// kick is taken (so it was for three of the bundled match's restarts).
// The data's style aside (a driven ball, a plain pass): it goes in the air first.
TEST(PassageBuilder, ABallLongerThanAnyoneKicksLandsShortInsteadOfEndingPlay) {
    for (const std::string_view style : {"lofted", "driven"}) {
        std::string said;
        const Script script = repaired(R"(
passages:
  - clock: "0:00"
    duration: 14
    restart: { free-kick: Keeper, at: [8, 34] }
    actions:
      - { at: 1.0, pass: Keeper, to: [101, 30], arrive: 7.3, style: )" + std::string(style) + R"( }
      - { at: 7.8, pass: Striker, to: [90, 40], arrive: 9.0 }
)", said);
        const Moment& p = script.passages[0];
        ASSERT_EQ(p.actions.size(), 2u) << style << "\n" << said;
        EXPECT_EQ(p.actions[0].style, KickStyle::Lofted) << style;
        const Vec2 to = p.actions[0].target.place;
        EXPECT_LT(to.x, 101.0 - 5.0) << style;                                   // shorter...
        EXPECT_NEAR((to.y - 34.0) / (to.x - 8.0), -4.0 / 93.0, 1e-9) << style;  // ...on the same line
        EXPECT_EQ(said.find("stops before"), std::string::npos) << said;
    }
}

// A keeper's goal kick the data has landing 6.2 s later, 42 m upfield, where it is headed on: no boot
// flies a ball that long (the header met a lofted one 6 m up), so the passage ended before the kick, as
// it did for most of the passages cut short over the shared matches. He holds it longer and kicks it in
// time for a hard lofted kick to land when the data says; the header keeps its time.
TEST(PassageBuilder, AKeepersLongKickTheDataLandsLateIsKickedLaterNotEndingPlay) {
    std::string said;
    const Script script = repaired(R"(
passages:
  - clock: "0:00"
    duration: 14
    restart: { goal-kick: Keeper, at: [6, 34] }
    actions:
      - { at: 0.5, pass: Keeper, to: [48, 34, 2.3], arrive: 6.7, style: lofted }
      - { at: 6.7, header: Striker, to: [60, 28], arrive: 8.0 }
      - { at: 8.0, pass: Maestro, to: [75, 30], arrive: 9.5 }
)", said);
    const Moment& p = script.passages[0];
    ASSERT_EQ(p.actions.size(), 3u) << said;
    EXPECT_EQ(said.find("stops before"), std::string::npos) << said;
    EXPECT_GT(p.actions[0].at, 0.5 + 1.0) << "he kicks it later";
    ASSERT_TRUE(p.actions[0].arrive.has_value());
    EXPECT_NEAR(*p.actions[0].arrive, 6.7, 1e-9) << "it lands when the data says";
    EXPECT_NEAR(p.actions[1].at, 6.7, 1e-9) << "and is headed on then";
}

// A goal kick the data has going 77 m in 2.6 s to a header: no boot makes it, and only a hard kick
// that bounces on gets there, 5 s later, too low to head. Made that late, no kick hung in the air as long
// and the passage ended before its goal kick (Pickford at Everton-Manchester City 56:38: two and a half
// minutes of play and an offside stood still). It comes down short of him, in the air, where he heads it.
TEST(PassageBuilder, AGoalKickOnlyABounceGetsToAHeaderComesDownShortOfHimInstead) {
    std::string said;
    const Script script = repaired(R"(
passages:
  - clock: "0:00"
    duration: 16
    restart: { goal-kick: Keeper, at: [5.5, 34] }
    actions:
      - { at: 0.1, pass: Keeper, to: [82.7, 34, 2.0], arrive: 2.7, style: driven }
      - { at: 2.7, header: Striker, to: [70, 40], arrive: 4.0 }
      - { at: 4.0, pass: Maestro, to: [60, 50], arrive: 5.5 }
)", said);
    const Moment& p = script.passages[0];
    ASSERT_EQ(p.actions.size(), 3u) << said;
    EXPECT_EQ(said.find("stops before"), std::string::npos) << said;
    EXPECT_EQ(p.actions[0].style, KickStyle::Lofted);
    EXPECT_LT(p.actions[0].target.place.x, 82.7 - 5.0) << "it comes down short of where the data has it headed";
    ASSERT_TRUE(p.actions[0].arrive.has_value());
    EXPECT_LT(*p.actions[0].arrive - p.actions[0].at, 4.5) << "in the air, not bouncing on for 5 s";
}

// A passage with nothing that plays and no restart (the data had a goal, then no kick-off, only a
// loose ball a minute later) is the stoppage before it running on: the players walk to the next
// restart with all that time, not with the seconds the empty passage left.
TEST(PassageBuilder, APassageWhereNothingPlaysIsTheStoppageBeforeItRunningOn) {
    std::string said;
    const Script script = repaired(R"(
passages:
  - clock: "0:00"
    duration: 10
    restart: { kick-off: Striker, at: [52.5, 34] }
    stop: { at: 4.0, why: out }
    actions:
      - { at: 0.5, pass: Striker, to: { player: Anchor }, arrive: 1.6 }
  - clock: "0:10"
    duration: 6
    stop: { at: 2.0, why: out }
  - clock: "0:16"
    duration: 10
    restart: { throw-in: Dasher, at: [70, 68] }
    actions:
      - { at: 1.0, pass: Dasher, to: { player: Passer }, arrive: 3.0 }
)", said);
    ASSERT_EQ(script.passages.size(), 2u);
    EXPECT_DOUBLE_EQ(script.passages[0].duration, 16.0);
    EXPECT_LT(script.passages[0].stop->at, 10.0);  // its own stop stands
    EXPECT_EQ(formatReading(script.passages[1].clock), "0:16");
    EXPECT_TRUE(script.passageFollowingOn(0).has_value());
    EXPECT_NE(said.find("0:10: nothing of this passage plays; the stoppage before it runs on\n"), std::string::npos) << said;
}

}  // namespace
}  // namespace touchline::import
