#include "io/video_sink.h"

namespace touchline {

std::vector<std::string> rawVideoInputArgs(const SinkSettings& settings) {
    return {"-hide_banner", "-nostdin", "-loglevel", "error",
            "-f", "rawvideo", "-pix_fmt", "rgba",
            "-s", std::to_string(settings.width) + "x" + std::to_string(settings.height),
            "-r", std::to_string(settings.fps), "-i", "-"};
}

Result<std::unique_ptr<Mp4Sink>> Mp4Sink::open(const std::string& path, const SinkSettings& settings) {
    if (settings.width % 2 != 0 || settings.height % 2 != 0) {
        return Error{"an MP4 needs an even width and height, not " + std::to_string(settings.width) + "x" +
                     std::to_string(settings.height)};
    }
    auto ffmpeg = locateFfmpeg(settings);
    if (!ffmpeg) return ffmpeg.error();
    auto file = StagedFile::create(path);
    if (!file) return file.error();

    std::vector<std::string> args = rawVideoInputArgs(settings);
    const std::vector<std::string> output = {
        "-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-tune", "animation",
        // RGB to BT.709 YUV (the HD convention) and say so in the file, so players show our colours.
        "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
        // The index at the front, so a shared clip starts playing before it has downloaded.
        "-movflags", "+faststart",
        "-f", "mp4", "-y", file->path()};
    args.insert(args.end(), output.begin(), output.end());
    auto process = Subprocess::start(*ffmpeg, args);
    if (!process) return process.error();
    return std::unique_ptr<Mp4Sink>(new Mp4Sink(settings, std::move(*file), std::move(*process)));
}

Mp4Sink::Mp4Sink(SinkSettings settings, StagedFile file, Subprocess ffmpeg)
    : settings_(std::move(settings)), file_(std::move(file)), ffmpeg_(std::move(ffmpeg)) {}

Mp4Sink::~Mp4Sink() { abort(); }

Status Mp4Sink::write(const Image& frame) {
    if (!ffmpeg_) return Error{"the video is already finished"};
    if (auto size = checkFrameSize(frame, settings_); !size) return size;
    auto written = ffmpeg_->write(frame.rgba.data(), frame.rgba.size());
    if (!written) abort();
    return written;
}

Status Mp4Sink::finish() {
    if (!ffmpeg_) return Error{"the video is already finished"};
    auto done = ffmpeg_->finish();
    ffmpeg_.reset();
    if (!done) {
        file_.discard();
        return done;
    }
    return file_.commit();
}

void Mp4Sink::abort() {
    if (ffmpeg_) ffmpeg_->kill();
    ffmpeg_.reset();
    file_.discard();
}

}  // namespace touchline
