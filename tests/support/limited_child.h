#pragma once
// Running something in a child process with a ceiling on its memory and a deadline: what a hostile
// input may cost is measured where a runaway cannot take the test (or the machine) with it.
#include <functional>
#include <string>
#include <vector>

namespace touchline::testing {

struct ChildLimits {
    // RLIMIT_AS, bytes; 0 for none. AddressSanitizer reserves terabytes of address space, so under
    // it there is no ceiling and ChildOutcome::peakKilobytes is the measure.
    unsigned long long addressSpace = 0;
    // Generous: only a hang reaches it (a child still running then is killed and reported).
    double deadlineSeconds = 300.0;
};

struct ChildOutcome {
    bool exited = false;      // ended by exit(), not by a signal or the deadline
    int exitCode = -1;
    int signal = 0;           // the signal that ended it, when one did
    bool timedOut = false;
    long peakKilobytes = 0;   // the child's largest resident set
    std::string output;       // stdout and stderr, interleaved

    std::string describe() const;  // "exit 1", "killed by signal 6", "still running at the deadline"
};

// Whether address-space ceilings work in this build (not under AddressSanitizer).
bool addressSpaceLimitsWork();

// Runs `program` with `args` (no shell).
ChildOutcome runProgram(const std::string& program, const std::vector<std::string>& args, const ChildLimits& limits);
// Runs `work` in a forked child; its return value is the exit code (kEscapedException when it throws).
// What it prints is the output.
inline constexpr int kEscapedException = 98;
ChildOutcome runForked(const std::function<int()>& work, const ChildLimits& limits);

}  // namespace touchline::testing
