#pragma once
// Solved kicks and flown balls remembered: the importer plans and bakes one moment many times over while
// it repairs it, and most of its kicks are asked for again exactly as before, and most of the ball's
// flights between touches with them. A request answers from the memo only when every number of it and of
// the ball model is the same to the bit, so the answer is the solver's (or the integrator's) own.
// Owned by whoever plans repeatedly (the importer); planning without one solves every kick afresh.
#include <array>
#include <cstdint>
#include <map>
#include <vector>

#include "sim/kick_solver.h"

namespace touchline::sim {

// A ball flown freely from a launch (flyFor): where it is after the flight, and where it is on the way at
// every kFlightSampleEvery-th step of its moment.
inline constexpr int kFlightSampleEvery = 4;
struct Flight {
    BallState end;
    // At the moment's steps start + k, 0 <= k < steps, that are multiples of kFlightSampleEvery, in order.
    std::vector<BallState> samples;
};

class KickMemo {
public:
    Result<KickSolution> solve(const BallModel& model, const KickRequest& request);
    // The flight of `steps` steps from `launch`, launched at step `start` of its moment.
    const Flight& fly(const BallModel& model, const BallState& launch, int start, int steps);

    std::size_t size() const { return solved_.size(); }
    std::size_t flights() const { return flown_.size(); }

private:
    using Key = std::array<std::uint64_t, 23>;
    std::map<Key, Result<KickSolution>> solved_;
    using FlightKey = std::array<std::uint64_t, 20>;
    std::map<FlightKey, Flight> flown_;
};

// solveKick through `memo` when there is one.
Result<KickSolution> solveKick(const BallModel& model, const KickRequest& request, KickMemo* memo);

}  // namespace touchline::sim
