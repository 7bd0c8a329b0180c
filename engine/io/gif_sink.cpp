#include "io/gif_sink.h"

#include <algorithm>

#include "io/video_sink.h"

namespace touchline {

namespace {

// Ordered dithering keeps flat areas flat from frame to frame (error diffusion would make the grass
// shimmer and the file grow); only the changed rectangle of each frame is stored.
constexpr const char* kPaletteUse = "paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle";

}  // namespace

Result<std::unique_ptr<GifSink>> GifSink::open(const std::string& path, const SinkSettings& settings) {
    auto ffmpeg = locateFfmpeg(settings);
    if (!ffmpeg) return ffmpeg.error();
    auto file = StagedFile::create(path);
    if (!file) return file.error();
    auto palette = StagedFile::create(path + ".palette.png");
    if (!palette) return palette.error();
    return std::unique_ptr<GifSink>(new GifSink(settings, *ffmpeg, std::move(*file), std::move(*palette)));
}

GifSink::GifSink(SinkSettings settings, std::string ffmpeg, StagedFile file, StagedFile palette)
    : settings_(std::move(settings)), ffmpegPath_(std::move(ffmpeg)), file_(std::move(file)),
      palette_(std::move(palette)) {}

GifSink::~GifSink() {
    if (!finished_) abort();
}

std::vector<int> GifSink::sampleFrames(int frameCount) const {
    std::vector<int> samples;
    if (frameCount <= 0) return samples;
    const int count = std::min(frameCount, kPaletteSamples);
    for (int i = 0; i < count; ++i) {
        // Evenly spread, first and last frames included.
        const int index = count == 1 ? 0 : static_cast<int>((static_cast<long>(i) * (frameCount - 1)) / (count - 1));
        if (samples.empty() || samples.back() != index) samples.push_back(index);
    }
    return samples;
}

Status GifSink::addSample(const Image& frame) {
    if (finished_ || encoder_) return Error{"palette samples must come before the frames"};
    if (auto size = checkFrameSize(frame, settings_); !size) return size;
    if (!paletteMaker_) {
        std::vector<std::string> args = rawVideoInputArgs(settings_);
        const std::vector<std::string> output = {"-vf", "palettegen=stats_mode=full", "-frames:v", "1",
                                                 "-update", "1", "-c:v", "png", "-f", "image2", "-y", palette_.path()};
        args.insert(args.end(), output.begin(), output.end());
        auto process = Subprocess::start(ffmpegPath_, args);
        if (!process) return process.error();
        paletteMaker_.emplace(std::move(*process));
    }
    auto written = paletteMaker_->write(frame.rgba.data(), frame.rgba.size());
    if (!written) abort();
    return written;
}

Status GifSink::startEncoder() {
    if (paletteMaker_) {
        auto made = paletteMaker_->finish();
        paletteMaker_.reset();
        if (!made) return made;
        havePalette_ = true;
    }
    std::vector<std::string> args = rawVideoInputArgs(settings_);
    std::vector<std::string> output;
    if (havePalette_) {
        output = {"-i", palette_.path(), "-lavfi", std::string("[0:v][1:v]") + kPaletteUse};
    } else {
        // No samples: the palette from the stream itself (fine for the short clips that skip sampling).
        output = {"-lavfi", std::string("split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]") + kPaletteUse};
    }
    const std::vector<std::string> tail = {"-loop", "0", "-f", "gif", "-y", file_.path()};
    output.insert(output.end(), tail.begin(), tail.end());
    args.insert(args.end(), output.begin(), output.end());
    auto process = Subprocess::start(ffmpegPath_, args);
    if (!process) return process.error();
    encoder_.emplace(std::move(*process));
    return success();
}

Status GifSink::write(const Image& frame) {
    if (finished_) return Error{"the GIF is already finished"};
    if (auto size = checkFrameSize(frame, settings_); !size) return size;
    if (!encoder_) {
        if (auto started = startEncoder(); !started) {
            abort();
            return started;
        }
    }
    auto written = encoder_->write(frame.rgba.data(), frame.rgba.size());
    if (!written) abort();
    return written;
}

Status GifSink::finish() {
    if (finished_) return Error{"the GIF is already finished"};
    if (!encoder_) {
        abort();
        return Error{"a GIF needs at least one frame"};
    }
    auto done = encoder_->finish();
    encoder_.reset();
    finished_ = true;
    palette_.discard();
    if (!done) {
        file_.discard();
        return done;
    }
    return file_.commit();
}

void GifSink::abort() {
    if (paletteMaker_) paletteMaker_->kill();
    if (encoder_) encoder_->kill();
    paletteMaker_.reset();
    encoder_.reset();
    palette_.discard();
    file_.discard();
    finished_ = true;
}

}  // namespace touchline
