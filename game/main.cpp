// touchline: the program. Dispatches to a sub-command; with none, opens the viewer.
#include <cstdio>
#include <exception>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/text.h"

namespace {

void printUsage() {
    std::printf("usage: touchline [FILE] [options]        open the viewer on a replay script\n");
    std::printf("       touchline COMMAND [args] [--help]\n\ncommands:\n");
    for (const auto& command : touchline::cli::commands()) {
        std::printf("  %-12.*s %.*s\n", static_cast<int>(command.name.size()), command.name.data(),
                    static_cast<int>(command.summary.size()), command.summary.data());
    }
    std::printf("\nWith no FILE the viewer opens the bundled Juventus 0-1 Napoli (22 April 2018).\n"
                "Run 'touchline COMMAND --help' for a command's options.\n");
}

int dispatch(const std::vector<std::string>& args) {
    using namespace touchline::cli;
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
        printUsage();
        std::printf("\n");
        const std::vector<std::string> help{"--help"};
        return viewerMain(help);  // the viewer's own options, the program's default command
    }
    if (!args.empty() && args[0] == "--version") {
        std::printf("touchline 0.1.0\n");
        return kExitOk;
    }
    if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
        for (const auto& command : commands()) {
            if (args[0] == command.name) {
                return command.run(std::span(args).subspan(1));
            }
        }
        // A bare word that names no command and no file is most likely a mistyped command.
        bool looksLikeFile = args[0].find('.') != std::string::npos || args[0].find('/') != std::string::npos;
        if (!looksLikeFile) {
            std::vector<std::string> names;
            for (const auto& command : commands()) names.emplace_back(command.name);
            std::string message = "touchline: unknown command '" + args[0] + "'";
            if (auto near = touchline::nearestName(args[0], names)) message += " (did you mean '" + *near + "'?)";
            std::fprintf(stderr, "%s\nRun 'touchline --help' for the list.\n", message.c_str());
            return kExitUsage;
        }
    }
    return viewerMain(args);
}

// The program keeps the memory it frees for its next use. The first write to a page of memory costs
// the kernel a fault, some 10 us on the virtual machines we measure on (more than the work done in
// many a page), and glibc hands a freed buffer over 128 KB back to the kernel at once (or the heap's
// free top past 128 KB): the next import, bake or export then pays for every page again. Buffers up to
// 32 MB (glibc's ceiling for this) now come from the heap, and it keeps up to 256 MB free: the viewer
// holds a whole match's bake, some 50 MB, so this is at most a few such.
void keepFreedMemory() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

}  // namespace

int main(int argc, char** argv) {
    keepFreedMemory();
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return dispatch(args);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "touchline: internal error: %s\nPlease report this with the command you ran.\n",
                     e.what());
        return 70;
    }
}
