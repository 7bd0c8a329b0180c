#pragma once
// Where the players who are not on the ball stand through an imported moment: the engine's team shape
// (sim/team_shape.h: a block that follows the ball and who has it, one back line, pressing, set-piece
// places), asked in one place so that the importer follows whatever the engine's model becomes. The
// only place of our own is the shoot-out's (the centre circle), which the team shape does not know.
#include <span>
#include <vector>

#include "script/script.h"
#include "sim/lineup.h"
#include "sim/team_shape.h"

namespace touchline::import {

// Targets for `players` (in that order) in `situation`.
std::vector<Vec2> offBallTargets(const Script& script, const sim::Lineup& lineup, std::span<const PlayerId> players,
                                 const sim::ShapeSituation& situation);

// A shoot-out: the players in the centre circle, the waiting keeper by the edge of the area.
Vec2 shootoutWaitingPlace(int team, int slot, bool goalkeeper);

}  // namespace touchline::import
