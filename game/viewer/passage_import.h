#pragma once
// Opening event data in the viewer: the moments are imported at once, so the first frame comes in well
// under a second; the rest of the match, every passage of play from a restart to the next, takes
// seconds more (each is baked and mended, import/passage_builder.h). A worker thread imports the file
// again with its passages while the viewer plays, and hands back the whole match's timeline: its
// moments baked (the same bytes as those on screen) and its passages left for the PassageBaker, which
// bakes them nearest the playhead first. The UI thread takes it between frames and swaps it in.
//
// Stopping (another file opened, the window closed) stops the import between two passages.
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include "timeline/timeline.h"

namespace touchline {

class PassageImport {
public:
    struct Done {
        std::string path;                          // the file it imported
        std::shared_ptr<const Timeline> timeline;  // the whole match; null when the import failed
        std::string error;                         // why it failed, in one line
    };

    PassageImport() = default;
    ~PassageImport() { stop(); }
    PassageImport(const PassageImport&) = delete;
    PassageImport& operator=(const PassageImport&) = delete;

    // Imports `path` (a provider's event data) with its passages; stops any import in hand first.
    void start(const std::string& path);
    // Stops the worker between two passages and joins it; what it made is dropped.
    void stop();
    // The finished import, once: nothing while it runs or when none was started.
    std::optional<Done> take();
    // The share of the passages imported, 0 to 1, while an import runs.
    std::optional<double> progress() const;
    // The file being imported, or empty.
    std::string path() const;

private:
    void work(std::stop_token stop, std::string path);

    mutable std::mutex mutex_;
    // Guarded by mutex_.
    std::string path_;
    std::optional<double> progress_;
    std::optional<Done> done_;
    std::jthread worker_;  // last: joined before the rest is destroyed
};

}  // namespace touchline
