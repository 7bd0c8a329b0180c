// The timeline: a pure function of t over the whole match, whatever order it is asked in.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "support/sim_scripts.h"
#include "timeline/bake.h"
#include "timeline/match_summary.h"

namespace touchline {
namespace {

using namespace touchline::testing;

// A small match: Napoli attack x = 105 in the first half, Juventus in the second.
Script smallMatch() {
    Script s = emptyMatch();
    {
        Moment& m = addMoment(s, "early-shot", 40.0);
        place(s, m, "Insigne", {84.0, 50.0});
        m.actions.push_back(run(s, "Insigne", 0.0, {88.0, 46.0}, 1.0, 10));
        m.actions.push_back(kick(s, ActionKind::Shot, "Insigne", 1.0, toGoal(pitch::End::Right, 28.8, 0.4), {}, 25.0,
                                 KickStyle::Driven, 11));
    }
    {
        Moment& m = addMoment(s, "goal", 20 * 60.0);
        place(s, m, "Hamšík", {70.0, 40.0});
        place(s, m, "Mertens", {80.0, 36.0});
        m.actions.push_back(run(s, "Mertens", 0.0, {92.0, 33.0}, 1.4, 20));
        m.actions.push_back(kick(s, ActionKind::Pass, "Hamšík", 0.0, toPlayer(s, "Mertens"), 1.4, {}, KickStyle::Ground, 21));
        m.actions.push_back(kick(s, ActionKind::Shot, "Mertens", 1.4, toGoal(pitch::End::Right, 36.3, 0.4), {}, 23.0,
                                 KickStyle::Driven, 22));
    }
    {
        // Second half: Juventus attack x = 105; Higuaín has gone off for Dybala (marker below).
        Moment& m = addMoment(s, "over", 2820.0 + 20 * 60.0);
        place(s, m, "Douglas Costa", {80.0, 20.0});
        m.actions.push_back(kick(s, ActionKind::Shot, "Douglas Costa", 0.5, toGoal(pitch::End::Right, 34.0, 3.5), {}, 26.0,
                                 KickStyle::Driven, 30));
        Action sub = simple(s, ActionKind::Substitution, "Zieliński", 3.0, 31);
        sub.other = who(s, "Hamšík");
        m.actions.push_back(sub);
    }
    s.markers.push_back(marker(s, 9 * 60.0 + 10.0, ActionKind::Card, "Benatia", 40));
    Marker halfTime = marker(s, 2820.0, ActionKind::Whistle, "", 41);
    halfTime.action.whistle = WhistleKind::HalfTime;
    s.markers.push_back(halfTime);
    Marker sub = marker(s, 2820.0 + 60.0, ActionKind::Substitution, "Dybala", 42);
    sub.action.other = who(s, "Higuaín");
    s.markers.push_back(sub);
    return s;
}

const BakeResult& baked() {
    static const BakeResult result = bake(smallMatch());
    return result;
}

}  // namespace

const Timeline& smallMatchTimeline() { return baked().timeline; }

namespace {

TEST(Timeline, BakesWithoutDiagnosticsAndSpansTheMatch) {
    ASSERT_TRUE(baked().diagnostics.empty()) << baked().diagnostics.text();
    const Timeline& tl = baked().timeline;
    EXPECT_DOUBLE_EQ(tl.duration(), 2 * 45 * 60.0 + 120.0 + 240.0);
    ASSERT_EQ(tl.moments().size(), 3u);
    EXPECT_DOUBLE_EQ(tl.moments()[1].start, 1200.0);
    EXPECT_EQ(tl.script().moments.size(), 3u);
}

TEST(Timeline, TheSameScriptBakesToTheSameBytes) {
    const BakeResult again = bake(smallMatch());
    EXPECT_EQ(again.timeline.trackBytes(), baked().timeline.trackBytes());
    EXPECT_EQ(again.timeline.events(), baked().timeline.events());
    EXPECT_FALSE(baked().timeline.trackBytes().empty());
}

TEST(Timeline, EventsAreWhatThePhysicsSaw) {
    const auto& events = baked().timeline.events();
    const auto count = [&](EventKind k) { return std::count_if(events.begin(), events.end(), [k](const ObservedEvent& e) { return e.kind == k; }); };
    EXPECT_EQ(count(EventKind::Wide), 1);
    EXPECT_EQ(count(EventKind::Goal), 1);
    EXPECT_EQ(count(EventKind::Over), 1);
    EXPECT_EQ(count(EventKind::Card), 1);
    EXPECT_EQ(count(EventKind::Substitution), 2);
    EXPECT_EQ(count(EventKind::Whistle), 1);
    EXPECT_TRUE(std::is_sorted(events.begin(), events.end(),
                               [](const ObservedEvent& a, const ObservedEvent& b) { return a.time < b.time; }));
    const auto goal = std::find_if(events.begin(), events.end(), [](const ObservedEvent& e) { return e.kind == EventKind::Goal; });
    EXPECT_EQ(goal->player, who(baked().timeline.script(), "Mertens"));
    EXPECT_EQ(goal->other, who(baked().timeline.script(), "Hamšík"));  // the assist
    EXPECT_EQ(events.back().score, (std::array<int, 2>{0, 1}));
}

TEST(Timeline, RandomSeeksGiveTheSameFramesAsAnOrderlySweep) {
    const Timeline& tl = baked().timeline;
    std::mt19937 rng(20180422);
    std::vector<double> times;
    for (const MomentSpan& span : tl.moments()) {
        std::uniform_real_distribution<double> in(span.start - 4.0, span.end + 4.0);
        for (int i = 0; i < 150; ++i) times.push_back(in(rng));
    }
    std::uniform_real_distribution<double> anywhere(0.0, tl.duration());
    for (int i = 0; i < 100; ++i) times.push_back(anywhere(rng));
    times.push_back(0.0);
    times.push_back(tl.duration());
    std::sort(times.begin(), times.end());
    std::vector<Frame> expected;
    for (double t : times) expected.push_back(tl.sample(t));

    std::vector<std::size_t> order(times.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int round = 0; round < 3; ++round) {
        std::shuffle(order.begin(), order.end(), rng);
        Frame reused;
        for (std::size_t i : order) {
            tl.sample(times[i], reused);
            ASSERT_TRUE(reused == expected[i]) << "t = " << times[i];
        }
    }
}

TEST(Timeline, ScrubbingFrameByFrameEqualsPlayingStraightThrough) {
    const Timeline& tl = baked().timeline;
    const MomentSpan span = tl.moments()[1];
    std::vector<double> ticks;
    for (double t = span.start - 2.0; t < span.end + 2.0; t += 1.0 / 60.0) ticks.push_back(t);
    std::vector<Frame> played;
    Frame f;
    for (double t : ticks) {
        tl.sample(t, f);
        played.push_back(f);
    }
    for (std::size_t i = ticks.size(); i-- > 0;) {
        tl.sample(ticks[i], f);
        ASSERT_TRUE(f == played[i]) << "tick " << i;
    }
    EXPECT_FALSE(tl.sample(span.start + 1.0) == tl.sample(span.start + 1.01));
}

TEST(Timeline, InAMomentTheFrameCarriesBallTrailsAndClock) {
    const Timeline& tl = baked().timeline;
    const Frame f = tl.sample(1200.0 + 1.2);
    EXPECT_EQ(f.moment, 1);
    EXPECT_NEAR(f.momentTime, 1.2, 1e-9);
    EXPECT_EQ(f.clock, "21'");
    EXPECT_EQ(f.preciseClock, "20:01");
    EXPECT_TRUE(f.ball.visible);
    EXPECT_EQ(f.players.size(), 22u);
    ASSERT_GE(f.ballTrail.size(), 60u);
    EXPECT_EQ(f.ballTrail.back(), f.ball.position);
    const auto inAction = std::count_if(f.players.begin(), f.players.end(), [](const PlayerFrame& p) { return p.inAction; });
    EXPECT_EQ(inAction, 2);
    EXPECT_EQ(f.playerTrails.size(), 2u);
    EXPECT_EQ(f.score, (std::array<int, 2>{0, 0}));
}

TEST(Timeline, BetweenMomentsTheTeamsAreInShapeAndTheScoreStands) {
    const Timeline& tl = baked().timeline;
    const Script& s = tl.script();
    const Frame f = tl.sample(30 * 60.0);
    EXPECT_EQ(f.moment, -1);
    EXPECT_FALSE(f.ball.visible);
    EXPECT_EQ(f.clock, "31'");
    EXPECT_EQ(f.score, (std::array<int, 2>{0, 1}));
    ASSERT_EQ(f.players.size(), 22u);
    const auto at = [&](const Frame& frame, std::string_view name) {
        const PlayerId id = who(s, name);
        const auto p = std::find_if(frame.players.begin(), frame.players.end(), [&](const PlayerFrame& pf) { return pf.id == id; });
        return p == frame.players.end() ? Vec2{-1, -1} : p->position;
    };
    // First half: Napoli attack x = 105 (spots as drawn), Juventus x = 0 (spots mirrored).
    EXPECT_EQ(at(f, "Reina"), (Vec2{4, 34}));
    EXPECT_EQ(at(f, "Buffon"), (Vec2{101, 34}));
    EXPECT_EQ(at(f, "Lichtsteiner"), (Vec2{75, 60}));
    // Second half, after the substitutions: ends changed, Dybala on in Higuaín's place, Zieliński in Hamšík's.
    const Frame later = tl.sample(2820.0 + 30 * 60.0);
    EXPECT_EQ(later.clock, "76'");
    EXPECT_EQ(at(later, "Buffon"), (Vec2{4, 34}));
    EXPECT_EQ(at(later, "Higuaín"), (Vec2{-1, -1}));
    EXPECT_EQ(at(later, "Dybala"), (Vec2{76, 34}));
    EXPECT_EQ(at(later, "Hamšík"), (Vec2{-1, -1}));
    EXPECT_EQ(at(later, "Zieliński"), sim::mirrored(Vec2{48, 46}));
    EXPECT_EQ(later.players.size(), 22u);
}

TEST(Timeline, TeamsWalkBackIntoShapeAfterAMoment) {
    const Timeline& tl = baked().timeline;
    const MomentSpan span = tl.moments()[1];
    const Frame end = tl.sample(span.end - 1e-6);
    const Frame after = tl.sample(span.end + 0.05);
    const Frame shape = tl.sample(span.end + Timeline::kBlendSeconds + 0.5);
    const PlayerId mertens = who(tl.script(), "Mertens");
    const auto pos = [&](const Frame& f) {
        return std::find_if(f.players.begin(), f.players.end(), [&](const PlayerFrame& p) { return p.id == mertens; })->position;
    };
    EXPECT_LT(distance(pos(end), pos(after)), 0.1);  // no jump
    EXPECT_EQ(pos(shape), (Vec2{76, 34}));
}

TEST(Timeline, RecentEventsAreAnnounced) {
    const Timeline& tl = baked().timeline;
    const auto& events = tl.events();
    const auto goal = *std::find_if(events.begin(), events.end(), [](const ObservedEvent& e) { return e.kind == EventKind::Goal; });
    const Frame soon = tl.sample(goal.time + 1.0);
    const auto toast = std::find_if(soon.events.begin(), soon.events.end(), [](const ActiveEvent& a) { return a.event.kind == EventKind::Goal; });
    ASSERT_NE(toast, soon.events.end());
    EXPECT_NEAR(toast->age, 1.0, 1e-9);
    EXPECT_EQ(soon.score, (std::array<int, 2>{0, 1}));
    const Frame later = tl.sample(goal.time + Timeline::kToastSeconds + 0.5);
    EXPECT_TRUE(std::none_of(later.events.begin(), later.events.end(), [](const ActiveEvent& a) { return a.event.kind == EventKind::Goal; }));
    const Frame before = tl.sample(goal.time - 0.01);
    EXPECT_EQ(before.score, (std::array<int, 2>{0, 0}));
}

TEST(Timeline, ReBakingOneMomentEqualsAFullBakeOfTheEditedScript) {
    Script edited = smallMatch();
    edited.moments[1].actions[2].target = toGoal(pitch::End::Right, 29.0, 0.4);  // Mertens now misses
    const BakeResult quick = rebakeMoment(baked(), edited, 1);
    const BakeResult full = bake(edited);
    EXPECT_EQ(quick.timeline.trackBytes(), full.timeline.trackBytes());
    EXPECT_EQ(quick.timeline.events(), full.timeline.events());
    EXPECT_EQ(quick.timeline.scoreAt(quick.timeline.duration()), (std::array<int, 2>{0, 0}));
    EXPECT_TRUE(quick.timeline.sample(1201.0) == full.timeline.sample(1201.0));
    // The other moments' tracks are shared, not re-simulated.
    EXPECT_EQ(&quick.timeline.track(0), &baked().timeline.track(0));
}

TEST(Timeline, AnEmptyTimelineSamplesSafely) {
    const Timeline empty;
    const Frame f = empty.sample(12.0);
    EXPECT_EQ(f.moment, -1);
    EXPECT_TRUE(f.players.empty());
    EXPECT_EQ(empty.duration(), 0.0);
}

}  // namespace
}  // namespace touchline

namespace touchline {
namespace {

TEST(MatchSummary, OneLinePerObservedEventInClockOrder) {
    const std::vector<std::string> lines = matchSummary(smallMatchTimeline());
    std::string all;
    for (const std::string& l : lines) all += l + "\n";
    EXPECT_NE(all.find("1'  WIDE  Insigne (shot), "), std::string::npos) << all;
    EXPECT_NE(all.find("10'  CARD  Benatia (yellow)"), std::string::npos) << all;
    EXPECT_NE(all.find("21'  GOAL  Mertens (shot, from Hamšík's pass)  Juventus 0\u20131 Napoli"), std::string::npos) << all;
    EXPECT_NE(all.find("m over the bar"), std::string::npos) << all;
    EXPECT_NE(all.find("SUB  Dybala on for Higuaín"), std::string::npos) << all;
    EXPECT_EQ(lines.back(), "FULL TIME  Juventus 0\u20131 Napoli");
    EXPECT_EQ(all.find("KICK"), std::string::npos);
    const auto every = matchSummary(smallMatchTimeline(), SummaryOptions{true});
    EXPECT_GT(every.size(), lines.size());
}

}  // namespace
}  // namespace touchline
