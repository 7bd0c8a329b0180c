#include "viewer/passage_baker.h"

#include <limits>
#include <utility>

namespace touchline {

std::optional<int> nearestPassage(const std::vector<MomentSpan>& spans, const std::vector<bool>& wanted, double playhead) {
    // Behind the playhead counts double: playback (and a user scrubbing on) goes forwards.
    constexpr double kBehindWeight = 2.0;
    std::optional<int> best;
    double bestCost = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < spans.size() && i < wanted.size(); ++i) {
        if (!wanted[i]) continue;
        const double cost = playhead < spans[i].start ? spans[i].start - playhead
                            : playhead > spans[i].end ? (playhead - spans[i].end) * kBehindWeight
                                                      : 0.0;
        if (cost < bestCost) {
            bestCost = cost;
            best = static_cast<int>(i);
        }
    }
    return best;
}

void PassageBaker::follow(const Timeline& timeline, double playhead) {
    if (timeline.sharedScript() == following_) {
        const std::lock_guard lock(mutex_);
        playhead_ = playhead;
        return;
    }
    stop();
    following_ = timeline.sharedScript();
    const std::size_t n = timeline.passages().size();
    std::vector<bool> wanted(n);
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        wanted[i] = !timeline.passageBaked(static_cast<int>(i));
        any = any || wanted[i];
    }
    if (!any) return;
    {
        const std::lock_guard lock(mutex_);
        script_ = following_;
        lineup_ = timeline.sharedLineup();
        spans_ = timeline.passages();
        wanted_ = std::move(wanted);
        playhead_ = playhead;
        running_ = true;
    }
    ++starts_;
    worker_ = std::jthread([this](std::stop_token stop) { work(std::move(stop)); });
}

std::vector<PassageBaker::Baked> PassageBaker::take() {
    const std::lock_guard lock(mutex_);
    return std::exchange(done_, {});
}

void PassageBaker::stop() {
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
    following_.reset();
    const std::lock_guard lock(mutex_);
    script_.reset();
    lineup_.reset();
    spans_.clear();
    wanted_.clear();
    done_.clear();
    running_ = false;
}

bool PassageBaker::running() const {
    const std::lock_guard lock(mutex_);
    return running_;
}

void PassageBaker::work(std::stop_token stop) {
    while (!stop.stop_requested()) {
        std::shared_ptr<const Script> script;
        std::shared_ptr<const sim::Lineup> lineup;
        int next = -1;
        {
            const std::lock_guard lock(mutex_);
            const std::optional<int> nearest = nearestPassage(spans_, wanted_, playhead_);
            if (!nearest) break;
            next = *nearest;
            wanted_[static_cast<std::size_t>(next)] = false;
            script = script_;
            lineup = lineup_;
        }
        PassageBake baked = bakePassage(*script, *lineup, next);
        const std::lock_guard lock(mutex_);
        done_.push_back({std::move(script), std::move(baked)});
    }
    const std::lock_guard lock(mutex_);
    running_ = false;
}

}  // namespace touchline
