// What loading may cost, whatever the input: messages quote a bounded excerpt, aliases spend a budget
// of bytes, a flood of mistakes keeps the first few hundred, hints stop after a hundred, and running
// out of memory is one located message, never an exception (loader.h's promise).
#include <gtest/gtest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "script/loader.h"
#include "support/limited_child.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

using testing::fixture;
using testing::load;

std::size_t count(const LoadResult& r, std::string_view text) {
    std::size_t n = 0;
    for (const Diagnostic& d : r.diagnostics.items()) n += d.text().find(text) != std::string::npos;
    return n;
}

TEST(BadInputLimits, AHugeValueIsQuotedAsAnExcerpt) {
    const std::string huge(100000, 'a');
    const LoadResult r = load("format: 1\nmatch: \"" + huge + "\"\n");
    ASSERT_FALSE(r.ok());
    const std::string expected = "'match' should be a mapping (key: value), not '" + std::string(48, 'a') + "\u2026'";
    EXPECT_EQ(count(r, expected), 1u) << r.diagnostics.text().substr(0, 500);
    for (const Diagnostic& d : r.diagnostics.items()) {
        EXPECT_LE(d.message.size(), kMaxMessageBytes + 3);
        EXPECT_LE(d.hint.size(), kMaxMessageBytes + 3);
    }
}

TEST(BadInputLimits, AHugeKeyKeepsTheStartAndEndOfItsMessage) {
    const std::string key(50000, 'k');
    // A plain key is at most 1,024 characters in YAML; a longer one is written explicitly, "? key".
    const LoadResult r = load("format: 1\n? " + key + "\n: 1\n? " + key + "\n: 2\n");
    bool found = false;
    for (const Diagnostic& d : r.diagnostics.items()) {
        if (d.message.find("is given twice in the file") == std::string::npos) continue;
        found = true;
        EXPECT_EQ(d.message.substr(0, 10), "'kkkkkkkkk");
        EXPECT_LE(d.message.size(), kMaxMessageBytes + 3);
    }
    EXPECT_TRUE(found) << r.diagnostics.text().substr(0, 1000);
}

TEST(BadInputLimits, DuplicateKeysAmongThousandsAreFoundWithTheirFirstLine) {
    // Every key is an unknown field too; the duplicate comes early, so it is among the 500 reported.
    std::string text = "format: 1\n";
    for (int i = 0; i < 20000; ++i) {
        text += "k" + std::to_string(i) + ": 0\n";
        if (i == 97) text += "k5: 1\n";  // line 100
    }
    const LoadResult r = load(text);
    EXPECT_EQ(count(r, "test.yaml:100:1: 'k5' is given twice in the file (the first is on line 7)"), 1u)
        << r.diagnostics.text().substr(0, 2000);
    EXPECT_EQ(count(r, "test.yaml:20001:1: unknown field 'k19998'"), 0u);  // past the first 500
    EXPECT_EQ(r.diagnostics.items().back().message, "... and 19503 more problems not shown");
}

// Aliases may repeat a value; the bytes they make the loader read are budgeted like nodes.
TEST(BadInputLimits, AliasesSpendABudgetOfBytes) {
    std::string moments;
    for (int i = 0; i < 200; ++i) {
        moments += "  - { id: m" + std::to_string(i) + ", clock: \"" + std::to_string(1 + i / 60) + ":" +
                   std::to_string(10 + i % 50) + "\", title: *long }\n";
    }
    std::string text = fixture(moments);
    text.replace(text.find("venue: Test Ground"), 18, "venue: &long \"" + std::string(20000, 'v') + "\"");
    const LoadResult r = load(text);
    EXPECT_EQ(count(r, "the file repeats far more data than it holds; reading stops here"), 1u)
        << r.diagnostics.text().substr(0, 2000);
    std::size_t kept = 0;
    for (const Moment& m : r.script.moments) kept += m.title.size();
    EXPECT_LE(kept, 2 * text.size() + 10000);
    // A few aliases, as an author uses them, are fine.
    std::string reused = fixture("  - { id: one, clock: \"5'\", title: &t Same }\n  - { id: two, clock: \"6'\", title: *t }\n");
    EXPECT_TRUE(testing::loadsCleanly(load(reused)));
}

