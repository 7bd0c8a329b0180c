// The bad-input corpus: whatever the file holds, loading it ends in a clear, located error, never a
// crash, a hang or an exception.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "script/loader.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

struct Expected {
    int line;              // of the first error; 0 for the whole file
    std::string message;   // part of the first error's text
};

// What each corpus file must say first. A new corpus file needs an entry here.
const std::map<std::string, Expected>& corpusExpectations() {
    static const std::map<std::string, Expected> table{
        {"alias-bomb.yaml", {1, "missing 'match'"}},
        {"bad-escape.yaml", {3, "this is not valid YAML: found unknown escape character (while parsing a quoted scalar at line 3, column 10)"}},
        {"bad-indentation.yaml", {4, "this is not valid YAML"}},
        {"binary.bin", {1, "this is binary data, not a replay script (byte 0x"}},
        {"crlf-garbage.yaml", {3, "this is not valid YAML: did not find expected node content"}},
        {"deep-block.yaml", {66, "the YAML nests deeper than 64 levels"}},
        {"deep-dashes.yaml", {3, "the YAML nests deeper than 64 levels"}},
        {"deep-flow.yaml", {2, "the YAML nests deeper than 64 levels"}},
        {"deep-maps.yaml", {2, "the YAML nests deeper than 64 levels"}},
        {"duplicate-keys.yaml", {1, "missing 'teams'"}},
        {"empty.yaml", {1, "the file is empty"}},
        {"just-a-number.yaml", {1, "this is not a replay script"}},
        {"latin1.yaml", {3, "the file is not UTF-8 text (byte 0xE9) (save it as UTF-8)"}},
        {"nan-and-huge.yaml", {1, "missing 'teams'"}},
        {"nul-bytes.yaml", {3, "this is binary data, not a replay script (byte 0x00)"}},
        {"only-comments.yaml", {1, "the file is empty"}},
        {"prose.txt", {2, "this is not valid YAML"}},
        {"tabs.yaml", {3, "a tab where YAML expects spaces (YAML indents with spaces only)"}},
        {"top-level-list.yaml", {1, "this is not a replay script"}},
        {"two-documents.yaml", {1, "missing 'match'"}},
        {"unknown-anchor.yaml", {2, "the alias *nowhere names no anchor (&nowhere) before it"}},
        {"unterminated-flow.yaml", {3, "this is not valid YAML"}},
        {"unterminated-quote.yaml", {3, "this quote is never closed (end the text with the same quote)"}},
        {"wrong-types.yaml", {1, "'format' should be a number, not a list"}},
    };
    return table;
}

std::string corpusDir() { return std::string(TOUCHLINE_TESTS_DIR) + "/corpus"; }

bool mentions(const LoadResult& r, std::string_view text) {
    return r.diagnostics.text().find(text) != std::string::npos;
}

TEST(BadInput, EveryCorpusFileGivesItsLocatedError) {
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(corpusDir())) {
        const std::string name = entry.path().filename().string();
        if (name == "README.md") continue;
        SCOPED_TRACE(name);
        auto expected = corpusExpectations().find(name);
        ASSERT_NE(expected, corpusExpectations().end()) << "add " << name << " to the table";
        const LoadResult r = loadScript(entry.path().string());
        ASSERT_FALSE(r.ok()) << "a corpus file loaded cleanly";
        const Diagnostic& first = r.diagnostics.items().front();
        EXPECT_EQ(first.where.file, entry.path().string());
        EXPECT_EQ(first.where.line, expected->second.line) << r.diagnostics.text();
        EXPECT_GT(first.where.column, 0) << r.diagnostics.text();
        EXPECT_NE(first.text().find(expected->second.message), std::string::npos) << r.diagnostics.text();
        ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(corpusExpectations().size()));
}

