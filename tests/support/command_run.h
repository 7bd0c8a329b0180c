#pragma once
// A sub-command run in the test's own process, as `touchline NAME ARGS...` would run it, with what it
// printed on stdout and stderr.
#include <string>
#include <vector>

#include "cli/commands.h"

namespace touchline::testing {

struct CommandRun {
    int code = 0;
    std::string out, err;
};

CommandRun runCommand(cli::CommandMain command, const std::vector<std::string>& args);

}  // namespace touchline::testing
