// One mapping from a scripted action to the event it announces, for markers and moments alike. A tackle
// is announced by a marker; in a moment it is a touch of the ball, observed once, never twice.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/observed_event.h"
#include "support/sim_scripts.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::testing;

std::vector<ObservedEvent> tackles(const Timeline& timeline) {
    std::vector<ObservedEvent> found;
    for (const ObservedEvent& e : timeline.events()) {
        if (e.kind == EventKind::Tackle) found.push_back(e);
    }
    return found;
}

TEST(AnnouncedEvents, EveryActionWithoutABallOfItsOwnAnnouncesItsEvent) {
    EXPECT_EQ(announcedEvent(ActionKind::Tackle), EventKind::Tackle);
    EXPECT_EQ(announcedEvent(ActionKind::Foul), EventKind::Foul);
    EXPECT_EQ(announcedEvent(ActionKind::Card), EventKind::Card);
    EXPECT_EQ(announcedEvent(ActionKind::Substitution), EventKind::Substitution);
    EXPECT_EQ(announcedEvent(ActionKind::Injury), EventKind::Injury);
    EXPECT_EQ(announcedEvent(ActionKind::Whistle), EventKind::Whistle);
    for (ActionKind k : {ActionKind::Run, ActionKind::Dribble, ActionKind::Pass, ActionKind::Shot, ActionKind::Save}) {
        EXPECT_FALSE(announcedEvent(k).has_value()) << actionKeyword(k);
    }
}

TEST(AnnouncedEvents, ATackleIsOneEventAsAMarkerAndAsATouchInAMoment) {
    Script s = emptyMatch();
    Marker marker;
    marker.matchTime = 300.0;
    marker.clock = s.clock.toClock(300.0);
    marker.action = simple(s, ActionKind::Tackle, "Koulibaly", 0.0, 5);
    marker.action.other = who(s, "Higuaín");
    s.markers.push_back(marker);
    Moment& m = addMoment(s, "won", 600.0);
    m.ball = Vec2{60.0, 34.0};
    place(s, m, "Higuaín", {59.6, 34.0});
    place(s, m, "Albiol", {61.0, 34.5});
    m.actions.push_back(kick(s, ActionKind::Pass, "Higuaín", 0.0, toPlace({64.0, 34.0}), 1.5, {}, KickStyle::Ground, 9));
    Action tackle = simple(s, ActionKind::Tackle, "Albiol", 1.0, 10);
    tackle.other = who(s, "Higuaín");
    m.actions.push_back(tackle);
    const BakeResult baked = bake(s);
    ASSERT_TRUE(baked.ok()) << baked.diagnostics.text();
    const std::vector<ObservedEvent> found = tackles(baked.timeline);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].moment, -1);
    EXPECT_EQ(found[0].player, who(s, "Koulibaly"));
    EXPECT_EQ(found[0].other, who(s, "Higuaín"));
    EXPECT_EQ(found[1].moment, 0);
    EXPECT_EQ(found[1].player, who(s, "Albiol"));
    EXPECT_EQ(found[1].other, who(s, "Higuaín"));
    EXPECT_DOUBLE_EQ(found[1].time, 601.0);
}

}  // namespace
}  // namespace touchline
