// Issue 12: "in each moment the ball is where the events say, when they say: at each on-ball event the
// ball is at the event's start within 1 m and 0.2 s ... The player who acts is at the event's location at
// its time." Measured over every shared match, from the baked timeline (Timeline::sample, not the
// importer's own measure of each moment's track) against the data as the importer read it. Events the
// import says it could not follow are counted apart and printed; every other one must be there.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include "import/import.h"
#include "import/shared_data.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

constexpr double kPlace = import::kFidelityPlace;  // 1 m
constexpr double kTime = import::kFidelityTime;    // 0.2 s either side of the event
constexpr double kStep = 1.0 / 240.0;  // the simulation's step
// The import measures each moment's own track, this test the baked timeline at the same steps (players
// between their 1/30 s samples, which the import takes as they are): a few millimetres' difference.
constexpr double kSampling = 0.02;  // m

// The share of a match's on-ball events the import says the physics does not follow, at most (%), as
// reached: a change that shows fewer of the data's events where and when it has them fails here.
// Where runs into a touch were made to peak under a sprint (import/player_motion.cpp limitPeaks: the
// shape's place gives way, so he sets off sooner) three matches warn of a few more events, most of them
// a player 1.1-1.2 m from the touch instead of 1 m, and three of fewer: Marseille-Metz 15.7 -> 16.2,
// Girona-Barcelona 14.1 -> 16.4, Lazio-Benevento 14.4 -> 16.3; England-Iceland 14.6 -> 13.9,
// Belgium-Japan 20.6 -> 20.2, Real Madrid-Girona 15.3 -> 14.8. Players over a sprint fell from 16-25
// per match to 8-18. Where the place a moment opens with gave way to its first touches too (it is the
// team shape's guess, import/player_motion.cpp openWithinReach), three matches warn of an event or two
// more and four of fewer: England-Iceland 14.6 -> 15.2, Portugal-Spain 21.7 -> 22.4, Marseille-Metz
// 16.2 -> 17.1, Germany-Italy 16.5 -> 17.0; France-Argentina 17.9 -> 16.8, Belgium-Japan 20.2 -> 19.9,
// Hannover-Leverkusen 14.5 -> 14.0. Players over a sprint in the 16 whole matches fell 209 -> 176.
// Where, between two shape places on his way into a touch, the earlier one gave way (he no longer
// turns back before the run), six warn of fewer and one of one more: England-Iceland 15.2 -> 14.6,
// Germany-Italy 17.0 -> 16.5, Portugal-France 17.7 -> 17.3, Portugal-Spain 22.4 -> 21.7,
// Everton-City 15.4 -> 14.9, Real Madrid-Girona 14.8 -> 13.9; Russia-Croatia 26.8 -> 27.3. Players over
// a sprint 176 -> 158. Where a leg's curve eased its end velocities so as to peak under a sprint
// (sim/player_paths.cpp: a run from a standstill no longer peaks at half as fast again as its average),
// five warn of a few more and six of fewer: England-Iceland 14.6 -> 15.2, Portugal-Spain 21.7 -> 23.0,
// Belgium-Japan 19.9 -> 20.2, City-Stoke 12.3 -> 12.7, Barcelona-Girona 15.8 -> 16.1; France-Argentina
// 16.8 -> 14.7, Lazio-Benevento 16.3 -> 14.4, Real Madrid-Girona 13.9 -> 13.0, Girona-Barcelona 16.4 ->
// 15.6, Russia-Croatia 27.3 -> 26.8, Portugal-France 17.3 -> 16.9 (16.5 -> 16.3 on average). Players
// over a sprint in the 16 whole matches 113 -> 39. Where a moment's last touch that puts the ball out for
// a corner or a throw-in puts it past the line (import/moment_builder.cpp restartAfterOut) rather than
// stopping at his feet, four warn of fewer: Germany-Italy 16.5 -> 15.5, Portugal-France 16.9 -> 16.82,
// Belgium-Japan 20.2 -> 19.71, Hannover-Leverkusen 14.0 -> 13.2; players over a sprint 31 -> 24.
const std::map<std::string, double> kMostWarned = {
    {"wyscout/1694433-england-iceland.json", 15.3},
    {"wyscout/1694436-germany-italy.json", 15.5},
    {"wyscout/1694440-portugal-france.json", 16.9},
    {"wyscout/2057960-portugal-spain.json", 23.0},
    {"wyscout/2058003-france-argentina.json", 14.8},
    {"wyscout/2058007-belgium-japan.json", 19.8},
    {"wyscout/2058012-russia-croatia.json", 26.9},
    // 11.1 before a chance after a ball cleared to the other end joined the moment before it
    // (moment_selection.cpp joinGap): the joined moment shows 2 more events and warns of 3 more, and
    // Sané no longer walks 65 m at 24 m/s between the two.
    {"wyscout/2499794-manchester-city-stoke-city.json", 12.8},
    {"wyscout/2500033-everton-manchester-city.json", 14.9},
    {"wyscout/2500919-olympique-marseille-metz.json", 17.2},
    {"wyscout/2516890-hannover-96-bayer-leverkusen.json", 13.2},
    {"wyscout/2565603-girona-barcelona.json", 15.7},
    {"wyscout/2565836-real-madrid-girona.json", 13.0},
    {"wyscout/2576249-lazio-benevento.json", 14.4},
    {"wyscout/2576295-juventus-napoli-2018-04-22.json", 9.9},
    // 13.0 before chances less than 6 s apart made one moment (import/moment_selection.cpp kJoinGap): the
    // longer moments hold more of the events the physics cannot follow, and no one walks at 100 m/s and
    // more between two moments a second apart.
    {"statsbomb/15986-barcelona-girona-events.json", 16.1},
};

