#include "cli/bench_measure.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace touchline::cli {

std::string Figure::text() const {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return name + ": " + buffer + " " + unit;
}

double median(std::vector<double> samples) {
    if (samples.empty()) return 0.0;
    const auto middle = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 2);
    std::nth_element(samples.begin(), middle, samples.end());
    if (samples.size() % 2 == 1) return *middle;
    const double below = *std::max_element(samples.begin(), middle);
    return (below + *middle) / 2.0;
}

Result<Figure> measure(const Measurement& measurement, int runs) {
    if (measurement.maxRuns > 0) runs = std::min(runs, measurement.maxRuns);
    if (auto warmUp = measurement.sample(); !warmUp) return warmUp.error();
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        auto sample = measurement.sample();
        if (!sample) return sample.error();
        samples.push_back(*sample);
    }
    return Figure{measurement.name, median(std::move(samples)), measurement.unit};
}

Result<double> millisecondsOf(const std::function<Status()>& work) {
    const auto start = std::chrono::steady_clock::now();
    Status status = work();
    const auto end = std::chrono::steady_clock::now();
    if (!status) return status.error();
    return std::chrono::duration<double, std::milli>(end - start).count();
}

}  // namespace touchline::cli
