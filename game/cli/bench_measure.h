#pragma once
// The bench's measurements: each a named figure sampled several times and reported as the median,
// so one slow run (a cold cache, a busy machine) does not move it.
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"

namespace touchline::cli {

struct Measurement {
    std::string name;  // "load_validate_ms": what, and in which unit
    std::string unit;  // "ms"
    std::function<Result<double>()> sample;  // one run, its figure in `unit`
    int maxRuns = 0;  // for slow figures: at most this many runs (0: as many as asked)
};

struct Figure {
    std::string name;
    double value = 0.0;
    std::string unit;

    std::string text() const;  // "load_validate_ms: 1.234 ms"
};

// The median; 0 for no samples.
double median(std::vector<double> samples);
// One warm-up run, then `runs` samples; fails with the first failure.
Result<Figure> measure(const Measurement& measurement, int runs);
// How long `work` takes, in milliseconds of wall time.
Result<double> millisecondsOf(const std::function<Status()>& work);

}  // namespace touchline::cli
