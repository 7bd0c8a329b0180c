#include "export/export_test_support.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <sstream>

#include "io/subprocess.h"

namespace touchline::testing {

namespace fs = std::filesystem;

namespace {

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

std::optional<std::string> runCapture(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    if (!pipe) return std::nullopt;
    std::string out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0) out.append(buffer, n);
    if (::pclose(pipe.release()) != 0) return std::nullopt;
    return out;
}

}  // namespace

ScratchDir::ScratchDir() {
    static std::atomic<int> counter{0};
    root_ = fs::temp_directory_path() /
            ("touchline-export-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)));
    fs::remove_all(root_);
    fs::create_directories(root_);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
}

std::vector<std::string> ScratchDir::entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(root_)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::uint8_t syntheticCode(int index) { return static_cast<std::uint8_t>(index * 7 % 256); }

Image syntheticFrame(int index, int width, int height) {
    Image image{width, height, {}};
    image.rgba.resize(static_cast<std::size_t>(width) * height * 4);
    const int square = height / 4;
    const int sx = (index * 4) % std::max(1, width - square);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            std::uint8_t* p = &image.rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            p[0] = 20, p[1] = 40, p[2] = 110, p[3] = 255;
            if (y < height / 4) p[0] = syntheticCode(index), p[1] = 60, p[2] = 60;
            if (x >= sx && x < sx + square && y >= height / 2 && y < height / 2 + square) p[0] = p[1] = p[2] = 250;
        }
    }
    return image;
}

bool haveFfmpeg() { return findExecutable("ffmpeg").has_value() && findExecutable("ffprobe").has_value(); }

std::optional<Probe> probe(const std::string& path) {
    auto text = runCapture("ffprobe -v error -select_streams v:0 -count_frames "
                           "-show_entries stream=codec_name,width,height,nb_read_frames:format=duration "
                           "-of default=noprint_wrappers=1 " + quoted(path));
    if (!text) return std::nullopt;
    std::map<std::string, std::string> values;
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
        if (auto eq = line.find('='); eq != std::string::npos) values[line.substr(0, eq)] = line.substr(eq + 1);
    }
    Probe result;
    result.codec = values["codec_name"];
    try {
        result.width = std::stoi(values["width"]);
        result.height = std::stoi(values["height"]);
        result.frames = std::stoi(values["nb_read_frames"]);
        result.duration = std::stod(values["duration"]);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return result;
}

std::optional<Image> decodeFrame(const std::string& path, int index) {
    const fs::path png = fs::temp_directory_path() /
                         ("touchline-decoded-" + std::to_string(::getpid()) + "-" + std::to_string(index) + ".png");
    const std::string command = "ffmpeg -v error -nostdin -y -i " + quoted(path) + " -vf " +
                                quoted("select=eq(n\\," + std::to_string(index) + ")") +
                                " -frames:v 1 -pix_fmt rgba " + quoted(png.string());
    if (!runCapture(command)) return std::nullopt;
    auto image = readPng(png.string());
    std::error_code ignored;
    fs::remove(png, ignored);
    if (!image) return std::nullopt;
    return *image;
}

Interrupted interruptMidway(const std::vector<std::string>& args) {
    int err[2];
    if (::pipe(err) != 0) return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(err[1], STDERR_FILENO);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDOUT_FILENO);
        ::close(err[0]);
        std::vector<char*> argv{const_cast<char*>(TOUCHLINE_BINARY)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(TOUCHLINE_BINARY, argv.data());
        ::_exit(127);
    }
    ::close(err[1]);
    Interrupted result;
    bool sent = false;
    char buffer[512];
    for (ssize_t n; (n = ::read(err[0], buffer, sizeof buffer)) > 0;) {
        result.err.append(buffer, static_cast<std::size_t>(n));
        // The plain progress lines (stderr is a pipe, not a terminal) carry a percentage.
        if (!sent && result.err.find('%') != std::string::npos) {
            ::kill(pid, SIGINT);
            sent = true;
        }
    }
    ::close(err[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

}  // namespace touchline::testing
