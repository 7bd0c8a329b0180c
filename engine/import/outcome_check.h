#pragma once
// What the physics showed against what the data says: the goals of each imported moment (scorer and
// the team it counts for; a shoot-out's on its own tally). Used while importing, to try another way,
// and after the whole bake, to warn at every moment that still differs.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "import/moment_builder.h"
#include "script/diagnostics.h"
#include "script/script.h"
#include "sim/observed_event.h"
#include "timeline/timeline.h"

namespace touchline::import {

// What a baked moment shows against what the data says: one sentence per difference (a goal missing,
// one too many, one credited to someone else); none when they agree.
std::vector<std::string> outcomeProblems(const Script& script, int moment, std::span<const ObservedEvent> events,
                                         const std::vector<ExpectedOutcome>& outcomes);

// How the physics ended the shooter's kick nearest `when` (match time): the first goal, save, woodwork,
// or ball over a line after it; nothing when it shows none.
std::optional<EventKind> shotEnding(std::span<const ObservedEvent> events, PlayerId shooter, double when);

// After baking: a warning at every moment where the physics did not show what the data says (a goal
// that did not go in, one that did when it should not, a goal credited to someone else).
void checkOutcomes(const Timeline& timeline, const std::vector<MomentDraft>& drafts, const std::string& file,
                   Diagnostics& diagnostics);

}  // namespace touchline::import
