#include "app/replay_files.h"

#include <cstdlib>
#include <filesystem>

#include <SDL.h>

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

}  // namespace touchline
