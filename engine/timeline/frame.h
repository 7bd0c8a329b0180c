#pragma once
// Frame: everything a renderer needs to draw one instant of the replay, as a plain value.
// Timeline::sample(t) makes one; the renderer reads nothing else. Two frames of the same t compare equal.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/vec2.h"
#include "core/vec3.h"
#include "script/script.h"
#include "sim/observed_event.h"  // EventKind, ObservedEvent, eventKeyword

namespace touchline {

struct PlayerFrame {
    PlayerId id;
    Vec2 position;
    double facing = 0.0;  // radians, world orientation (0 = towards x = 105, pi/2 = towards y = 68)
    double speed = 0.0;   // m/s
    bool inAction = false;  // plays the ball in the current moment: named, trailed
    bool operator==(const PlayerFrame&) const = default;
};

struct BallFrame {
    Vec3 position;  // the ball's centre: z is 0.11 m (its radius) when it lies on the grass
    Vec3 velocity;
    bool visible = true;
    bool operator==(const BallFrame&) const = default;
};

// A toast: an event recent enough to be announced on screen.
struct ActiveEvent {
    ObservedEvent event;
    double age = 0.0;  // seconds since it happened
    bool operator==(const ActiveEvent&) const = default;
};

struct OffsideLineView {
    double x = 0.0;          // the line across the pitch
    double margin = 0.0;     // metres the attacker was beyond it
    PlayerId attacker;
    PlayerId defender;       // invalid when the ball or the halfway line set the line
    bool operator==(const OffsideLineView&) const = default;
};

struct Frame {
    double time = 0.0;              // match time
    std::string clock;              // "90+1'"
    std::string preciseClock;       // "90+0:52"
    std::array<int, 2> score{0, 0};
    std::optional<std::array<int, 2>> shootout;  // the shoot-out's tally, during one
    int moment = -1;                // index into Script::moments; -1 between moments
    double momentTime = 0.0;        // seconds into the moment
    int passage = -1;               // index into Script::passages when one is on screen (and no moment)
    // False when the play at this instant is not baked yet: no players and no ball, only the pitch and
    // the clock (a viewer bakes a whole match progressively; it never shows a guess).
    bool baked = true;
    std::optional<StopKind> stoppage;  // play is stopped here (the ball is dead), and why
    std::vector<PlayerFrame> players;   // the players on the pitch
    BallFrame ball;
    std::vector<Vec3> ballTrail;                   // oldest first, ending at the ball
    std::vector<std::vector<Vec2>> playerTrails;   // one per player in action, same order as they appear
    std::vector<ActiveEvent> events;
    std::optional<OffsideLineView> offsideLine;

    bool operator==(const Frame&) const;
};

}  // namespace touchline
