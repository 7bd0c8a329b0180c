#include "support/script_fixture.h"

namespace touchline::testing {

namespace {

constexpr std::string_view kHead = R"(format: 1
match:
  competition: Test Cup
  date: 2024-05-01
  venue: Test Ground
  home: reds
  away: blues
  score: [1, 0]
  home_attacks: right
  stoppage: ["1:00", "3:00"]
teams:
  reds:
    name: Reds
    short: RED
    kit: { shirt: "#c62828", number: "#ffffff" }
    goalkeeper: { shirt: "#212121", number: "#ffffff" }
    players:
      - { number: 1, name: Keeper, position: GK, spot: [4, 34] }
      - { number: 2, name: Right, position: RB, spot: [30, 8] }
      - { number: 4, name: Stopper, position: CB, spot: [25, 26] }
      - { number: 5, name: Sweeper, position: CB, spot: [25, 42] }
      - { number: 3, name: Left, position: LB, spot: [30, 60] }
      - { number: 7, name: Winger, position: RM, spot: [50, 10] }
      - { number: 6, name: Anchor, position: CM, spot: [45, 28] }
      - { number: 8, name: Engine, position: CM, spot: [45, 40] }
      - { number: 11, name: Flyer, position: LM, spot: [50, 58] }
      - { number: 9, name: Striker, position: CF, spot: [62, 30] }
      - { number: 10, name: Maestro, position: CF, spot: [60, 40] }
    substitutes:
      - { number: 12, name: Spare, position: CF }
  blues:
    name: Blues
    short: BLU
    kit: { shirt: "#1565c0", number: "#ffffff" }
    goalkeeper: { shirt: "#ffeb3b", number: "#000000" }
    players:
      - { number: 1, name: Gloves, position: GK, spot: [4, 34] }
      - { number: 2, name: Fullback, position: RB, spot: [30, 8] }
      - { number: 5, name: Tower, position: CB, spot: [25, 26] }
      - { number: 6, name: Rock, position: CB, spot: [25, 42] }
      - { number: 3, name: Wingback, position: LB, spot: [30, 60] }
      - { number: 7, name: Runner, position: RM, spot: [50, 10] }
      - { number: 4, name: Holder, position: CM, spot: [44, 27] }
      - { number: 8, name: Passer, position: CM, spot: [45, 40] }
      - { number: 11, name: Dasher, position: LM, spot: [50, 58] }
      - { number: 9, name: Poacher, position: CF, spot: [62, 30] }
      - { number: 10, name: Dribbler, position: CF, spot: [61, 41] }
    substitutes:
      - { number: 14, name: Bench, position: CM, spot: [40, 30] }
)";

}  // namespace

std::string fixture(std::string_view moments, std::string_view markers) {
    std::string text(kHead);
    text += moments.empty() ? "moments: []\n" : "moments:\n" + std::string(moments);
    text += markers.empty() ? "markers: []\n" : "markers:\n" + std::string(markers);
    return text;
}

LoadResult load(std::string_view text) { return parseScript(text, kFixtureFile); }

std::string at(std::string_view text, std::string_view needle, int occurrence) {
    std::size_t pos = text.find(needle);
    for (int i = 0; i < occurrence && pos != std::string_view::npos; ++i) pos = text.find(needle, pos + 1);
    if (pos == std::string_view::npos) return "<'" + std::string(needle) + "' not in the text>";
    int line = 1, column = 1;
    for (std::size_t i = 0; i < pos; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return std::string(kFixtureFile) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

namespace {

::testing::AssertionResult has(const LoadResult& result, Severity severity, const std::string& where,
                               std::string_view message) {
    for (const Diagnostic& d : result.diagnostics.items()) {
        const std::string place = d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column);
        if (d.severity == severity && place == where && d.text().find(message) != std::string::npos) {
            return ::testing::AssertionSuccess();
        }
    }
    return ::testing::AssertionFailure() << "no " << (severity == Severity::Error ? "error" : "warning") << " at "
                                         << where << " containing \"" << message << "\"; got:\n"
                                         << result.diagnostics.text();
}

}  // namespace

::testing::AssertionResult hasError(const LoadResult& result, const std::string& where, std::string_view message) {
    return has(result, Severity::Error, where, message);
}

::testing::AssertionResult hasWarning(const LoadResult& result, const std::string& where, std::string_view message) {
    return has(result, Severity::Warning, where, message);
}

::testing::AssertionResult loadsCleanly(const LoadResult& result) {
    if (result.ok()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "errors:\n" << result.diagnostics.text();
}

}  // namespace touchline::testing
