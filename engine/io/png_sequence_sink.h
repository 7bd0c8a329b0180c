#pragma once
// PngSequenceSink: numbered PNGs in a directory (frame_00001.png, frame_00002.png, ...), for editors
// that want every frame losslessly. Written into a hidden directory beside the destination and moved
// in at the end; a shorter sequence replacing a longer one removes the old frames past its end.
#include <memory>
#include <string>

#include "io/frame_sink.h"
#include "io/staged_output.h"

namespace touchline {

// "frame_00001.png" for the first frame (index 0).
std::string sequenceFrameName(int index);
// Whether a file name is one of ours: "frame_" digits ".png".
bool isSequenceFrameName(const std::string& name);

class PngSequenceSink final : public FrameSink {
public:
    static Result<std::unique_ptr<PngSequenceSink>> open(const std::string& path, const SinkSettings& settings);
    ~PngSequenceSink() override;

    Status write(const Image& frame) override;
    Status finish() override;
    void abort() override;

private:
    PngSequenceSink(SinkSettings settings, StagedDirectory directory);
    SinkSettings settings_;
    StagedDirectory directory_;
    int written_ = 0;
    bool finished_ = false;
};

}  // namespace touchline
