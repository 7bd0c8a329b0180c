#pragma once
// Script: a replay script as plain data, exactly what the author wrote after parsing and name
// resolution, before any physics. docs/replay-format.md is the author's view of the same thing.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/assert.h"
#include "core/match_clock.h"
#include "core/pitch.h"
#include "core/vec2.h"
#include "core/color.h"
#include "script/diagnostics.h"

namespace touchline {

enum class TeamSide { Home = 0, Away = 1 };
constexpr int index(TeamSide side) { return static_cast<int>(side); }
constexpr TeamSide opponent(TeamSide side) { return side == TeamSide::Home ? TeamSide::Away : TeamSide::Home; }

// A player by team and position in that team's list (starters first, then substitutes).
struct PlayerId {
    int team = -1;
    int index = -1;
    constexpr bool valid() const { return team >= 0 && index >= 0; }
    constexpr TeamSide side() const { return static_cast<TeamSide>(team); }
    constexpr bool operator==(const PlayerId&) const = default;
    constexpr auto operator<=>(const PlayerId&) const = default;
};

struct Kit {
    Rgba shirt{255, 255, 255, 255};
    Rgba stripes{0, 0, 0, 0};  // vertical stripes over the shirt; alpha 0 for a plain shirt
    Rgba number{0, 0, 0, 255};
    bool operator==(const Kit&) const = default;
};

struct Player {
    std::string name;      // the name the script uses everywhere: "Koulibaly"
    std::string fullName;  // "Kalidou Koulibaly"; may be empty
    int number = 0;        // 0 when the script gives none (event data without shirt numbers)
    std::string position;  // GK, RB, CB, LB, DM, CM, AM, RW, LW, CF, ...
    bool starter = true;
    // Where he stands in the team's shape, in metres, drawn for a team attacking towards x = 105.
    // The engine mirrors it for the end the team really attacks.
    Vec2 formationSpot;
    SourceLocation where;

    bool isGoalkeeper() const { return position == "GK"; }
    bool operator==(const Player& other) const;  // as the file says it: never `where`
    // What his disc shows: the shirt number, or without one his initials ("KK"), never a made-up number.
    std::string shirtText() const;
};

// The kits a team wears when its script gives none: home in red, away in blue, keepers in colours
// neither outfield kit nor the other keeper wears.
Kit defaultKit(TeamSide side);
Kit defaultGoalkeeperKit(TeamSide side);

struct Team {
    std::string key;        // the script's key for the team: "juventus"
    std::string name;       // "Juventus"
    std::string shortName;  // "JUV", for the scoreboard
    std::string formation;  // "4-3-3", shown, not interpreted
    std::string coach;
    Kit kit;
    Kit goalkeeperKit;
    std::vector<Player> players;  // starters first, then substitutes
    SourceLocation where;

    bool operator==(const Team& other) const;  // as the file says it: never `where`
};

// Every player by the name the script uses, folded ("Hamsik" finds "Hamšík"), sorted once: a lookup
// costs a fold of the name asked for and a binary search, however many players there are.
class PlayerIndex {
public:
    PlayerIndex() = default;
    explicit PlayerIndex(const std::array<Team, 2>& teams);

    std::optional<PlayerId> find(std::string_view name) const;
    // The names as written, home team first: the candidates of a "did you mean".
    const std::vector<std::string>& names() const { return names_; }
    std::size_t size() const { return names_.size(); }
    bool operator==(const PlayerIndex&) const = default;

private:
    std::vector<std::pair<std::string, PlayerId>> folded_;  // sorted by name; the first listed first
    std::vector<std::string> names_;
};

struct MatchInfo {
    std::string competition;
    std::string date;   // ISO 8601: "2018-04-22"
    std::string venue;
    std::string referee;
    std::array<int, 2> finalScore{0, 0};  // as the author believes it; the physics decides what is shown
    pitch::End homeAttacksFirstHalf = pitch::End::Right;
    SourceLocation where;

