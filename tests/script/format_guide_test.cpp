// docs/replay-format.md promises that its complete example loads; this keeps the promise.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "cli/guide_example.h"
#include "render/projection.h"
#include "script/action_schema.h"
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
    ASSERT_EQ(r.script.moments.size(), 2u);
    EXPECT_EQ(r.script.moments[0].id, "the-winner");
    EXPECT_EQ(r.script.moments[0].actions.size(), 3u);
    EXPECT_EQ(r.script.moments[1].actions[0].kind, ActionKind::Penalty);
    EXPECT_EQ(r.script.markers.size(), 2u);
}

// The table of actions names every kind the format reads, and each kind's fields (script/action_schema.h):
// a kind or a field added to the schema and not to the guide fails here, and so does a row for a kind
// that is no more.
TEST(FormatGuide, TheActionTableHasEveryKindAndFieldOfTheSchema) {
    const std::string guide = readGuide();
    const auto table = guide.find("| kind | fields | what happens |");
    ASSERT_NE(table, std::string::npos);
    std::map<std::string, std::string> rows;
    const std::size_t separator = guide.find('\n', table);  // the |---| line
    for (std::size_t at = guide.find('\n', separator + 1); at != std::string::npos && guide.compare(at + 1, 3, "| `") == 0;
         at = guide.find('\n', at + 1)) {
        const std::size_t name = at + 4;
        const std::string kind = guide.substr(name, guide.find('`', name) - name);
        rows[kind] = guide.substr(at + 1, guide.find('\n', at + 1) - at - 1);
    }
    for (const ActionSchema& schema : actionSchemas()) {
        const std::string kind(schema.keyword);
        ASSERT_TRUE(rows.count(kind)) << "no row for '" << kind << "'";
        std::string described = rows[kind];
        if (described.find("as `pass`") != std::string::npos) described += rows["pass"];
        for (const FieldSpec& field : schema.fields) {
            EXPECT_NE(described.find("`" + std::string(field.key)), std::string::npos)
                << "'" << kind << "' does not list '" << field.key << "'";
        }
    }
    for (const auto& [kind, row] : rows) EXPECT_TRUE(kindFromKeyword(kind).has_value()) << "'" << kind << "' is no kind";
}

// What "Sides: whose left, whose right, which post" says, checked against the code's conventions.
TEST(FormatGuide, TheFigureOfSidesAgreesWithTheCode) {
    // y = 0 is the bottom of the screen and x = 105 its right: a player facing +x has y = 0 on his right.
    const Projection view(Camera{}, 1280, 720);
    EXPECT_GT(view.toScreen({52.5, 0.0}).y, view.toScreen({52.5, 68.0}).y);
    EXPECT_GT(view.toScreen({105.0, 34.0}).x, view.toScreen({0.0, 34.0}).x);
    // The spots and the posts the table names.
    EXPECT_EQ(pitch::penaltySpot(pitch::End::Right), (Vec2{94.0, 34.0}));
    EXPECT_EQ(pitch::penaltySpot(pitch::End::Left), (Vec2{11.0, 34.0}));
    EXPECT_NEAR(pitch::kCentre.y - pitch::kGoalWidth / 2.0, 30.34, 1e-9);
    EXPECT_NEAR(pitch::kCentre.y + pitch::kGoalWidth / 2.0, 37.66, 1e-9);
    // The bundled match: Napoli attack right in the second half, take the 90+1' corner from their right
    // at y = 0, and Koulibaly heads in at y = 36.8 (his left, Buffon's right); Höwedes' spot [24, 10],
    // a right back's, turns round to y = 58 when Juventus attack left.
    const LoadResult bundled = loadScript(std::string(TOUCHLINE_SOURCE_DIR) + "/assets/replays/juventus-napoli-2018-04-22.yaml");
    ASSERT_TRUE(bundled.ok()) << bundled.diagnostics.text();
    const Script& s = bundled.script;
    const Moment* winner = s.findMoment("koulibaly-winner");
    ASSERT_NE(winner, nullptr);
    EXPECT_EQ(s.attackingEnd(TeamSide::Away, winner->matchTime), pitch::End::Right);
    ASSERT_TRUE(winner->ball.has_value());
    EXPECT_LT(winner->ball->y, 1.0);
    EXPECT_GT(winner->ball->x, 104.0);
    const auto header = std::find_if(winner->actions.begin(), winner->actions.end(),
                                     [](const Action& a) { return a.kind == ActionKind::Header; });
    ASSERT_NE(header, winner->actions.end());
    EXPECT_NEAR(header->target.place.y, 36.8, 1e-9);
    const PlayerId howedes = *s.findPlayer("Höwedes");
    EXPECT_EQ(s.player(howedes).formationSpot, (Vec2{24.0, 10.0}));
    EXPECT_EQ(s.attackingEnd(TeamSide::Home, winner->matchTime), pitch::End::Left);
    EXPECT_EQ(s.shapePosition(howedes, winner->matchTime), (Vec2{81.0, 58.0}));
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
