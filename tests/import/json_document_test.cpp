// The JSON layer: values, JSON paths for messages, and syntax errors with their line and column.
#include <gtest/gtest.h>

#include <cstring>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "import/json_document.h"
#include "import/provider.h"

namespace touchline {
namespace {

TEST(JsonDocument, ReadsValuesAndTheirPaths) {
    auto doc = json::parse(R"({"events": [{"id": 7, "positions": [{"x": 50, "y": 50}, {"x": 38.5, "y": 53}]},
                                          {"tags": [], "name": "Hamšík", "flag": true, "none": null}],
                               "a key": {"b": 1}})");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const json::Value root = doc->root();
    EXPECT_EQ(root.path(), "");
    const json::Value end = root["events"][std::size_t{0}]["positions"][std::size_t{1}];
    EXPECT_EQ(end.path(), "events[0].positions[1]");
    EXPECT_DOUBLE_EQ(*end["x"].number(), 38.5);
    EXPECT_EQ(root["events"][1]["name"].string(), std::optional<std::string_view>("Hamšík"));
    EXPECT_EQ(root["events"][1]["flag"].boolean(), std::optional<bool>(true));
    EXPECT_TRUE(root["events"][1]["none"].isNull());
    EXPECT_EQ(root["events"][1]["tags"].size(), 0u);
    EXPECT_EQ(root["a key"]["b"].path(), "[\"a key\"].b");
    // A value that is not there still knows where it was looked for.
    EXPECT_FALSE(root["events"][5]["x"].exists());
    EXPECT_EQ(root["events"][5].path(), "events[5]");
    EXPECT_EQ(root["events"][std::size_t{0}]["nope"].path(), "events[0].nope");
    EXPECT_FALSE(root["events"][std::size_t{0}]["id"].string().has_value());  // a number is not a string
}

// A competition's match records: only the ones asked for are kept; the others stay as null, and the
// sizes and paths are the file's.
TEST(JsonDocument, KeepsOnlyTheElementsOfAListItIsAskedFor) {
    const std::string records = R"([{"wyId": 1, "label": "first", "teams": {"a": [1, 2]}},
                                    {"wyId": 2, "label": "dropped", "teams": {"b": [3, 4, 5]}},
                                    {"wyId": 3, "label": "wanted", "teams": {"c": [6]}},
                                    7, {"wyId": 4}])";
    std::vector<std::size_t> asked;
    auto doc = json::parse(records, {}, [&](std::size_t index, const json::Value& record) {
        asked.push_back(index);
        return index == 0 || record["wyId"].number() == 3.0;
    });
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const json::Value root = doc->root();
    EXPECT_EQ(asked, (std::vector<std::size_t>{0, 1, 2, 4}));  // objects and lists are asked about; a number is kept
    ASSERT_EQ(root.size(), 5u);
    EXPECT_EQ(root[std::size_t{0}]["label"].string(), std::optional<std::string_view>("first"));
    EXPECT_EQ(root[std::size_t{0}]["teams"]["a"][1].number(), std::optional<double>(2.0));
    EXPECT_TRUE(root[1].isNull());
    EXPECT_FALSE(root[1]["wyId"].exists());
    // What was read after a dropped record is whole, its strings and children where they belong.
    EXPECT_EQ(root[2]["label"].string(), std::optional<std::string_view>("wanted"));
    EXPECT_EQ(root[2]["teams"]["c"][std::size_t{0}].number(), std::optional<double>(6.0));
    EXPECT_EQ(root[2]["teams"]["c"].path(), "[2].teams.c");
    EXPECT_EQ(root[3].number(), std::optional<double>(7.0));
    EXPECT_TRUE(root[4].isNull());
    // Without a filter, and with one on a file that is not a list, everything is kept.
    auto all = json::parse(records);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->root()[1]["label"].string(), std::optional<std::string_view>("dropped"));
    auto object = json::parse(R"({"records": [{"wyId": 2}]})", {}, [](std::size_t, const json::Value&) { return false; });
    ASSERT_TRUE(object.ok());
    EXPECT_EQ(object->root()["records"][std::size_t{0}]["wyId"].number(), std::optional<double>(2.0));
    // A dropped record is still read: its syntax errors are the file's.
    auto broken = json::parse("[{\"wyId\": 1},\n {\"wyId\": 2,,}]", {}, [](std::size_t, const json::Value&) { return false; });
    ASSERT_FALSE(broken.ok());
    EXPECT_NE(broken.error().message.find("line 2"), std::string::npos) << broken.error().message;
}

