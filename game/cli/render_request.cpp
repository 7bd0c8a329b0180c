#include "cli/render_request.h"

#include <charconv>
#include <cmath>

#include "core/text.h"
#include "script/typed_time.h"
#include "timeline/highlight_reel.h"

namespace touchline::cli {

Options renderOptions() {
    Options options("render [FILE] --out PATH (--moment ID | --from TIME --to TIME | --highlights) [options]",
                    "Exports part of a replay as the viewer draws it: an H.264 video (.mp4, through ffmpeg), an\n"
                    "animated GIF (.gif, palette-optimised) or numbered PNGs (a directory: frames/).\n"
                    "Ctrl-C stops cleanly; an existing output is only replaced once the new one is complete.");
    options.value("out", "PATH", "clip.mp4, clip.gif or frames/ (required)")
        .value("moment", "ID", "a moment of the replay, e.g. koulibaly-winner")
        .value("from", "TIME", "start here: a match time (90:40, 90+0:40.5) or a moment and seconds\n"
                               "into it (koulibaly-winner+1.5, koulibaly-winner-2)")
        .value("to", "TIME", "end here, the same way (91:10, koulibaly-winner+9)")
        .flag("highlights", "the key moments in order, each after a title card")
        .flag("extended", "with --highlights: every moment, the extended ones (other chances) too")
        .value("size", "WxH", "frame size (default 1280x720; 640x360 for a GIF)")
        .value("fps", "N", "frames a second (default 50; 20 for a GIF)")
        .value("speed", "S", "playback speed: 0.5 is slow motion (default 1)")
        .value("camera", "MODE", "follow, pitch or action (default action: zoomed to the play)")
        .positionals(0, 1, "FILE (a replay script or a provider's event data, imported whole when the stretch\n"
                           "lies between its moments; the bundled match when omitted)");
    return options;
}

namespace {

Result<int> parseWhole(const std::string& name, const std::string& text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) {
        return Error{"--" + name + " wants a whole number, not '" + text + "'"};
    }
    return value;
}

Result<double> parseNumber(const std::string& name, const std::string& text) {
    double value = 0.0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
        return Error{"--" + name + " wants a number, not '" + text + "'"};
    }
    return value;
}

Result<double> matchTimeOf(const Script& script, const std::string& option, const std::string& text) {
    auto t = parseTypedTime(text, script);
    if (!t) return Error{"--" + option + " " + text + ": " + t.error().message};
    return *t;
}

}  // namespace

Result<RenderRequest> readRenderRequest(const ParsedArgs& args) {
    RenderRequest request;
    if (!args.positionals().empty()) request.file = args.positionals().front();
    auto out = args.get("out");
    if (!out || out->empty()) return Error{"--out PATH is required (clip.mp4, clip.gif or frames/)"};
    request.out = *out;
    auto format = outputFormatFor(request.out);
    if (!format) return format.error();
    request.format = *format;

    request.moment = args.get("moment");
    request.from = args.get("from");
    request.to = args.get("to");
    request.highlights = args.has("highlights");
    request.extended = args.has("extended");
    if (request.extended && !request.highlights) return Error{"--extended goes with --highlights"};
    if (request.highlights && (request.moment || request.from || request.to)) {
        return Error{"--highlights plays every moment: it does not go with --moment, --from or --to"};
    }
    if (!request.highlights && !request.moment && !(request.from && request.to)) {
        if (request.from || request.to) return Error{"give both --from and --to (or a --moment to narrow)"};
        return Error{"say what to render: --moment ID, --from TIME --to TIME, or --highlights"};
    }

    const bool gif = request.format == OutputFormat::Gif;
    auto size = parseSize(args.getOr("size", gif ? "640x360" : "1280x720"));
    if (!size) return size.error();
    request.width = size->first;
    request.height = size->second;
    if (request.format == OutputFormat::Mp4 && (request.width % 2 || request.height % 2)) {
        return Error{"an MP4 needs an even width and height, not " + args.getOr("size", "")};
    }
    auto fps = parseWhole("fps", args.getOr("fps", gif ? "20" : "50"));
    if (!fps) return fps.error();
    if (*fps < 1 || *fps > ClipPlan::kMaxFps) return Error{"--fps " + std::to_string(*fps) + " is out of range (1..120)"};
    request.fps = *fps;
    auto speed = parseNumber("speed", args.getOr("speed", "1"));
    if (!speed) return speed.error();
    if (*speed < ClipPlan::kMinSpeed || *speed > ClipPlan::kMaxSpeed) {
        return Error{"--speed " + args.getOr("speed", "") + " is out of range (0.05..16)"};
    }
    request.speed = *speed;
    // The action camera for every format. A GIF would be smaller with the still whole-pitch camera
    // (it stores each frame's change from the last: 0.6 MB against 3.5 MB on the Insigne moment), but
    // at a GIF's size the whole pitch turns a corner into a cluster of discs.
    request.camera = CameraMode::Action;
    if (auto camera = args.get("camera"); camera && !parseCameraMode(*camera, request.camera)) {
        return Error{"--camera '" + *camera + "' is not a camera: use follow, pitch or action"};
    }
    return request;
}

Result<int> findMomentIndex(const Script& script, const std::string& id) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < script.moments.size(); ++i) {
        if (script.moments[i].id == id) return static_cast<int>(i);
        ids.push_back(script.moments[i].id);
    }
    std::string message = "unknown moment '" + id + "'";
    if (auto near = nearestName(id, ids)) {
        message += " (did you mean '" + *near + "'?)";
    } else if (ids.empty()) {
        message += ": the replay has no moments";
    } else {
        message += "; the moments are " + joinList(ids, " and ");
    }
    return Error{message};
}

Result<ClipPlan> planClip(const RenderRequest& request, const Script& script, const std::vector<MomentSpan>& spans,
                          double duration) {
    if (request.highlights) {
        return ClipPlan::highlights(spans, request.fps, request.speed, highlightMoments(script, request.extended));
    }
    double from = 0.0, to = 0.0;
    if (request.moment) {
        auto index = findMomentIndex(script, *request.moment);
        if (!index) return index.error();
        if (*index >= static_cast<int>(spans.size())) return Error{"moment '" + *request.moment + "' was not baked"};
        from = spans[static_cast<std::size_t>(*index)].start;
        to = spans[static_cast<std::size_t>(*index)].end;
    }
    if (request.from) {
        auto t = matchTimeOf(script, "from", *request.from);
        if (!t) return t.error();
        from = *t;
    }
    if (request.to) {
        auto t = matchTimeOf(script, "to", *request.to);
        if (!t) return t.error();
        to = *t;
    }
    if (!(to > from)) {
        const std::string a = script.clock.preciseText(from), b = script.clock.preciseText(to);
        return Error{"bad time range: it must end after it starts (from " + a + " to " + b + ")"};
    }
    if (from < 0.0 || to > duration + 1e-9) {
        return Error{"bad time range: the match runs from 0:00 to " + script.clock.preciseText(duration) +
                     " (asked for " + script.clock.preciseText(from) + " to " + script.clock.preciseText(to) + ")"};
    }
    return ClipPlan::range(from, to, request.fps, request.speed);
}

}  // namespace touchline::cli
