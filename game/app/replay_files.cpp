#include "app/replay_files.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <SDL.h>

#include "script/loader.h"
#include "timeline/bake.h"

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

OpenedReplay openReplay(const std::string& path) {
    OpenedReplay opened;
    LoadResult loaded = loadScript(path);
    opened.diagnostics = std::move(loaded.diagnostics);
    if (opened.diagnostics.hasErrors()) return opened;
    // What the physics cannot do (an unreachable kick) is an error of the file too: the caller shows it
    // with the loader's warnings, in the order of the file.
    BakeResult baked = bake(loaded.script);
    for (const Diagnostic& d : baked.diagnostics.items()) opened.diagnostics.add(d);
    opened.diagnostics.sort();
    if (!baked.ok()) return opened;
    opened.timeline = std::make_shared<const Timeline>(std::move(baked.timeline));
    return opened;
}

Result<std::shared_ptr<const Timeline>> openReplayReporting(const std::optional<std::string>& path) {
    const std::string file = path ? *path : bundledReplayPath();
    OpenedReplay opened = openReplay(file);
    for (const Diagnostic& d : opened.diagnostics.items()) std::fprintf(stderr, "%s\n", d.text().c_str());
    if (opened.timeline) return opened.timeline;
    const std::size_t errors = opened.diagnostics.errorCount();
    return Error{file + ": " + std::to_string(errors) + (errors == 1 ? " error" : " errors") + ", nothing to show"};
}

}  // namespace touchline
