#pragma once
// The viewer's background bake of a whole match: the passages a timeline opened with
// PassageTiming::Later has not baked yet, on one worker thread, nearest the playhead first. Finished
// passages wait in a small queue until the UI thread takes them between frames and puts them in
// (timeline/bake.h addPassage). The engine stays free of threads: bakePassage is a pure function of the
// timeline's shared, immutable script and line-up.
//
// Each result names the script it was baked from; the UI thread drops one whose script is no longer
// the open timeline's (an edit re-baked it, another file was opened), so a stale passage never lands.
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>
#include <vector>

#include "timeline/bake.h"
#include "timeline/timeline.h"

namespace touchline {

// The passage to bake next: of those still wanted, the one nearest `playhead` (the one playing there
// first; then those ahead, which playback reaches, before those behind at the same distance).
std::optional<int> nearestPassage(const std::vector<MomentSpan>& spans, const std::vector<bool>& wanted, double playhead);

class PassageBaker {
public:
    struct Baked {
        std::shared_ptr<const Script> script;  // what it was baked from
        PassageBake passage;
    };

    PassageBaker() = default;
    ~PassageBaker() { stop(); }
    PassageBaker(const PassageBaker&) = delete;
    PassageBaker& operator=(const PassageBaker&) = delete;

    // Called every frame with the open timeline and the playhead. A timeline of another script than the
    // one being baked stops that work (at the end of the passage in hand) and starts on this one.
    void follow(const Timeline& timeline, double playhead);
    // The passages finished since the last call, in the order they finished.
    std::vector<Baked> take();
    // Stops the worker between two passages and joins it; what it finished is dropped.
    void stop();
    // Whether a worker is running (it ends by itself once every passage is baked).
    bool running() const;
    // How many times a worker was started (tests: an edit that re-bakes starts one afresh).
    std::size_t starts() const { return starts_; }

private:
    void work(std::stop_token stop);

    mutable std::mutex mutex_;
    // Guarded by mutex_.
    std::shared_ptr<const Script> script_;
    std::shared_ptr<const sim::Lineup> lineup_;
    std::vector<MomentSpan> spans_;
    std::vector<bool> wanted_;  // not baked and not taken by the worker yet
    double playhead_ = 0.0;
    std::vector<Baked> done_;
    bool running_ = false;
    // The UI thread's own.
    std::shared_ptr<const Script> following_;
    std::size_t starts_ = 0;
    std::jthread worker_;  // last: joined before the rest is destroyed
};

}  // namespace touchline
