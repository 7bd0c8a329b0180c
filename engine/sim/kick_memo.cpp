#include "sim/kick_memo.h"

#include <bit>

namespace touchline::sim {

// Every field of the request and the model is in the key: one added to them must be added there too.
static_assert(sizeof(BallModel) == 10 * sizeof(double));

Result<KickSolution> KickMemo::solve(const BallModel& model, const KickRequest& request) {
    const auto bits = [](double v) { return std::bit_cast<std::uint64_t>(v); };
    const Key key{bits(request.from.x), bits(request.from.y), bits(request.from.z), bits(request.target.x),
                  bits(request.target.y), bits(request.target.z),
                  request.arriveSteps ? 1u + static_cast<std::uint64_t>(static_cast<std::uint32_t>(*request.arriveSteps)) : 0u,
                  request.speed ? 1u : 0u, request.speed ? bits(*request.speed) : 0u,
                  static_cast<std::uint64_t>(request.style), bits(request.tolerance), request.mayBounce ? 1u : 0u, request.advise ? 1u : 0u, bits(model.radius), bits(model.mass), bits(model.gravity),
                  bits(model.airDensity), bits(model.dragCoefficient), bits(model.restitution), bits(model.bounceFriction),
                  bits(model.slidingFriction), bits(model.rollingResistance), bits(model.settleSpeed)};
    if (auto it = solved_.find(key); it != solved_.end()) return it->second;
    Result<KickSolution> solved = sim::solveKick(model, request);
    solved_.emplace(key, solved);
    return solved;
}

const Flight& KickMemo::fly(const BallModel& model, const BallState& launch, int start, int steps) {
    const auto bits = [](double v) { return std::bit_cast<std::uint64_t>(v); };
    const int phase = ((start % kFlightSampleEvery) + kFlightSampleEvery) % kFlightSampleEvery;
    const FlightKey key{bits(launch.position.x), bits(launch.position.y), bits(launch.position.z), bits(launch.velocity.x),
                        bits(launch.velocity.y), bits(launch.velocity.z), bits(launch.spin.x), bits(launch.spin.y),
                        static_cast<std::uint64_t>(static_cast<std::uint32_t>(steps)), static_cast<std::uint64_t>(phase),
                        bits(model.radius), bits(model.mass), bits(model.gravity), bits(model.airDensity),
                        bits(model.dragCoefficient), bits(model.restitution), bits(model.bounceFriction),
                        bits(model.slidingFriction), bits(model.rollingResistance), bits(model.settleSpeed)};
    if (auto it = flown_.find(key); it != flown_.end()) return it->second;
    // Flown as flyFor flies it, a step at a time, keeping the samples on the way.
    Flight flight;
    BallState ball = launch;
    int done = 0;
    for (int k = (kFlightSampleEvery - phase) % kFlightSampleEvery; k < steps; k += kFlightSampleEvery) {
        ball = flyFor(model, ball, k - done);
        done = k;
        flight.samples.push_back(ball);
    }
    flight.end = flyFor(model, ball, steps - done);
    return flown_.emplace(key, std::move(flight)).first->second;
}

Result<KickSolution> solveKick(const BallModel& model, const KickRequest& request, KickMemo* memo) {
    return memo ? memo->solve(model, request) : solveKick(model, request);
}

}  // namespace touchline::sim
