#pragma once
// The whole match as passages (Script::passages): every stretch of play from a restart in the data to
// the next, each with the ball's journey the moments use (buildBallJourney), where play stops, and the
// team shape moving everyone (no runs). Passages follow each other without a gap inside a period.
#include <optional>
#include <string>
#include <vector>

#include "import/import_progress.h"
#include "import/match_data.h"
#include "import/moment_builder.h"
#include "script/diagnostics.h"
#include "script/script.h"
#include "sim/lineup.h"

namespace touchline::import {

// One passage's events, as the data splits play: before any timing or physics.
struct PassageSpan {
    PeriodId period = PeriodId::First;
    std::size_t first = 0;  // events [first, last] of MatchData::events
    std::size_t last = 0;
    std::optional<std::size_t> restart;  // the restart event it starts with (kick-off, throw-in, ...)
    double from = 0.0;      // seconds since the period's kick-off: the passage's first event (0 for the first)
    double playEnds = 0.0;  // when play stops: its stop event, else its last event
    StopKind stop = StopKind::Out;
    std::optional<std::size_t> stopEvent;  // the event play stops with, when the data records one
};

// Where the data splits play: before each restart event, and at a pause in the events longer than
// kPassagePause (with nobody's hands on the ball) that no restart ends. The shoot-out has no passages.
inline constexpr double kPassagePause = 8.0;
std::vector<PassageSpan> splitPassages(const MatchData& match);

// The passages of the whole match for `context.script`; what could not be shown goes to `notes`.
std::vector<Moment> buildPassages(const MomentContext& context, std::vector<std::string>& notes);

// Bakes every passage of `script` and remakes those the physics cannot play (a kick it cannot make, a
// touch nobody reaches in time) until they bake without error, or drops the touches it cannot mend,
// with a note. Returns how many passages had errors before. Reports each passage done to `progress`;
// when it is stopped, returns at once with the passages left as they are (the caller drops them).
int repairPassages(Script& script, const sim::Lineup& lineup, std::vector<std::string>& notes,
                   const ImportProgress& progress = {});

// The passages of `match` for `target`, another script of the same match (a hand-made one) with the same
// home team and ends: the data's players are the target's by full name or by name. Each player the
// data has on the ball who is not among the target's is an error at `dataPath`, and then there are none.
std::vector<Moment> passagesFor(const MatchData& match, const Script& target, const std::string& dataPath,
                                Diagnostics& diagnostics, std::vector<std::string>& notes,
                                const ImportProgress& progress = {});

}  // namespace touchline::import
