// touchline bench: medians, the figure format, and a run on a real script.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli/bench_measure.h"
#include "cli/commands.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

TEST(Bench, MedianOfOddAndEvenCounts) {
    EXPECT_DOUBLE_EQ(cli::median({}), 0.0);
    EXPECT_DOUBLE_EQ(cli::median({5.0}), 5.0);
    EXPECT_DOUBLE_EQ(cli::median({9.0, 1.0, 5.0}), 5.0);
    EXPECT_DOUBLE_EQ(cli::median({4.0, 1.0, 100.0, 2.0}), 3.0);
}

TEST(Bench, MeasureTakesTheMedianAfterAWarmUp) {
    int calls = 0;
    const cli::Measurement m{"thing_ms", "ms", [&]() -> Result<double> { return static_cast<double>(++calls); }};
    auto figure = cli::measure(m, 5);  // warm-up 1, then 2..6
    ASSERT_TRUE(figure.ok());
    EXPECT_EQ(calls, 6);
    EXPECT_DOUBLE_EQ(figure->value, 4.0);
    EXPECT_EQ(figure->text(), "thing_ms: 4.000 ms");
    const cli::Measurement failing{"bad", "ms", []() -> Result<double> { return Error{"broken"}; }};
    EXPECT_FALSE(cli::measure(failing, 3).ok());
}

TEST(Bench, PrintsLoadValidateForAReplay) {
    const auto path = std::filesystem::temp_directory_path() / "touchline_bench_test.yaml";
    std::ofstream(path) << testing::fixture();
    const std::vector<std::string> args{"--replay", path.string(), "--runs", "3", "--only", "load_validate_ms"};
    ::testing::internal::CaptureStdout();
    const int code = cli::benchMain(args);
    const std::string out = ::testing::internal::GetCapturedStdout();
    std::filesystem::remove(path);
    EXPECT_EQ(code, cli::kExitOk);
    // "load_validate_ms: 1.234 ms": a name, a number with three decimals, a unit.
    const std::string prefix = "load_validate_ms: ", suffix = " ms\n";
    ASSERT_GT(out.size(), prefix.size() + suffix.size()) << out;
    EXPECT_EQ(out.substr(0, prefix.size()), prefix);
    EXPECT_EQ(out.substr(out.size() - suffix.size()), suffix);
    const std::string number = out.substr(prefix.size(), out.size() - prefix.size() - suffix.size());
    EXPECT_EQ(number.find_first_not_of("0123456789."), std::string::npos) << out;
    EXPECT_EQ(number.size() - number.find('.'), 4u) << out;
}

TEST(Bench, FailsOnAScriptWithErrors) {
    const auto path = std::filesystem::temp_directory_path() / "touchline_bench_bad.yaml";
    std::ofstream(path) << "format: 2\n";
    const std::vector<std::string> args{"--replay", path.string(), "--runs", "1"};
    ::testing::internal::CaptureStderr();
    const int code = cli::benchMain(args);
    const std::string err = ::testing::internal::GetCapturedStderr();
    std::filesystem::remove(path);
    EXPECT_EQ(code, cli::kExitFailure);
    EXPECT_NE(err.find("does not load cleanly"), std::string::npos) << err;
}

}  // namespace
}  // namespace touchline
