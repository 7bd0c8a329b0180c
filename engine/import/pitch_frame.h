#pragma once
// Provider coordinates to our pitch metres. Both providers draw the pitch for the acting team attacking
// towards their x maximum with y growing towards that team's right touchline; each has its own units
// (Wyscout: percent; StatsBomb: 120 x 80 yards, a 105 x 68 m pitch drawn at its own proportions).
// Positions are mapped piecewise-linearly between the pitch's markings (goal area, penalty spot and
// area, halfway line, posts), so a penalty taken from the provider's spot is taken from ours, and a
// shot StatsBomb ends at its post ends at our post.
#include "core/pitch.h"
#include "core/vec2.h"

namespace touchline::import {

enum class Units { WyscoutPercent, StatsBombYards };

// A provider position, for a team attacking towards x = 105, in pitch metres.
Vec2 toPitch(Units units, double x, double y);
// Across the goal mouth: metres right of the centre of the goal, as the shooter sees it, for a
// provider's y at the goal line.
double lateralFromCentre(Units units, double y);
// StatsBomb's heights are in yards.
double heightInMetres(Units units, double z);
// The same place for a team attacking `end`: a half turn about the centre spot when it is the left.
Vec2 forEnd(Vec2 attackingRight, pitch::End end);

}  // namespace touchline::import
