// touchline bench: every speed figure of the project, one per line, "name: value unit".
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/bench_measure.h"
#include "cli/commands.h"
#include "cli/guide_example.h"
#include "cli/options.h"
#include "script/loader.h"

namespace touchline::cli {

namespace {

constexpr int kDefaultRuns = 21;

Options benchOptions() {
    Options options("bench [--replay FILE] [--runs N]",
                    "Measures how fast touchline works and prints every figure, one per line, as\n"
                    "'name: value unit' (the median of N runs after one warm-up run).");
    options.value("replay", "FILE", "the replay script to time (default: the bundled Juventus-Napoli)")
        .value("runs", "N", "runs per figure (default 21)");
    return options;
}

Result<std::string> readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot open " + path};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Status loadsCleanly(const LoadResult& result, const std::string& what) {
    if (result.ok()) return success();
    return Error{what + " does not load cleanly (" + std::to_string(result.diagnostics.errorCount()) +
                 " errors; see 'touchline check')"};
}

// Loading and validating a replay script, from the file when there is one.
Result<Measurement> loadValidate(const std::optional<std::string>& replay) {
    std::string path = replay.value_or(bundledReplayPath());
    if (replay || std::filesystem::exists(path)) {
        return Measurement{"load_validate_ms", "ms", [path] {
                               return millisecondsOf([&] { return loadsCleanly(loadScript(path), path); });
                           }};
    }
    auto guide = readText(formatGuidePath());
    if (!guide) return guide.error();
    auto example = guideExample(*guide);
    if (!example) return Error{"no example found in " + formatGuidePath()};
    std::fprintf(stderr, "touchline bench: no bundled replay yet; timing the format guide's example\n");
    return Measurement{"load_validate_ms", "ms", [text = *example] {
                           return millisecondsOf(
                               [&] { return loadsCleanly(parseScript(text, "example"), "the guide's example"); });
                       }};
}

}  // namespace

int benchMain(std::span<const std::string> args) {
    const Options options = benchOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    auto parsed = options.parse(args);
    if (!parsed) {
        std::fprintf(stderr, "touchline bench: %s\n", parsed.error().message.c_str());
        return kExitUsage;
    }
    int runs = kDefaultRuns;
    if (auto text = parsed->get("runs")) {
        try {
            runs = std::stoi(*text);
        } catch (const std::exception&) {
            runs = 0;
        }
        if (runs < 1 || runs > 100000) {
            std::fprintf(stderr, "touchline bench: --runs wants a whole number from 1 to 100000, not '%s'\n",
                         text->c_str());
            return kExitUsage;
        }
    }

    // Each figure is one entry here; later issues add theirs.
    std::vector<Result<Measurement>> measurements;
    measurements.push_back(loadValidate(parsed->get("replay")));

    int exitCode = kExitOk;
    for (const auto& measurement : measurements) {
        if (!measurement) {
            std::fprintf(stderr, "touchline bench: %s\n", measurement.error().message.c_str());
            exitCode = kExitFailure;
            continue;
        }
        auto figure = measure(*measurement, runs);
        if (!figure) {
            std::fprintf(stderr, "touchline bench: %s: %s\n", measurement->name.c_str(), figure.error().message.c_str());
            exitCode = kExitFailure;
            continue;
        }
        std::printf("%s\n", figure->text().c_str());
        std::fflush(stdout);
    }
    return exitCode;
}

}  // namespace touchline::cli
