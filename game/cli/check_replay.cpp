#include "cli/check_replay.h"

#include <new>

namespace touchline::cli {

ReadReplay checkReplay(const std::string& path, bool physics) {
    ReadReplay read = readReplay(path);
    // A file that reads well is also simulated: a kick no human can hit, or a player who cannot reach
    // the ball in time, is an error of the file too, located at its action.
    if (!read.script || !physics) return read;
    try {
        (void)bakeReplay(read);
    } catch (const std::bad_alloc&) {
        read.diagnostics.error({path, 0, 0}, "not enough memory to simulate the script",
                               "its moments are longer, or its teams larger, than this machine can hold");
        read.diagnostics.sort();
    }
    return read;
}

}  // namespace touchline::cli
