// The editor's panel while edits land (issue 11): drag the header's marker on its lane across the
// other actions' markers and back, retime it in the inspector so it moves again in the list, then set
// its style in the inspector; save and read the file. Every edit must be the header's, and the panel
// must never read the script an edit has just replaced (the asan preset runs this too).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "edit/atomic_save.h"
#include "script/loader.h"
#include "window/edit_window_fixture.h"
#include "window/x11_window.h"

namespace touchline {
namespace {

constexpr std::string_view kWinner = "koulibaly-winner";

// What each of a moment's actions is: kind, actor, time, style; sorted, to compare as a set.
using Fingerprint = std::tuple<int, int, int, double, int>;
std::vector<Fingerprint> fingerprints(const Moment& m, const Action* except = nullptr) {
    std::vector<Fingerprint> out;
    for (const Action& a : m.actions) {
        if (except && a.kind == except->kind && a.actor == except->actor) continue;
        out.emplace_back(static_cast<int>(a.kind), a.actor.team, a.actor.index, a.at, static_cast<int>(a.style));
    }
    std::sort(out.begin(), out.end());
    return out;
}

const Action* headerOf(const Moment& m) {
    for (const Action& a : m.actions) {
        if (a.kind == ActionKind::Header) return &a;
    }
    return nullptr;
}

int indexOfHeader(const Moment& m) {
    for (std::size_t i = 0; i < m.actions.size(); ++i) {
        if (m.actions[i].kind == ActionKind::Header) return static_cast<int>(i);
    }
    return -1;
}

class EditLaneWindowTest : public testing::EditWindow {
protected:
    const Moment& winner() const {
        const Moment* m = app_->editor()->session()->script().findMoment(kWinner);
        EXPECT_NE(m, nullptr);
        return *m;
    }
};

TEST_F(EditLaneWindowTest, DraggingAMarkerAcrossOthersThenEditingTheKickInTheInspectorEditsOnlyTheKick) {
    editTheWinner();
    const Moment before = winner();
    const Action header = *headerOf(before);
    const int row = indexOfHeader(before);
    ASSERT_GE(row, 0);

    // The header's row in the actions list: rows are a line of text high, a row's spacing apart.
    auto list = testing::WidgetProbe::window("##actions");
    auto content = testing::WidgetProbe::contentStart("##actions");
    ASSERT_TRUE(list && content) << "the edit panel's action list is not on screen";
    const double rowHeight = testing::WidgetProbe::lineHeight() + testing::WidgetProbe::rowSpacing();
    const double y = content->y + row * rowHeight + testing::WidgetProbe::lineHeight() * 0.5;
    ASSERT_LT(y, list->max.y) << "the header's row is scrolled out of sight";
    // The lane is right of the action's name and runs to the list's right edge.
    const double laneLeft = content->x + 130.0, laneRight = list->max.x - 30.0;
    const auto laneAt = [&](double fraction) { return Vec2{laneLeft + (laneRight - laneLeft) * fraction, y}; };

    // Press on the lane, run right past every later marker to the end, back left past them all, and
    // let go two thirds along: the header ends after the runs at 5.8 s.
    mouse(SDL_MOUSEMOTION, laneAt(0.35));
    mouse(SDL_MOUSEBUTTONDOWN, laneAt(0.35));
    for (double f = 0.35; f <= 1.0; f += 0.05) mouse(SDL_MOUSEMOTION, laneAt(f));
    for (double f = 1.0; f >= 0.1; f -= 0.05) mouse(SDL_MOUSEMOTION, laneAt(f));
    for (double f = 0.1; f <= 0.7; f += 0.05) mouse(SDL_MOUSEMOTION, laneAt(f));
    mouse(SDL_MOUSEBUTTONUP, laneAt(0.7));
    frames(2);
    const Action* dragged = headerOf(winner());
    ASSERT_NE(dragged, nullptr);
    EXPECT_GT(dragged->at, 6.0) << "the drag should have taken the header past the runs at 5.8 s";
    EXPECT_EQ(indexOfHeader(winner()), static_cast<int>(winner().actions.size()) - 1);
    EXPECT_EQ(fingerprints(winner(), &header), fingerprints(before, &header)) << "the drag changed another action";
    EXPECT_EQ(app_->editor()->session()->historySize(), 2u) << "a drag is one undo step";

    // The inspector shows the header: type a new time, which takes it back before the runs at 2.4 s.
    // (The list may have moved down: errors of the dragged text show above it.)
    list = testing::WidgetProbe::window("##actions");
    ASSERT_TRUE(list);
    const double listBottom = list->max.y;
    const auto at = findInSidebar("at (s)", listBottom);
    ASSERT_TRUE(at);
    click(*at);
    type("2.0");
    panelKey(SDLK_RETURN);
    frames(1);
    ASSERT_NE(headerOf(winner()), nullptr);
    EXPECT_DOUBLE_EQ(headerOf(winner())->at, 2.0);
    EXPECT_LT(indexOfHeader(winner()), row);

    // Its style, in the same inspector: still the header's.
    const KickStyle style = header.style == KickStyle::Lofted ? KickStyle::Driven : KickStyle::Lofted;
    const auto styleBox = findInSidebar("style", listBottom);
    ASSERT_TRUE(styleBox) << "the inspector should still show the header (a kick)";
    click(*styleBox);
    auto popup = testing::WidgetProbe::window("##Combo_");
    ASSERT_TRUE(popup) << "the style list did not open";
    const auto option = probe().find(styleKeyword(style), popup->column(20.0));
    ASSERT_TRUE(option);
    click(*option);
    frames(1);

    key(SDLK_s, KMOD_CTRL);
    if (const char* keep = std::getenv("TOUCHLINE_LANE_SHOT")) {
        frames(2);
        const auto id = testing::x11WindowId(app_->window());
        ASSERT_TRUE(id.has_value());
        ASSERT_EQ(std::system(("import -window " + *id + " " + keep).c_str()), 0);
    }
    LoadResult loaded = parseScript(saved(), path_);
    ASSERT_FALSE(loaded.script.moments.empty()) << loaded.diagnostics.text();
    const Moment* written = loaded.script.findMoment(kWinner);
    ASSERT_NE(written, nullptr);
    const Action* kick = headerOf(*written);
    ASSERT_NE(kick, nullptr);
    EXPECT_DOUBLE_EQ(kick->at, 2.0);
    EXPECT_EQ(kick->style, style);
    EXPECT_EQ(kick->target.place.y, header.target.place.y);
    // Nothing else in the moment changed: not a time, not a style.
    EXPECT_EQ(fingerprints(*written, kick), fingerprints(before, &header));
    EXPECT_EQ(written->actions.size(), before.actions.size());
}

}  // namespace
}  // namespace touchline
