#pragma once
// GifSink: an animated GIF through ffmpeg, with a palette made for these frames. The palette comes
// from a sample of the frames (ffmpeg's palettegen on them, into a hidden file), then the whole
// stream is mapped onto it (paletteuse). Two processes instead of ffmpeg's one-pass split graph,
// because that graph holds every frame in memory until the palette is known.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/frame_sink.h"
#include "io/staged_output.h"
#include "io/subprocess.h"

namespace touchline {

class GifSink final : public FrameSink {
public:
    static constexpr int kPaletteSamples = 40;

    static Result<std::unique_ptr<GifSink>> open(const std::string& path, const SinkSettings& settings);
    ~GifSink() override;

    std::vector<int> sampleFrames(int frameCount) const override;
    Status addSample(const Image& frame) override;
    Status write(const Image& frame) override;
    Status finish() override;
    void abort() override;

private:
    GifSink(SinkSettings settings, std::string ffmpeg, StagedFile file, StagedFile palette);
    Status startEncoder();

    SinkSettings settings_;
    std::string ffmpegPath_;
    StagedFile file_;
    StagedFile palette_;
    std::optional<Subprocess> paletteMaker_;  // while samples arrive
    std::optional<Subprocess> encoder_;       // while frames arrive
    bool havePalette_ = false;
    bool finished_ = false;
};

}  // namespace touchline
