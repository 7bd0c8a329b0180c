// The bundled replay's key instants, drawn as `touchline shot` draws them (sample, camera director,
// frame renderer), against golden images: Koulibaly's header, the Insigne offside line, Buffon's save.
// Each instant is found from what the simulation observed, not from a hard-coded time. The renderer is
// deterministic CPU code (the dev, release and sanitizer builds draw identical bytes), so only a handful
// of pixels may differ: a changed shirt number alone changes twenty.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>

#include "app/replay_files.h"
#include "core/pitch.h"
#include "render/camera_director.h"
#include "render/match_renderer.h"
#include "render/projection.h"
#include "support/image_compare.h"

namespace touchline {
namespace {

class KeyMomentsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        OpenedReplay opened = openReplay(bundledReplayPath());
        ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
        timeline_ = opened.timeline;
    }
    static void TearDownTestSuite() { timeline_.reset(); }

    // The first observed event of `momentId` that `matches`.
    const ObservedEvent* find(const std::string& momentId, const std::function<bool(const ObservedEvent&)>& matches) {
        const Script& script = timeline_->script();
        const Moment* moment = script.findMoment(momentId);
        if (!moment) return nullptr;
        const int index = static_cast<int>(moment - script.moments.data());
        for (const ObservedEvent& e : timeline_->events()) {
            if (e.moment == index && matches(e)) return &e;
        }
        return nullptr;
    }
    // A 960x540 view with the camera `touchline shot` would have at t.
    static View viewAt(double t, CameraMode mode) {
        View view;
        view.width = 960;
        view.height = 540;
        view.camera = directCamera(mode, *timeline_, t, view.width, view.height);
        return view;
    }
    static Image draw(const Frame& frame, const View& view) {
        auto fonts = loadDefaultFonts();
        EXPECT_TRUE(fonts.ok());
        MatchRenderer renderer(std::move(*fonts));
        Image image;
        renderer.render(timeline_->script(), frame, view, image);
        return image;
    }
    Image shot(double t, CameraMode mode) { return draw(timeline_->sample(t), viewAt(t, mode)); }

    static std::shared_ptr<const Timeline> timeline_;
};

std::shared_ptr<const Timeline> KeyMomentsTest::timeline_;

TEST_F(KeyMomentsTest, KoulibalysHeader) {
    const ObservedEvent* header = find("koulibaly-winner", [&](const ObservedEvent& e) {
        return e.kind == EventKind::Header && timeline_->script().player(e.player).name == "Koulibaly";
    });
    ASSERT_NE(header, nullptr) << "the simulation saw no header by Koulibaly";
    EXPECT_TRUE(testing::matchesGolden("koulibaly_header_960x540", shot(header->time + 0.1, CameraMode::Action), 8));
}

TEST_F(KeyMomentsTest, InsigneOffsideLine) {
    const ObservedEvent* offside = find("insigne-offside", [](const ObservedEvent& e) { return e.kind == EventKind::Offside; });
    ASSERT_NE(offside, nullptr) << "the simulation computed no offside";
    // A second after the pass: the line is frozen where it was at the pass, the attacker is past it.
    const double t = offside->time + 1.0;
    const Frame frame = timeline_->sample(t);
    ASSERT_TRUE(frame.offsideLine.has_value()) << "the frame should carry the frozen offside line";
    EXPECT_DOUBLE_EQ(frame.offsideLine->x, offside->offsideLineX);
    EXPECT_TRUE(testing::matchesGolden("insigne_offside_960x540", shot(t, CameraMode::Pitch), 8));
}

