#pragma once
// Helpers for the export tests: a scratch directory, synthetic frames, and ffprobe's view of a file.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/image.h"

namespace touchline::testing {

// A fresh directory for one test, removed with everything in it when the test ends.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    std::string path(const std::string& name) const { return (root_ / name).string(); }
    const std::filesystem::path& root() const { return root_; }
    // Names in the directory, hidden ones included, sorted.
    std::vector<std::string> entries() const;

private:
    std::filesystem::path root_;
};

// Frame i of a synthetic clip: a dark blue field with a white square moving right and a bar whose
// colour encodes i (red = i * 7 % 256), so frames can be told apart after a lossy round trip.
Image syntheticFrame(int index, int width, int height);
std::uint8_t syntheticCode(int index);

struct Probe {
    std::string codec;
    int width = 0;
    int height = 0;
    int frames = 0;         // decoded, counted
    double duration = 0.0;  // seconds, from the container
};
// ffprobe's report on the first video stream; nullopt when ffprobe cannot read the file.
std::optional<Probe> probe(const std::string& path);
// One frame decoded to RGBA by ffmpeg (index from 0).
std::optional<Image> decodeFrame(const std::string& path, int index);

bool haveFfmpeg();

// The real program run with `args`, sent SIGINT as soon as its stderr first shows progress (a plain
// progress line's percentage: stderr is a pipe), and waited for: no clock, no sleep.
struct Interrupted {
    int exitCode = -1;
    std::string err;
};
Interrupted interruptMidway(const std::vector<std::string>& args);

}  // namespace touchline::testing
