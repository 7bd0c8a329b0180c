#pragma once
// PassageProgress: while a whole match's passages are imported (seconds: each is baked and mended), a
// bar on stderr, and Ctrl-C stops the import after the passage in hand. Ctrl-C is the program's own
// again once this is gone.
#include <chrono>
#include <stop_token>
#include <string>

#include "cli/interrupt.h"
#include "cli/progress_bar.h"
#include "import/import_progress.h"

namespace touchline::cli {

class PassageProgress {
public:
    explicit PassageProgress(const std::string& path);

    // What to hand the import: it reports each passage to the bar and stops once Ctrl-C is pressed.
    import::ImportProgress progress();
    void close() { bar_.close(); }
    bool interrupted() const { return stop_.stop_requested(); }

private:
    InterruptGuard interrupt_;
    std::stop_source stop_;
    ProgressPrinter bar_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace touchline::cli
