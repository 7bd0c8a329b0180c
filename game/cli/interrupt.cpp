#include "cli/interrupt.h"

#include <signal.h>

#include <csignal>

namespace touchline::cli {

namespace {

// The one global in the program: a signal handler can reach nothing but static storage, and
// volatile sig_atomic_t is the only type it may portably write.
volatile std::sig_atomic_t gInterrupted = 0;

extern "C" void onInterrupt(int) { gInterrupted = 1; }

}  // namespace

InterruptGuard::InterruptGuard() {
    gInterrupted = 0;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    // Back to the default after the first: a second Ctrl-C ends the program straight away.
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &action, &previousInt_);
    sigaction(SIGTERM, &action, &previousTerm_);
}

InterruptGuard::~InterruptGuard() {
    sigaction(SIGINT, &previousInt_, nullptr);
    sigaction(SIGTERM, &previousTerm_, nullptr);
    gInterrupted = 0;
}

bool InterruptGuard::interrupted() const { return gInterrupted != 0; }

}  // namespace touchline::cli