// Ids, shirts and minutes are ints: a number that is not one is no int (the import fuzzer found an
// event type of 3.5e40 cast to int).
TEST(JsonDocument, AnIntegerIsAWholeNumberAnIntHolds) {
    auto doc = json::parse(R"([7, 7.0, -3, 7.5, 3.5e40, -3.5e40, 2147483647, 2147483648, "7"])");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const json::Value v = doc->root();
    EXPECT_EQ(v[std::size_t{0}].integer(), std::optional<int>(7));
    EXPECT_EQ(v[1].integer(), std::optional<int>(7));
    EXPECT_EQ(v[2].integer(), std::optional<int>(-3));
    EXPECT_FALSE(v[3].integer().has_value());
    EXPECT_FALSE(v[4].integer().has_value());
    EXPECT_FALSE(v[5].integer().has_value());
    EXPECT_EQ(v[6].integer(), std::optional<int>(2147483647));
    EXPECT_FALSE(v[7].integer().has_value());
    EXPECT_FALSE(v[8].integer().has_value());  // a string is not a number
}

// A key built on the fly (a team id turned to text) is gone by the time a missing member's path is
// written into a warning: the Value keeps its own copy (the import fuzzer found a read after scope).
TEST(JsonDocument, AMissingMemberKeepsTheKeyItWasAskedFor) {
    auto doc = json::parse(R"({"players": {"1609": []}})");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const json::Value missing = doc->root()["players"][std::to_string(3000 + 158)];
    std::string overwrite(16, 'x');  // reuse the stack and heap the temporary key had
    EXPECT_FALSE(missing.exists());
    EXPECT_EQ(missing.path(), "players.3158") << overwrite;
}

TEST(JsonDocument, SyntaxErrorsSayLineAndColumn) {
    auto truncated = json::parse("{\"events\": [\n  {\"id\": 1},\n  {\"id\": 2");
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().message.rfind("line 3, column 11:", 0), 0u) << truncated.error().message;
    auto garbage = json::parse("[1, 2,,]");
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().message.rfind("line 1, column 7:", 0), 0u) << garbage.error().message;
    EXPECT_FALSE(json::parse("").ok());
    EXPECT_FALSE(json::parse("format: 1\nmatch: {}").ok());  // YAML is not JSON
    EXPECT_FALSE(json::parse("\"\xff\xfe\"").ok());          // not UTF-8
}

TEST(JsonDocument, RefusesDeepNestingAndHugeInput) {
    std::string deep(200, '[');
    deep += std::string(200, ']');
    auto nested = json::parse(deep);
    ASSERT_FALSE(nested.ok());
    EXPECT_NE(nested.error().message.find("nested deeper than 64"), std::string::npos) << nested.error().message;
    json::Limits small;
    small.maxBytes = 10;
    auto big = json::parse("[1, 2, 3, 4, 5, 6]", small);
    ASSERT_FALSE(big.ok());
    EXPECT_NE(big.error().message.find("more than any match file"), std::string::npos) << big.error().message;
}

