#pragma once
// The complete example of docs/replay-format.md: the tests check that it loads, and the bench times
// it when it is asked to.
#include <optional>
#include <string>
#include <string_view>

namespace touchline::cli {

// The last ```yaml block under the heading "A complete small example"; nullopt when there is none.
std::optional<std::string> guideExample(std::string_view markdown);

// Where the sources keep the format guide.
std::string formatGuidePath();

}  // namespace touchline::cli
