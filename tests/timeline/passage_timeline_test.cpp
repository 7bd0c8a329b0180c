// Passages on the timeline: they play where no moment does, bake alike in any order (or later, one by
// one), say when a frame is not baked yet, and meet one another at a stoppage without a jump.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

#include "sim/lineup.h"
#include "sim/moment_bake.h"
#include "support/script_fixture.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using testing::fixture;
using testing::load;

constexpr std::string_view kPassages = R"(
passages:
  - clock: "0:00"
    duration: 14
    restart: { kick-off: Striker, at: [52.5, 34] }
    stop: { at: 10.5, why: out }
    actions:
      - { at: 0.5, pass: Striker, to: { player: Anchor }, arrive: 1.6 }
      - { at: 2.6, pass: Anchor, to: { player: Winger }, arrive: 4.6 }
      - { at: 6.0, cross: Winger, to: [80, 40], arrive: 8.0, style: lofted }
  - clock: "0:14"
    duration: 16
    restart: { throw-in: Dasher, at: [70, 68] }
    actions:
      - { at: 1.0, pass: Dasher, to: { player: Passer }, arrive: 4.0 }
      - { at: 5.0, pass: Passer, to: { player: Runner }, arrive: 7.0 }
)";

Script passagesScript(std::string_view moments = {}) {
    const LoadResult r = load(fixture(moments) + std::string(kPassages));
    EXPECT_FALSE(r.diagnostics.hasErrors()) << r.diagnostics.text();
    return r.script;
}

double largestJump(const Frame& a, const Frame& b) {
    double most = 0.0;
    for (const PlayerFrame& p : a.players) {
        for (const PlayerFrame& q : b.players) {
            if (p.id == q.id) most = std::max(most, distance(p.position, q.position));
        }
    }
    return most;
}

