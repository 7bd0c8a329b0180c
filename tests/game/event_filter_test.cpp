// The event log's filter: by group, team and player, on the bundled match's baked events.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/replay_files.h"
#include "support/passage_match.h"
#include "support/script_fixture.h"
#include "timeline/event_text.h"
#include "viewer/event_filter.h"

namespace touchline {
namespace {

class EventFilterTest : public ::testing::Test {
protected:
    void SetUp() override {
        OpenedReplay opened = openReplay(bundledReplayPath());
        ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
        timeline = opened.timeline;
    }
    const std::vector<ObservedEvent>& events() const { return timeline->events(); }
    std::shared_ptr<const Timeline> timeline;
};

TEST_F(EventFilterTest, HighlightsAreTheNotableEventsAndEverythingIsEverything) {
    EventFilter f;
    const auto highlights = filterEvents(events(), f);
    EXPECT_EQ(highlights.size(), static_cast<std::size_t>(std::count_if(events().begin(), events().end(), isNotable)));
    f.group = EventGroup::Everything;
    EXPECT_EQ(filterEvents(events(), f).size(), events().size());
    EXPECT_GT(events().size(), highlights.size());
}

TEST_F(EventFilterTest, EachGroupHoldsOnlyItsKinds) {
    EventFilter f;
    f.group = EventGroup::Passes;
    const auto passes = filterEvents(events(), f);
    ASSERT_FALSE(passes.empty());
    for (std::size_t i : passes) {
        EXPECT_TRUE(events()[i].kind == EventKind::Kick || events()[i].kind == EventKind::Header);
    }
    f.group = EventGroup::Attempts;
    const auto attempts = filterEvents(events(), f);
    EXPECT_TRUE(std::any_of(attempts.begin(), attempts.end(), [&](std::size_t i) { return events()[i].kind == EventKind::Goal; }));
    for (std::size_t i : attempts) EXPECT_NE(events()[i].kind, EventKind::Kick);
}

TEST_F(EventFilterTest, ByTeamAndByPlayer) {
    const Script& s = timeline->script();
    EventFilter f;
    f.group = EventGroup::Everything;
    f.team = 1;
    const auto napoli = filterEvents(events(), f);
    ASSERT_FALSE(napoli.empty());
    for (std::size_t i : napoli) EXPECT_EQ(events()[i].player.team, 1);
    const PlayerId koulibaly = *s.findPlayer("Koulibaly");
    f.player = koulibaly;
    const auto his = filterEvents(events(), f);
    ASSERT_FALSE(his.empty());
    for (std::size_t i : his) EXPECT_TRUE(events()[i].player == koulibaly || events()[i].other == koulibaly);
    // His winner is among them, and the log names it.
    f.group = EventGroup::Attempts;
    const auto attempts = filterEvents(events(), f);
    std::vector<std::size_t> goals;
    for (std::size_t i : attempts) {
        if (events()[i].kind == EventKind::Goal) goals.push_back(i);
    }
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(eventLine(s, events()[goals[0]]), "GOAL  Koulibaly");
}

TEST_F(EventFilterTest, TouchesCountWhatHeHasPlayedSoFar) {
    const PlayerId koulibaly = *timeline->script().findPlayer("Koulibaly");
    const auto header = std::find_if(events().begin(), events().end(), [&](const ObservedEvent& e) {
        return e.kind == EventKind::Header && e.player == koulibaly;
    });
    ASSERT_NE(header, events().end());
    const int before = touchesUntil(events(), koulibaly, header->time - 0.01);
    const int after = touchesUntil(events(), koulibaly, header->time);
    EXPECT_EQ(after, before + 1);  // the winner
    EXPECT_EQ(touchesUntil(events(), koulibaly, 0.0), 0);
}

}  // namespace
}  // namespace touchline

namespace touchline {
namespace {

// A whole match: the log lists the passages' events too, and filters them alike.
TEST(EventFilterPassages, PassagesEventsAreListedAndFiltered) {
    const LoadResult loaded = testing::load(testing::passageMatch(20));
    ASSERT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
    const BakeResult baked = bake(loaded.script);
    const auto& events = baked.timeline.events();
    const auto fromPassages = std::count_if(events.begin(), events.end(), [](const ObservedEvent& e) { return e.passage >= 0; });
    EXPECT_GE(fromPassages, 40);  // two passes a passage, at least
    EventFilter f;
    f.group = EventGroup::Everything;
    EXPECT_EQ(filterEvents(events, f).size(), events.size());
    f.group = EventGroup::Passes;
    f.player = *loaded.script.findPlayer("Passer");
    const auto passes = filterEvents(events, f);
    ASSERT_FALSE(passes.empty());
    std::size_t his = 0;  // the ones he played (the others name him too, e.g. as the one who got it)
    for (std::size_t i : passes) {
        EXPECT_TRUE(events[i].player == f.player || events[i].other == f.player);
        EXPECT_GE(events[i].passage, 0);  // Passer plays only in the passages
        if (events[i].player == f.player) ++his;
    }
    // He passes once in each passage after the first, and touches count what he played so far.
    EXPECT_EQ(touchesUntil(events, f.player, baked.timeline.duration()), static_cast<int>(his));
    EXPECT_GE(his, 19u);
    f.team = 0;  // Passer is a Blue: none of his events is the Reds'
    EXPECT_TRUE(std::none_of(passes.begin(), passes.end(), [&](std::size_t i) { return f.matches(events[i]); }));
    const ObservedEvent& late = events[passes.back()];
    EXPECT_EQ(eventMinute(loaded.script, late), loaded.script.clock.minuteText(late.time));
}

}  // namespace
}  // namespace touchline