    bool operator==(const MatchInfo& other) const;  // as the file says it: never `where`
};

enum class ActionKind {
    Run, Dribble,                                  // movement
    Pass, Cross, Corner, Shot, Header, Volley,     // kicks: the ball leaves the player aimed at a target
    Penalty,                                       // a kick from the penalty spot (the players are placed for it)
    Save,                                          // the keeper stops, palms or holds the ball, or is beaten
    Tackle, Foul, Card, Substitution, Injury, Whistle,  // events without a kick
};

// The format's table of each kind's fields is script/action_schema.h; these ask it.
std::string_view actionKeyword(ActionKind kind);  // "run", "pass", ...
bool isKick(ActionKind kind);
bool isMovement(ActionKind kind);

enum class KickStyle { Ground, Lofted, Driven };
enum class CardColour { Yellow, Red };
enum class WhistleKind { KickOff, Foul, Offside, HalfTime, FullTime };

std::string_view styleKeyword(KickStyle style);
std::string_view cardKeyword(CardColour colour);
std::string_view whistleKeyword(WhistleKind kind);

// Where a kick must arrive.
struct KickTarget {
    enum class Kind { Place, Player, Goal };
    Kind kind = Kind::Place;
    Vec2 place;           // Place: a point on the pitch. Goal: x is the goal line, y across the mouth
    double height = 0.0;  // z at arrival: 0 on the grass, about 2.3 for a head, under 2.44 in a goal
    PlayerId player;      // Player: the ball arrives where he is at that instant
    pitch::End goal = pitch::End::Right;  // Goal: which goal

    // The same target as the file says it: only the fields of its kind count.
    bool operator==(const KickTarget& other) const;
};

struct Action {
    ActionKind kind = ActionKind::Run;
    double at = 0.0;  // seconds from the start of the moment
    PlayerId actor;   // who acts; invalid for a whistle
    PlayerId other;   // tackle, foul: the opponent; substitution: the player going off
    // Run and Dribble: where to and when he gets there.
    Vec2 to;
    double by = 0.0;
    // Kicks: the target and either an arrival time or a launch speed (the physics finds the other).
    KickTarget target;
    std::optional<double> arrive;  // moment time at which the ball reaches the target
    std::optional<double> speed;   // launch speed, m/s
    KickStyle style = KickStyle::Ground;
    // Save: true when the keeper holds the ball; false when he palms it towards `target`.
    bool holds = false;
    // Save: the keeper dives towards the ball and does not reach it (the shot goes on; a goal is the
    // shooter's).
    bool beaten = false;
    // Header: the height of the ball at his head when he meets it, when the script gives one.
    std::optional<double> contactHeight;
    CardColour card = CardColour::Yellow;
    WhistleKind whistle = WhistleKind::Foul;
    SourceLocation where;

    // The same action as the file says it: its kind, time, actor and the fields its kind has
    // (script/action_schema.h), numbers to within kNumberNoise; never `where`.
    bool operator==(const Action& other) const;
};

// How play restarts (Laws 8, 13-17): at a moment's start, the players stand for it until its kick.
enum class RestartKind { KickOff, ThrowIn, Corner, FreeKick, GoalKick, Penalty };
std::string_view restartKeyword(RestartKind kind);  // "kick-off", "throw-in", ...

struct Restart {
    RestartKind kind = RestartKind::KickOff;
    PlayerId taker;
    Vec2 at;  // where the ball is
    SourceLocation where;
    bool operator==(const Restart& other) const;  // as the file says it: never `where`
};

// Why play stops (the stoppages event data records). After it the ball is dead until the next restart.
enum class StopKind { Out, Foul, Offside, Goal, Injury, Substitution, EndOfHalf };
std::string_view stopKeyword(StopKind kind);  // "out", "foul", ..., "end-of-half"

struct Stop {
    StopKind kind = StopKind::Out;
    double at = 0.0;  // moment time
    // For an offside: the player caught (the last pass his team-mates play before `at` is judged on him,
    // and he is beyond the line for it). None: the stop says only why.
    PlayerId player;
    SourceLocation where;
    bool operator==(const Stop& other) const;  // as the file says it: never `where`
};

// Who moves the players a moment's actions leave alone: they stand in their places (the moment's shape
// or formation spots), or the team shape moves them as footballers move (sim/team_shape.h).
enum class OffBall { Stand, Shape };

// A player's position at the start of a moment.
struct Placement {
    PlayerId player;
    Vec2 position;
    SourceLocation where;

    bool operator==(const Placement& other) const;  // as the file says it: never `where`
};

// Key moments are the highlights (goals, saves, the woodwork, red cards); extended ones (other chances)
// play only when asked for all of them.
enum class MomentLevel { Key, Extended };
std::string_view levelKeyword(MomentLevel level);  // "key", "extended"

struct Moment {
    std::string id;
    std::string title;
    std::string caption;
    ClockReading clock;     // when moment time 0 happens on the match clock
    double matchTime = 0.0; // the same instant on the engine's continuous axis (see MatchClock)
    // Seconds, always set by the loader; when the file gives none, two seconds after the last action
    // (a ball's arrival counts), and at least four for a still moment.
    double duration = 0.0;
    std::optional<Vec2> ball;  // where the ball is at moment time 0; default: at the first kicker's feet
    std::vector<Placement> shape;  // players not listed stand at their formation spot
    std::vector<Action> actions;   // in time order
    OffBall offBall = OffBall::Stand;  // `off_ball: shape`; a passage's is always Shape
    std::optional<Restart> restart;    // play restarts at moment time 0 (the ball is there, its taker too)
    std::optional<Stop> stop;          // play stops here; the moment then runs on to the next restart
    MomentLevel level = MomentLevel::Key;
    SourceLocation where;