TEST(BadInputLimits, AFloodOfMistakesKeepsTheFirstByPlaceAndCountsTheRest) {
    std::string text = "format: 1\nmoments: [";
    for (int i = 0; i < 5000; ++i) text += i == 0 ? "1" : ", 1";
    text += "]\n";
    const LoadResult r = load(text);
    ASSERT_EQ(r.diagnostics.items().size(), kMaxDiagnostics + 1);
    const std::string& last = r.diagnostics.items().back().message;
    // 5000 moments that are not mappings and two missing fields; 500 shown.
    EXPECT_EQ(last, "... and 4502 more problems not shown");
    EXPECT_EQ(r.diagnostics.items().front().where.line, 1);
    EXPECT_TRUE(r.diagnostics.hasErrors());
}

TEST(BadInputLimits, HintsStopAfterAHundred) {
    std::string markers;
    for (int i = 0; i < 150; ++i) markers += "  - { clock: \"5'\", injury: Strikerr }\n";
    const LoadResult r = load(fixture({}, markers));
    EXPECT_EQ(count(r, "unknown player 'Strikerr' (did you mean 'Striker'?)"), 100u);
    EXPECT_EQ(count(r, "unknown player 'Strikerr'"), 150u);
}

TEST(BadInputLimits, NamesAreFoundThroughTheIndex) {
    const LoadResult r = load(fixture({}, "  - { clock: \"5'\", injury: STRIKER }\n"));
    ASSERT_TRUE(testing::loadsCleanly(r));
    EXPECT_EQ(r.script.findPlayer("striker"), (PlayerId{0, 9}));
    EXPECT_EQ(r.script.findPlayer("Gloves"), (PlayerId{1, 0}));
    EXPECT_EQ(r.script.findPlayer("nobody"), std::nullopt);
    EXPECT_EQ(r.script.markers[0].action.actor, (PlayerId{0, 9}));
    const PlayerIndex accents([] {
        std::array<Team, 2> teams;
        teams[0].players.push_back(Player{"Hamšík", {}, 17, "CM", true, {}, {}});
        teams[1].players.push_back(Player{"Hamsik", {}, 7, "CM", true, {}, {}});
        return teams;
    }());
    EXPECT_EQ(accents.find("HAMSIK"), (PlayerId{0, 0}));  // the first listed of two that fold alike
    // Players renamed after the index was built (as a test or a tool may do) are still found right.
    Script renamed = r.script;
    renamed.teams[0].players[9].name = "Number Nine";
    EXPECT_EQ(renamed.findPlayer("number nine"), (PlayerId{0, 9}));
    EXPECT_EQ(renamed.findPlayer("Striker"), std::nullopt);
}

// Out of memory mid-load: one located message, not an exception. Run in a child with an address-space
// ceiling a little above what it already uses, on text whose YAML tree alone needs far more.
TEST(BadInputLimits, RunningOutOfMemoryIsOneLocatedMessage) {
    if (!testing::addressSpaceLimitsWork()) GTEST_SKIP() << "AddressSanitizer reserves the address space itself";
    std::string text = "format: 1\nmoments: [";
    text.reserve(kMaxScriptBytes);
    while (text.size() + 8 < kMaxScriptBytes) text += "1, ";
    text += "1]\n";
    testing::ChildLimits limits;
    limits.deadlineSeconds = 240.0;
    const testing::ChildOutcome outcome = testing::runForked(
        [&text] {
            // What the child uses already, and 96 MB more.
            long pages = 0;
            std::ifstream("/proc/self/statm") >> pages;
            const rlim_t ceiling = static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE)) + (96ull << 20);
            const rlimit limit{ceiling, ceiling};
            ::setrlimit(RLIMIT_AS, &limit);
            const LoadResult r = parseScript(text, "big.yaml");
            std::printf("%zu\n%s", r.diagnostics.items().size(), r.diagnostics.text().c_str());
            return 0;
        },
        limits);
    ASSERT_TRUE(outcome.exited) << outcome.describe() << "\n" << outcome.output;
    ASSERT_EQ(outcome.exitCode, 0) << outcome.output;
    EXPECT_EQ(outcome.output.substr(0, 2), "1\n") << outcome.output;
    EXPECT_NE(outcome.output.find("big.yaml:"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find(": not enough memory to read the script; it stopped here"), std::string::npos)
        << outcome.output;
}

}  // namespace
}  // namespace touchline
