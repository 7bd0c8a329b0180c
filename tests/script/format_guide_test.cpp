// docs/replay-format.md promises that its complete example loads; this keeps the promise.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli/guide_example.h"
#include "script/loader.h"

namespace touchline {
namespace {

std::string readGuide() {
    std::ifstream in(std::string(TOUCHLINE_SOURCE_DIR) + "/docs/replay-format.md", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(FormatGuide, TheCompleteExampleLoadsWithoutAnyProblem) {
    const std::string guide = readGuide();
    ASSERT_FALSE(guide.empty()) << "docs/replay-format.md is missing";
    const auto example = cli::guideExample(guide);
    ASSERT_TRUE(example.has_value()) << "no ```yaml block under 'A complete small example'";
    const LoadResult r = parseScript(*example, "docs/replay-format.md#example");
    EXPECT_TRUE(r.diagnostics.empty()) << r.diagnostics.text();
    EXPECT_EQ(r.script.teams[0].name, "Reds");
    EXPECT_EQ(r.script.teams[1].name, "Blues");
    ASSERT_EQ(r.script.moments.size(), 1u);
    EXPECT_EQ(r.script.moments[0].id, "the-winner");
    EXPECT_EQ(r.script.moments[0].actions.size(), 3u);
    EXPECT_EQ(r.script.markers.size(), 2u);
}

TEST(FormatGuide, ExtractsTheLastYamlBlockOfTheSection) {
    const std::string markdown =
        "# Guide\n```yaml\nearlier: 1\n```\n\n## A complete small example\n\nText.\n\n```yaml\nfirst: 1\n```\n"
        "\n```yaml\nformat: 1\nlast: 2\n```\n\n## After\n\n```yaml\nlater: 3\n```\n";
    EXPECT_EQ(cli::guideExample(markdown), "format: 1\nlast: 2\n");
    EXPECT_EQ(cli::guideExample("# nothing here\n"), std::nullopt);
}

}  // namespace
}  // namespace touchline
