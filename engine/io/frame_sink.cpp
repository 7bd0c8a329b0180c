#include "io/frame_sink.h"

#include <algorithm>
#include <filesystem>

#include "io/gif_sink.h"
#include "io/png_sequence_sink.h"
#include "io/subprocess.h"
#include "io/video_sink.h"

namespace touchline {

std::string_view outputFormatName(OutputFormat format) {
    switch (format) {
        case OutputFormat::Mp4: return "MP4 video";
        case OutputFormat::Gif: return "GIF";
        case OutputFormat::PngSequence: return "PNG sequence";
    }
    return "output";
}

Result<OutputFormat> outputFormatFor(const std::string& path) {
    if (path.empty()) return Error{"no output path given"};
    if (path.back() == '/') return OutputFormat::PngSequence;
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) return OutputFormat::PngSequence;
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".mp4") return OutputFormat::Mp4;
    if (extension == ".gif") return OutputFormat::Gif;
    if (extension.empty()) return OutputFormat::PngSequence;
    return Error{"cannot tell how to write '" + path + "': use a .mp4 or .gif name, or a directory ending in '/'"};
}

std::vector<int> FrameSink::sampleFrames(int) const { return {}; }

Status FrameSink::addSample(const Image&) { return success(); }

Result<std::string> locateFfmpeg(const SinkSettings& settings) {
    const std::string wanted = settings.ffmpeg.empty() ? "ffmpeg" : settings.ffmpeg;
    if (auto found = findExecutable(wanted)) return *found;
    if (settings.ffmpeg.empty()) {
        return Error{"ffmpeg not found on PATH: install it (Debian: apt install ffmpeg) to export video or GIF"};
    }
    return Error{"ffmpeg not found at '" + settings.ffmpeg + "'"};
}

Status checkFrameSize(const Image& frame, const SinkSettings& settings) {
    if (frame.width == settings.width && frame.height == settings.height &&
        frame.rgba.size() == static_cast<std::size_t>(frame.width) * frame.height * 4) {
        return success();
    }
    return Error{"frame is " + std::to_string(frame.width) + "x" + std::to_string(frame.height) + ", expected " +
                 std::to_string(settings.width) + "x" + std::to_string(settings.height)};
}

Result<std::unique_ptr<FrameSink>> openFrameSink(const std::string& path, OutputFormat format,
                                                 const SinkSettings& settings) {
    if (settings.width <= 0 || settings.height <= 0) return Error{"the frame size must be positive"};
    if (settings.fps <= 0) return Error{"the frame rate must be positive"};
    switch (format) {
        case OutputFormat::Mp4: {
            auto sink = Mp4Sink::open(path, settings);
            if (!sink) return sink.error();
            return std::unique_ptr<FrameSink>(std::move(*sink));
        }
        case OutputFormat::Gif: {
            auto sink = GifSink::open(path, settings);
            if (!sink) return sink.error();
            return std::unique_ptr<FrameSink>(std::move(*sink));
        }
        case OutputFormat::PngSequence: {
            auto sink = PngSequenceSink::open(path, settings);
            if (!sink) return sink.error();
            return std::unique_ptr<FrameSink>(std::move(*sink));
        }
    }
    return Error{"unknown output format"};
}

}  // namespace touchline
