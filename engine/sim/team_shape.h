#pragma once
// Where the players who are not on the ball want to be. Each team keeps the shape of its formation and
// moves it as a block, the way teams are coached to:
//  - the block follows the ball up and down the pitch and slides across towards it;
//  - with the ball it stretches (deep and wide, full backs up); without it, it squeezes (short and
//    narrow) and its nearest man presses the ball from the goal side;
//  - the back four hold one line and step up or drop together; forwards stay on the shoulder of the
//    other team's last defender (onside);
//  - keepers stay near their goal, a little off the line towards the ball, further up when their team
//    has the ball high up the pitch;
//  - at a set piece everyone takes his place for it (set_piece_shape.h): markers on their men at a
//    corner, a wall at a free kick near goal, everyone outside the area at a penalty.
// A pure function of the situation: the same ball, possession and restart give the same targets. How
// players get there (speed, acceleration, keeping apart) is shape_follower.h's.
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/pitch.h"
#include "core/vec2.h"
#include "script/script.h"

namespace touchline::sim {

// Which line of the team a player plays in.
enum class Line { Goalkeeper, Defence, Midfield, Attack };

// From the position the script gives (GK, CB, RB, DM, CM, AM, RW, CF, ...; Wyscout's GK/DF/MF/FW too);
// an unknown one is judged from the formation spot (drawn attacking x = 105).
Line lineOf(std::string_view position, Vec2 spot);

struct ShapeSituation {
    Vec2 ball;                          // where the ball is (pitch metres)
    std::optional<TeamSide> possession; // the team on the ball; none while it is loose or in the air
    double ballHeight = 0.0;            // m, of its centre
    // A set piece about to be taken (from the whistle to the kick players stand where the restart wants),
    // by the team in possession.
    std::optional<RestartKind> restart;
    // Who takes it, when known: he stands just behind the ball, and nobody else within kRestartRoom of it.
    PlayerId taker;
    std::array<pitch::End, 2> attacking{pitch::End::Right, pitch::End::Left};  // per team (home, away)
    // Per team: the pitch x furthest towards the goal it attacks where one of its players is about to
    // receive a team-mate's pass. The other team's back line stands no higher than it: the line drops
    // with the runner, so that he is onside when the ball is played, as the data has him.
    std::array<std::optional<double>, 2> runner;
    // At a passage's opening: where players first play the ball soon after it (the place, and the
    // seconds he has to run there: from the opening, or from a restart's kick, everyone standing for the
    // restart until then). Each stands within a run of his, however far the shape would put him.
    struct Due {
        PlayerId player;
        Vec2 place;
        double after = 0.0;
    };
    std::vector<Due> due;
};

struct ShapePlayer {
    PlayerId id;
    Vec2 spot;  // his formation spot, drawn attacking x = 105
    Line line = Line::Midfield;
};

// Where each of `players` (both teams, any order) wants to be, in the same order. Targets keep at least
// kTargetGap between them, except a marker on his man at a set piece.
std::vector<Vec2> shapeTargets(const ShapeSituation& situation, std::span<const ShapePlayer> players);

inline constexpr double kTargetGap = 1.5;   // m between two targets
inline constexpr double kBehindTheBall = 0.35;  // m: the taker of a restart stands this far behind it
inline constexpr double kRestartRoom = 2.5;     // m: nobody but the taker nearer the ball at a restart (Law 15's 2 m and a step)
inline constexpr double kPinnedGap = 0.95;  // m between a marker and his man, or two men in a wall

// --- The parts, exposed for set_piece_shape and the tests. Positions here are in a team's own frame:
// the team attacks x = 105 (its formation spots are drawn that way).

// A point in a team's frame from the pitch, and back (the same half turn either way).
Vec2 toTeamFrame(Vec2 p, pitch::End attacking);

// The x of a team's back line in its own frame, for a ball at `ballX` (own frame), with the ball (true)
// or without it (false). Monotonic in ballX: the line steps up as the ball goes forward.
double backLineX(double ballX, bool inPossession);

}  // namespace touchline::sim
