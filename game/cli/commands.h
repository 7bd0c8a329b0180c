#pragma once
// The `touchline` sub-commands. Each lives in its own file and is listed once in commands.cpp.
#include <span>
#include <string>
#include <string_view>

namespace touchline::cli {

using CommandMain = int (*)(std::span<const std::string> args);

struct Command {
    std::string_view name;
    std::string_view summary;
    CommandMain run;
};

std::span<const Command> commands();

// Exit codes shared by every sub-command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the work failed (invalid script, unwritable file, ...)
inline constexpr int kExitUsage = 2;    // the command line itself was wrong

int viewerMain(std::span<const std::string> args);
int shotMain(std::span<const std::string> args);
int checkMain(std::span<const std::string> args);
int importMain(std::span<const std::string> args);
int benchMain(std::span<const std::string> args);
int summaryMain(std::span<const std::string> args);
int renderMain(std::span<const std::string> args);
int storyboardMain(std::span<const std::string> args);

}  // namespace touchline::cli
