#pragma once
// The export loop: frames are drawn on worker threads (each with its own renderer) into a small ring
// of reusable images, while the calling thread hands them, in order, to the sink. Drawing frame n+1
// overlaps encoding frame n, so the slower of the two sets the pace, not their sum.
#include <memory>
#include <vector>

#include "core/result.h"
#include "io/frame_sink.h"
#include "io/image.h"

namespace touchline {

// Draws frame `index` of an export into `out`. One instance is only ever used by one thread.
class FrameRenderer {
public:
    virtual ~FrameRenderer() = default;
    virtual void render(int index, Image& out) = 0;
};

// Told about progress and asked whether to stop, on the calling thread, between frames.
class ExportObserver {
public:
    virtual ~ExportObserver() = default;
    virtual bool cancelled() { return false; }
    // `done` of the `total` frames written to the sink: what the output will hold.
    virtual void advanced(int /*done*/, int /*total*/) {}
    // Before the frames, `done` of the `total` sample frames the sink asked for (a GIF's palette; see
    // FrameSink::sampleFrames). They are drawn too, but are not part of the output.
    virtual void sampled(int /*done*/, int /*total*/) {}
};

enum class ExportEnd { Finished, Cancelled };

struct ExportSettings {
    int queueDepth = 4;  // frames drawn ahead of the sink, per worker
};

// Sends frames 0..frameCount-1 through the sink and finishes it. Uses one worker per renderer given.
// On an error or a cancel, the sink is aborted (nothing is left on disk) before returning.
Result<ExportEnd> runExport(int frameCount, std::vector<std::unique_ptr<FrameRenderer>>& renderers, FrameSink& sink,
                            ExportObserver& observer, ExportSettings settings = {});

}  // namespace touchline
