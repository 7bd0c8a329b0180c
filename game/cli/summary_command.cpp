// touchline summary: the match as the physics saw it, one line per observed event in clock order.
#include <cstdio>

#include "cli/commands.h"
#include "cli/open_replay.h"
#include "cli/options.h"
#include "timeline/match_summary.h"
#include "timeline/plausibility.h"

namespace touchline::cli {

namespace {

Options summaryOptions() {
    Options options("summary [FILE] [--every-touch] [--stats]",
                    "Simulates the replay and prints what the physics observed, one line per event in clock\n"
                    "order (goals, offsides, saves, shots wide or over, the woodwork, cards...), then the\n"
                    "final score as the detected goals make it. Nothing is taken from the captions.");
    options.flag("every-touch", "also list every kick, header and bounce")
        .flag("stats", "then how far and how fast each player ran, players standing too close, and whether\n"
                       "the offsides computed agree with the offside whistles")
        .positionals(0, 1, "FILE (a replay script or a provider's event data; the bundled match when omitted:\n"
                           "event data is imported whole for --every-touch and --stats)");
    return options;
}

}  // namespace

int summaryMain(std::span<const std::string> args) {
    const Options options = summaryOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    auto parsed = options.parse(args);
    if (!parsed) {
        std::fprintf(stderr, "touchline summary: %s\n", parsed.error().message.c_str());
        return kExitUsage;
    }
    std::optional<std::string> file;
    if (!parsed->positionals().empty()) file = parsed->positionals().front();
    // Every touch and the running figures are the whole match's: a provider's event data is imported
    // with its passages for them. The goals are all in the moments.
    const bool whole = parsed->has("every-touch") || parsed->has("stats");
    const CommandReplay replay = openForCommand(file, [whole](const Timeline&) { return whole; });
    if (!replay) {
        std::fprintf(stderr, "touchline summary: %s\n", replay.error.c_str());
        return replay.exitCode;
    }
    for (const std::string& line : matchSummary(*replay.timeline, SummaryOptions{parsed->has("every-touch")})) {
        std::printf("%s\n", line.c_str());
    }
    if (parsed->has("stats")) {
        const Timeline& tl = *replay.timeline;
        for (const std::string& line : plausibilityReport(tl, measurePlausibility(tl))) std::printf("%s\n", line.c_str());
    }
    return kExitOk;
}

}  // namespace touchline::cli
