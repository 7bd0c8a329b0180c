#include "cli/passage_progress.h"

#include <filesystem>

namespace touchline::cli {

PassageProgress::PassageProgress(const std::string& path)
    : bar_(std::filesystem::path(path).filename().string(), stderr), start_(std::chrono::steady_clock::now()) {}

import::ImportProgress PassageProgress::progress() {
    import::ImportProgress p;
    p.stop = stop_.get_token();
    p.report = [this](std::size_t done, std::size_t total) {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        bar_.update(static_cast<int>(done), static_cast<int>(total), elapsed, "passages");
        if (interrupt_.interrupted()) stop_.request_stop();
    };
    return p;
}

}  // namespace touchline::cli
