#pragma once
// Mp4Sink: H.264 in an MP4 through the ffmpeg program. Raw RGBA frames go down a pipe to ffmpeg's
// standard input (no temporary image files); ffmpeg writes a hidden file beside the destination,
// renamed over it when the video is complete.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/frame_sink.h"
#include "io/staged_output.h"
#include "io/subprocess.h"

namespace touchline {

// The ffmpeg arguments that read raw RGBA frames of this size and rate from standard input.
std::vector<std::string> rawVideoInputArgs(const SinkSettings& settings);

class Mp4Sink final : public FrameSink {
public:
    // Fails at once for an unwritable destination, a missing ffmpeg, or an odd width or height
    // (H.264 in yuv420p halves the colour resolution in both directions).
    static Result<std::unique_ptr<Mp4Sink>> open(const std::string& path, const SinkSettings& settings);
    ~Mp4Sink() override;

    Status write(const Image& frame) override;
    Status finish() override;
    void abort() override;

private:
    Mp4Sink(SinkSettings settings, StagedFile file, Subprocess ffmpeg);
    SinkSettings settings_;
    StagedFile file_;
    std::optional<Subprocess> ffmpeg_;
};

}  // namespace touchline
