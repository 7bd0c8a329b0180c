#pragma once
// What the simulation saw happen. Goals, offsides and shots off target are observed, never scripted.
// (Declared here, below the timeline, because the simulation produces them; timeline/frame.h carries
// them to the renderer.)
#include <array>
#include <optional>
#include <string_view>

#include "core/vec3.h"
#include "script/script.h"

namespace touchline {

enum class EventKind {
    Kick,        // the ball leaves a player's foot (pass, cross, corner, shot, volley)
    Header,
    Bounce,      // the ball lands
    Post,
    Crossbar,
    Save,        // a goalkeeper stops or parries the ball
    Goal,        // the ball wholly crossed the goal line between the posts and under the bar
    Wide,        // out over the goal line, outside the posts (from an attempt on goal)
    Over,        // out over the goal line, over the bar (from an attempt on goal)
    OutOfPlay,   // over a touchline, or over a goal line otherwise
    Offside,     // computed at the instant of a pass
    Tackle, Foul, Card, Substitution, Injury, Whistle,  // from the script's non-kick actions and markers
    Deflection,  // the ball struck a player's body that was not playing it
};

std::string_view eventKeyword(EventKind kind);  // "GOAL", "OFFSIDE", ...

// The event a scripted action announces (a tackle, a foul, a card, a substitution, an injury, a
// whistle); none for runs, kicks and saves, whose events only the physics can observe. The one mapping,
// for markers and moments alike. In a moment a tackle is also a touch of the ball: the bake observes its
// event there, at the step the ball is won, instead of announcing it.
std::optional<EventKind> announcedEvent(ActionKind kind);

struct ObservedEvent {
    EventKind kind = EventKind::Kick;
    double time = 0.0;    // match time
    int moment = -1;      // index into Script::moments; -1 for a marker or a passage's event
    int passage = -1;     // index into Script::passages when a passage's bake saw it
    int action = -1;      // index into that moment's actions (or the marker's index); -1 when none
    PlayerId player;      // who: kicker, scorer, keeper, offender, booked player, player coming on
    PlayerId other;       // fouled player, player going off, the defender who set the offside line,
                          // the goal's assist, the shooter whose shot was saved
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

    bool operator==(const ObservedEvent&) const = default;
};

}  // namespace touchline
