#include "io/png_sequence_sink.h"

#include <cctype>
#include <cstdio>

#include "io/png_frame_writer.h"

namespace touchline {

std::string sequenceFrameName(int index) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", index + 1);
    return name;
}

bool isSequenceFrameName(const std::string& name) {
    constexpr std::string_view prefix = "frame_", suffix = ".png";
    if (name.size() <= prefix.size() + suffix.size()) return false;
    if (name.compare(0, prefix.size(), prefix) != 0) return false;
    if (name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) return false;
    for (std::size_t i = prefix.size(); i < name.size() - suffix.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(name[i]))) return false;
    }
    return true;
}

Result<std::unique_ptr<PngSequenceSink>> PngSequenceSink::open(const std::string& path, const SinkSettings& settings) {
    auto directory = StagedDirectory::create(path);
    if (!directory) return directory.error();
    return std::unique_ptr<PngSequenceSink>(new PngSequenceSink(settings, std::move(*directory)));
}

PngSequenceSink::PngSequenceSink(SinkSettings settings, StagedDirectory directory)
    : settings_(std::move(settings)), directory_(std::move(directory)) {}

PngSequenceSink::~PngSequenceSink() {
    if (!finished_) abort();
}

Status PngSequenceSink::write(const Image& frame) {
    if (finished_) return Error{"the sequence is already finished"};
    if (auto size = checkFrameSize(frame, settings_); !size) return size;
    auto written = writePngFrame(directory_.path() + "/" + sequenceFrameName(written_), frame);
    if (!written) {
        abort();
        return Error{"cannot write a frame into '" + directory_.destination() + "/'"};
    }
    ++written_;
    return success();
}

Status PngSequenceSink::finish() {
    if (finished_) return Error{"the sequence is already finished"};
    finished_ = true;
    if (written_ == 0) {
        directory_.discard();
        return Error{"a PNG sequence needs at least one frame"};
    }
    return directory_.commit([](const std::string& name) { return isSequenceFrameName(name); });
}

void PngSequenceSink::abort() {
    finished_ = true;
    directory_.discard();
}

}  // namespace touchline
