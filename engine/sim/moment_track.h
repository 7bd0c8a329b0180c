#pragma once
// One moment as the simulation baked it: the ball at every step, every player at every fourth step,
// and the events it observed. Plain arrays of plain numbers: two bakes of one script are the same bytes.
#include <cstdint>
#include <vector>

#include "core/vec3.h"
#include "script/script.h"
#include "sim/ball_model.h"
#include "sim/observed_event.h"

namespace touchline::sim {

struct BallSample {
    Vec3 position;
    Vec3 velocity;
};

struct PlayerSample {
    float x = 0.0f;
    float y = 0.0f;
    float facing = 0.0f;  // radians in [-pi, pi]
    float speed = 0.0f;   // m/s
};

// Players are recorded every kPlayerStride steps (60 per second): their paths are smooth curves, and
// linear interpolation between samples 1/60 s apart is within a millimetre of them.
inline constexpr int kPlayerStride = 4;

struct TrackedPlayer {
    PlayerId id;
    double onFrom = 0.0;   // moment time he comes on (0 for those on at the start)
    double onUntil = 1e9;  // moment time he goes off
    bool inAction = false; // plays the ball in this moment (or is the one it is played to)
};

struct MomentTrack {
    int moment = -1;
    double start = 0.0;     // match time of step 0
    double duration = 0.0;  // seconds
    int steps = 0;          // the ball has steps + 1 samples, the last at `duration` or just after
    bool ballVisible = true;
    std::vector<BallSample> ball;
    std::vector<TrackedPlayer> players;
    int playerSamples = 0;                  // per player
    std::vector<PlayerSample> playerTrack;  // [sample * players.size() + player]
    std::vector<ObservedEvent> events;      // in time order; scores are the timeline's to fill

    double end() const { return start + duration; }
};

}  // namespace touchline::sim
