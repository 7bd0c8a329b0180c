#pragma once
// A moment that opens with a set piece the script names (a `penalty`) is set up before it starts:
// Law 14 puts the ball on the penalty spot, the taker behind it, the defending goalkeeper on his goal
// line between the posts, and everyone else outside the penalty area and its arc, behind the ball
// (where set_piece_shape.h puts them for Restart::Penalty). A player the moment's `shape` places keeps
// his place: the author has the last word. The planner asks here before it plans the touches.
#include <optional>
#include <span>
#include <vector>

#include "script/script.h"

namespace touchline::sim {

struct SetPiece {
    int action = -1;  // the kick that takes it
    Vec2 ball;        // where the ball is placed
    std::vector<std::pair<PlayerId, Vec2>> placed;  // where it puts players (not those in the shape)
    // The goalkeeper stays on his line until the kick (Law 14): from moment time 0 to `kickAt`.
    PlayerId keeper;
    Vec2 keeperSpot;
    double kickAt = 0.0;
};

// The taker stands this far behind the ball for his run-up, less when he kicks sooner: he walks in at
// about 2.5 m/s, and a kick at moment time 0 starts at the ball.
inline constexpr double kRunUp = 2.5;

// The set piece `moment` opens with, if any, for the players on the pitch (`players`, each standing at
// `starts`, after the moment's shape). Nothing when the moment has no penalty.
std::optional<SetPiece> setPieceOf(const Script& script, const Moment& moment, std::span<const PlayerId> players,
                                   std::span<const Vec2> starts);

// Law 14 as the penalty is kicked at the goal at `end`: whether anyone but the taker and the defending
// keeper may stand at `at` (outside the penalty area, at least 9.15 m from the mark, which is the arc, and
// no nearer the goal line than the mark), `margin` clear of each of those limits.
bool clearOfPenaltyKick(Vec2 at, pitch::End end, double margin = 0.0);
// Whether `at` is inside the penalty area at `end`, or within `margin` of it.
bool inPenaltyArea(Vec2 at, pitch::End end, double margin = 0.0);
// The nearest place to `at` that is (`at` itself when it is).
Vec2 nearestClearOfPenaltyKick(Vec2 at, pitch::End end, double margin);

}  // namespace touchline::sim
