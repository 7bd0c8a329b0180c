#pragma once
// What the data does not give about a squad, inferred from where each player's events were: his
// position on the team sheet (from a role like "defender" to RB, CB or LB) and his spot in the team's
// shape. docs/importing.md lists what is inferred.
#include "import/match_data.h"

namespace touchline::import {

// For every player without a spot: one from the mean of his events' positions (his team attacking
// x = 105), scaled into a kick-off shape in his own half. Positions given as a role family ("DF",
// "MD", "FW") become a line and a side. A team without a formation gets one from its starters' roles.
void inferSquadShapes(MatchData& match);

}  // namespace touchline::import
