#pragma once
// Scripts for the simulation tests, built in C++: the sample teams (tests/support/sample_match.h) with
// no moments, and small helpers to write moments and actions the way a replay file would.
#include <optional>
#include <string_view>

#include "script/script.h"

namespace touchline::testing {

// Juventus (home, attacking x = 0 in the first half) and Napoli, 4-3-3 each, no moments, no markers.
// Stoppage: 2:00 and 4:00.
Script emptyMatch();

PlayerId who(const Script& script, std::string_view name);
// A location in "test.yaml" so diagnostics can be checked: line `line`, column 3.
SourceLocation line(int line);

Moment& addMoment(Script& script, std::string id, double matchTime, double duration = 0.0);

KickTarget toPlace(Vec2 place, double height = 0.0);
KickTarget toGoal(pitch::End end, double y, double z);
KickTarget toPlayer(const Script& script, std::string_view name, double height = 0.0);

Action run(const Script& script, std::string_view name, double at, Vec2 to, double by, int where = 0);
Action kick(const Script& script, ActionKind kind, std::string_view name, double at, KickTarget target,
            std::optional<double> arrive, std::optional<double> speed, KickStyle style, int where = 0);
Action save(const Script& script, std::string_view name, double at, bool holds, KickTarget target = {},
            std::optional<double> speed = std::nullopt, int where = 0);
Action simple(const Script& script, ActionKind kind, std::string_view name, double at, int where = 0);
// A marker of `kind` by `name` at match time `matchTime` (its action at line `where`).
Marker marker(const Script& script, double matchTime, ActionKind kind, std::string_view name, int where = 0);

void place(Script& script, Moment& moment, std::string_view name, Vec2 position);

}  // namespace touchline::testing
