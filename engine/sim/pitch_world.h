#pragma once
// The Box2D world of one moment, on the pitch plane: the ball (a dynamic circle), both goals' posts
// (static circles) and nets (static edges behind the goal lines), the advertising boards round the
// pitch, and a small pool of kinematic bodies for the players near the ball. Only what can touch the
// ball is in the world: players are brought into the pool when they come near, and a step with nothing
// within reach skips Box2D altogether (the ball then moves exactly as the kick solver predicted).
// Heights gate every contact: a ball above a body, a post or a net passes over it.
#include <array>
#include <memory>
#include <span>
#include <utility>
#include <vector>

#include "script/script.h"
#include "sim/ball_model.h"

class b2World;
class b2Body;

namespace touchline::sim {

// The boards stand this far outside the lines.
inline constexpr double kBoardDistance = 6.0;
inline constexpr double kBoardHeight = 1.0;
// A player's body for contacts: a circle on the plane, as tall as a player.
inline constexpr double kBodyRadius = 0.25;
inline constexpr double kBodyHeight = 1.9;

struct NearbyPlayer {
    PlayerId id;
    Vec2 now;   // where he is at the start of the step
    Vec2 next;  // and at its end
};

struct WorldContacts {
    bool stepped = false;  // Box2D ran this step
    bool touched = false;  // something pushed the ball: x, y and the velocity come from Box2D
    bool post = false;
    bool net = false;
    bool board = false;
    PlayerId player;       // a body the ball hit
};

class PitchWorld {
public:
    static constexpr int kPoolSize = 4;

    explicit PitchWorld(const BallModel& model);
    ~PitchWorld();
    PitchWorld(const PitchWorld&) = delete;
    PitchWorld& operator=(const PitchWorld&) = delete;

    // Moves the ball's x and y over one step (its velocity already updated by the forces), against the
    // goal frames, nets, boards and the given players; `ball.position.z` gates the contacts.
    WorldContacts step(BallState& ball, std::span<const NearbyPlayer> players, double dt);
    // How many steps Box2D actually ran (the others had nothing within reach of the ball).
    int worldSteps() const { return worldSteps_; }

private:
    struct Listener;
    bool fixedGeometryNear(const BallState& ball, double dt) const;

    BallModel model_;
    std::unique_ptr<Listener> listener_;
    std::unique_ptr<b2World> world_;
    b2Body* ball_ = nullptr;
    std::array<b2Body*, kPoolSize> pool_{};
    std::array<PlayerId, kPoolSize> poolPlayer_{};
    bool touchingLastStep_ = false;
    int worldSteps_ = 0;
    std::vector<Vec2> posts_;
    std::vector<std::pair<Vec2, Vec2>> nets_;
    std::array<std::pair<Vec2, Vec2>, 2> goalBounds_{};  // per end: the box round its posts and net (min, max)
};

}  // namespace touchline::sim
