// The real viewer window under Xvfb, driven by synthetic SDL events: what a user does, end to end.
// CTest runs this binary through xvfb-run; without a display it skips and says why.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include <SDL.h>
#include <unistd.h>

#include "app/replay_files.h"
#include "io/image.h"
#include "viewer/viewer_app.h"
#include "window/test_viewer.h"
#include "window/synthetic_input.h"
#include "window/x11_window.h"

namespace touchline {
namespace {

class ViewerWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run (ctest does)";
        // The real window or nothing: SDL must not fall back to its offscreen driver here.
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
        ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS), 0) << SDL_GetError();
        OpenedReplay opened = openReplay(bundledReplayPath());
        ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
        auto app = testing::createTestViewer(opened.timeline, bundledReplayPath());
        ASSERT_TRUE(app.ok()) << app.error().message;
        app_ = std::move(*app);
        frames(3);
    }
    void TearDown() override {
        app_.reset();
        SDL_Quit();
    }

    void frames(int n, double wallSeconds = 1.0 / 60.0) {
        for (int i = 0; i < n; ++i) ASSERT_TRUE(app_->frame(wallSeconds));
    }
    void key(SDL_Keycode code) {
        testing::pushKey(app_->window(), code);
        frames(2);
    }
    void mouse(Uint32 type, float x, float y) { testing::pushMouse(app_->window(), type, x, y); }
    double matchTimeOf(const char* clock) {
        const Script& script = app_->state().script();
        return *script.clock.toMatchTime(*parseClock(clock));
    }

    std::unique_ptr<ViewerApp> app_;
};

TEST_F(ViewerWindowTest, SpacePlaysAndPauses) {
    EXPECT_FALSE(app_->state().playback.playing());
    const double before = app_->state().playback.time();
    key(SDLK_SPACE);
    EXPECT_TRUE(app_->state().playback.playing());
    frames(30);
    EXPECT_GT(app_->state().playback.time(), before);
    key(SDLK_SPACE);
    EXPECT_FALSE(app_->state().playback.playing());
}

TEST_F(ViewerWindowTest, DraggingTheTimelineTo91MinutesThenPageUp) {
    const panels::Area strip = app_->matchStrip();
    // Held: the viewer swaps in a new timeline each time a passage bakes in the background, and this
    // one's spans and duration are all the test reads.
    const std::shared_ptr<const Timeline> held = app_->state().timeline;
    const Timeline& timeline = *held;
    const double target = matchTimeOf("90+1");
    // Press somewhere early on the strip, then drag to where 91' is.
    const float y = (strip.min.y + strip.max.y) / 2;
    const float x91 = strip.min.x + static_cast<float>(target / timeline.duration()) * strip.width();
    mouse(SDL_MOUSEMOTION, strip.min.x + 40, y);
    mouse(SDL_MOUSEBUTTONDOWN, strip.min.x + 40, y);
    frames(2);
    for (int step = 1; step <= 10; ++step) {
        mouse(SDL_MOUSEMOTION, strip.min.x + 40 + (x91 - strip.min.x - 40) * step / 10.0f, y);
        frames(1);
    }
    mouse(SDL_MOUSEBUTTONUP, x91, y);
    frames(2);
    // One pixel of the strip is several seconds of match: land within two of them.
    const double secondsPerPixel = timeline.duration() / strip.width();
    EXPECT_NEAR(app_->state().playback.time(), panels::matchTimeAtX(timeline, strip, x91), 2.0 * secondsPerPixel);
    EXPECT_EQ(app_->state().script().clock.minuteText(app_->state().playback.time()), "90+1'");
    const int winner = app_->state().playback.currentMoment();
    ASSERT_GE(winner, 0) << "91' should be inside the Koulibaly moment";
    EXPECT_EQ(app_->state().script().moments[static_cast<std::size_t>(winner)].id, "koulibaly-winner");

    // Like a music player: PageUp goes back to the moment's start first, then to the moment before.
    const MomentSpan span = timeline.moments()[static_cast<std::size_t>(winner)];
    if (app_->state().playback.time() > span.start + 1.0) {
        key(SDLK_PAGEUP);
        EXPECT_DOUBLE_EQ(app_->state().playback.time(), span.start);
        EXPECT_EQ(app_->state().playback.currentMoment(), winner);
    }
    key(SDLK_PAGEUP);
    EXPECT_EQ(app_->state().playback.currentMoment(), winner - 1);

    // The screen, as X shows it: the pitch is drawn in grass green, the panels in their dark theme. The X
    // server draws asynchronously, so a busy machine may need another frame or two before the picture
    // is on the root window: a bounded number of frames, no clock.
    const std::filesystem::path shot =
        std::filesystem::temp_directory_path() / ("touchline_window_test_" + std::to_string(::getpid()) + ".png");
    // The window itself, by its X id, wherever it is on the screen.
    const auto found = testing::x11WindowId(app_->window());
    ASSERT_TRUE(found.has_value()) << "not an X11 window (video driver " << SDL_GetCurrentVideoDriver() << "): " << SDL_GetError();
    const std::string windowId = *found;
    const int windowX = 0, windowY = 0;
    const auto layout = app_->layout();
    const auto grassAt = [&](const Image& image) {
        return image.pixel(windowX + layout.pitch.w / 2 - 100, windowY + layout.pitch.h / 2 + 60);
    };
    std::optional<Image> image;
    for (int attempt = 0; attempt < 20; ++attempt) {
        frames(2);
        ASSERT_EQ(std::system(("import -window " + windowId + " " + shot.string()).c_str()), 0) << "ImageMagick's import failed";
        auto read = readPng(shot.string());
        ASSERT_TRUE(read.ok()) << read.error().message;
        image = std::move(*read);
        if (grassAt(*image)[1] > grassAt(*image)[0] + 30) break;
    }
    const std::uint8_t* grass = grassAt(*image);
    if (grass[1] > grass[0] + 30) std::filesystem::remove(shot);  // kept for a look when it fails
    EXPECT_GT(grass[1], grass[0] + 30) << "pitch centre should be green (window at " << windowX << "," << windowY
                                        << ", flags " << std::hex << SDL_GetWindowFlags(app_->window()) << ")";
    const std::uint8_t* panel = image->pixel(windowX + static_cast<int>(layout.sidebar.min.x) + 5,
                                             windowY + static_cast<int>(layout.sidebar.max.y) - 5);
    EXPECT_LT(panel[0] + panel[1] + panel[2], 150) << "the sidebar should be dark";
}

TEST_F(ViewerWindowTest, TypingAClockThatDoesNotExistShowsAMessage) {
    const double before = app_->state().playback.time();
    auto jumped = app_->state().playback.jumpTo("90+30", app_->state().script());
    EXPECT_FALSE(jumped.ok());
    EXPECT_DOUBLE_EQ(app_->state().playback.time(), before);
}

}  // namespace
}  // namespace touchline
