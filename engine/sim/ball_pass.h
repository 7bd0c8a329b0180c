#pragma once
// One pass of a moment's simulation: the players move on their paths (kinematic bodies), the ball goes
// through Box2D and the height model at 240 steps a second, and every touch is played on the ball as it
// really comes. Everything a pass changes lives in the pass (BallPass::State, a value made fresh for
// each), so passes are independent: the moment bake runs up to three, and a whole match can bake its
// passages in any order.
#include <cstddef>
#include <vector>

#include "script/script.h"
#include "sim/ball_model.h"
#include "sim/exclusions.h"
#include "sim/moment_plan.h"
#include "sim/moment_track.h"
#include "sim/observed_event.h"
#include "sim/player_paths.h"

namespace touchline::sim {

// Where the tracked players are, evaluated on their paths. Queries at steps that do not go back (as a
// pass makes them) cost a few multiplications each.
class PlayerMotion {
public:
    explicit PlayerMotion(const std::vector<PlayerPath>& paths) : paths_(&paths), cursors_(paths.size(), 0) {}
    Vec2 at(std::size_t player, int step);

private:
    const std::vector<PlayerPath>* paths_;
    std::vector<std::size_t> cursors_;
};

// A player's body met by the ball while it travelled from one touch to the next.
struct BodyContact {
    int step = 0;
    PlayerId player;
    int action = -1;   // the action of the touch that sent the ball there
    PlayerId kicker;   // who played that touch
    double height = 0.0;  // the ball's centre above the grass
};

struct PassResult {
    std::vector<Touch> touches;         // as the simulated ball met them (re-aimed where it came elsewhere)
    std::vector<ObservedEvent> events;  // what the physics observed, in step order
    std::vector<BallSample> ball;       // steps + 1 samples
    std::vector<BodyContact> contacts;  // bodies the ball struck on its way
};

// One pass over `plan` with the players on `paths` (per plan.players).
PassResult simulatePass(const Script& script, const MomentPlan& plan, const BallModel& model,
                        const std::vector<PlayerPath>& paths, const std::vector<std::vector<StepSpan>>& exclusions);

}  // namespace touchline::sim