TEST(PassageTimeline, PlaysWhereNoMomentDoes) {
    const BakeResult baked = bake(passagesScript());
    // Nobody stands in a team-mate's pass: the team shape steps out of its way.
    EXPECT_TRUE(baked.diagnostics.empty()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    ASSERT_EQ(tl.passages().size(), 2u);
    const Frame early = tl.sample(3.0);
    const Frame later = tl.sample(5.0);
    EXPECT_EQ(early.passage, 0);
    EXPECT_EQ(early.moment, -1);
    EXPECT_TRUE(early.baked);
    EXPECT_TRUE(early.ball.visible);
    EXPECT_EQ(early.players.size(), 22u);
    // Everybody is moved by the team shape: the players off the ball move too.
    int moved = 0;
    for (std::size_t i = 0; i < early.players.size(); ++i) {
        if (distance(early.players[i].position, later.players[i].position) > 0.5) ++moved;
    }
    EXPECT_GE(moved, 10);
    EXPECT_EQ(tl.sample(20.0).passage, 1);
    // The passes are seen by the physics and logged.
    const auto kicks = std::count_if(tl.events().begin(), tl.events().end(),
                                     [](const ObservedEvent& e) { return e.kind == EventKind::Kick && e.passage >= 0; });
    EXPECT_GE(kicks, 4);
}

TEST(PassageTimeline, SameBytesWhicheverOrderPassagesBake) {
    const Script script = passagesScript();
    const BakeResult atOnce = bake(script);
    BakeResult forwards = bake(script, {}, PassageTiming::Later);
    BakeResult backwards = bake(script, {}, PassageTiming::Later);
    const Timeline& tl = forwards.timeline;
    for (int p = 0; p < 2; ++p) addPassage(forwards, bakePassage(*tl.sharedScript(), *tl.sharedLineup(), p));
    for (int p = 1; p >= 0; --p) addPassage(backwards, bakePassage(*tl.sharedScript(), *tl.sharedLineup(), p));
    EXPECT_EQ(forwards.timeline.trackBytes(), atOnce.timeline.trackBytes());
    EXPECT_EQ(backwards.timeline.trackBytes(), atOnce.timeline.trackBytes());
    EXPECT_EQ(forwards.timeline.events(), atOnce.timeline.events());
    EXPECT_EQ(backwards.timeline.events(), atOnce.timeline.events());
    for (double t : {2.0, 9.0, 13.9, 14.0, 25.0}) EXPECT_EQ(backwards.timeline.sample(t), atOnce.timeline.sample(t)) << t;
}

TEST(PassageTimeline, AFrameNotBakedYetSaysSo) {
    BakeResult result = bake(passagesScript(), {}, PassageTiming::Later);
    EXPECT_EQ(result.timeline.passagesBaked(), 0u);
    const Frame waiting = result.timeline.sample(5.0);
    EXPECT_FALSE(waiting.baked);
    EXPECT_EQ(waiting.passage, 0);
    EXPECT_TRUE(waiting.players.empty());
    EXPECT_FALSE(waiting.ball.visible);
    const Timeline& tl = result.timeline;
    addPassage(result, bakePassage(*tl.sharedScript(), *tl.sharedLineup(), 0));
    EXPECT_TRUE(result.timeline.sample(5.0).baked);
    EXPECT_FALSE(result.timeline.sample(20.0).baked);
}

TEST(PassageTimeline, PassagesMeetAtAStoppageWithoutAJump) {
    const Timeline tl = bake(passagesScript()).timeline;
    constexpr double kFrame = 1.0 / 50.0;
    const Frame before = tl.sample(14.0 - kFrame);
    const Frame after = tl.sample(14.0);
    EXPECT_EQ(before.passage, 0);
    EXPECT_EQ(after.passage, 1);
    ASSERT_TRUE(before.stoppage.has_value());
    EXPECT_EQ(*before.stoppage, StopKind::Out);
    EXPECT_LE(largestJump(before, after), 10.5 * kFrame + 0.05);
    EXPECT_LE(distance(before.ball.position, after.ball.position), 0.5);
    // And within each passage, from frame to frame.
    for (double t = 0.0; t + kFrame < 30.0; t += kFrame) {
        ASSERT_LE(largestJump(tl.sample(t), tl.sample(t + kFrame)), 10.5 * kFrame + 0.05) << "at " << t;
    }
}

TEST(PassageTimeline, MomentsStandWhereTheyOverlapAPassage) {
    const Script script = passagesScript(R"(  - id: cross
    clock: "0:05"
    title: The cross
    duration: 4
    actions:
      - { at: 1.0, cross: Winger, to: [70, 30], arrive: 2.4, style: lofted }
)");
    const BakeResult baked = bake(script);
    EXPECT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const Frame inMoment = tl.sample(6.0);
    EXPECT_EQ(inMoment.moment, 0);
    EXPECT_EQ(inMoment.passage, -1);
    EXPECT_EQ(tl.sample(10.0).passage, 0);
    for (const ObservedEvent& e : tl.events()) {
        if (e.time >= 5.0 && e.time < 9.0) {
            EXPECT_EQ(e.passage, -1) << "a passage's event inside the moment at " << e.time;
        }
    }
}

// A moment that leaves a player far from where the passage around it has him: the passage walks him
// back into its run over as long as he needs to stay under a sprint (Timeline::seamLength), not the
// blend's 1.5 s, and a walk takes him into the moment at its start, from the passage before when the
// restart leaves too little time.
TEST(PassageTimeline, AWalkBetweenAMomentAndItsPassageIsNeverASprint) {
    const Script script = passagesScript(R"(  - id: far
    clock: "0:16"
    title: Far from his place
    duration: 3
    shape: { Maestro: [85, 55] }
)");
    const BakeResult baked = bake(script);
    ASSERT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const PlayerId maestro = *script.findPlayer("Maestro");
    const Vec2 there{85.0, 55.0};
    const auto where = [&](double t) {
        for (const PlayerFrame& p : tl.sample(t).players) {
            if (p.id == maestro) return p.position;
        }
        ADD_FAILURE() << "Maestro is not on the pitch at " << t;
        return Vec2{};
    };
    EXPECT_LT(distance(where(17.5), there), 0.01);
    EXPECT_GT(distance(where(5.0), there), 15.0);  // the passages have him far from there
    EXPECT_GT(distance(where(29.9), there), 5.0);   // and walk him back into the run after
    // The throw-in at 14 s leaves 2 s before the moment, too few to walk there: the walk starts in the
    // passage before, which plays on into that one (Timeline::walkInFrom), and is under way at the restart.
    EXPECT_LT(distance(where(14.0), there), distance(where(5.0), there) - 2.0);
    constexpr double kFrame = 1.0 / 50.0;
    for (double t = 0.0; t + kFrame < 30.0; t += kFrame) {
        EXPECT_LE(distance(where(t), where(t + kFrame)) / kFrame, kMaxRunSpeed + 0.05) << "at " << t;
    }
}

// Each walks into a moment over his own length: one far from where the moment has him walks long, but
// one the passage already has there walks only the last half second, and until then is where his
// passage run has him. (With one length for all, the long walk pulled him on towards a place his run
// was taking him to anyway: a centre back running back into a moment's line arrived at 12 m/s.)
TEST(PassageTimeline, OneAlreadyWhereTheMomentHasHimIsNotWalkedThere) {
    constexpr double kOpens = 22.0;
    const auto momentWith = [](const std::string& runnerPlace) {
        return std::string(R"(  - id: far
    clock: "0:22"
    title: Far from his place
    duration: 3
    shape: { Maestro: [8, 60])") + runnerPlace + " }\n";
    };
    // Where the passage has the runner as the moment opens (the moment holds only the one far away).
    const Script first = passagesScript(momentWith(""));
    const PlayerId runner = *first.findPlayer("Runner");
    const auto passageAt = [&](const sim::MomentBake& passage, double t) {
        const sim::MomentTrack& tr = passage.track;
        for (std::size_t p = 0; p < tr.players.size(); ++p) {
            if (tr.players[p].id != runner) continue;
            const double u = (t - tr.start) * sim::kPlayerSamplesPerSecond;
            const int s = static_cast<int>(std::floor(u));
            return lerp(tr.playerTrack(p).at(s).position(), tr.playerTrack(p).at(s + 1).position(), u - s);
        }
        ADD_FAILURE() << "no runner in the passage";
        return Vec2{};
    };
    const Vec2 there = passageAt(sim::bakePassage(first, 1, sim::Lineup(first)), kOpens);
    char place[80];
    std::snprintf(place, sizeof place, ", Runner: [%.3f, %.3f]", there.x, there.y);
    const Script script = passagesScript(momentWith(place));
    const BakeResult baked = bake(script);
    const sim::MomentBake passage = sim::bakePassage(script, 1, sim::Lineup(script));
    ASSERT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
    const auto shown = [&](double t) {
        for (const PlayerFrame& p : baked.timeline.sample(t).players) {
            if (p.id == runner) return p.position;
        }
        ADD_FAILURE() << "the runner is not on the pitch at " << t;
        return Vec2{};
    };
    // The one far away walks long: the walk into the moment is under way seconds before it.
    const PlayerId maestro = *script.findPlayer("Maestro");
    const auto maestroAt = [&](double t) {
        for (const PlayerFrame& p : baked.timeline.sample(t).players) {
            if (p.id == maestro) return p.position;
        }
        return Vec2{};
    };
    EXPECT_LT(distance(maestroAt(kOpens - 0.02), Vec2{8.0, 60.0}), 1.0);
    EXPECT_GT(distance(maestroAt(kOpens - 4.0), Vec2{8.0, 60.0}), 10.0);
    double moved = 0.0;  // how far the passage runs him in those seconds
    for (double t = kOpens - 6.0; t <= kOpens - 0.5 + 1e-9; t += 0.1) {
        EXPECT_LT(distance(shown(t), passageAt(passage, t)), 0.05) << "at " << t;
        moved = std::max(moved, distance(passageAt(passage, t), passageAt(passage, kOpens)));
    }
    EXPECT_GT(moved, 3.0) << "the runner stands: the test shows nothing";
    EXPECT_LT(distance(shown(kOpens - 0.02), there), 0.5);
}

// The players walk into a moment over as long as the furthest of them needs (here 8 s, for one the
// passage cannot bring from 60 m away in time), but the ball only over as long as it needs: until then it is where the passage plays it, not
// sliding untouched towards where the moment has it (walked with the players at Marseille-Metz 88:00, it
// slid 46 m along the touchline while the corner it left was taken).
TEST(PassageTimeline, TheBallWalksIntoAMomentOverItsOwnLength) {
    constexpr double kOpens = 19.0;
    const Script script = passagesScript(R"(  - id: far
    clock: "0:19"
    title: Far from his place
    duration: 3
    ball: [60, 60]
    shape: { Maestro: [8, 60] }
)");
    const BakeResult baked = bake(script);
    ASSERT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
    const sim::MomentBake passage = sim::bakePassage(script, 1, sim::Lineup(script));
    const sim::MomentTrack& tr = passage.track;
    const auto passageBall = [&](double t) {
        return tr.ballAt(static_cast<int>(std::lround((t - tr.start) * sim::kStepsPerSecond))).position();
    };
    const Frame walking = baked.timeline.sample(kOpens - 4.0);
    const PlayerId maestro = *script.findPlayer("Maestro");
    const int k = static_cast<int>(std::lround((kOpens - 4.0 - tr.start) * sim::kPlayerSamplesPerSecond));
    for (std::size_t p = 0; p < tr.players.size(); ++p) {
        if (tr.players[p].id != maestro) continue;
        for (const PlayerFrame& shown : walking.players) {
            if (shown.id == maestro) {
                EXPECT_GT(distance(shown.position, tr.playerTrack(p).at(k).position()), 1.0) << "he walks already";
            }
        }
    }
    EXPECT_LT(distance(walking.ball.position, passageBall(kOpens - 4.0)), 0.01);
    const Vec2 shownBall = baked.timeline.sample(kOpens - 0.02).ball.position.ground();
    EXPECT_LT(distance(shownBall, Vec2{60.0, 60.0}), 1.0) << "and it is where the moment has it as it opens";
}

// Two players the walk out of a moment takes across each other's way, quickly: they pass, and are not
// jerked round each other (pushed apart as they passed, both went 12-16 m/s for a frame:
// keepWalkersApart).
TEST(PassageTimeline, TwoWhoCrossOnTheWalkOutOfAMomentPassWithoutAJerk) {
    const Script plain = passagesScript();
    const BakeResult passagesOnly = bake(plain);
    ASSERT_FALSE(passagesOnly.diagnostics.hasErrors()) << passagesOnly.diagnostics.text();
    const auto where = [](const Timeline& tl, PlayerId id, double t) {
        for (const PlayerFrame& p : tl.sample(t).players) {
            if (p.id == id) return p.position;
        }
        ADD_FAILURE() << "not on the pitch at " << t;
        return Vec2{};
    };
    // From 26 s to the end of the passage at 30 s, two who stand still 15-20 m apart: the moment ends at
    // 26 s with each where the passage has the other (half a metre aside), so the walks back cross at
    // about 7 m/s each.
    constexpr double kEnd = 26.0;
    const std::vector<PlayerFrame> standing = passagesOnly.timeline.sample(kEnd).players;
    std::optional<std::pair<PlayerId, PlayerId>> pair;
    for (std::size_t a = 0; a < standing.size() && !pair; ++a) {
        for (std::size_t b = a + 1; b < standing.size() && !pair; ++b) {
            const double apart = distance(standing[a].position, standing[b].position);
            const bool still = distance(where(passagesOnly.timeline, standing[a].id, 29.9), standing[a].position) < 0.01 &&
                               distance(where(passagesOnly.timeline, standing[b].id, 29.9), standing[b].position) < 0.01;
            if (still && apart > 15.0 && apart < 20.0) pair = std::make_pair(standing[a].id, standing[b].id);
        }
    }
    ASSERT_TRUE(pair.has_value());
    const auto [first, second] = *pair;
    const Vec2 a = where(passagesOnly.timeline, first, kEnd), b = where(passagesOnly.timeline, second, kEnd);
    const Vec2 aside = perpendicular(normalized(b - a)) * 0.5;
    char moment[300];
    std::snprintf(moment, sizeof moment, R"(  - id: swapped
    clock: "0:23"
    title: Swapped
    duration: 3
    shape: { %s: [%.2f, %.2f], %s: [%.2f, %.2f] }
)", plain.player(first).name.c_str(), b.x + aside.x, b.y + aside.y, plain.player(second).name.c_str(), a.x, a.y);
    const Script script = passagesScript(moment);
    const BakeResult baked = bake(script);
    ASSERT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    constexpr double kFrame = 1.0 / 30.0;
    double nearest = 1e9;
    for (double t = kEnd; t + kFrame < 30.0; t += kFrame) {
        for (const PlayerId id : {first, second}) {
            EXPECT_LE(distance(where(tl, id, t), where(tl, id, t + kFrame)) / kFrame, kMaxRunSpeed + 0.05)
                << script.player(id).name << " at " << t;
        }
        nearest = std::min(nearest, distance(where(tl, first, t), where(tl, second, t)));
    }
    // They pass within a stride of each other (the passage's own players go to meet the moment and
    // come back from it too, sim/shape_follower.h Meeting, the follower keeping them 0.9 m apart).
    EXPECT_LT(nearest, 1.5) << "the walks did not cross";
}

// A passage's players go to meet the moments shown over it (sim/shape_follower.h Meeting): where a
// moment opens with one, the passage has him there too, so the walk between them is short; and an
// edit of the moment leaves the passages it overlaps to bake again, keeping the others.
TEST(PassageTimeline, APassageMeetsTheMomentShownOverItAndAnEditOfItRebakesThatPassage) {
    constexpr std::string_view kMoment = R"(  - id: later
    clock: "0:20"
    title: Later
    duration: 4
    shape: { Anchor: [40.0, 20.0] }
)";
    const auto anchorAt = [](const Script& script, double t) {
        const sim::Lineup lineup(script);
        const sim::MomentBake baked = sim::bakePassage(script, 1, lineup);
        const PlayerId anchor = *script.findPlayer("Anchor");
        for (std::size_t p = 0; p < baked.track.players.size(); ++p) {
            if (baked.track.players[p].id != anchor) continue;
            const int step = static_cast<int>(std::lround((t - baked.track.start) * sim::kStepsPerSecond));
            return baked.track.playerTrack(p).at(step / sim::kPlayerStride).position();
        }
        ADD_FAILURE() << "Anchor is not in the passage";
        return Vec2{};
    };
    const Script plain = passagesScript();
    const Script script = passagesScript(kMoment);
    EXPECT_GT(distance(anchorAt(plain, 20.0), {40.0, 20.0}), 8.0);  // left to the shape, he is elsewhere
    EXPECT_LT(distance(anchorAt(script, 20.0), {40.0, 20.0}), 1.0);

    const BakeResult baked = bake(script);
    ASSERT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
    Script edited = script;
    edited.moments[0].shape[0].position = {44.0, 24.0};
    BakeResult rebaked = rebakeMoment(baked, edited, 0);
    EXPECT_TRUE(rebaked.timeline.passageBaked(0));   // 0:00-0:14, before the moment
    EXPECT_FALSE(rebaked.timeline.passageBaked(1));  // 0:14-0:30, under it
    const sim::Lineup lineup(edited);
    sim::MomentBake again = sim::bakePassage(edited, 1, lineup);
    addPassage(rebaked, PassageBake{1, std::make_shared<const sim::MomentTrack>(std::move(again.track)), again.diagnostics});
    EXPECT_EQ(rebaked.timeline.trackBytes(), bake(edited).timeline.trackBytes());
}

