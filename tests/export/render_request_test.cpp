// `touchline render`'s command line: what it accepts, what it refuses, and the clip it plans.
#include <gtest/gtest.h>

#include "cli/render_request.h"
#include "support/sample_match.h"

namespace touchline::cli {
namespace {

Result<RenderRequest> read(std::vector<std::string> args) {
    auto parsed = renderOptions().parse(args);
    if (!parsed) return parsed.error();
    return readRenderRequest(*parsed);
}

std::string errorOf(std::vector<std::string> args) {
    auto request = read(std::move(args));
    return request ? "" : request.error().message;
}

TEST(RenderRequest, DefaultsFollowTheFormat) {
    auto mp4 = read({"--moment", "m", "--out", "winner.mp4"});
    ASSERT_TRUE(mp4.ok()) << mp4.error().message;
    EXPECT_EQ(mp4->format, OutputFormat::Mp4);
    EXPECT_EQ(mp4->width, 1280);
    EXPECT_EQ(mp4->height, 720);
    EXPECT_EQ(mp4->fps, 50);
    EXPECT_EQ(mp4->speed, 1.0);
    EXPECT_FALSE(mp4->file);
    auto gif = read({"replay.yaml", "--moment", "m", "--out", "winner.gif"});
    ASSERT_TRUE(gif.ok());
    EXPECT_EQ(gif->width, 640);
    EXPECT_EQ(gif->fps, 20);
    EXPECT_EQ(gif->camera, CameraMode::Action);  // at a GIF's size the whole pitch is a cluster of discs
    EXPECT_EQ(mp4->camera, CameraMode::Action);
    EXPECT_EQ(gif->file, std::optional<std::string>("replay.yaml"));
    auto frames = read({"--highlights", "--out", "frames/", "--size", "1920x1080", "--fps", "25", "--speed", "0.5",
                        "--camera", "follow"});
    ASSERT_TRUE(frames.ok()) << frames.error().message;
    EXPECT_EQ(frames->format, OutputFormat::PngSequence);
    EXPECT_EQ(frames->width, 1920);
    EXPECT_EQ(frames->fps, 25);
    EXPECT_EQ(frames->speed, 0.5);
    EXPECT_EQ(frames->camera, CameraMode::Follow);
}

TEST(RenderRequest, MistakesAreOneLine) {
    EXPECT_NE(errorOf({"--moment", "m"}).find("--out PATH is required"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4"}).find("say what to render"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--from", "90:00"}).find("both --from and --to"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--highlights", "--moment", "m"}).find("does not go with"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.avi", "--moment", "m"}).find("cannot tell how to write"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--moment", "m", "--fps", "fast"}).find("whole number"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--moment", "m", "--fps", "0"}).find("out of range"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--moment", "m", "--speed", "0"}).find("out of range"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--moment", "m", "--speed", "slow"}).find("wants a number"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--moment", "m", "--camera", "drone"}).find("not a camera"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--moment", "m", "--size", "641x360"}).find("even"), std::string::npos);
    EXPECT_NE(errorOf({"--out", "x.mp4", "--moment", "m", "--sped", "2"}).find("did you mean '--speed'"), std::string::npos);
    for (const auto& message : {errorOf({"--out", "x.mp4"}), errorOf({"--out", "x.avi", "--moment", "m"})}) {
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
}

class PlanClipTest : public ::testing::Test {
protected:
    Script script_ = touchline::testing::sampleScript();
    std::vector<MomentSpan> spans_{{script_.moments[0].matchTime, script_.moments[0].matchTime + 12.0}};
    double duration_ = script_.clock.totalLength();

    Result<ClipPlan> plan(std::vector<std::string> args) {
        auto request = read(std::move(args));
        if (!request) return request.error();
        return planClip(*request, script_, spans_, duration_);
    }
};

TEST_F(PlanClipTest, AMomentIsItsSpan) {
    auto clip = plan({"--moment", "koulibaly-winner", "--out", "w.mp4"});
    ASSERT_TRUE(clip.ok()) << clip.error().message;
    EXPECT_EQ(clip->frameCount(), 600);
    EXPECT_DOUBLE_EQ(clip->frame(0).matchTime, spans_[0].start);
}

TEST_F(PlanClipTest, ClockRangesAndNarrowedMoments) {
    auto range = plan({"--from", "90:40", "--to", "91:10", "--out", "w.mp4", "--fps", "10"});
    ASSERT_TRUE(range.ok()) << range.error().message;
    EXPECT_EQ(range->frameCount(), 300);
    EXPECT_DOUBLE_EQ(range->frame(0).matchTime, *script_.clock.toMatchTime({Period::SecondHalf, 5440.0}));
    auto narrowed = plan({"--moment", "koulibaly-winner", "--to", "90:05", "--out", "w.mp4", "--speed", "0.5"});
    ASSERT_TRUE(narrowed.ok()) << narrowed.error().message;
    EXPECT_EQ(narrowed->frameCount(), 500);  // five seconds at half speed, 50 fps
}

TEST_F(PlanClipTest, UnknownMomentSuggestsTheNearest) {
    auto clip = plan({"--moment", "koulibaly-winer", "--out", "w.mp4"});
    ASSERT_FALSE(clip.ok());
    EXPECT_EQ(clip.error().message, "unknown moment 'koulibaly-winer' (did you mean 'koulibaly-winner'?)");
    auto far = plan({"--moment", "zzz", "--out", "w.mp4"});
    ASSERT_FALSE(far.ok());
    EXPECT_EQ(far.error().message, "unknown moment 'zzz'; the moments are koulibaly-winner");
}

TEST_F(PlanClipTest, BadTimeRanges) {
    auto backwards = plan({"--from", "91:10", "--to", "90:40", "--out", "w.mp4"});
    ASSERT_FALSE(backwards.ok());
    EXPECT_NE(backwards.error().message.find("bad time range"), std::string::npos);
    auto garbage = plan({"--from", "ninety", "--to", "91:10", "--out", "w.mp4"});
    ASSERT_FALSE(garbage.ok());
    EXPECT_NE(garbage.error().message.find("--from ninety"), std::string::npos);
    auto pastTheWhistle = plan({"--from", "90:00", "--to", "90+9", "--out", "w.mp4"});
    ASSERT_FALSE(pastTheWhistle.ok());
    EXPECT_NE(pastTheWhistle.error().message.find("--to 90+9"), std::string::npos) << pastTheWhistle.error().message;
    auto beyondTheBake = planClip(*read({"--from", "10:00", "--to", "11:00", "--out", "w.mp4"}), script_, spans_, 300.0);
    ASSERT_FALSE(beyondTheBake.ok());
    EXPECT_NE(beyondTheBake.error().message.find("the match runs from"), std::string::npos);
}

TEST_F(PlanClipTest, Highlights) {
    auto clip = plan({"--highlights", "--out", "h.gif"});
    ASSERT_TRUE(clip.ok());
    EXPECT_EQ(clip->fps(), 20);
    EXPECT_EQ(clip->frame(0).titleCard, 0);
}

}  // namespace
}  // namespace touchline::cli
