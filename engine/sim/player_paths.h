#pragma once
// Players move on smooth paths through keyframes: where the moment's shape puts them, where their runs
// take them, and where the ball is when they play it. Between keyframes a cubic Hermite curve; a player
// who stands still before or after a keyframe starts or stops there (zero velocity), one who runs
// through it keeps going (the velocity averages the two neighbouring legs). A leg whose curve would
// peak over a sprint eases its end velocities towards its average until it does not (it then starts
// already on the move): no path asks a player for more than a sprint where the keys' average allows.
#include <span>
#include <vector>

#include "core/vec2.h"

namespace touchline::sim {

struct Keyframe {
    double time = 0.0;  // seconds into the moment
    Vec2 position;
    int action = -1;    // the action that put it there (a run's end or a touch); -1 for the start
    bool touch = false; // he plays the ball here
};

class PlayerPath {
public:
    PlayerPath() = default;
    explicit PlayerPath(std::vector<Keyframe> keys);  // sorted by time, times distinct

    Vec2 position(double t) const;
    Vec2 velocity(double t) const;
    // Both at once, for times that only grow: `cursor` remembers the segment between calls.
    void sweep(double t, std::size_t& cursor, Vec2& position, Vec2& velocity) const;
    // The position alone, the same way (most sweeps want no velocity; it costs as much again).
    Vec2 sweepPosition(double t, std::size_t& cursor) const;
    const std::vector<Keyframe>& keys() const { return keys_; }
    // No speed along the path is more than this (a bound from each leg's ends, not its peak): for
    // skipping over times when he cannot have come near something.
    double speedBound() const;

private:
    std::size_t segment(double t) const;  // index of the key starting the segment holding t
    // On leg i, at a time t within it: the cubic Hermite curve, and its derivative.
    Vec2 positionOn(std::size_t i, double t) const;
    Vec2 velocityOn(std::size_t i, double t) const;
    std::vector<Keyframe> keys_;
    std::vector<Vec2> starts_;  // per leg (from key i): its velocity leaving key i
    std::vector<Vec2> ends_;    // ... and arriving at key i + 1
};

// A run: from wherever the player is at `at` to `to`, arriving at `by`.
struct RunLeg {
    double at = 0.0;
    double by = 0.0;
    Vec2 to;
    int action = -1;
};

// Where a player plays the ball.
struct TouchPoint {
    double time = 0.0;
    Vec2 position;
    int action = -1;
};

// Builds the path from a start position, runs and touches. A touch at a run's end replaces the run's
// end; a touch during a run bends the run through it.
PlayerPath buildPath(Vec2 start, std::span<const RunLeg> runs, std::span<const TouchPoint> touches);

// The fastest a bent path's leg may ask on average (keepLegsWithin): so fast, its curve still eases to
// peak under a sprint (above), with room for the walks between passages and moments on top.
inline constexpr double kFastestBentLeg = 10.2;  // m/s

// Moves the keys made by bending a path (`bent`, per key; never the first or the last) as little as it
// takes for no leg to ask more than `speed` on average, where the keys kept allow: one who fell behind
// where he was bent round someone catches up no faster than he runs, a little later.
void keepLegsWithin(std::vector<Keyframe>& keys, const std::vector<bool>& bent, double speed);

}  // namespace touchline::sim
