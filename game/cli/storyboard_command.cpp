// touchline storyboard: every moment at its key instant, on one PNG.
#include <cstdio>

#include "cli/commands.h"
#include "cli/open_replay.h"
#include "cli/options.h"
#include "io/staged_output.h"
#include "render/storyboard_panels.h"

namespace touchline::cli {

namespace {

Options storyboardOptions() {
    Options options("storyboard [FILE] --out PNG [options]",
                    "Draws one image with a panel per moment, each at its key instant (the goal, the save, the\n"
                    "offside pass...), titled with the clock and the caption.");
    options.value("out", "PNG", "where to write the board (required)")
        .value("panel-size", "WxH", "size of each panel's picture (default 640x360)")
        .value("columns", "N", "panels per row (default: a landscape grid)")
        .value("camera", "MODE", "follow, pitch or action (default action)")
        .positionals(0, 1, "FILE (a replay script; the bundled match when omitted)");
    return options;
}

}  // namespace

int storyboardMain(std::span<const std::string> args) {
    const Options options = storyboardOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    const auto fail = [](const std::string& message, int code) {
        std::fprintf(stderr, "touchline storyboard: %s\n", message.c_str());
        return code;
    };
    auto parsed = options.parse(args);
    if (!parsed) return fail(parsed.error().message, kExitUsage);
    auto out = parsed->get("out");
    if (!out || out->empty()) return fail("--out PNG is required", kExitUsage);
    if (out->size() < 4 || out->compare(out->size() - 4, 4, ".png") != 0) {
        return fail("the storyboard is a PNG: name it like board.png, not '" + *out + "'", kExitUsage);
    }
    StoryboardOptions board;
    auto size = parseSize(parsed->getOr("panel-size", "640x360"));
    if (!size) return fail(size.error().message, kExitUsage);
    board.panelWidth = size->first;
    board.panelHeight = size->second;
    if (auto columns = parsed->get("columns")) {
        try {
            std::size_t used = 0;
            board.columns = std::stoi(*columns, &used);
            if (used != columns->size() || board.columns < 1 || board.columns > 12) throw std::out_of_range("columns");
        } catch (const std::exception&) {
            return fail("--columns wants a whole number from 1 to 12, not '" + *columns + "'", kExitUsage);
        }
    }
    if (auto camera = parsed->get("camera"); camera && !parseCameraMode(*camera, board.camera)) {
        return fail("--camera '" + *camera + "' is not a camera: use follow, pitch or action", kExitUsage);
    }
    // The destination is checked before the replay is baked and the panels drawn.
    auto staged = StagedFile::create(*out);
    if (!staged) return fail(staged.error().message, kExitFailure);

    std::optional<std::string> file;
    if (!parsed->positionals().empty()) file = parsed->positionals().front();
    const CommandReplay opened = openForCommand(file);
    if (!opened) return fail(opened.error, opened.exitCode);
    const std::shared_ptr<const Timeline>& replay = opened.timeline;
    if (replay->script().moments.empty()) return fail("the replay has no moments to draw", kExitFailure);
    auto fonts = loadDefaultFonts();
    if (!fonts) return fail(fonts.error().message, kExitFailure);
    MatchRenderer renderer(std::move(*fonts));
    const Image image = renderStoryboard(*replay, renderer, board);
    if (auto written = writePng(staged->path(), image); !written) return fail("cannot write '" + *out + "'", kExitFailure);
    if (auto committed = staged->commit(); !committed) return fail(committed.error().message, kExitFailure);
    std::printf("%s: %zu panels, %dx%d\n", out->c_str(), replay->script().moments.size(), image.width,
                image.height);
    return kExitOk;
}

}  // namespace touchline::cli
