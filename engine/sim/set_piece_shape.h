#pragma once
// Where players stand for a restart, before it is taken (Laws 8, 13, 14, 15, 16 and what teams do):
//  - kick-off: everyone in his own half, the defending team outside the centre circle;
//  - goal kick: the other team outside the penalty area;
//  - corner: the attacking team's centre backs and forwards in the box at the near post, the six-yard
//    line, the far post and the penalty spot, two men back; the defending team marks them man to man
//    (a metre goal-side), a man on the near post, one forward left up;
//  - free kick within ~35 m of goal: a wall 9.15 m from the ball on its line to goal, the attackers in
//    the box, marked; elsewhere the other team 9.15 m away;
//  - throw-in: open play;
//  - penalty: the taker and the keeper on his line, everyone else outside the area and the arc.
// The restart is taken by the team in possession.
#include <span>
#include <vector>

#include "sim/team_shape.h"

namespace touchline::sim {

inline constexpr double kMarkingDistance = 1.0;  // a marker stands this far from his man, goal-side
inline constexpr double kWallDistance = 9.15;    // Law 13

// Replaces the open-play `targets` of both teams for `situation.restart`; marks the players whose place
// is fixed relative to another's (markers, wall) in `pinned`.
void placeForRestart(const ShapeSituation& situation, std::span<const ShapePlayer> players,
                     std::vector<Vec2>& targets, std::vector<bool>& pinned);

}  // namespace touchline::sim
