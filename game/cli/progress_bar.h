#pragma once
// ProgressBar: frames done, frames a second and time left, for long exports. On a terminal it
// redraws one line in place; in a log or a pipe it prints a plain line every tenth of the way, so
// the output stays readable. It only formats: the caller says what was done and when.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace touchline::cli {

class ProgressBar {
public:
    ProgressBar(std::string label, bool interactive);

    // The text to print for `done` of `total` `what` ("frames") after `elapsedSeconds`, or nothing when
    // the display should not change yet (a terminal is redrawn at most ten times a second). A new
    // `what` starts a new count (a GIF's palette samples, then its frames), with its own rate.
    std::optional<std::string> update(int done, int total, double elapsedSeconds, std::string_view what = "frames");
    // What ends the display: a newline after an in-place bar, nothing for plain lines.
    std::string close() const;

    // "1:05" for 65 seconds; "--:--" when unknown.
    static std::string formatDuration(std::optional<double> seconds);

private:
    std::string line(int done, int total, double elapsedSeconds, bool bar) const;

    std::string label_;
    bool interactive_;
    std::string what_ = "frames";
    double phaseStart_ = 0.0;   // when the current count began
    double lastElapsed_ = 0.0;
    double lastDrawn_ = -1.0;
    int lastTenth_ = -1;
    bool drew_ = false;
};

// Prints a ProgressBar to a stream (stderr), deciding by itself whether that stream is a terminal.
class ProgressPrinter {
public:
    ProgressPrinter(std::string label, std::FILE* stream);
    ~ProgressPrinter();
    void update(int done, int total, double elapsedSeconds, std::string_view what = "frames");
    void close();

private:
    std::FILE* stream_;
    ProgressBar bar_;
    bool closed_ = false;
};

}  // namespace touchline::cli
