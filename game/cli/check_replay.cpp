#include "cli/check_replay.h"

#include <new>

#include "timeline/bake.h"

namespace touchline::cli {

LoadResult checkReplay(const std::string& path, bool physics) {
    LoadResult result = loadScript(path);
    // A file that reads well is also simulated: a kick no human can hit, or a player who cannot reach
    // the ball in time, is an error of the file too, located at its action.
    if (!result.ok() || !physics) return result;
    try {
        const BakeResult baked = bake(result.script);
        for (const Diagnostic& d : baked.diagnostics.items()) result.diagnostics.add(d);
    } catch (const std::bad_alloc&) {
        result.diagnostics.error({path, 0, 0}, "not enough memory to simulate the script",
                                 "its moments are longer, or its teams larger, than this machine can hold");
    }
    result.diagnostics.sort();
    return result;
}

}  // namespace touchline::cli
