#pragma once
// A small valid replay script to build test cases from, and helpers that find where a piece of text
// sits in it, so a test can say "the error points at this" exactly.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "script/loader.h"

namespace touchline::testing {

inline constexpr const char* kFixtureFile = "test.yaml";

// Reds (home, attacking right in the first half) against Blues, eleven each plus one substitute
// (Spare, Bench), stoppage 1:00 and 3:00, with `moments` and `markers` (YAML list items, indented
// by two spaces) appended. Empty lists when none are given.
std::string fixture(std::string_view moments = {}, std::string_view markers = {});

LoadResult load(std::string_view text);

// "test.yaml:LINE:COL" of the `occurrence`-th (0-based) appearance of `needle` in `text`; the column
// counts characters as the loader does.
std::string at(std::string_view text, std::string_view needle, int occurrence = 0);

// Whether some error is at `where` (as from at()) and has `message` in its text.
::testing::AssertionResult hasError(const LoadResult& result, const std::string& where, std::string_view message);
::testing::AssertionResult hasWarning(const LoadResult& result, const std::string& where, std::string_view message);
// No errors at all (warnings allowed); lists them when there are.
::testing::AssertionResult loadsCleanly(const LoadResult& result);

}  // namespace touchline::testing
