#pragma once
// The export figures of `touchline bench`: the end-to-end seconds to export a moment at 1280x720,
// 50 fps, to MP4 (render + x264 through ffmpeg, concurrently), and the frames a second of the render
// stage alone (sample, camera, draw; no encoding), which must stay well above the export's rate.
#include <string>

#include "core/result.h"
#include "timeline/timeline.h"

namespace touchline::cli {

struct ExportFigures {
    int frames = 0;
    double mp4Seconds = 0.0;   // export_mp4_s
    double renderFps = 0.0;    // export_render_fps
};

// Exports moment `momentId` (the Koulibaly winner in the bundled replay) into a temporary file,
// removed afterwards.
Result<ExportFigures> measureExport(const Timeline& timeline, const std::string& momentId);

}  // namespace touchline::cli
