#pragma once
// Frame: everything a renderer needs to draw one instant of the replay, as a plain value.
// Timeline::sample(t) makes one; the renderer reads nothing else. Two frames of the same t compare equal.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/vec2.h"
#include "script/script.h"

namespace touchline {

struct Vec3 {
    double x = 0.0, y = 0.0, z = 0.0;
    constexpr Vec2 ground() const { return {x, y}; }
    constexpr bool operator==(const Vec3&) const = default;
};

// What the simulation saw happen. Goals, offsides and shots off target are observed, never scripted.
enum class EventKind {
    Kick,        // the ball leaves a player's foot (pass, cross, corner, shot, volley)
    Header,
    Bounce,      // the ball lands
    Post,
    Crossbar,
    Save,        // a goalkeeper stops or parries the ball
    Goal,        // the ball wholly crossed the goal line between the posts and under the bar
    Wide,        // out over the goal line, outside the posts
    Over,        // out over the goal line, over the bar
    OutOfPlay,   // over a touchline, or over a goal line elsewhere
    Offside,     // computed at the instant of a pass
    Tackle, Foul, Card, Substitution, Injury, Whistle,  // from the script's non-kick actions and markers
};

std::string_view eventKeyword(EventKind kind);  // "GOAL", "OFFSIDE", ...

struct ObservedEvent {
    EventKind kind = EventKind::Kick;
    double time = 0.0;    // match time
    int moment = -1;      // index into Script::moments; -1 for a marker
    PlayerId player;      // who: kicker, scorer, keeper, offender, booked player, player coming on
    PlayerId other;       // fouled player, player going off, the defender who set the offside line
    ActionKind cause = ActionKind::Run;  // the scripted action this came from, where one did
    Vec3 where;           // where the ball was
    double speed = 0.0;   // ball speed at that instant, m/s
    // Offside: the line's x and how far beyond it the attacker was, in metres.
    double offsideLineX = 0.0;
    double offsideMargin = 0.0;
    bool disallowed = false;  // a goal that does not count (offside before it)
    CardColour card = CardColour::Yellow;
    WhistleKind whistle = WhistleKind::Foul;
    std::array<int, 2> score{0, 0};  // the score once this event has happened
};

struct PlayerFrame {
    PlayerId id;
    Vec2 position;
    double facing = 0.0;  // radians, world orientation (0 = towards x = 105, pi/2 = towards y = 68)
    double speed = 0.0;   // m/s
    bool inAction = false;  // plays the ball in the current moment: named, trailed
};

struct BallFrame {
    Vec3 position;
    Vec3 velocity;
    bool visible = true;
};

// A toast: an event recent enough to be announced on screen.
struct ActiveEvent {
    ObservedEvent event;
    double age = 0.0;  // seconds since it happened
};

struct OffsideLineView {
    double x = 0.0;          // the line across the pitch
    double margin = 0.0;     // metres the attacker was beyond it
    PlayerId attacker;
    PlayerId defender;
};

struct Frame {
    double time = 0.0;              // match time
    std::string clock;              // "90+1'"
    std::string preciseClock;       // "90+0:52"
    std::array<int, 2> score{0, 0};
    int moment = -1;                // index into Script::moments; -1 between moments
    double momentTime = 0.0;        // seconds into the moment
    std::vector<PlayerFrame> players;   // the players on the pitch
    BallFrame ball;
    std::vector<Vec3> ballTrail;                   // oldest first, ending at the ball
    std::vector<std::vector<Vec2>> playerTrails;   // one per player in action, same order as they appear
    std::vector<ActiveEvent> events;
    std::optional<OffsideLineView> offsideLine;

    bool operator==(const Frame&) const;
};

}  // namespace touchline
