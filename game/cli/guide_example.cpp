#include "cli/guide_example.h"

namespace touchline::cli {

std::optional<std::string> guideExample(std::string_view markdown) {
    const std::string_view heading = "\n## A complete small example";
    const auto start = markdown.find(heading);
    if (start == std::string_view::npos) return std::nullopt;
    std::string_view section = markdown.substr(start + heading.size());
    if (auto next = section.find("\n## "); next != std::string_view::npos) section = section.substr(0, next);
    std::optional<std::string> last;
    const std::string_view open = "\n```yaml\n";
    for (auto at = section.find(open); at != std::string_view::npos; at = section.find(open, at + 1)) {
        const auto body = at + open.size();
        const auto close = section.find("\n```", body - 1);
        if (close == std::string_view::npos) break;
        last = std::string(section.substr(body, close + 1 - body));
    }
    return last;
}

std::string formatGuidePath() { return TOUCHLINE_SOURCE_DOCS "/replay-format.md"; }

}  // namespace touchline::cli
