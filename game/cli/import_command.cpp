// touchline import: a provider's event data (Wyscout, StatsBomb) into a replay script, one line per
// moment made.
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "cli/options.h"
#include "edit/atomic_save.h"
#include "import/import.h"
#include "script/loader.h"
#include "script/script_writer.h"
#include "timeline/bake.h"

namespace touchline::cli {

namespace {

Options importOptions() {
    Options options("import FILE [--matches META.json] [--lineups FILE] [--out replay.yaml]",
                    "Reads a match's event data (the provider is recognised from the content: the Wyscout public\n"
                    "data set, StatsBomb open data), makes a moment of every goal, penalty, shot on target,\n"
                    "shot off the woodwork, goal disallowed for offside and red card (and, at the extended\n"
                    "level, the other shots), simulates them, and prints one line per moment. Where the physics\n"
                    "does not show what the data says, a warning says so at that moment. Without --out the\n"
                    "script goes next to FILE as <name>.yaml.");
    options.value("matches", "META.json", "Wyscout match records (line-ups, substitutions, score, venue, date); "
                                          "default: the matches_*.json beside FILE or in matches/ that holds it")
        .value("lineups", "FILE", "StatsBomb line-ups (default: <id>_lineups.json or <id>-lineups.json beside FILE)")
        .value("out", "replay.yaml", "where to write the replay script")
        .positionals(1, 1, "FILE (a provider's events file)");
    return options;
}

}  // namespace

int importMain(std::span<const std::string> args) {
    const Options options = importOptions();
    if (Options::wantsHelp(args)) {
        std::printf("%s", options.help().c_str());
        return kExitOk;
    }
    auto parsed = options.parse(args);
    if (!parsed) {
        std::fprintf(stderr, "touchline import: %s\n", parsed.error().message.c_str());
        return kExitUsage;
    }
    const std::string path = parsed->positionals().front();
    import::ImportOptions request;
    request.matches = parsed->get("matches");
    request.lineups = parsed->get("lineups");
    import::ImportedMatch imported = import::importMatch(path, request);
    if (imported.script) {
        BakeResult baked = bake(*imported.script);
        for (const Diagnostic& d : baked.diagnostics.items()) imported.diagnostics.add(d);
        import::checkOutcomes(baked.timeline, imported.drafts, path, imported.diagnostics);
    }
    std::fputs(imported.diagnostics.text().c_str(), stderr);
    if (!imported.script) {
        std::fprintf(stderr, "touchline import: %s: %zu errors, nothing imported\n", path.c_str(),
                     imported.diagnostics.errorCount());
        return kExitFailure;
    }
    const Script& script = *imported.script;
    std::printf("%s %d\u2013%d %s, %s %s: %zu moments, %zu markers\n", script.teams[0].name.c_str(),
                script.match.finalScore[0], script.match.finalScore[1], script.teams[1].name.c_str(),
                script.match.competition.c_str(), script.match.date.c_str(), script.moments.size(), script.markers.size());
    for (const Moment& m : script.moments) {
        std::printf("  %-9s %-8s %-34s %s\n", script.clock.preciseText(m.matchTime).c_str(),
                    std::string(levelKeyword(m.level)).c_str(), m.id.c_str(), m.title.c_str());
    }
    const std::string out = parsed->getOr("out", std::filesystem::path(path).replace_extension(".yaml").string());
    const std::string text = writeScript(script);
    // What we write must read back as the same match: a script the loader refuses is never left behind.
    const LoadResult reread = parseScript(text, out);
    if (!reread.ok()) {
        std::fputs(reread.diagnostics.text().c_str(), stderr);
        std::fprintf(stderr, "touchline import: the script written for %s does not read back; nothing written\n", path.c_str());
        return kExitFailure;
    }
    edit::FileWriter files;
    edit::SaveOptions save;
    save.mustExist = false;
    if (Status written = edit::saveAtomically(out, text, files, save); !written) {
        std::fprintf(stderr, "touchline import: cannot write %s: %s\n", out.c_str(), written.error().message.c_str());
        return kExitFailure;
    }
    std::printf("wrote %s\n", out.c_str());
    return imported.diagnostics.hasErrors() ? kExitFailure : kExitOk;
}

}  // namespace touchline::cli
