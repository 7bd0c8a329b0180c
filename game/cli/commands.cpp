#include "cli/commands.h"

#include <array>

namespace touchline::cli {

std::span<const Command> commands() {
    static constexpr std::array kCommands{
        Command{"view", "open the viewer (the default when no command is given)", viewerMain},
        Command{"shot", "render one frame to a PNG, headless", shotMain},
        Command{"import", "make a replay script from Wyscout or StatsBomb event data", importMain},
        Command{"check", "validate replay scripts, every error with its line and column", checkMain},
        Command{"summary", "print the match as the physics saw it, one line per event", summaryMain},
        Command{"render", "export a moment or the highlights as MP4, GIF or PNG frames", renderMain},
        Command{"storyboard", "draw every moment at its key instant on one PNG", storyboardMain},
        Command{"bench", "print every speed figure, one per line", benchMain},
    };
    return kCommands;
}

}  // namespace touchline::cli
