#include "app/replay_files.h"

#include <cstdlib>
#include <filesystem>

#include <SDL.h>

#include "import/import.h"
#include "script/loader.h"

namespace touchline {

std::string assetsDirectory() {
    namespace fs = std::filesystem;
    if (const char* custom = std::getenv("TOUCHLINE_ASSETS")) return custom;
    // An installed or copied program keeps its assets beside it; a build uses the source tree's.
    if (char* base = SDL_GetBasePath()) {
        const fs::path beside = fs::path(base) / "assets";
        SDL_free(base);
        if (fs::exists(beside / "replays")) return beside.string();
    }
    return TOUCHLINE_SOURCE_ASSETS;
}

std::string bundledReplayPath() {
    return (std::filesystem::path(assetsDirectory()) / "replays" / "juventus-napoli-2018-04-22.yaml").string();
}

ReadReplay readReplay(const std::string& path, const ReadOptions& options) {
    ReadReplay read;
    if (import::isProviderFile(path)) {
        // The moments only unless asked: building a whole match's passages takes seconds (each is baked
        // and mended), which opening a file must not (`touchline import` writes them, and the script
        // opens whole).
        import::ImportOptions request;
        request.passages = options.scope == ImportScope::WholeMatch;
        request.progress = options.progress;
        import::ImportedMatch imported = import::importMatch(path, request);
        read.diagnostics = std::move(imported.diagnostics);
        read.imported = true;
        if (!imported.ok()) return read;
        read.script = std::move(imported.script);
        read.drafts = std::move(imported.drafts);
        return read;
    }
    LoadResult loaded = loadScript(path);
    read.diagnostics = std::move(loaded.diagnostics);
    if (!read.diagnostics.hasErrors()) read.script = std::move(loaded.script);
    return read;
}

BakeResult bakeReplay(ReadReplay& read, PassageTiming passages) {
    BakeResult baked = bake(*read.script, {}, passages);
    for (const Diagnostic& d : baked.diagnostics.items()) read.diagnostics.add(d);
    if (read.imported) import::checkOutcomes(baked.timeline, read.drafts, read.script->path, read.diagnostics);
    read.diagnostics.sort();
    return baked;
}

OpenedReplay openReplay(const std::string& path, PassageTiming passages, const ReadOptions& options) {
    OpenedReplay opened;
    ReadReplay read = readReplay(path, options);
    // What the physics cannot do (an unreachable kick) is an error of the file too: the caller shows it
    // with the loader's warnings, in the order of the file.
    if (read.script) {
        BakeResult baked = bakeReplay(read, passages);
        if (baked.ok()) opened.timeline = std::make_shared<const Timeline>(std::move(baked.timeline));
    }
    opened.diagnostics = std::move(read.diagnostics);
    return opened;
}

}  // namespace touchline
