#include "io/export_pipeline.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace touchline {

namespace {

// Positions 0..S-1 of the run are the sink's samples, S..S+N-1 the frames. Position p is drawn into
// slot p % slots; a worker may only draw p once the consumer has taken p - slots from that slot.
class Ring {
public:
    Ring(std::vector<int> order, int slots) : order_(std::move(order)), slots_(static_cast<std::size_t>(slots)) {}

    int positions() const { return static_cast<int>(order_.size()); }

    // Worker: claims the next position and waits until its slot is free. Empty when there is no more
    // work or the run stops.
    std::optional<int> claim() {
        std::unique_lock lock(mutex_);
        if (stop_ || next_ >= positions()) return std::nullopt;
        const int position = next_++;
        Slot& slot = slotOf(position);
        changed_.wait(lock, [&] { return stop_ || slot.position < 0; });
        if (stop_) return std::nullopt;
        slot.position = position;  // reserved, not yet ready
        slot.ready = false;
        return position;
    }
    Image& imageFor(int position) { return slotOf(position).image; }
    int frameIndex(int position) const { return order_[static_cast<std::size_t>(position)]; }

    void ready(int position) {
        {
            std::lock_guard lock(mutex_);
            slotOf(position).ready = true;
        }
        changed_.notify_all();
    }

    // Consumer: waits for `position` to be drawn. Null when the run stopped first.
    const Image* take(int position) {
        std::unique_lock lock(mutex_);
        Slot& slot = slotOf(position);
        changed_.wait(lock, [&] { return stop_ || (slot.position == position && slot.ready); });
        if (stop_) return nullptr;
        return &slot.image;
    }
    void release(int position) {
        {
            std::lock_guard lock(mutex_);
            Slot& slot = slotOf(position);
            slot.position = -1;
            slot.ready = false;
        }
        changed_.notify_all();
    }

    void stop(std::optional<std::string> failure = std::nullopt) {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
            if (failure && !failure_) failure_ = std::move(failure);
        }
        changed_.notify_all();
    }
    std::optional<std::string> failure() {
        std::lock_guard lock(mutex_);
        return failure_;
    }

private:
    struct Slot {
        Image image;
        int position = -1;  // which position it holds or is reserved for; -1 when free
        bool ready = false;
    };
    Slot& slotOf(int position) { return slots_[static_cast<std::size_t>(position) % slots_.size()]; }

    std::vector<int> order_;
    std::vector<Slot> slots_;
    std::mutex mutex_;
    std::condition_variable changed_;
    int next_ = 0;
    bool stop_ = false;
    std::optional<std::string> failure_;
};

}  // namespace

Result<ExportEnd> runExport(int frameCount, std::vector<std::unique_ptr<FrameRenderer>>& renderers, FrameSink& sink,
                            ExportObserver& observer, ExportSettings settings) {
    if (frameCount <= 0) {
        sink.abort();
        return Error{"nothing to export: no frames"};
    }
    if (renderers.empty()) {
        sink.abort();
        return Error{"nothing to draw the frames with"};
    }
    const std::vector<int> samples = sink.sampleFrames(frameCount);
    std::vector<int> order = samples;
    order.reserve(samples.size() + static_cast<std::size_t>(frameCount));
    for (int i = 0; i < frameCount; ++i) order.push_back(i);
    const int workers = static_cast<int>(renderers.size());
    Ring ring(std::move(order), std::max(2, settings.queueDepth) * workers);
    const int total = ring.positions();
    const int sampleCount = static_cast<int>(samples.size());

    std::vector<std::thread> threads;
    threads.reserve(renderers.size());
    for (auto& renderer : renderers) {
        threads.emplace_back([&ring, r = renderer.get()] {
            try {
                while (auto position = ring.claim()) {
                    r->render(ring.frameIndex(*position), ring.imageFor(*position));
                    ring.ready(*position);
                }
            } catch (const std::exception& e) {
                ring.stop(std::string("drawing a frame failed: ") + e.what());
            }
        });
    }

    std::optional<Error> failure;
    bool cancelled = false;
    for (int position = 0; position < total; ++position) {
        if (observer.cancelled()) {
            cancelled = true;
            break;
        }
        const Image* image = ring.take(position);
        if (!image) break;  // a worker failed
        Status written = position < sampleCount ? sink.addSample(*image) : sink.write(*image);
        ring.release(position);
        if (!written) {
            failure = written.error();
            break;
        }
        if (position < sampleCount) observer.sampled(position + 1, sampleCount);
        else observer.advanced(position + 1 - sampleCount, frameCount);
    }
    ring.stop();
    for (std::thread& thread : threads) thread.join();

    if (auto workerFailure = ring.failure(); workerFailure && !failure && !cancelled) failure = Error{*workerFailure};
    if (failure || cancelled) {
        sink.abort();
        if (failure) return *failure;
        return ExportEnd::Cancelled;
    }
    if (auto finished = sink.finish(); !finished) return finished.error();
    return ExportEnd::Finished;
}

}  // namespace touchline
