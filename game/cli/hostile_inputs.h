#pragma once
// Hostile replay scripts (and provider files for the importer): small files shaped to make a careless loader, validator or bake take
// quadratic time or memory multiplied by aliases (issue 14). Each is generated, not committed, at a
// size where the code before the fix took seconds or gigabytes. `touchline bench` times `check` on
// each (check_hostile_worst_ms); tests/hostile runs `touchline check` on each in a child process with a
// memory ceiling.
#include <span>
#include <string>
#include <string_view>

namespace touchline::cli {

struct HostileInput {
    std::string_view name;  // a file name: "duplicate-keys.yaml"
    std::string_view what;  // what it attacks
    // The text at full size (divisor 1), or with its counts and lengths divided, for the fuzzers'
    // seeds (the shapes that cost by duration, not size, stay whole).
    std::string (*generate)(int divisor);
    // Part of what `touchline check` reports about it: starting "ok" for a valid file; empty when only
    // what it costs is in question.
    std::string_view says;
};

std::span<const HostileInput> hostileInputs();

}  // namespace touchline::cli
