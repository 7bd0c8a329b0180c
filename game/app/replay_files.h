#pragma once
// Finding and opening replay scripts for the program: the bundled replay, and load -> validate -> bake
// for any file, with every located diagnostic.
#include <memory>
#include <optional>
#include <string>

#include "import/import_progress.h"
#include "import/moment_builder.h"
#include "script/diagnostics.h"
#include "timeline/bake.h"
#include "timeline/timeline.h"

namespace touchline {

// assets/replays/juventus-napoli-2018-04-22.yaml, wherever the assets are ($TOUCHLINE_ASSETS, next to
// the program, or the source tree it was built from).
std::string bundledReplayPath();
std::string assetsDirectory();

// A replay script, or a provider's event data imported in memory (recognised by its content), read
// and validated but not baked.
struct ReadReplay {
    std::optional<Script> script;             // nothing when the file has errors
    std::vector<import::MomentDraft> drafts;  // for an import: what each moment must show
    Diagnostics diagnostics;
    bool imported = false;
};

// How much of a provider's event data to import: its moments (a fraction of a second), or the whole
// match, every passage of play between them baked and mended (seconds; `progress` reports them and can
// stop the import, which is then an error). A replay script is read whole either way.
enum class ImportScope { Moments, WholeMatch };

struct ReadOptions {
    ImportScope scope = ImportScope::Moments;
    import::ImportProgress progress;
};

ReadReplay readReplay(const std::string& path, const ReadOptions& options = {});
// Bakes what was read, adding to its diagnostics what the physics cannot do and, for an import, every
// moment where the physics does not show what the data says.
// The viewer bakes a whole match's passages later (PassageTiming::Later), in the background; the
// sub-commands bake everything at once.
BakeResult bakeReplay(ReadReplay& read, PassageTiming passages = PassageTiming::Now);

struct OpenedReplay {
    std::shared_ptr<const Timeline> timeline;  // null when the file has errors
    Diagnostics diagnostics;                   // errors and warnings, located
};

OpenedReplay openReplay(const std::string& path, PassageTiming passages = PassageTiming::Now,
                        const ReadOptions& options = {});

}  // namespace touchline
