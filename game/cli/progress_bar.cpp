#include "cli/progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace touchline::cli {

ProgressBar::ProgressBar(std::string label, bool interactive) : label_(std::move(label)), interactive_(interactive) {}

std::string ProgressBar::formatDuration(std::optional<double> seconds) {
    if (!seconds || !std::isfinite(*seconds) || *seconds < 0) return "--:--";
    const long total = std::lround(*seconds);
    char text[32];
    if (total >= 3600) {
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    } else {
        std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    }
    return text;
}

std::string ProgressBar::line(int done, int total, double elapsed, bool bar) const {
    const double fraction = total > 0 ? std::clamp(static_cast<double>(done) / total, 0.0, 1.0) : 0.0;
    const double spent = elapsed - phaseStart_;
    const double rate = spent > 0.0 && done > 0 ? done / spent : 0.0;
    std::optional<double> left;
    if (done >= total) left = 0.0;
    else if (rate > 0.0 && done >= 3) left = (total - done) / rate;

    char numbers[128];
    // Frames go by frames a second; anything else by its own count a second ("9.4/s").
    std::snprintf(numbers, sizeof numbers, "%d/%d %s  %5.1f%s  %s left", done, total, what_.c_str(), rate,
                  what_ == "frames" ? " fps" : "/s", formatDuration(left).c_str());
    if (!bar) {
        char percent[16];
        std::snprintf(percent, sizeof percent, " (%d%%)", static_cast<int>(std::floor(fraction * 100.0)));
        return label_ + ": " + numbers + percent + "\n";
    }
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(std::floor(fraction * kWidth));
    std::string meter = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                        std::string(static_cast<std::size_t>(kWidth - filled), '-') + "]";
    // Carriage return to redraw in place; erase what a longer previous line left behind.
    return "\r" + label_ + " " + meter + " " + numbers + "\x1b[K";
}

std::optional<std::string> ProgressBar::update(int done, int total, double elapsed, std::string_view what) {
    if (what != what_) {
        what_ = what;
        phaseStart_ = lastElapsed_;
        lastTenth_ = -1;
        lastDrawn_ = -1.0;  // an in-place bar shows the new count at once
    }
    lastElapsed_ = elapsed;
    const bool last = done >= total;
    if (interactive_) {
        if (!last && drew_ && elapsed - lastDrawn_ < 0.1) return std::nullopt;
        lastDrawn_ = elapsed;
        drew_ = true;
        return line(done, total, elapsed, true);
    }
    const int tenth = total > 0 ? std::min(10, done * 10 / total) : 10;
    if (tenth == lastTenth_ || (tenth == 0 && !last)) return std::nullopt;
    lastTenth_ = tenth;
    drew_ = true;
    return line(done, total, elapsed, false);
}

std::string ProgressBar::close() const { return interactive_ && drew_ ? "\n" : ""; }

ProgressPrinter::ProgressPrinter(std::string label, std::FILE* stream)
    : stream_(stream), bar_(std::move(label), ::isatty(::fileno(stream)) == 1) {}

ProgressPrinter::~ProgressPrinter() { close(); }

void ProgressPrinter::update(int done, int total, double elapsedSeconds, std::string_view what) {
    if (auto text = bar_.update(done, total, elapsedSeconds, what)) {
        std::fputs(text->c_str(), stream_);
        std::fflush(stream_);
    }
}

void ProgressPrinter::close() {
    if (closed_) return;
    closed_ = true;
    std::fputs(bar_.close().c_str(), stream_);
    std::fflush(stream_);
}

}  // namespace touchline::cli