struct Tally {
    int events = 0;     // on-ball events inside moments that the import does not warn about
    int ballThere = 0;
    int playerThere = 0;
    int warned = 0;     // the import says it could not follow the data there
    std::vector<std::string> misses, warnings;
};

// The nearest the ball and the player come to `at` within kTime of t, at the simulation's steps from the
// moment's start (as the import measures its track: the step before and after the window included).
std::pair<double, double> nearest(const Timeline& tl, double momentStart, double t, Vec2 at, PlayerId player, Frame& frame) {
    double ball = 1e9, body = 1e9;
    const double from = std::floor((t - momentStart - kTime) / kStep), to = std::ceil((t - momentStart + kTime) / kStep);
    for (double k = std::max(from, 0.0); k <= to; ++k) {
        tl.sample(momentStart + k * kStep, frame);
        if (frame.ball.visible) ball = std::min(ball, distance(frame.ball.position.ground(), at));
        for (const PlayerFrame& p : frame.players) {
            if (p.id == player) body = std::min(body, distance(p.position, at));
        }
    }
    return {std::min(ball, 999.0), std::min(body, 999.0)};
}

class EventFidelity : public testing::TestWithParam<std::string> {};

TEST_P(EventFidelity, BallAndPlayerAreWhereAndWhenTheDataSays) {
    const fs::path file = testdata::dataDir() / GetParam();
    if (!fs::exists(file)) GTEST_SKIP() << "no " << file.string() << "; these tests need ../shared/data beside the project";
    const import::ImportedMatch imported = import::importMatch(file.string());
    ASSERT_TRUE(imported.ok()) << imported.diagnostics.text();
    const BakeResult baked = bake(*imported.script);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const Timeline& tl = baked.timeline;
    const Script& s = tl.script();
    const import::MatchData& match = *imported.match;

    Tally tally;
    Frame frame;
    for (std::size_t m = 0; m < imported.drafts.size(); ++m) {
        const import::MomentDraft& draft = imported.drafts[m];
        const MomentSpan span = tl.moments()[m];
        for (std::size_t i = draft.window.first; i <= draft.window.last && i < match.events.size(); ++i) {
            const import::MatchEvent& e = match.events[i];
            if (!import::isOnBall(e.type) || !e.start || !e.player.valid()) continue;
            const PlayerId player =
                imported.playerIds[static_cast<std::size_t>(e.player.team)][static_cast<std::size_t>(e.player.index)];
            const double t = s.clock.periodStart(static_cast<Period>(static_cast<int>(e.period))) + e.time;
            if (t < span.start || t > span.end || !player.valid()) continue;
            const auto [ball, body] = nearest(tl, span.start, t, *e.start, player, frame);
            char line[240];
            std::snprintf(line, sizeof line, "moment '%s' %s events[%d] %s: the ball %.1f m away, he %.1f m",
                          s.moments[m].id.c_str(), s.clock.preciseText(t).c_str(), e.source, s.player(player).name.c_str(),
                          ball, body);
            const bool warned = std::any_of(draft.misses.begin(), draft.misses.end(),
                                            [&](const import::EventMiss& miss) { return miss.event == i; });
            if (warned) {
                ++tally.warned;
                tally.warnings.push_back(line);
                continue;
            }
            ++tally.events;
            tally.ballThere += ball <= kPlace;
            tally.playerThere += body <= kPlace;
            if (ball > kPlace + kSampling || body > kPlace + kSampling) tally.misses.push_back(line);
        }
    }
    const double n = std::max(tally.events, 1);
    std::printf("%s: %d on-ball events in moments without a warning: ball within 1 m / 0.2 s %.1f %%, player within "
                "1 m %.1f %%; %d more the import says it could not follow (%.1f %% of all)\n",
                GetParam().c_str(), tally.events, 100.0 * tally.ballThere / n, 100.0 * tally.playerThere / n, tally.warned,
                100.0 * tally.warned / std::max(tally.events + tally.warned, 1));
    for (const std::string& w : tally.warnings) std::printf("  warned: %s\n", w.c_str());
    for (const std::string& miss : tally.misses) std::printf("  NOT WARNED: %s\n", miss.c_str());
    EXPECT_GT(tally.events, 0);
    const double warnedShare = 100.0 * tally.warned / std::max(tally.events + tally.warned, 1);
    ASSERT_TRUE(kMostWarned.count(GetParam())) << "no ceiling for " << GetParam();
    EXPECT_LE(warnedShare, kMostWarned.at(GetParam())) << "more of the data's on-ball events than before are not shown";
    EXPECT_TRUE(tally.misses.empty()) << tally.misses.size() << " events not where the data has them, without a warning";
}

INSTANTIATE_TEST_SUITE_P(Data, EventFidelity, testdata::sharedMatches(), testdata::matchTestName);

}  // namespace
}  // namespace touchline