// A moment moved from over one passage to over another: both bake again (the one it left no longer
// meets it, the one it came to now does), and what they bake equals a fresh bake of the edited script.
TEST(PassageTimeline, AMomentMovedToAnotherPassageRebakesBothPassages) {
    const auto withMomentAt = [](std::string_view clock) {
        return passagesScript(std::string(R"(  - id: later
    clock: ")") + std::string(clock) + R"("
    title: Later
    duration: 4
    shape: { Anchor: [40.0, 20.0] }
)");
    };
    const Script script = withMomentAt("0:20");  // over passage 1 (0:14-0:30)
    const Script moved = withMomentAt("0:05");   // over passage 0 (0:00-0:14)
    const BakeResult baked = bake(script);
    ASSERT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
    BakeResult rebaked = rebakeMoment(baked, moved, 0);
    EXPECT_FALSE(rebaked.timeline.passageBaked(0));
    EXPECT_FALSE(rebaked.timeline.passageBaked(1));
    const BakeResult fresh = bake(moved);
    ASSERT_FALSE(fresh.diagnostics.hasErrors()) << fresh.diagnostics.text();
    for (int p = 0; p < 2; ++p) {
        addPassage(rebaked, bakePassage(*rebaked.timeline.sharedScript(), *rebaked.timeline.sharedLineup(), p));
    }
    EXPECT_EQ(rebaked.timeline.trackBytes(), fresh.timeline.trackBytes());
    EXPECT_NE(bake(script).timeline.trackBytes(), fresh.timeline.trackBytes());  // the move changed what they show
}