// The depth limit is exact (64 lists deep is read, 65 is not), and what simdjson refuses is read by
// nlohmann: a file saved with a byte-order mark, a number past 2^64.
TEST(JsonDocument, ReadsToTheDepthLimitAByteOrderMarkAndANumberPastAnyInteger) {
    const auto nested = [](int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); };
    EXPECT_TRUE(json::parse(nested(64)).ok());
    auto tooDeep = json::parse(nested(65));
    ASSERT_FALSE(tooDeep.ok());
    EXPECT_NE(tooDeep.error().message.find("nested deeper than 64"), std::string::npos) << tooDeep.error().message;

    auto marked = json::parse("\xEF\xBB\xBF{\"events\": [{\"id\": 7}]}");
    ASSERT_TRUE(marked.ok()) << marked.error().message;
    EXPECT_EQ(marked->root()["events"][std::size_t{0}]["id"].integer(), std::optional<int>(7));
    auto huge = json::parse("[18446744073709551616, 2]");
    ASSERT_TRUE(huge.ok()) << huge.error().message;
    EXPECT_DOUBLE_EQ(*huge->root()[std::size_t{0}].number(), 18446744073709551616.0);
    EXPECT_EQ(huge->root()[1].integer(), std::optional<int>(2));
    EXPECT_EQ(marked->readBy(), json::Reader::Nlohmann);
    EXPECT_EQ(huge->readBy(), json::Reader::Nlohmann);
}

// Two trees are the same: every value's type, number (to the bit), string, key, path and place.
void expectSameTree(const json::Value& a, const json::Value& b) {
    ASSERT_EQ(a.type(), b.type()) << a.path();
    EXPECT_EQ(a.path(), b.path());
    switch (a.type()) {
        case json::Type::Number: {
            const double x = *a.number(), y = *b.number();
            EXPECT_EQ(std::memcmp(&x, &y, sizeof x), 0) << a.path() << ": " << x << " and " << y;
            break;
        }
        case json::Type::String: EXPECT_EQ(a.string(), b.string()) << a.path(); break;
        case json::Type::Bool: EXPECT_EQ(a.boolean(), b.boolean()) << a.path(); break;
        case json::Type::Array:
        case json::Type::Object:
            ASSERT_EQ(a.size(), b.size()) << a.path();
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (a.type() == json::Type::Object) {
                    EXPECT_EQ(a.keyAt(i), b.keyAt(i)) << a.path();
                    expectSameTree(a.memberAt(i), b.memberAt(i));
                } else {
                    expectSameTree(a[i], b[i]);
                }
            }
            break;
        default: break;
    }
}

