#pragma once
// One moment as the simulation baked it: the ball at every step, every player 30 times a second while he
// is on the pitch, and the events it observed. Plain arrays of plain numbers: two bakes of one script are
// the same bytes.
//
// What it costs, whatever the moment's length (the rate a whole match is planned with):
//   the ball   12 bytes a step:                  2,880 bytes per second of the moment;
//   a player    8 bytes a sample, 30 a second:     240 bytes per second he is on the pitch;
// so a second of a moment with 22 players costs 8,160 bytes (a 95-minute match: 47 MB). Events are
// counted in tens per moment. The bake's working memory is of the same order (tests/sim/bake_memory_test).
#include <cstdint>
#include <vector>

#include "core/assert.h"
#include "core/vec2.h"
#include "core/vec3.h"
#include "script/script.h"
#include "sim/ball_model.h"
#include "sim/observed_event.h"

namespace touchline::sim {

// The ball's centre at one step, in single precision (7 micrometres on a 105 m pitch): exact for
// drawing, and a bounce or a post keeps its own step. Its velocity is the difference of two steps.
struct BallSample {
    float x = 0.0f;
    float y = 0.0f;
    float z = 0.0f;
    Vec3 position() const { return {x, y, z}; }
};

// Players are recorded every kPlayerStride steps (30 per second): their paths are smooth curves, and
// linear interpolation between samples 1/30 s apart stays within a centimetre of them even through hard
// turns at a sprint (pinned by tests/sim/player_track_test.cpp).
inline constexpr int kPlayerStride = 8;
inline constexpr double kPlayerSamplesPerSecond = static_cast<double>(kStepsPerSecond) / kPlayerStride;

// A player at one sample, packed: position to 2 mm about the centre spot (from 65 m before it to 65 m
// beyond, wider than anywhere the script can put a player), facing to 0.1 mrad, speed to 1 mm/s.
struct PlayerSample {
    std::int16_t x = 0;
    std::int16_t y = 0;
    std::int16_t facing = 0;
    std::uint16_t speed = 0;

    static PlayerSample pack(Vec2 position, double facing, double speed);
    static PlayerSample packPosition(Vec2 position);  // as pack, facing and speed left at zero
    Vec2 position() const;
    double facingAngle() const;  // radians in [-pi, pi]
    double speedValue() const;   // m/s
};

struct TrackedPlayer {
    PlayerId id;
    double onFrom = 0.0;   // moment time he comes on (0 for those on at the start)
    double onUntil = 1e9;  // moment time he goes off
    bool inAction = false; // plays the ball in this moment (or is the one it is played to)
};

// One player's samples, from sample index `first` (the one at or before he comes on) to the one at or
// after he goes off (or the moment's end).
struct PlayerTrack {
    int first = 0;
    std::vector<PlayerSample> samples;

    int last() const { return first + static_cast<int>(samples.size()) - 1; }
    // The sample with moment-wide index s, clamped into the stored ones.
    const PlayerSample& at(int s) const {
        TOUCHLINE_ASSERT(!samples.empty(), "PlayerTrack::at: a track with no samples");
        const int i = s < first ? 0 : (s > last() ? last() - first : s - first);
        return samples[static_cast<std::size_t>(i)];
    }
};

struct MomentTrack {
    int moment = -1;
    double start = 0.0;     // match time of step 0
    double duration = 0.0;  // seconds
    int steps = 0;          // the ball has steps + 1 samples, the last at `duration` or just after
    bool ballVisible = true;
    std::vector<BallSample> ball;
    std::vector<TrackedPlayer> players;
    std::vector<PlayerTrack> playerTracks;  // per player, in the order of `players`
    std::vector<ObservedEvent> events;      // in time order; scores are the timeline's to fill

    double end() const { return start + duration; }
    int playerSamples() const { return steps / kPlayerStride + 2; }  // sample indices of the whole moment
    const BallSample& ballAt(int step) const {
        TOUCHLINE_ASSERT(step >= 0 && static_cast<std::size_t>(step) < ball.size(), "MomentTrack::ballAt: no such step");
        return ball[static_cast<std::size_t>(step)];
    }
    const PlayerTrack& playerTrack(std::size_t player) const {
        TOUCHLINE_ASSERT(player < playerTracks.size(), "MomentTrack::playerTrack: no such player");
        return playerTracks[player];
    }
    // What the samples hold, in bytes (the figure the memory rate above speaks of).
    std::size_t sampleBytes() const;
};

}  // namespace touchline::sim