TEST(BadInput, SpecificCorpusFilesExplainThemselves) {
    const auto load = [](const char* name) { return loadScript(corpusDir() + "/" + name); };
    const LoadResult bomb = load("alias-bomb.yaml");
    EXPECT_TRUE(mentions(bomb, "the file repeats far more data than it holds; reading stops here")) << bomb.diagnostics.text();
    const LoadResult nan = load("nan-and-huge.yaml");
    EXPECT_TRUE(mentions(nan, ":8:11: 'score' is .nan, not a finite number")) << nan.diagnostics.text();
    EXPECT_TRUE(mentions(nan, ":8:17: 'score' is 1e999, an absurd number")) << nan.diagnostics.text();
    EXPECT_TRUE(mentions(nan, ":10:14: 'stoppage' is -.inf, not a finite number")) << nan.diagnostics.text();
    EXPECT_TRUE(mentions(nan, ":10:21: 'stoppage' is 123456789012345678901234567890, an absurd number"))
        << nan.diagnostics.text();
    const LoadResult dup = load("duplicate-keys.yaml");
    EXPECT_TRUE(mentions(dup, ":2:1: 'format' is given twice in the file (the first is on line 1)")) << dup.diagnostics.text();
    EXPECT_TRUE(mentions(dup, ":5:3: 'venue' is given twice in match")) << dup.diagnostics.text();
    const LoadResult types = load("wrong-types.yaml");
    EXPECT_TRUE(mentions(types, ":2:8: 'match' should be a mapping (key: value), not 'Serie A'")) << types.diagnostics.text();
    EXPECT_TRUE(mentions(types, ":4:3: 'teams' should be a mapping (key: value), not a list")) << types.diagnostics.text();
    EXPECT_TRUE(mentions(types, ":6:10: 'moments' should be a list, not a mapping")) << types.diagnostics.text();
    EXPECT_TRUE(mentions(types, ":7:10: 'markers' should be a list, not '7'")) << types.diagnostics.text();
    const LoadResult two = load("two-documents.yaml");
    EXPECT_TRUE(mentions(two, ":2:1: a replay script is one YAML document; a second one starts here")) << two.diagnostics.text();
}

TEST(BadInput, AHundredMegabyteFileIsRefusedUnread) {
    const fs::path dir = fs::temp_directory_path() / "touchline_bad_input";
    fs::create_directories(dir);
    const fs::path huge = dir / "huge.yaml";
    { std::ofstream(huge) << "format: 1\n"; }
    fs::resize_file(huge, 100ull * 1024 * 1024);  // sparse: no 100 MB written to disk
    const LoadResult r = loadScript(huge.string());
    fs::remove_all(dir);
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].text(),
              huge.string() + ": the file is 100.0 MB; a replay script is at most 8.0 MB");
}

TEST(BadInput, TextOverTheLimitAndEndlessDevicesAreRefused) {
    const std::string big(kMaxScriptBytes + 1, ' ');
    const LoadResult r = parseScript(big, "big.yaml");
    EXPECT_TRUE(mentions(r, "big.yaml: the file is 8.0 MB; a replay script is at most 8.0 MB")) << r.diagnostics.text();
    if (fs::exists("/dev/zero")) {
        const LoadResult zero = loadScript("/dev/zero");
        EXPECT_TRUE(mentions(zero, "/dev/zero: the file is larger than 8.0 MB")) << zero.diagnostics.text();
    }
}

// Random damage to a valid script: every result is a set of diagnostics, never a crash.
TEST(BadInput, MangledScriptsNeverCrash) {
    const std::string original = testing::fixture(R"(  - id: the-winner
    clock: "27:10"
    title: Striker finishes it
    caption: >-
      Maestro threads a pass through
      and Striker sweeps it in.
    shape: { Maestro: [70, 36], Striker: [80, 30] }
    actions:
      - { at: 0.0, run: Striker, to: [90, 31], by: 1.6 }
      - { at: 0.2, pass: Maestro, to: { player: Striker, height: 0.2 }, arrive: 1.6 }
      - { at: 1.6, shot: Striker, to: { goal: right, y: 36.4, z: 0.3 }, speed: 24 }
)",
                                                  "  - { clock: \"9'\", substitution: Spare, off: Winger, note: \"tired\" }\n");
    ASSERT_TRUE(parseScript(original, "m.yaml").ok());
    std::mt19937 random(20180422);
    const std::string specials = "{}[]:,-#&*!|>'\"%@`\t\n ?\\\x01\xc3\xff";
    for (int round = 0; round < 400; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 6);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t pos = random() % text.size();
            switch (random() % 4) {
                case 0: text[pos] = specials[random() % specials.size()]; break;
                case 1: text.erase(pos, 1 + random() % 20); break;
                case 2: text.insert(pos, 1, specials[random() % specials.size()]); break;
                default: text.insert(pos, text.substr(random() % text.size(), random() % 40)); break;
            }
        }
        const LoadResult r = parseScript(text, "m.yaml");
        for (const Diagnostic& d : r.diagnostics.items()) {
            ASSERT_EQ(d.where.file, "m.yaml");
            ASSERT_FALSE(d.message.empty());
        }
    }
    for (std::size_t cut = 0; cut < original.size(); cut += 29) {
        const LoadResult r = parseScript(original.substr(0, cut), "cut.yaml");
        EXPECT_FALSE(r.ok() && cut < original.size() / 2) << "cut at " << cut;
    }
}

}  // namespace
}  // namespace touchline
