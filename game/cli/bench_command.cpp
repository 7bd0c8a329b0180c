// touchline bench: every speed figure of the project, one per line, "name: value unit".
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

#include "app/replay_files.h"
#include "cli/bench_measure.h"
#include "cli/commands.h"
#include "cli/export_bench.h"
#include "cli/guide_example.h"
#include "cli/hostile_bench.h"
#include "cli/import_bench.h"
#include "cli/options.h"
#include "cli/render_bench.h"
#include "cli/sim_bench.h"
#include "cli/viewer_bench.h"
#include "core/text.h"
#include "script/loader.h"
#include "timeline/bake.h"

namespace touchline::cli {

namespace {

constexpr int kDefaultRuns = 21;
constexpr const char* kFigureNames[] = {
    "load_validate_ms", "bake_ms", "rebake_moment_ms", "sample_ns", "render_fps_1280x720",
    "mpl_peer_fps_1280x720", "render_vs_mpl_ratio", "viewer_scrub_frame_ms", "export_mp4_s", "export_render_fps",
    "check_hostile_worst_ms", "import_wyscout_ms", "import_statsbomb_ms", "open_to_first_frame_ms",
    "bake_full_match_ms", "full_match_mb", "scrub_full_match_frame_ms"};

Options benchOptions() {
    Options options("bench [--replay FILE] [--runs N] [--only NAMES] [--guide]",
                    "Measures how fast touchline works and prints every figure, one per line, as\n"
                    "'name: value unit' (the median of N runs after one warm-up run; the slow figures,\n"
                    "rendering and export, run fewer times). The matplotlib peer runs in the same process\n"
                    "run so the ratio compares like with like.");
    options.value("replay", "FILE", "the replay script to time (default: the bundled Juventus-Napoli)")
        .value("runs", "N", "runs per figure (default 21)")
        .value("only", "NAMES", "comma-separated figures to measure (default: all)")
        .flag("guide", "time loading the format guide's example instead of a replay file");
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

Result<Measurement> loadValidate(const std::string& path) {
    return Measurement{"load_validate_ms", "ms", [path] {
                           return millisecondsOf([&] { return loadsCleanly(loadScript(path), path); });
                       }};
}

Result<Measurement> loadValidateGuide() {
    auto guide = readText(formatGuidePath());
    if (!guide) return guide.error();
    auto example = guideExample(*guide);
    if (!example) return Error{"no example found in " + formatGuidePath()};
    return Measurement{"load_validate_ms", "ms", [text = *example] {
                           return millisecondsOf(
                               [&] { return loadsCleanly(parseScript(text, "example"), "the guide's example"); });
                       }};
}

// The moment the render and export figures use: Koulibaly's winner, else the replay's longest.
std::string benchMomentId(const Script& script) {
    if (script.findMoment("koulibaly-winner")) return "koulibaly-winner";
    const Moment* longest = nullptr;
    for (const Moment& m : script.moments) {
        if (!longest || m.duration > longest->duration) longest = &m;
    }
    return longest ? longest->id : std::string();
}

class Bench {
public:
    Bench(int runs, std::vector<std::string> only) : runs_(runs), only_(std::move(only)) {}

    bool wants(std::string_view name) const {
        if (only_.empty()) return true;
        for (const auto& n : only_) {
            if (n == name) return true;
        }
        return false;
    }
    void report(const Result<Measurement>& measurement) {
        if (!measurement) return fail(measurement.error().message);
        if (!wants(measurement->name)) return;
        auto figure = measure(*measurement, runs_);
        if (!figure) return fail(measurement->name + ": " + figure.error().message);
        print(*figure);
    }
    void print(const Figure& figure) {
        std::printf("%s\n", figure.text().c_str());
        std::fflush(stdout);
    }
    void fail(const std::string& message) {
        std::fprintf(stderr, "touchline bench: %s\n", message.c_str());
        exitCode_ = kExitFailure;
    }
    int runs() const { return runs_; }
    int exitCode() const { return exitCode_; }

private:
    int runs_;
    std::vector<std::string> only_;
    int exitCode_ = kExitOk;
};

Result<double> ok(double value) { return value; }

void measureReplay(Bench& bench, const std::string& path) {
    if (bench.wants("load_validate_ms")) bench.report(loadValidate(path));
    const bool wantsTimeline = bench.wants("bake_ms") || bench.wants("rebake_moment_ms") ||
                               bench.wants("sample_ns") || bench.wants("render_fps_1280x720") ||
                               bench.wants("render_vs_mpl_ratio") || bench.wants("export_mp4_s") ||
                               bench.wants("export_render_fps") || bench.wants("mpl_peer_fps_1280x720") ||
                               bench.wants("viewer_scrub_frame_ms") || bench.wants("bake_full_match_ms") ||
                               bench.wants("full_match_mb");
    if (!wantsTimeline) return;
    LoadResult loaded = loadScript(path);
    if (!loaded.ok()) return bench.fail(loadsCleanly(loaded, path).error().message);
    auto script = std::make_shared<const Script>(std::move(loaded.script));
    BakeResult baked = bake(*script);
    if (!baked.ok()) return bench.fail(path + " does not bake cleanly (see 'touchline check')");
    auto timeline = std::make_shared<const Timeline>(std::move(baked.timeline));

    bench.report(Measurement{"bake_ms", "ms", [script] { return ok(benchBakeMs(*script, 1)); }});
    if (!script->passages.empty()) {
        bench.report(Measurement{"bake_full_match_ms", "ms", [script] { return ok(benchBakeFullMatchMs(*script, 1)); }, 3});
        if (bench.wants("full_match_mb")) bench.print({"full_match_mb", static_cast<double>(timeline->memoryBytes()) / 1e6, "MB"});
    } else if (bench.wants("bake_full_match_ms") || bench.wants("full_match_mb")) {
        std::fprintf(stderr, "touchline bench: bake_full_match_ms, full_match_mb skipped: %s has no passages\n", path.c_str());
    }
    bench.report(Measurement{"rebake_moment_ms", "ms", [script] { return ok(benchRebakeMomentMs(*script, 1)); }});
    bench.report(Measurement{"sample_ns", "ns", [timeline] { return ok(benchSampleNs(*timeline, 1)); }});

    const std::string moment = benchMomentId(*script);
    double renderFps = 0.0;
    if (bench.wants("render_fps_1280x720") || bench.wants("render_vs_mpl_ratio")) {
        auto figure = measure(Measurement{"render_fps_1280x720", "frames/s",
                                          [timeline, moment] { return renderFramesPerSecond(*timeline, moment); }, 5},
                              bench.runs());
        if (!figure) return bench.fail("render_fps_1280x720: " + figure.error().message);
        renderFps = figure->value;
        if (bench.wants("render_fps_1280x720")) bench.print(*figure);
    }
    if (bench.wants("mpl_peer_fps_1280x720") || bench.wants("render_vs_mpl_ratio")) {
        if (auto peer = matplotlibPeerPath(); !peer) {
            bench.fail("mpl_peer_fps_1280x720: no ../shared/bench/mpl_peer.py (set TOUCHLINE_MPL_PEER)");
        } else if (auto fps = matplotlibPeerFps(*peer); !fps) {
            bench.fail("mpl_peer_fps_1280x720: " + fps.error().message);
        } else {
            if (bench.wants("mpl_peer_fps_1280x720")) bench.print({"mpl_peer_fps_1280x720", *fps, "frames/s"});
            if (bench.wants("render_vs_mpl_ratio") && renderFps > 0.0 && *fps > 0.0) {
                bench.print({"render_vs_mpl_ratio", renderFps / *fps, "x"});
            }
        }
    }
    bench.report(Measurement{"viewer_scrub_frame_ms", "ms", [timeline] { return viewerScrubFrameMs(timeline); }, 3});
    if (bench.wants("export_mp4_s") || bench.wants("export_render_fps")) {
        auto figures = measureExport(*timeline, moment);
        if (!figures) return bench.fail("export_mp4_s: " + figures.error().message);
        if (bench.wants("export_mp4_s")) bench.print({"export_mp4_s", figures->mp4Seconds, "s"});
        if (bench.wants("export_render_fps")) bench.print({"export_render_fps", figures->renderFps, "frames/s"});
    }
}

// The importer's figures, on the shared data; each skipped with a line saying why when it is absent.
// A frame after a random jump in a whole match: the replay when it has passages, else the shared
// Wyscout match imported (once the importer writes its passages); skipped with the reason otherwise.
void measureFullMatchScrub(Bench& bench, const std::string& replay) {
    constexpr const char* kName = "scrub_full_match_frame_ms";
    std::string path = replay;
    if (const LoadResult loaded = loadScript(replay); !loaded.ok() || loaded.script.passages.empty()) {
        const auto file = sharedDataFile(kWyscoutBenchMatch);
        if (!file) {
            std::fprintf(stderr, "touchline bench: %s skipped: %s has no passages and there is no ../shared/data/%s\n",
                         kName, replay.c_str(), kWyscoutBenchMatch);
            return;
        }
        path = *file;
    }
    auto ms = viewerJumpFrameMs(path);
    if (!ms) {
        std::fprintf(stderr, "touchline bench: %s skipped: %s\n", kName, ms.error().message.c_str());
        return;
    }
    bench.print({kName, *ms, "ms"});
}

void measureImports(Bench& bench, const std::string& replay) {
    const auto importFigure = [&](const char* name, const char* relative) {
        if (!bench.wants(name)) return;
        const auto file = sharedDataFile(relative);
        if (!file) {
            std::fprintf(stderr, "touchline bench: %s skipped: no ../shared/data/%s (set TOUCHLINE_DATA_DIR)\n", name, relative);
            return;
        }
        bench.report(Measurement{name, "ms", [path = *file] { return importMilliseconds(path); }, 7});
    };
    importFigure("import_wyscout_ms", kWyscoutBenchMatch);
    if (bench.wants("scrub_full_match_frame_ms")) measureFullMatchScrub(bench, replay);
    importFigure("import_statsbomb_ms", kStatsBombBenchMatch);
    if (bench.wants("open_to_first_frame_ms")) {
        if (const auto file = sharedDataFile(kWyscoutBenchMatch)) {
            bench.report(Measurement{"open_to_first_frame_ms", "ms",
                                     [path = *file] { return openToFirstFrameMilliseconds(path); }, 3});
        } else {
            std::fprintf(stderr, "touchline bench: open_to_first_frame_ms skipped: no ../shared/data/%s\n", kWyscoutBenchMatch);
        }
    }
}

}  // namespace

int benchMain(std::span<const std::string> args) {
    const Options options = benchOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        std::printf("\nFigures: %s\n", joinList(std::vector<std::string>(std::begin(kFigureNames), std::end(kFigureNames)), ", ").c_str());
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
    std::vector<std::string> only;
    if (auto text = parsed->get("only")) {
        std::stringstream list(*text);
        for (std::string name; std::getline(list, name, ',');) {
            bool known = false;
            for (const char* figure : kFigureNames) known = known || name == figure;
            if (!known) {
                std::vector<std::string> names(std::begin(kFigureNames), std::end(kFigureNames));
                const auto near = nearestName(name, names);
                std::fprintf(stderr, "touchline bench: --only: no figure '%s'%s\n", name.c_str(),
                             near ? (" (did you mean '" + *near + "'?)").c_str() : "");
                return kExitUsage;
            }
            only.push_back(name);
        }
    }

    Bench bench(runs, std::move(only));
    if (parsed->has("guide")) {
        bench.report(loadValidateGuide());
    } else {
        measureReplay(bench, parsed->get("replay").value_or(bundledReplayPath()));
        if (bench.wants("check_hostile_worst_ms")) bench.report(hostileCheckWorst());
        measureImports(bench, parsed->get("replay").value_or(bundledReplayPath()));
    }
    return bench.exitCode();
}

}  // namespace touchline::cli