// simdjson reads what nlohmann reads, to the same tree, and refuses what nlohmann refuses with
// nlohmann's message: the edges of strings and numbers, and every file of the importer's corpus (and
// of the shared data, where it is there).
TEST(JsonDocument, SimdjsonReadsEveryTextAsNlohmannDoes) {
    std::vector<std::pair<std::string, std::string>> texts = {
        {"escapes", R"({"s": "caf\u00e9 \ud83d\ude00 \n\t\"\\\/ Hamšík", "": "", "\u0000k": [null, true, false]})"},
        {"numbers", "[0, -0, -0.0, 0.1, 1e-320, 1.7976931348623157e308, 9007199254740993, -9223372036854775808, "
                    "18446744073709551615, 2e0, 1E+2, 12345678901234567890123, 4.9e-324, 0.30000000000000004]"},
        {"shapes", R"([[], {}, [[[{}]]], {"a": {"a": {"a": 1}}}, {"k": 1, "k": 2}])"},
        {"space", " \n\t\r [ 1 , { \"a\" : 2 } ] \n"},
        {"raw tab in a string", "[\"a\tb\"]"},
        {"raw newline in a key", "{\"a\nb\": 1}"},
        {"lone surrogate", R"(["\ud800"])"},
        {"low surrogate alone", R"(["\udc00x"])"},
        {"trailing comma", "[1, 2,]"},
        {"trailing content", "[1, 2] 3"},
        {"two documents", "{} {}"},
        {"truncated", "{\"events\": [{\"id\": 1}, {\"id\": 2"},
        {"truncated string", "[\"abc"},
        {"bare scalar", "42"},
        {"bare string", "\"x\""},
        {"leading zero", "[01]"},
        {"lone minus", "[-]"},
        {"huge exponent", "[1e400]"},
        {"truex", "[truex]"},
        {"nul byte", std::string("[1,\0 2]", 7)},
    };
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(TOUCHLINE_TESTS_DIR) / "import" / "corpus")) files.push_back(entry.path());
    const fs::path shared = fs::path(TOUCHLINE_SOURCE_DIR) / ".." / "shared" / "data";
    for (const char* name : {"statsbomb/15986-barcelona-girona-events.json", "statsbomb/15986-barcelona-girona-lineups.json",
                             "wyscout/2576295-juventus-napoli-2018-04-22.json", "wyscout/matches/matches_Italy.json"}) {
        if (fs::exists(shared / name)) files.push_back(shared / name);
    }
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        texts.emplace_back(file.filename().string(), text.str());
    }
    json::Limits nlohmannOnly;
    nlohmannOnly.simdjson = false;
    for (const auto& [name, text] : texts) {
        SCOPED_TRACE(name);
        const auto fast = json::parse(text);
        const auto reference = json::parse(text, nlohmannOnly);
        ASSERT_EQ(fast.ok(), reference.ok()) << (fast.ok() ? reference.error().message : fast.error().message);
        if (!fast.ok()) {
            EXPECT_EQ(fast.error().message, reference.error().message);
            continue;
        }
        EXPECT_EQ(reference->readBy(), json::Reader::Nlohmann);
        expectSameTree(fast->root(), reference->root());
        if (name == "escapes") {  // the comparison sees into objects, keys given twice included
            EXPECT_EQ(fast->readBy(), json::Reader::Simdjson);
            EXPECT_EQ(fast->root().memberAt(0).string(), std::optional<std::string_view>("café 😀 \n\t\"\\/ Hamšík"));
        }
    }
}

// A provider's file is read by simdjson (the slower reader would go unnoticed but in the bench).
TEST(JsonDocument, AProvidersFileIsReadBySimdjson) {
    for (const char* name : {"90001_events.json", "90001_lineups.json", "wyscout-goal.json", "wyscout-goal-records.json"}) {
        std::ifstream in(std::filesystem::path(TOUCHLINE_TESTS_DIR) / "import" / "corpus" / name, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const auto doc = json::parse(text.str());
        ASSERT_TRUE(doc.ok()) << name << ": " << doc.error().message;
        EXPECT_EQ(doc->readBy(), json::Reader::Simdjson) << name;
    }
}

import::FileKind kindOf(const std::string& text) {
    auto doc = json::parse(text);
    EXPECT_TRUE(doc.ok());
    return doc ? import::detectProvider(*doc) : import::FileKind::Unknown;
}

TEST(Provider, RecognisedFromTheContent) {
    using import::FileKind;
    EXPECT_EQ(kindOf(R"({"events": [{"eventId": 8, "matchPeriod": "1H"}], "teams": {}, "players": {}})"),
              FileKind::WyscoutEvents);
    EXPECT_EQ(kindOf(R"([{"wyId": 1, "teamsData": {}}])"), FileKind::WyscoutMatches);
    EXPECT_EQ(kindOf(R"([{"type": {"id": 35, "name": "Starting XI"}, "period": 1, "timestamp": "00:00:00.000"}])"),
              FileKind::StatsBombEvents);
    EXPECT_EQ(kindOf(R"([{"team_id": 217, "lineup": []}])"), FileKind::StatsBombLineups);
    EXPECT_EQ(kindOf(R"({"format": 1})"), FileKind::Unknown);
    EXPECT_EQ(kindOf("[]"), FileKind::Unknown);
    EXPECT_EQ(kindOf("42"), FileKind::Unknown);
}

}  // namespace
}  // namespace touchline
