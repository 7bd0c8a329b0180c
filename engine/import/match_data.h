#pragma once
// One neutral model of a match's event data, whichever provider it came from: plain data, positions
// already in our pitch metres (105 x 68, x = 0 at the left goal line) for the end each team really
// attacked in that period. The providers' readers fill it; buildScript reads nothing else.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/vec2.h"
#include "script/script.h"

namespace touchline::import {

enum class Provider { Wyscout, StatsBomb };
std::string_view providerName(Provider provider);  // "Wyscout", "StatsBomb"

enum class PeriodId { First = 0, Second = 1, ExtraFirst = 2, ExtraSecond = 3, Shootout = 4 };
std::string_view periodName(PeriodId period);  // "first half", ...

struct PeriodData {
    PeriodId id = PeriodId::First;
    double length = 0.0;  // seconds from its kick-off to its last event
};

struct SquadPlayer {
    std::string providerId;   // the provider's own id, for messages
    std::string name;         // short, as on a scoreboard: "Koulibaly"
    std::string fullName;     // "Kalidou Koulibaly"
    std::optional<int> number;  // shirt number, when the data has one
    std::string position;     // GK, RB, CB, LB, DM, CM, AM, RM, LM, RW, LW, CF
    bool starter = false;
    bool onBench = false;     // named among the substitutes
    bool played = false;      // has an event, started, or came on
    std::optional<Vec2> spot; // his place in the shape, drawn attacking x = 105, when the data gives one
};

struct TeamData {
    std::string providerId;
    std::string name;
    std::string formation;  // "4-3-3", when known
    std::string coach;
    std::vector<SquadPlayer> players;
};

struct PlayerRef {
    int team = -1;    // 0 home, 1 away
    int index = -1;   // into TeamData::players
    bool valid() const { return team >= 0 && index >= 0; }
    bool operator==(const PlayerRef&) const = default;
};

enum class EventType {
    Pass,         // any pass (see restart, style)
    Shot,         // an attempt at goal (a penalty is a shot with restart Penalty)
    Carry,        // running with the ball from start to end
    Receipt,      // the ball reaches a player (StatsBomb's ball receipt): where it arrived, and when
    Clearance,
    Touch,        // a touch of the ball that is not a pass (a deflection, an own goal's last touch)
    Duel,         // a contest for the ball; `won` says who came out with it
    Interception, // winning the ball from an opponent's pass
    Save,         // a goalkeeper's attempt to stop a shot
    KeeperClaim,  // a goalkeeper takes a cross or a loose ball
    Foul,
    Card,
    Substitution,
    Offside,      // the player named was offside
    BallOut,      // the ball left the pitch
    Other,
};

// Whether an event is a touch of the ball the animation follows: a pass, shot, carry, receipt,
// clearance, touch, duel or interception.
bool isOnBall(EventType type);

enum class Restart { None, KickOff, ThrowIn, Corner, FreeKick, GoalKick, Penalty };
// The script's kind of restart for the data's (nothing for None).
std::optional<RestartKind> restartKind(Restart restart);
enum class PassStyle { Ground, High, Head };
enum class ShotOutcome { Unknown, Goal, Saved, OffTarget, Woodwork, Blocked };

// Where an attempt ended, across the goal mouth as the shooter sees it.
struct GoalMouthPoint {
    double lateral = 0.0;  // metres right of the goal's centre, from the shooter's point of view
    double height = 0.0;   // metres above the grass
};

struct MatchEvent {
    int source = -1;          // index into the provider's events list (its JSON path)
    PeriodId period = PeriodId::First;
    double time = 0.0;        // seconds since the period's kick-off
    std::optional<double> duration;  // how long it lasted, when the data says: a pass's flight, a carry
    int team = -1;            // 0 home, 1 away; -1 when the data has none
    PlayerRef player;         // invalid when the data names no one (or someone not in the squads)
    EventType type = EventType::Other;
    std::optional<Vec2> start;  // pitch metres; empty for a placeholder or missing position
    std::optional<Vec2> end;
    Restart restart = Restart::None;
    PassStyle style = PassStyle::Ground;
    bool header = false;      // played with the head (shots, passes, clearances)
    bool accurate = true;     // pass reached a team-mate; shot on target
    bool goal = false;        // a shot that scored (counted once: a keeper's save never carries it here)
    bool ownGoal = false;     // this touch put the ball into his own net
    bool won = true;          // duel: he came out with the ball; save: he kept it out
    ShotOutcome outcome = ShotOutcome::Unknown;
    std::optional<GoalMouthPoint> mouth;  // shots: where the data says it ended
    CardColour card = CardColour::Yellow;
    bool secondYellow = false;
    PlayerRef other;          // substitution: the player going off; pass: its recipient when named
};

struct MatchData {
    Provider provider = Provider::Wyscout;
    std::string competition;
    std::string date;   // YYYY-MM-DD
    std::string venue;
    std::string referee;
    std::array<TeamData, 2> teams;  // home, away
    std::vector<PeriodData> periods;
    std::vector<MatchEvent> events;  // in time order, period by period
    // From the match records, when given: the final score (extra time included) and the shoot-out.
    std::optional<std::array<int, 2>> finalScore;
    std::optional<std::array<int, 2>> shootoutScore;

    const SquadPlayer& player(PlayerRef ref) const { return teams[ref.team].players[ref.index]; }
    SquadPlayer& player(PlayerRef ref) { return teams[ref.team].players[ref.index]; }
};

// A provider's numeric id as text ("3359"); any double, however odd the file.
std::string idText(double id);
// One id is one player of one team: the warning for a file that puts him in the other team too (he is
// left out there rather than made to play for both).
std::string alreadyPlaysFor(double id, const TeamData& team);

// The end a team attacks in a period. Both providers give positions relative to the acting team, so
// which end is which is our choice, made here once (docs/importing.md): the home team attacks the
// right-hand goal (x = 105) in the first half and in the first period of extra time, the left one in
// the second half and the second period of extra time; every shoot-out kick goes at the right-hand goal.
pitch::End attackingEnd(int team, PeriodId period);

}  // namespace touchline::import
