// The bundled match's passages (assets/replays/*.passages.yaml) are generated from the Wyscout data and
// committed, so a fresh clone plays every minute without ../shared/data. Generated, they must be what the
// importer makes of that data today: a change to the import that leaves them stale ships the bundled
// match with passages no import would write (the file was 43 commits behind when this test came).
// scripts/bundled-passages regenerates them.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "import/import.h"
#include "import/passage_builder.h"
#include "import/shared_data.h"
#include "script/loader.h"
#include "script/script_writer.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

TEST(BundledPassages, AreWhatTheImportMakesOfTheDataToday) {
    const fs::path data = testdata::dataDir() / "wyscout" / "2576295-juventus-napoli-2018-04-22.json";
    const fs::path records = testdata::dataDir() / "wyscout" / "matches" / "matches_Italy.json";
    if (!fs::exists(data) || !fs::exists(records)) {
        GTEST_SKIP() << "no " << data.string() << " or its match records; this test needs ../shared/data beside the project";
    }
    const fs::path bundled = fs::path(TOUCHLINE_SOURCE_DIR) / "assets" / "replays" / "juventus-napoli-2018-04-22.yaml";
    const LoadResult loaded = loadScript(bundled.string());
    ASSERT_TRUE(loaded.ok()) << loaded.diagnostics.text();
    ASSERT_FALSE(loaded.script.passages.empty()) << "the bundled script names its passages file";

    import::ImportOptions options;
    options.matches = records.string();
    const import::ImportedMatch imported = import::importMatch(data.string(), options);
    ASSERT_TRUE(imported.match) << imported.diagnostics.text();
    Diagnostics diagnostics;
    std::vector<std::string> notes;
    Script fresh = loaded.script;
    fresh.passages = import::passagesFor(*imported.match, loaded.script, data.string(), diagnostics, notes);
    ASSERT_FALSE(diagnostics.hasErrors()) << diagnostics.text();

    // Compared as the file writes them (six decimals), passage by passage, so a failure names the first.
    Script committed = loaded.script;
    ASSERT_EQ(fresh.passages.size(), committed.passages.size()) << "regenerate with scripts/bundled-passages";
    for (std::size_t i = 0; i < fresh.passages.size(); ++i) {
        Script one = fresh, other = committed;
        one.passages = {fresh.passages[i]};
        other.passages = {committed.passages[i]};
        ASSERT_EQ(writePassages(one), writePassages(other))
            << "the bundled passage at " << formatReading(committed.passages[i].clock)
            << " is not what the import makes today: regenerate with scripts/bundled-passages";
    }
}

}  // namespace
}  // namespace touchline
