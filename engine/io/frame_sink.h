#pragma once
// FrameSink: where exported frames go, one RGBA image after another, all of one size. An H.264
// video, an animated GIF and a numbered PNG sequence share this interface, so the export loop does
// not care which it feeds.
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "io/image.h"

namespace touchline {

enum class OutputFormat { Mp4, Gif, PngSequence };

std::string_view outputFormatName(OutputFormat format);  // "MP4 video", "GIF", "PNG sequence"
// From the path people type: "clip.mp4", "clip.gif", "frames/" (a directory, or a name without an
// extension). Anything else is an error that lists what is understood.
Result<OutputFormat> outputFormatFor(const std::string& path);

struct SinkSettings {
    int width = 1280;
    int height = 720;
    int fps = 50;
    // The ffmpeg program to use (a path); found on PATH when empty. Not used by the PNG sequence.
    std::string ffmpeg;
};

class FrameSink {
public:
    virtual ~FrameSink() = default;  // an unfinished sink aborts: nothing is left behind

    // Frames, by index into the export, that the sink wants to see before the stream starts (a GIF
    // computes its palette from a sample of them). Most sinks want none.
    virtual std::vector<int> sampleFrames(int frameCount) const;
    virtual Status addSample(const Image& frame);

    // The frames in order; each must have the settings' size.
    virtual Status write(const Image& frame) = 0;
    // Completes the output and moves it into place, replacing an older one.
    virtual Status finish() = 0;
    // Stops, and removes everything written so far; the destination is left as it was.
    virtual void abort() = 0;
};

// Checks that the destination can be written and that ffmpeg can be found (when the format needs
// it) before any frame is rendered, so mistakes fail at once with one line.
Result<std::unique_ptr<FrameSink>> openFrameSink(const std::string& path, OutputFormat format,
                                                 const SinkSettings& settings);

// ffmpeg as the sinks use it: the settings' program, or the one on PATH; a one-line error otherwise.
Result<std::string> locateFfmpeg(const SinkSettings& settings);

// Checks a frame against the settings before it reaches a sink that cannot tell sizes apart.
Status checkFrameSize(const Image& frame, const SinkSettings& settings);

}  // namespace touchline
