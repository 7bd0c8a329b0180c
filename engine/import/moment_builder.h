#pragma once
// One passage of the data (a MomentWindow) into a moment of the replay script: the ball's journey as
// kicks aimed at the players who next play it, those players' runs to where the data has them, the
// shot at the place in the goal mouth the data gives (the physics decides whether it goes in), and
// everyone else in a team shape that follows the ball.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "import/event_fidelity.h"
#include "import/match_data.h"
#include "import/moment_selection.h"
#include "import/player_motion.h"
#include "script/script.h"
#include "sim/observed_event.h"
#include "sim/lineup.h"

namespace touchline::import {

// m/s: the fastest a player runs to keep his place in the shape (a draft's waypoints are fitted to it,
// PlayerMotion::limitSpeeds, when drafted and after each repair).
inline constexpr double kShapeSpeed = 7.0;

// What the data says a moment must show; the import bakes it and says so where the physics differs.
struct ExpectedOutcome {
    enum class Kind { Goal, NoGoal };
    Kind kind = Kind::Goal;
    PlayerId scorer;         // the shooter (or, for an own goal, the defender)
    TeamSide counts = TeamSide::Home;  // the team the goal counts for
    bool shootout = false;
    double time = 0.0;       // match time of the shot
    std::string what;        // "Koulibaly's header"
};

// A moment under construction: its ball actions, everyone's waypoints, and what it must show.
struct MomentDraft {
    Moment moment;                 // id, clock, title, caption, duration, ball, level; no shape yet
    std::vector<Action> ballActions;
    PlayerMotion motion;
    std::vector<ExpectedOutcome> outcomes;
    std::vector<PlayerId> offsideReceivers;  // passes to them must come out offside (the data's calls)
    std::vector<std::string> notes;          // what the animation could not take from the data
    int keyEvent = -1;                       // index into MatchData::events of the moment's main event
    MomentWindow window;                     // the passage it animates (after any later start)
    std::vector<int> reshapes;               // per ball action: how often the repair has remade it
    std::optional<EventKind> shotEnding;     // how the physics ended the key shot (goal, save, wide, over, ...)
    std::vector<EventMiss> misses;           // the data's on-ball events the baked moment does not show (said in notes)
    bool pinnedPresences = false;            // a presence was pinned: the draft without pins would differ
};

struct MomentContext {
    const MatchData& match;
    const Script& script;        // teams, players and clock already filled
    const sim::Lineup& lineup;   // who is on the pitch when
    std::function<PlayerId(PlayerRef)> playerId;  // invalid for someone not in the script
};

// s: how long a kick of `metres` takes to get there as the drafts time it, in the air (lofted) or along
// the ground (driven or a ground pass), when the data says nothing of it.
double naturalFlight(double metres, bool lofted);

// `missWide`: events (indices into MatchData::events) of goals the flag took away that the physics could
// not flag: they are shown as shots just wide instead, never as goals that count.
// `pinPresences`: the players the data puts somewhere off the ball (a duel's loser, a keeper diving in
// vain) are there at its time; otherwise they only lean the team shape there, free to give way.
MomentDraft buildMoment(const MomentContext& context, const MomentWindow& window,
                        std::span<const std::size_t> missWide = {}, bool pinPresences = true);

// The ball's journey alone through `window` (which may have no key event): its kicks, tackles, saves and
// fouls as buildMoment plans them, and the touches those aim at (`motion`), without the team shape,
// outcomes or words. What a passage (passage_builder.h) plays; the sim's team shape moves everyone.
MomentDraft buildBallJourney(const MomentContext& context, const MomentWindow& window);

// The finished moment: ball actions, the shape and runs, in time order.
Moment assembleMoment(const MomentDraft& draft);

}  // namespace touchline::import
