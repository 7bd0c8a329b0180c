#include "support/command_run.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace touchline::testing {

CommandRun runCommand(cli::CommandMain command, const std::vector<std::string>& args) {
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    CommandRun r;
    r.code = command(args);
    std::fflush(stdout);
    std::fflush(stderr);
    r.out = ::testing::internal::GetCapturedStdout();
    r.err = ::testing::internal::GetCapturedStderr();
    return r;
}

}  // namespace touchline::testing
