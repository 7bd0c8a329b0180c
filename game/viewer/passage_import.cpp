#include "viewer/passage_import.h"

#include <utility>

#include "import/import.h"
#include "timeline/bake.h"

namespace touchline {

namespace {

// The first error, located, for a one-line message.
std::string firstError(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics.items()) {
        if (d.severity == Severity::Error) return d.text();
    }
    return "the import failed";
}

}  // namespace

void PassageImport::start(const std::string& path) {
    stop();
    {
        const std::lock_guard lock(mutex_);
        path_ = path;
        progress_ = 0.0;
    }
    worker_ = std::jthread([this, path](std::stop_token stop) { work(std::move(stop), path); });
}

void PassageImport::stop() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
    const std::lock_guard lock(mutex_);
    path_.clear();
    progress_.reset();
    done_.reset();
}

std::optional<PassageImport::Done> PassageImport::take() {
    const std::lock_guard lock(mutex_);
    return std::exchange(done_, std::nullopt);
}

std::optional<double> PassageImport::progress() const {
    const std::lock_guard lock(mutex_);
    return progress_;
}

std::string PassageImport::path() const {
    const std::lock_guard lock(mutex_);
    return path_;
}

void PassageImport::work(std::stop_token stop, std::string path) {
    import::ImportOptions options;
    options.passages = true;
    options.progress.stop = stop;
    options.progress.report = [this](std::size_t done, std::size_t total) {
        const std::lock_guard lock(mutex_);
        progress_ = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    };
    import::ImportedMatch imported = import::importMatch(path, options);
    if (stop.stop_requested()) return;
    Done done{path, nullptr, {}};
    if (imported.ok()) {
        BakeResult baked = bake(*imported.script, {}, PassageTiming::Later);
        if (baked.ok()) done.timeline = std::make_shared<const Timeline>(std::move(baked.timeline));
        else done.error = firstError(baked.diagnostics);
    } else {
        done.error = firstError(imported.diagnostics);
    }
    const std::lock_guard lock(mutex_);
    progress_.reset();
    done_ = std::move(done);
}

}  // namespace touchline
