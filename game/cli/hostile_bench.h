#pragma once
// check_hostile_worst_ms: the slowest `touchline check` of the hostile inputs (cli/hostile_inputs.h).
#include "cli/bench_measure.h"

namespace touchline::cli {

// Writes the inputs to a temporary directory (removed with the measurement) and, per sample, checks
// each once and keeps the slowest.
Result<Measurement> hostileCheckWorst();

}  // namespace touchline::cli