// The line's label sits just inside the far touchline, centred on the line; a player standing there
// under it (a full back on his touchline) would be hidden by it, so it slides to a side of the line
// (Real Madrid-Girona 83:39 had "OFFSIDE 2.3 m" over Girona's right back).
TEST_F(KeyMomentsTest, TheOffsideLabelNeverHidesAPlayerUnderIt) {
    const ObservedEvent* offside = find("insigne-offside", [](const ObservedEvent& e) { return e.kind == EventKind::Offside; });
    ASSERT_NE(offside, nullptr) << "the simulation computed no offside";
    Frame frame = timeline_->sample(offside->time + 1.0);
    ASSERT_TRUE(frame.offsideLine.has_value());
    const View view = viewAt(frame.time, CameraMode::Pitch);
    const Projection projection(view.camera, view.width, view.height);
    const double lineX = projection.toScreen({frame.offsideLine->x, pitch::kWidth}).x;
    // The label's yellow in the top sixth of the picture, left of the line, on it and right of it.
    const auto labelPixels = [&](const Frame& f) {
        const Image image = draw(f, view);
        std::array<int, 3> where{0, 0, 0};
        for (int y = 0; y < image.height / 6; ++y) {
            for (int x = 0; x < image.width; ++x) {
                const std::uint8_t* px = image.pixel(x, y);
                if (px[0] < 230 || std::abs(px[1] - 196) > 20 || px[2] > 40) continue;
                ++where[x < lineX - 8.0 ? 0 : (x > lineX + 8.0 ? 2 : 1)];
            }
        }
        return where;
    };
    // Nobody near the top of the line (Buffon, in the label's yellow, stands there at this instant).
    for (PlayerFrame& p : frame.players) {
        if (distance(p.position, {frame.offsideLine->x, pitch::kWidth}) < 12.0) p.position.y -= 12.0;
    }
    const std::array<int, 3> clear = labelPixels(frame);
    EXPECT_GT(std::min(clear[0], clear[2]), 120) << "with nobody under it, the label is centred on the line";
    // An outfield player (the keeper's kit is the label's yellow) right under its middle.
    const auto outfield = std::find_if(frame.players.begin(), frame.players.end(), [&](const PlayerFrame& p) {
        return !timeline_->script().player(p.id).isGoalkeeper();
    });
    ASSERT_NE(outfield, frame.players.end());
    outfield->position = {frame.offsideLine->x, pitch::kWidth - 1.0};
    const std::array<int, 3> covered = labelPixels(frame);
    EXPECT_GT(std::max(covered[0], covered[2]), 2 * (clear[0] + clear[2]) / 3) << "with a player under it, the label is beside the line";
    EXPECT_LT(std::min(covered[0], covered[2]), 60);
}

TEST_F(KeyMomentsTest, BuffonsSave) {
    const ObservedEvent* save = find("callejon-volley-saved", [](const ObservedEvent& e) { return e.kind == EventKind::Save; });
    ASSERT_NE(save, nullptr) << "the simulation saw no save";
    EXPECT_TRUE(testing::matchesGolden("buffon_save_960x540", shot(save->time + 0.05, CameraMode::Action), 8));
}

// The renderer restores only what its last frame drew; a frame drawn that way must be the very frame a
// fresh renderer draws from scratch, whatever came before it (forwards, backwards, jumps), and a copy
// handed to a caller must not be what the next frame starts from.
TEST_F(KeyMomentsTest, IncrementalFramesEqualFramesDrawnFromScratch) {
    const MomentSpan span = timeline_->moments()[static_cast<std::size_t>(
        timeline_->script().findMoment("koulibaly-winner") - timeline_->script().moments.data())];
    auto fonts = loadDefaultFonts();
    ASSERT_TRUE(fonts.ok());
    MatchRenderer reused(std::move(*fonts));
    View view;
    view.width = 640;
    view.height = 360;
    const double offsets[] = {0.0, 0.5, 1.0, 5.0, 4.9, 9.0, 2.0, 11.0, 11.02, 0.1};
    Image handedOut;
    for (double offset : offsets) {
        const double t = span.start + offset;
        const Frame frame = timeline_->sample(t);
        const Image& drawn = reused.draw(timeline_->script(), frame, view);
        auto freshFonts = loadDefaultFonts();
        ASSERT_TRUE(freshFonts.ok());
        MatchRenderer fresh(std::move(*freshFonts));
        Image expected;
        fresh.render(timeline_->script(), frame, view, expected);
        ASSERT_EQ(drawn.rgba, expected.rgba) << "frame at +" << offset << " s differs from one drawn from scratch";
        // A caller scribbling on its copy changes nothing for the next frame.
        reused.render(timeline_->script(), frame, view, handedOut);
        std::fill(handedOut.rgba.begin(), handedOut.rgba.end(), std::uint8_t{0});
    }
}

}  // namespace
}  // namespace touchline
