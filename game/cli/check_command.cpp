// touchline check: validates replay scripts and says, line and column, everything that is wrong.
#include <cstdio>
#include <limits>

#include "cli/check_replay.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/text.h"

namespace touchline::cli {

namespace {

Options checkOptions() {
    Options options("check FILE...",
                    "Reads each replay script, simulates it, and reports every problem as FILE:LINE:COL: message\n"
                    "(hint): mistakes in the text, and what the physics cannot do (a kick beyond a human's\n"
                    "reach, a player who cannot get to the ball). A provider's event data file (Wyscout,\n"
                    "StatsBomb) is imported first, its problems given with their JSON path. Exits 0 when every\n"
                    "file is valid (warnings do not count), 1 otherwise.");
    options.flag("no-physics", "only read and validate the text; do not simulate");
    options.positionals(1, std::numeric_limits<std::size_t>::max(), "FILE... (replay scripts or event data files)");
    return options;
}

std::string counted(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// "Juventus 0–1 Napoli, 11 moments, 14 markers"
std::string summary(const Script& script) {
    const Team& home = script.team(TeamSide::Home);
    const Team& away = script.team(TeamSide::Away);
    return excerpt(home.name) + " " + std::to_string(script.match.finalScore[0]) + "\u2013" +
           std::to_string(script.match.finalScore[1]) + " " + excerpt(away.name) + ", " +
           counted(script.moments.size(), "moment") + ", " + counted(script.markers.size(), "marker");
}

}  // namespace

int checkMain(std::span<const std::string> args) {
    const Options options = checkOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    auto parsed = options.parse(args);
    if (!parsed) {
        std::fprintf(stderr, "touchline check: %s\n", parsed.error().message.c_str());
        return kExitUsage;
    }
    bool allValid = true;
    for (const std::string& path : parsed->positionals()) {
        const ReadReplay read = checkReplay(path, !parsed->has("no-physics"));
        std::fflush(stdout);  // keep each file's report together when both streams go to one terminal
        std::fputs(read.diagnostics.text().c_str(), stderr);
        if (read.script && !read.diagnostics.hasErrors()) {
            std::printf("%s: ok \u2014 %s\n", path.c_str(), summary(*read.script).c_str());
        } else {
            allValid = false;
            std::fprintf(stderr, "%s: %s\n", path.c_str(), counted(read.diagnostics.errorCount(), "error").c_str());
        }
        std::fflush(stderr);
    }
    return allValid ? kExitOk : kExitFailure;
}

}  // namespace touchline::cli
