#pragma once
// What `touchline render` was asked for, read from its command line, and resolved against a replay
// into the frames to draw. Kept apart from the command so the rules are tested without a replay file.
#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "core/result.h"
#include "io/frame_sink.h"
#include "render/camera_director.h"
#include "script/script.h"
#include "timeline/clip_plan.h"

namespace touchline::cli {

struct RenderRequest {
    std::optional<std::string> file;  // the bundled replay when empty
    std::string out;
    OutputFormat format = OutputFormat::Mp4;
    std::optional<std::string> moment;
    std::optional<std::string> from, to;
    bool highlights = false;
    bool extended = false;           // the highlights include the extended moments too
    int width = 1280, height = 720;  // a GIF defaults to 640x360: small enough to share
    int fps = 50;                    // a GIF defaults to 20 (GIF delays are whole hundredths)
    double speed = 1.0;
    CameraMode camera = CameraMode::Action;
};

Options renderOptions();
// Everything that can be checked without the replay. Errors are usage errors (one line).
Result<RenderRequest> readRenderRequest(const ParsedArgs& args);

// The clip: a moment (its whole span, or narrowed by --from/--to), a clock range, or the highlights.
// `spans` and `duration` come from the baked timeline. Errors name the moment or time at fault.
Result<ClipPlan> planClip(const RenderRequest& request, const Script& script, const std::vector<MomentSpan>& spans,
                          double duration);

// Index of the moment with this id; an error with the nearest id as a hint when there is none.
Result<int> findMomentIndex(const Script& script, const std::string& id);

}  // namespace touchline::cli
