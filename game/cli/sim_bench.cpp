#include "cli/sim_bench.h"

#include <algorithm>
#include <chrono>
#include <vector>

#include "cli/bench_measure.h"
#include "timeline/bake.h"

namespace touchline::cli {

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double medianMs(int runs, F&& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return median(ms);
}

// A fixed, spread-out set of times: no randomness, the same figures' inputs every run.
std::vector<double> sampleTimes(const Timeline& timeline, std::size_t count) {
    std::vector<double> times;
    const auto& spans = timeline.moments();
    for (std::size_t i = 0; i < count; ++i) {
        const double u = static_cast<double>((i * 7919) % count) / static_cast<double>(count);
        if (i % 2 == 0 && !spans.empty()) {
            const MomentSpan& s = spans[i / 2 % spans.size()];
            times.push_back(s.start + u * (s.end - s.start));
        } else {
            times.push_back(u * timeline.duration());
        }
    }
    return times;
}

}  // namespace

double benchBakeMs(const Script& script, int runs) {
    return medianMs(runs, [&] {
        BakeResult result = bake(script, {}, PassageTiming::Later);
        (void)result;
    });
}

double benchBakeFullMatchMs(const Script& script, int runs) {
    return medianMs(runs, [&] {
        BakeResult result = bake(script, {}, PassageTiming::Now);
        (void)result;
    });
}

double benchRebakeMomentMs(const Script& script, int runs) {
    if (script.moments.empty()) return 0.0;
    std::size_t longest = 0;
    for (std::size_t m = 1; m < script.moments.size(); ++m) {
        if (script.moments[m].duration > script.moments[longest].duration) longest = m;
    }
    Script edited = script;
    Moment& moment = edited.moments[longest];
    moment.duration = std::max(moment.duration, 15.0);
    const BakeResult before = bake(edited);
    // The edit: the moment's first kick aimed a little differently, as a drag in the editor would.
    for (Action& a : moment.actions) {
        if (isKick(a.kind) && a.target.kind == KickTarget::Kind::Place) {
            a.target.place.y += 0.25;
            break;
        }
    }
    return medianMs(runs, [&] {
        BakeResult after = rebakeMoment(before, edited, static_cast<int>(longest));
        (void)after;
    });
}

double benchSampleNs(const Timeline& timeline, int runs) {
    const std::vector<double> times = sampleTimes(timeline, 20000);
    Frame frame;
    for (double t : times) timeline.sample(t, frame);  // warm the frame's storage
    std::vector<double> ns;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        for (double t : times) timeline.sample(t, frame);
        const double total = std::chrono::duration<double, std::nano>(Clock::now() - start).count();
        ns.push_back(total / static_cast<double>(times.size()));
    }
    return median(ns);
}

}  // namespace touchline::cli
