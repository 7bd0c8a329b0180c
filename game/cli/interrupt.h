#pragma once
// Ctrl-C during a long command: while an InterruptGuard lives, SIGINT and SIGTERM only set a flag,
// which the command checks between frames to stop cleanly (remove its half-written output, exit 130).
// A second Ctrl-C is not caught: it ends the program at once, as people expect.
#include <signal.h>

namespace touchline::cli {

class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();  // restores the previous handlers and clears the flag
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    bool interrupted() const;
    // The exit status of a program stopped by SIGINT, by shell convention.
    static constexpr int kExitInterrupted = 130;

private:
    struct sigaction previousInt_ {};
    struct sigaction previousTerm_ {};
};

}  // namespace touchline::cli
