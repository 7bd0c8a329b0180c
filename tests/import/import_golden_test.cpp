// Two imported goals, drawn as `touchline shot` draws them, against golden images: Koulibaly's header
// from the Wyscout data of Juventus-Napoli, Messi's goal from StatsBomb's Barcelona-Girona. Each instant
// is found from what the simulation observed (the goal event, half a second on). Needs ../shared/data.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "app/replay_files.h"
#include "render/camera_director.h"
#include "render/match_renderer.h"
#include "support/image_compare.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

fs::path dataFile(const std::string& relative) {
    const fs::path dir = std::getenv("TOUCHLINE_DATA_DIR") ? fs::path(std::getenv("TOUCHLINE_DATA_DIR"))
                                                           : fs::path(TOUCHLINE_SOURCE_DIR) / ".." / "shared" / "data";
    return dir / relative;
}

// The frame half a second after `scorer`'s goal, in the action camera at 960x540.
void goalFrame(const std::string& relative, const std::string& scorer, const std::string& golden) {
    const fs::path file = dataFile(relative);
    if (!fs::exists(file)) GTEST_SKIP() << "no " << file.string() << "; the imported goals need ../shared/data";
    const OpenedReplay opened = openReplay(file.string());
    ASSERT_TRUE(opened.timeline) << opened.diagnostics.text();
    const Timeline& tl = *opened.timeline;
    const ObservedEvent* goal = nullptr;
    for (const ObservedEvent& e : tl.events()) {
        if (e.kind == EventKind::Goal && !e.disallowed && e.player.valid() && tl.script().player(e.player).name == scorer) {
            goal = &e;
            break;
        }
    }
    ASSERT_NE(goal, nullptr) << "no goal by " << scorer;
    auto fonts = loadDefaultFonts();
    ASSERT_TRUE(fonts.ok());
    MatchRenderer renderer(std::move(*fonts));
    View view;
    view.width = 960;
    view.height = 540;
    const double t = goal->time + 0.5;
    view.camera = directCamera(CameraMode::Action, tl, t, view.width, view.height);
    Image image;
    renderer.render(tl.script(), tl.sample(t), view, image);
    EXPECT_TRUE(testing::matchesGolden(golden, image, 40));
}

TEST(ImportedGoals, KoulibalysHeaderFromWyscout) {
    goalFrame("wyscout/2576295-juventus-napoli-2018-04-22.json", "Koulibaly", "import_koulibaly_header_960x540");
}

TEST(ImportedGoals, MessisGoalFromStatsBomb) {
    goalFrame("statsbomb/15986-barcelona-girona-events.json", "Messi", "import_messi_goal_960x540");
}

}  // namespace
}  // namespace touchline
