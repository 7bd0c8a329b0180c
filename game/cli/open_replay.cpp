#include "cli/open_replay.h"

#include <algorithm>
#include <cstdio>

#include "app/replay_files.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/passage_progress.h"
#include "import/import.h"

namespace touchline::cli {

namespace {

CommandReplay reported(const std::string& file, OpenedReplay opened) {
    for (const Diagnostic& d : opened.diagnostics.items()) std::fprintf(stderr, "%s\n", d.text().c_str());
    if (opened.timeline) return {std::move(opened.timeline), "", kExitOk};
    const std::size_t errors = opened.diagnostics.errorCount();
    return {nullptr, file + ": " + std::to_string(errors) + (errors == 1 ? " error" : " errors") + ", nothing to show",
            kExitFailure};
}

}  // namespace

CommandReplay openForCommand(const std::optional<std::string>& path, const NeedsWholeMatch& needsWholeMatch) {
    const std::string file = path ? *path : bundledReplayPath();
    const bool provider = import::isProviderFile(file);
    OpenedReplay moments = openReplay(file);
    if (!provider || !moments.timeline || !needsWholeMatch || !needsWholeMatch(*moments.timeline)) {
        return reported(file, std::move(moments));
    }
    ReadOptions whole;
    whole.scope = ImportScope::WholeMatch;
    OpenedReplay opened;
    {
        PassageProgress progress(file);
        whole.progress = progress.progress();
        opened = openReplay(file, PassageTiming::Now, whole);
        progress.close();
        if (progress.interrupted()) {
            return {nullptr, "interrupted while importing the whole match", InterruptGuard::kExitInterrupted};
        }
    }
    return reported(file, std::move(opened));
}

bool outsideMoments(const std::vector<MomentSpan>& moments, const std::vector<double>& times) {
    return std::any_of(times.begin(), times.end(), [&](double t) {
        return std::none_of(moments.begin(), moments.end(),
                            [&](const MomentSpan& m) { return t >= m.start - 1e-9 && t <= m.end + 1e-9; });
    });
}

}  // namespace touchline::cli
