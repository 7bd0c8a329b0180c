#pragma once
// A test match that plays every minute of a stretch: the script fixture's two teams, one moment, and
// `count` passages back to back (15 s each, a throw-in restarting each after the first's kick-off), so
// the viewer has a whole match's worth of passages to bake in the background.
#include <string>

namespace touchline::testing {

std::string passageMatch(int count);

}  // namespace touchline::testing
