// Hostile inputs (issue 14) through the real `touchline check`, each in a child process with a ceiling
// on its memory and a deadline that only a hang reaches. What is asserted is the outcome — the check
// finished, within the ceiling, and said what it should — never how fast: speed is `touchline bench`'s
// check_hostile_worst_ms.
//
// Two sources of cases:
// - the generated inputs of game/cli/hostile_inputs.cpp (shapes too big to commit), replay scripts and
//   the importer's provider files;
// - every file in tests/hostile/files/, run with the command its extension names in kCommands below.
//   To add hostile files of a new kind (an importer's JSON, say): drop them in tests/hostile/files/ and
//   give their extension its command line here; a file NAME may come with NAME.says holding the text
//   its output must contain.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <sstream>

#include "cli/hostile_inputs.h"
#include "support/limited_child.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;

// The command line for each kind of file in tests/hostile/files/, "{}" standing for the file.
const std::map<std::string, std::vector<std::string>>& commands() {
    static const std::map<std::string, std::vector<std::string>> table{
        {".yaml", {"check", "{}"}},
        {".json", {"check", "{}"}},  // a provider's event data: check imports it in memory
    };
    return table;
}

// A replay script of some megabytes costs some hundreds of megabytes at most; the ceiling leaves room
// and still stops an input that multiplies (the aliases of issue 14 took 1.7 to 4.9 GB).
constexpr unsigned long long kAddressSpace = 1536ull << 20;
// Without an address-space ceiling (AddressSanitizer), the peak resident set is held to this.
constexpr long kPeakKilobytesUnderAsan = 3l << 20;
constexpr double kDeadlineSeconds = 240.0;

struct HostileCase {
    std::string name;
    std::function<std::string()> text;  // the generated text, or nothing for a file on disk
    fs::path file;
    std::vector<std::string> command;
    std::string says;
};

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<HostileCase> hostileCases() {
    std::vector<HostileCase> cases;
    for (const cli::HostileInput& input : cli::hostileInputs()) {
        cases.push_back({std::string(input.name), [generate = input.generate] { return generate(1); }, {}, {"check", "{}"},
                         std::string(input.says)});
    }
    const fs::path dir = fs::path(TOUCHLINE_TESTS_DIR) / "hostile" / "files";
    if (fs::is_directory(dir)) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const fs::path path = entry.path();
            auto command = commands().find(path.extension().string());
            if (command == commands().end()) continue;  // README, .says files
            fs::path says = path;
            says += ".says";
            cases.push_back({path.filename().string(), {}, path, command->second,
                             fs::exists(says) ? readFile(says) : std::string()});
        }
    }
    return cases;
}

// How gtest shows a case: by its name, not its bytes.
void PrintTo(const HostileCase& c, std::ostream* out) { *out << c.name; }

// A test name: letters, digits and underscores.
std::string testName(const ::testing::TestParamInfo<HostileCase>& info) {
    std::string name = info.param.name;
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return name;
}

class HostileCheck : public ::testing::TestWithParam<HostileCase> {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("touchline_hostile_" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

TEST_P(HostileCheck, FinishesWithinItsMemoryAndSaysWhy) {
    const HostileCase& c = GetParam();
    fs::path file = c.file;
    if (c.text) {
        file = dir_ / c.name;
        std::ofstream(file, std::ios::binary) << c.text();
    }
    std::vector<std::string> args;
    for (const std::string& a : c.command) args.push_back(a == "{}" ? file.string() : a);
    testing::ChildLimits limits;
    limits.addressSpace = kAddressSpace;
    limits.deadlineSeconds = kDeadlineSeconds;
    const testing::ChildOutcome outcome = testing::runProgram(TOUCHLINE_BINARY, args, limits);
    const std::string tail = outcome.output.size() > 2000 ? outcome.output.substr(0, 2000) + "..." : outcome.output;

    ASSERT_TRUE(outcome.exited) << c.name << ": " << outcome.describe() << "\n" << tail;
    // 0 valid, 1 invalid; 70 would be an exception that escaped (an internal error).
    EXPECT_TRUE(outcome.exitCode == 0 || outcome.exitCode == 1) << outcome.describe() << "\n" << tail;
    EXPECT_EQ(outcome.output.find("internal error"), std::string::npos) << tail;
    EXPECT_EQ(outcome.output.find("not enough memory"), std::string::npos) << "it needed more than the ceiling\n" << tail;
    if (!testing::addressSpaceLimitsWork()) {
        EXPECT_LT(outcome.peakKilobytes, kPeakKilobytesUnderAsan) << c.name;
    }
    if (!c.says.empty()) {
        EXPECT_NE(outcome.output.find(c.says), std::string::npos) << "expected \"" << c.says << "\"\n" << tail;
        EXPECT_EQ(outcome.exitCode, c.says.rfind("ok", 0) == 0 ? 0 : 1) << tail;  // "ok ..." is a valid file
    }
    // Every diagnostic stays a line of bounded length, whatever the input quotes.
    std::istringstream lines(outcome.output);
    for (std::string line; std::getline(lines, line);) {
        ASSERT_LT(line.size(), 1200u) << line.substr(0, 200) << "...";
    }
}

INSTANTIATE_TEST_SUITE_P(Issue14, HostileCheck, ::testing::ValuesIn(hostileCases()), testName);

}  // namespace
}  // namespace touchline
