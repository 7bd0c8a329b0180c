#include "cli/check_replay.h"

#include <new>

namespace touchline::cli {

ReadReplay checkReplay(const std::string& path, bool physics) {
    ReadReplay read = readReplay(path);
    // A file that reads well is also simulated: a kick no human can hit, or a player who cannot reach
    // the ball in time, is an error of the file too, located at its action.
    if (!read.script || !physics) return read;
    try {
        const BakeResult baked = bakeReplay(read);
        if (const std::size_t n = baked.timeline.passageWarnings(); n > 0) {
            read.diagnostics.warning(read.script->passages.front().where,
                                     std::to_string(n) + " times in the passages the physics does not play the data "
                                                         "exactly (a deflection, a ball that comes late): they play as "
                                                         "the physics has them");
            read.diagnostics.sort();
        }
    } catch (const std::bad_alloc&) {
        read.diagnostics.error({path, 0, 0}, "not enough memory to simulate the script",
                               "its moments are longer, or its teams larger, than this machine can hold");
        read.diagnostics.sort();
    }
    return read;
}

}  // namespace touchline::cli
