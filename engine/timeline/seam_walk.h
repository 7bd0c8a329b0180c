#pragma once
// The walk between a passage and a moment (Timeline's seams): everyone goes straight from where the
// passage has him to where the moment does, so two paths may cross. keepWalkersApart keeps two who
// would stand on top of each other apart, and leaves two who merely pass each other alone.
#include <vector>

#include "timeline/frame.h"

namespace touchline {

// In the walk each one's speed is what the frames show him cover since `earlier` (the same walk
// `lookBack` seconds before, in the same order), not his passage run's: the inspector says it, and the
// plausibility checks read it. One who was not in `earlier` keeps his.
void setWalkSpeeds(std::vector<PlayerFrame>& players, const std::vector<PlayerFrame>& earlier, double lookBack);

// Through the middle of a walk (`strength` 1) nobody is nearer anyone than a metre; at either end (0)
// nothing moves, so the walk still starts and ends exactly where the passage and the moment have them.
// `strength` is per player (in `players`' order: each walks over his own length) and a pair is pushed
// as hard as the one of them further into the middle of his walk: two who are both in their passage
// runs, or both in the moment, are kept apart there already.
// Two who pass each other quickly are not on top of each other (they are within 0.8 m for under half a
// second): pushed apart as they passed, both were jerked round each other at 12-16 m/s for a frame. So
// the push fades with how fast the pair closes, from `earlier`: the same walk `lookBack` seconds before.
// Two who run the same way fast (one overtaking the other) are pushed across their way, not along it:
// along it, the push was a change of speed (13.7 m/s for a frame).
// Both lists are in the same (track) order; one who is in `players` only (he came on within `lookBack`)
// is pushed as if he stood.
void keepWalkersApart(std::vector<PlayerFrame>& players, const std::vector<PlayerFrame>& earlier, double lookBack,
                      const std::vector<double>& strength);

}  // namespace touchline
