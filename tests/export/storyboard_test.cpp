// The storyboard's layout and the choice of each moment's key instant.
#include <gtest/gtest.h>

#include "render/storyboard.h"

namespace touchline {
namespace {

Image solid(int w, int h, Rgba c) {
    Image image{w, h, {}};
    for (int i = 0; i < w * h; ++i) image.rgba.insert(image.rgba.end(), {c.r, c.g, c.b, 255});
    return image;
}

class StoryboardTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto loaded = loadDefaultFonts();
        ASSERT_TRUE(loaded.ok()) << loaded.error().message;
        fonts_.emplace(std::move(*loaded));
    }
    std::optional<FontSet> fonts_;
};

TEST(StoryboardColumns, LandscapeGrids) {
    EXPECT_EQ(storyboardColumns(0), 1);
    EXPECT_EQ(storyboardColumns(1), 1);
    EXPECT_EQ(storyboardColumns(2), 2);
    EXPECT_EQ(storyboardColumns(4), 2);
    EXPECT_EQ(storyboardColumns(5), 3);
    EXPECT_EQ(storyboardColumns(9), 3);
    EXPECT_EQ(storyboardColumns(12), 4);
}

TEST_F(StoryboardTest, PanelsSitInAGridWithTheirPicturesIntact) {
    const Rgba colours[] = {{200, 30, 30, 255}, {30, 200, 30, 255}, {30, 30, 200, 255}, {200, 200, 30, 255}, {30, 200, 200, 255}};
    std::vector<StoryboardPanel> panels;
    for (int i = 0; i < 5; ++i) {
        panels.push_back({solid(320, 180, colours[i]), std::to_string(10 * i) + "'", "Moment " + std::to_string(i),
                          "A caption long enough to wrap onto a second line in a panel only three hundred pixels wide.",
                          Rgba{0, 170, 90, 255}});
    }
    const Image board = composeStoryboard(*fonts_, {"Juventus 0\u20131 Napoli", "Serie A"}, panels, 3);
    // Three columns of 320 plus margins and gutters; two rows.
    EXPECT_GT(board.width, 3 * 320);
    EXPECT_LT(board.width, 3 * 320 + 120);
    EXPECT_GT(board.height, 2 * 180);
    // Each colour appears as a solid block of the picture's size: find its top-left and check extent.
    for (int i = 0; i < 5; ++i) {
        int found = 0, minX = board.width, minY = board.height, maxX = -1, maxY = -1;
        for (int y = 0; y < board.height; ++y) {
            for (int x = 0; x < board.width; ++x) {
                const std::uint8_t* p = board.pixel(x, y);
                if (p[0] == colours[i].r && p[1] == colours[i].g && p[2] == colours[i].b) {
                    ++found;
                    minX = std::min(minX, x), maxX = std::max(maxX, x);
                    minY = std::min(minY, y), maxY = std::max(maxY, y);
                }
            }
        }
        EXPECT_EQ(found, 320 * 180) << "panel " << i;
        EXPECT_EQ(maxX - minX + 1, 320);
        EXPECT_EQ(maxY - minY + 1, 180);
        if (i == 3) {  // second row, first column: below panel 0
            EXPECT_GT(minY, 180);
        }
    }
    // The text strip above a picture is not empty: some light pixels (the white title) are there.
    int light = 0;
    for (int y = 0; y < board.height; ++y) {
        for (int x = 0; x < board.width / 3; ++x) light += board.pixel(x, y)[0] > 230 && board.pixel(x, y)[2] > 230;
    }
    EXPECT_GT(light, 50);
}

TEST_F(StoryboardTest, EmptyBoardIsStillAnImage) {
    const Image board = composeStoryboard(*fonts_, {"Nothing happened", ""}, {}, 3);
    EXPECT_GT(board.width, 0);
    EXPECT_GT(board.height, 0);
}

ObservedEvent event(EventKind kind, double time, int moment, ActionKind cause = ActionKind::Run) {
    ObservedEvent e;
    e.kind = kind;
    e.time = time;
    e.moment = moment;
    e.cause = cause;
    return e;
}

TEST(KeyInstant, PrefersTheEventThatTellsTheStory) {
    const MomentSpan span{100.0, 110.0};
    const std::vector<ObservedEvent> events = {
        event(EventKind::Kick, 101.0, 0, ActionKind::Pass), event(EventKind::Kick, 103.0, 0, ActionKind::Shot),
        event(EventKind::Goal, 104.0, 0), event(EventKind::Save, 105.0, 1), event(EventKind::Goal, 50.0, -1)};
    KeyInstant goal = keyInstant(events, 0, span);
    ASSERT_NE(goal.event, nullptr);
    EXPECT_EQ(goal.event->kind, EventKind::Goal);
    EXPECT_NEAR(goal.time, 104.5, 1e-9);

    const std::vector<ObservedEvent> offside = {event(EventKind::Offside, 102.0, 0), event(EventKind::Goal, 104.0, 0)};
    EXPECT_EQ(keyInstant(offside, 0, span).event->kind, EventKind::Offside);

    const std::vector<ObservedEvent> shot = {event(EventKind::Kick, 101.0, 0, ActionKind::Pass),
                                             event(EventKind::Kick, 103.0, 0, ActionKind::Shot),
                                             event(EventKind::Wide, 104.0, 0)};
    EXPECT_NEAR(keyInstant(shot, 0, span).time, 103.3, 1e-9);
}

TEST(KeyInstant, QuietMomentsShowTheirMiddleAndLateEventsStayInside) {
    const MomentSpan span{100.0, 110.0};
    const std::vector<ObservedEvent> passes = {event(EventKind::Kick, 101.0, 0, ActionKind::Pass)};
    KeyInstant middle = keyInstant(passes, 0, span);
    EXPECT_EQ(middle.event, nullptr);
    EXPECT_DOUBLE_EQ(middle.time, 105.0);
    const std::vector<ObservedEvent> late = {event(EventKind::Goal, 109.9, 0)};
    EXPECT_DOUBLE_EQ(keyInstant(late, 0, span).time, 110.0);
}

}  // namespace
}  // namespace touchline