// The mirror: a moment that ends a second before the next restart, with Maestro far from where that
// restart stands him. The walk out of it goes on into the next passage until its first kick
// (Timeline::walkOutTo), not a one-second dash; the ball is fetched back to the throw-in's spot on the way.
TEST(PassageTimeline, TheWalkOutOfAMomentJustBeforeARestartGoesOnIntoIt) {
    // kPassages, with the throw-in's first pass 6 s after it rather than 1 s.
    std::string passages(kPassages);
    const auto replace = [&](std::string_view from, std::string_view to) {
        passages.replace(passages.find(from), from.size(), to);
    };
    replace("{ at: 1.0, pass: Dasher, to: { player: Passer }, arrive: 4.0 }", "{ at: 6.0, pass: Dasher, to: { player: Passer }, arrive: 8.0 }");
    replace("{ at: 5.0, pass: Passer, to: { player: Runner }, arrive: 7.0 }", "{ at: 9.0, pass: Passer, to: { player: Runner }, arrive: 11.0 }");
    const LoadResult r = load(fixture(R"(  - id: far
    clock: "0:10"
    title: Far from his place
    duration: 3
    shape: { Maestro: [85, 55] }
)") + passages);
    ASSERT_FALSE(r.diagnostics.hasErrors()) << r.diagnostics.text();
    const BakeResult baked = bake(r.script);
    ASSERT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const PlayerId maestro = *r.script.findPlayer("Maestro");
    const auto where = [&](double t) {
        for (const PlayerFrame& p : tl.sample(t).players) {
            if (p.id == maestro) return p.position;
        }
        ADD_FAILURE() << "Maestro is not on the pitch at " << t;
        return Vec2{};
    };
    const Vec2 there{85.0, 55.0};
    EXPECT_LT(distance(where(12.9), there), 0.01);
    EXPECT_GT(distance(where(20.0), there), 15.0);  // the throw-in has him far from there
    EXPECT_GT(distance(where(14.0), there), 1.0);   // on his way at the restart...
    EXPECT_LT(distance(where(14.0), there), distance(where(20.0), there) - 5.0);  // ...not there yet
    constexpr double kFrame = 1.0 / 50.0;
    for (double t = 0.0; t + kFrame < 30.0; t += kFrame) {
        EXPECT_LE(distance(where(t), where(t + kFrame)) / kFrame, kMaxRunSpeed + 0.05) << "at " << t;
    }
    // The speed a frame gives him on the walk is the walk's (what the frames show him cover), not his
    // passage run's: the inspector says it.
    const auto speedAt = [&](double t) {
        for (const PlayerFrame& p : tl.sample(t).players) {
            if (p.id == maestro) return p.speed;
        }
        return -1.0;
    };
    for (double t : {13.5, 15.0, 16.0}) {
        const double shown = distance(where(t - kFrame), where(t)) / kFrame;
        EXPECT_GT(shown, 1.0) << "at " << t;
        EXPECT_NEAR(speedAt(t), shown, 0.05 * shown) << "at " << t;
    }
}

// Play the data has go on until a moment before the next restart, whose taker is far from it: nobody
// walks there in time, and the bake says so at the passage's last action (the import ends play before
// it). With the seconds to walk there (kPassages: play stops 3.5 s before the throw-in), no such error.
TEST(PassageTimeline, PlayTooLateForTheNextRestartIsAnErrorAtTheLastAction) {
    const auto walkErrors = [](const Script& script) {
        const sim::MomentBake baked = sim::bakePassage(script, 0, sim::Lineup(script));
        std::vector<Diagnostic> found;
        for (const Diagnostic& d : baked.diagnostics.items()) {
            if (d.message.find("cannot get to where play restarts in time") != std::string::npos) found.push_back(d);
        }
        return found;
    };
    EXPECT_TRUE(walkErrors(passagesScript()).empty());

    // kPassages with play going on to 0.1 s before the throw-in, the last touch Dasher's, 40 m from it.
    std::string late(kPassages);
    const auto swap = [&](std::string_view from, std::string_view to) {
        late.replace(late.find(from), from.size(), to);
    };
    swap("stop: { at: 10.5, why: out }", "stop: { at: 13.9, why: out }");
    swap("{ at: 6.0, cross: Winger, to: [80, 40], arrive: 8.0, style: lofted }",
         "{ at: 6.0, pass: Winger, to: [30, 40], arrive: 8.0 }\n      - { at: 11.0, pass: Dasher, to: [45, 28], arrive: 13.0 }");
    const LoadResult loaded = load(fixture() + late);
    ASSERT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
    const std::vector<Diagnostic> found = walkErrors(loaded.script);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Error);
    EXPECT_EQ(found[0].where.line, loaded.script.passages[0].actions.back().where.line);
    EXPECT_NE(found[0].message.find("Dasher"), std::string::npos) << found[0].message;
}

