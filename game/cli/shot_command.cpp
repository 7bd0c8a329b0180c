// touchline shot: one frame to a PNG, drawn by the same renderer as the viewer, with no display.
#include <cstdio>

#include "cli/commands.h"
#include "cli/open_replay.h"
#include "cli/options.h"
#include "io/staged_output.h"
#include "io/image.h"
#include "render/camera_director.h"
#include "render/match_renderer.h"
#include "script/typed_time.h"

namespace touchline::cli {

namespace {

Options shotOptions() {
    Options options("shot [FILE] --out PNG [--at TIME] [--size WxH] [--camera pitch|follow|action]",
                    "Renders one frame of a replay exactly as the viewer draws it, offscreen, to a PNG.\n"
                    "Without FILE, the bundled Juventus 0-1 Napoli; without --at, the first moment's start.");
    options.positionals(0, 1, "FILE (a replay script or a provider's event data, imported whole when --at lies\n"
                              "between its moments)")
        .value("out", "PNG", "where to write the image (required)")
        .value("at", "TIME", "what to show: a match time (91, 90+1, 44:30, 10:22.9) or a moment and seconds\n"
                             "into it (koulibaly-winner+2.9, koulibaly-winner-1.5)")
        .value("size", "WxH", "image size in pixels (default 1280x720)")
        .value("camera", "MODE", "pitch (default), follow (the ball) or action (zoomed to the play)")
        .flag("no-hud", "leave out the scoreboard, caption and toasts");
    return options;
}

int fail(const std::string& message, int code) {
    std::fprintf(stderr, "touchline shot: %s\n", message.c_str());
    return code;
}

}  // namespace

int shotMain(std::span<const std::string> args) {
    const Options options = shotOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    auto parsed = options.parse(args);
    if (!parsed) return fail(parsed.error().message, kExitUsage);
    const auto out = parsed->get("out");
    if (!out || out->empty()) return fail("--out PNG is required", kExitUsage);
    auto size = parseSize(parsed->getOr("size", "1280x720"));
    if (!size) return fail(size.error().message, kExitUsage);
    CameraMode mode = CameraMode::Pitch;
    if (auto camera = parsed->get("camera"); camera && !parseCameraMode(*camera, mode)) {
        return fail("unknown camera '" + *camera + "' (pitch, follow or action)", kExitUsage);
    }

    std::optional<std::string> file;
    if (!parsed->positionals().empty()) file = parsed->positionals().front();
    const auto at = parsed->get("at");
    // A time between the moments of a provider's event data needs the whole match imported.
    const auto betweenMoments = [&](const Timeline& moments) {
        if (!at) return false;
        auto t = parseTypedTime(*at, moments.script());
        return t && outsideMoments(moments.moments(), {*t});
    };
    const CommandReplay opened = openForCommand(file, betweenMoments);
    if (!opened) return fail(opened.error, opened.exitCode);
    const Timeline& timeline = *opened.timeline;

    double t = timeline.moments().empty() ? 0.0 : timeline.moments().front().start;
    if (at) {
        auto matchTime = parseTypedTime(*at, timeline.script());
        if (!matchTime) return fail("--at " + *at + ": " + matchTime.error().message, kExitUsage);
        t = *matchTime;
    }

    auto fonts = loadDefaultFonts();
    if (!fonts) return fail(fonts.error().message, kExitFailure);
    MatchRenderer renderer(std::move(*fonts));
    View view;
    view.width = size->first;
    view.height = size->second;
    view.hud = !parsed->has("no-hud");
    view.camera = directCamera(mode, timeline, t, view.width, view.height);
    Image image;
    renderer.render(timeline.script(), timeline.sample(t), view, image);
    // Written beside the destination and renamed into place: an existing PNG is never left half-written.
    auto staged = StagedFile::create(*out);
    if (!staged) return fail(staged.error().message, kExitFailure);
    if (auto written = writePng(staged->path(), image); !written) return fail(written.error().message, kExitFailure);
    if (auto committed = staged->commit(); !committed) return fail(committed.error().message, kExitFailure);
    return kExitOk;
}

}  // namespace touchline::cli
