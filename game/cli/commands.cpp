#include "cli/commands.h"

#include <array>

namespace touchline::cli {

std::span<const Command> commands() {
    static constexpr std::array kCommands{
        Command{"view", "open the viewer (the default when no command is given)", viewerMain},
        Command{"shot", "render one frame to a PNG, headless", shotMain},
    };
    return kCommands;
}

}  // namespace touchline::cli
