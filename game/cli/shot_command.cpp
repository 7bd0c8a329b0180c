// touchline shot: one frame to a PNG, drawn by the same renderer as the viewer, with no display.
#include <cstdio>

#include "cli/commands.h"
#include "cli/options.h"
#include "io/image.h"
#include "render/pitch_layer.h"

namespace touchline::cli {

namespace {

Options shotOptions() {
    Options options("shot --out PNG [--size WxH]",
                    "Renders one frame exactly as the viewer draws it, offscreen, and writes it as a PNG.");
    options.value("out", "PNG", "where to write the image (required)")
        .value("size", "WxH", "image size in pixels (default 1280x720)");
    return options;
}

}  // namespace

int shotMain(std::span<const std::string> args) {
    const Options options = shotOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    auto parsed = options.parse(args);
    if (!parsed) {
        std::fprintf(stderr, "touchline shot: %s\n", parsed.error().message.c_str());
        return kExitUsage;
    }
    auto out = parsed->get("out");
    if (!out || out->empty()) {
        std::fprintf(stderr, "touchline shot: --out PNG is required\n");
        return kExitUsage;
    }
    auto size = parseSize(parsed->getOr("size", "1280x720"));
    if (!size) {
        std::fprintf(stderr, "touchline shot: %s\n", size.error().message.c_str());
        return kExitUsage;
    }
    PitchLayer pitch;
    if (auto written = writePng(*out, pitch.image(Camera{}, size->first, size->second)); !written) {
        std::fprintf(stderr, "touchline shot: %s\n", written.error().message.c_str());
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace touchline::cli