// The data stops play for an offside and names the forward: the physics finds him beyond the line when
// his team-mate's pass is played (sim::callOffside, and the follower's run for it).
TEST(PassageTimeline, AnOffsideStopIsComputedAtThePassToWhoWasCaught) {
    constexpr std::string_view kOffside = R"(
passages:
  - clock: "0:00"
    duration: 9
    restart: { kick-off: Striker, at: [52.5, 34] }
    stop: { at: 6.2, why: offside, player: Maestro }
    actions:
      - { at: 0.5, pass: Striker, to: { player: Anchor }, arrive: 1.6 }
      - { at: 4.5, pass: Anchor, to: [80, 38], arrive: 6.0 }
)";
    const auto offsides = [](std::string_view passages) {
        const LoadResult r = load(fixture() + std::string(passages));
        EXPECT_FALSE(r.diagnostics.hasErrors()) << r.diagnostics.text();
        const BakeResult baked = bake(r.script);
        EXPECT_FALSE(baked.diagnostics.hasErrors()) << baked.diagnostics.text();
        std::vector<ObservedEvent> found;
        for (const ObservedEvent& e : baked.timeline.events()) {
            if (e.kind == EventKind::Offside) found.push_back(e);
        }
        return std::pair(r.script, found);
    };
    const auto [script, found] = offsides(kOffside);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].player, *script.findPlayer("Maestro"));
    EXPECT_NEAR(found[0].time, 4.5, 0.05);  // at the pass, not when the flag goes up
    EXPECT_EQ(found[0].action, 1);
    EXPECT_GT(found[0].offsideMargin, 1.0);  // beyond it by a clear margin, not by a rounding

    // The same stop without a name: nobody is judged, and nobody comes out offside.
    std::string unnamed(kOffside);
    const std::string_view who = ", player: Maestro";
    unnamed.erase(unnamed.find(who), who.size());
    EXPECT_TRUE(offsides(unnamed).second.empty());
}

}  // namespace
}  // namespace touchline
