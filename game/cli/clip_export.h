#pragma once
// Exporting a planned clip of a baked replay to a file: the sink for the format, one ClipRenderer per
// render thread, and the export loop. Shared by `touchline render` and `touchline bench`.
#include <string>

#include "io/export_pipeline.h"
#include "io/frame_sink.h"
#include "render/camera_director.h"
#include "render/match_renderer.h"
#include "timeline/clip_plan.h"
#include "timeline/timeline.h"

namespace touchline::cli {

struct ClipExport {
    ClipPlan plan;
    CameraMode camera = CameraMode::Action;
    View view;  // size and overlays; the camera is directed per frame
    std::string out;
    OutputFormat format = OutputFormat::Mp4;
    int renderThreads = 1;
    std::string ffmpeg;  // empty: from PATH
};

// Checks the destination and ffmpeg, then draws and writes every frame. Nothing is left behind on an
// error or a cancel (see ExportObserver::cancelled).
Result<ExportEnd> exportClip(const Timeline& timeline, const ClipExport& clip, ExportObserver& observer);

// Render threads that keep the encoder busy without starving it on this machine's cores.
int defaultRenderThreads(OutputFormat format);

}  // namespace touchline::cli
