// Ctrl-C during an export: the first one only raises a flag; the old handler comes back afterwards.
#include <gtest/gtest.h>

#include <csignal>

#include "cli/interrupt.h"

namespace touchline::cli {
namespace {

TEST(InterruptGuard, TheFirstCtrlCOnlySetsTheFlag) {
    {
        InterruptGuard guard;
        EXPECT_FALSE(guard.interrupted());
        std::raise(SIGINT);  // would end the test program without the guard
        EXPECT_TRUE(guard.interrupted());
    }
    InterruptGuard again;
    EXPECT_FALSE(again.interrupted());  // a new guard starts clear
    std::raise(SIGTERM);
    EXPECT_TRUE(again.interrupted());
}

TEST(InterruptGuard, RestoresThePreviousHandler) {
    struct sigaction before {};
    sigaction(SIGINT, nullptr, &before);
    { InterruptGuard guard; }
    struct sigaction after {};
    sigaction(SIGINT, nullptr, &after);
    EXPECT_EQ(before.sa_handler, after.sa_handler);
}

}  // namespace
}  // namespace touchline::cli
