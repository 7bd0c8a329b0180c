#pragma once
// Solved kicks remembered: the importer plans and bakes one moment many times over while it repairs it,
// and most of its kicks are asked for again exactly as before. A request answers from the memo only when
// every number of it and of the ball model is the same to the bit, so the answer is the solver's own.
// Owned by whoever plans repeatedly (the importer); planning without one solves every kick afresh.
#include <array>
#include <cstdint>
#include <map>

#include "sim/kick_solver.h"

namespace touchline::sim {

class KickMemo {
public:
    Result<KickSolution> solve(const BallModel& model, const KickRequest& request);

    std::size_t size() const { return solved_.size(); }

private:
    using Key = std::array<std::uint64_t, 23>;
    std::map<Key, Result<KickSolution>> solved_;
};

// solveKick through `memo` when there is one.
Result<KickSolution> solveKick(const BallModel& model, const KickRequest& request, KickMemo* memo);

}  // namespace touchline::sim
