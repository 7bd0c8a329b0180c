#pragma once
// What a baked moment is checked for, beyond what the kick solver says: a player who cannot get to the
// ball (or from it to where his run ends) in time, a kick that runs into someone's body on its way, and
// two players standing on top of each other. Each finding is located at the action behind it and names
// the player.
#include <vector>

#include "script/script.h"
#include "sim/ball_pass.h"
#include "sim/bake_report.h"
#include "sim/moment_plan.h"
#include "sim/moment_track.h"
#include "sim/player_paths.h"

namespace touchline::sim {

// Errors: a leg into or out of a touch faster than a player runs, or any leg of a substitute who comes on
// during the moment (the loader checks the other plain runs). One error per player and action, its first
// such leg.
void checkPaths(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths, BakeReport& report);

// Warnings: the ball struck a player's body (below head height: above it, the ball passes over) on its way
// from a touch to the next, so it was deflected where the script did not say so. At the kick's action.
void checkBodyContacts(const Script& script, const MomentPlan& plan, const std::vector<BodyContact>& contacts,
                       BakeReport& report);

// Warnings: two players on top of each other while both are on the pitch: team-mates whose bodies overlap
// (centres under 0.5 m apart), opponents closer than a marker stands (under 0.25 m), for two looks 0.1 s
// apart, outside a tackle or foul between them. Once per pair, at the action that brought one of them there
// (a run, a touch), else at the shape entry that put him there, else at the moment.
void checkOverlaps(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths,
                   const std::vector<PlayerTrack>& tracks, BakeReport& report);

// Warnings: as a penalty is kicked (sim/set_piece.h), someone other than the taker and the defending
// keeper inside the penalty area, its arc, or nearer the goal line than the mark (Law 14). Once per
// player, at the action that brought him there, else at his shape entry, else at the penalty.
void checkPenaltyPlaces(const Script& script, const MomentPlan& plan, const std::vector<PlayerPath>& paths,
                        const std::vector<PlayerTrack>& tracks, BakeReport& report);

}  // namespace touchline::sim