    bool operator==(const Moment& other) const;  // as the file says it: never `where`

    bool animated() const;  // has a ball in play (at least one kick)
    // Where the script puts the ball at moment time 0: `ball`, else its restart's spot; none when the
    // first kicker's feet decide.
    std::optional<Vec2> givenBallStart() const;
};

// An event with no animation of its own (a booking, a substitution, a whistle), at a clock time.
struct Marker {
    ClockReading clock;
    double matchTime = 0.0;
    Action action;
    std::string note;  // optional words for the event log
    SourceLocation where;

    bool operator==(const Marker& other) const;  // as the file says it: never `where`
};

// The end a team attacks at a match time: the home team attacks `homeAttacksFirstHalf` in the first
// half and in the first period of extra time, the other end in the second half and the second period
// of extra time; every kick of a shoot-out goes at the right-hand goal (x = 105).
pitch::End attackingEnd(pitch::End homeAttacksFirstHalf, const MatchClock& clock, TeamSide side, double matchTime);

struct Script {
    std::string path;
    int format = 1;
    MatchInfo match;
    MatchClock clock;
    std::array<Team, 2> teams;  // home, away
    std::vector<Moment> moments;  // in clock order
    std::vector<Marker> markers;  // in clock order
    // Every stretch of play from a restart to the next, made from event data (no id, title or caption);
    // they cover the match where the moments do not, and the moments stand where they overlap.
    std::vector<Moment> passages;  // in clock order
    // Where the file keeps them when it names another file (`passages: NAME.yaml`, beside it); empty when
    // they are written in the file itself.
    std::string passagesFile;
    // Derived from `teams`: the loader builds it once the teams are read, and whoever changes the
    // players afterwards may call indexPlayers() again (findPlayer stays right without: see there).
    PlayerIndex playerIndex;

    // Equal when they say the same as replay files: every part as the file says it, numbers to within
    // kNumberNoise (script/action_schema.h), never where things were written nor the file's path.
    // script/script_writer.h's writeScript gives a file that loads back to an equal Script.
    bool operator==(const Script& other) const;

    const Team& team(TeamSide side) const { return teams[index(side)]; }
    bool hasPlayer(PlayerId id) const {
        return id.valid() && id.team < 2 && static_cast<std::size_t>(id.index) < teams[id.team].players.size();
    }
    const Player& player(PlayerId id) const {
        TOUCHLINE_ASSERT(hasPlayer(id), "Script::player: no such player in this script");
        return teams[id.team].players[id.index];
    }
    // The name shown for a player wherever a program speaks of him: his name, or "?" for no one (an
    // invalid id: a whistle's actor, an event nobody caused).
    std::string_view playerName(PlayerId id) const { return id.valid() ? std::string_view(player(id).name) : "?"; }
    void indexPlayers() { playerIndex = PlayerIndex(teams); }
    // By the name the script uses, accent- and case-insensitive ("Hamsik" finds "Hamšík"): through
    // playerIndex when it finds that name, else by a scan of every name (a miss, or players changed
    // since they were indexed), so it is never wrong. Bulk lookups of names that may be unknown (the
    // loader's) use playerIndex.find alone.
    std::optional<PlayerId> findPlayer(std::string_view name) const;
    const Moment* findMoment(std::string_view id) const;
    // The passage that follows on from passage `index`: the next, when it starts as this one ends and
    // in the same period (at half-time the teams change ends: nobody walks, nor is the ball fetched,
    // across the pitch). Play stopped in `index` ends where that one opens.
    std::optional<int> passageFollowingOn(int index) const;
    // The end a team attacks at a given match time (teams change ends at half time; see below).
    pitch::End attackingEnd(TeamSide side, double matchTime) const;
    // Where a player stands in his team's shape at a match time: his formation spot, turned round
    // (a half turn about the centre spot) when his team attacks towards x = 0.
    Vec2 shapePosition(PlayerId id, double matchTime) const;
};

}  // namespace touchline
