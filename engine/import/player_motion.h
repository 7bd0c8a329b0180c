#pragma once
// Where each player is through a moment, as waypoints: fixed ones where the data puts him on the ball,
// soft ones (the team shape, where the data puts him off it) that give way to speed limits. Turned into
// the moment's `shape` and its `run` and `dribble` actions.
#include <map>
#include <string>
#include <vector>

#include "script/script.h"

namespace touchline::import {

struct Waypoint {
    double t = 0.0;
    Vec2 at;
    bool fixed = false;     // never moved to fit a speed limit
    bool onBall = false;    // he plays the ball here: never moved at all
    bool dribbling = false; // he runs with the ball from here to his next waypoint

    bool operator==(const Waypoint&) const = default;
};

class PlayerMotion {
public:
    // He plays the ball at `at` at t.
    void fix(PlayerId player, double t, Vec2 at);
    void soft(PlayerId player, double t, Vec2 at);
    // He runs with the ball between his waypoints at `from` and at `to`.
    void dribble(PlayerId player, double from);
    // The times no shape waypoint may be added for him: around and between his fixed ones, during a
    // dribble, and near where the data puts him.
    bool busy(PlayerId player, double t) const;
    // Whether he can be at `at` at t and still keep his fixed waypoints either side running no faster
    // than `speed`, none of them closer in time than `gap` (his own touches stay his).
    bool canReach(PlayerId player, double t, Vec2 at, double speed, double gap) const;
    // Puts him at `at` at t for certain: the waypoint there (or a new one) becomes fixed. False when he
    // was there already.
    bool pin(PlayerId player, double t, Vec2 at);
    // Where he plays the ball at t moves to `at` (a ball that cannot reach the data's place).
    void moveTouch(PlayerId player, double t, Vec2 at);
    // His place at `from` is where he is at `to` instead (a ball that reaches him later); the shape
    // waypoints in between give way.
    void retime(PlayerId player, double from, double to);
    // Everything from t on happens `delta` seconds later (a ball that needs longer to get there).
    void shiftAfter(double t, double delta);
    // Moves his soft waypoints within `window` s of t by `by`, or adds one there when he has none; false
    // when neither (he plays the ball within a second of t, and his places there are fixed).
    bool push(PlayerId player, double t, Vec2 by, double window);

    // Soft waypoints give way until nobody runs faster than `shapeSpeed` between them (or 9.8 m/s into a
    // fixed one) and the engine's curve through them peaks under a sprint; fixed ones no one can reach
    // in time are moved as little as needed, with a note.
    void limitSpeeds(const Script& script, double shapeSpeed, std::vector<std::string>& notes);

    const std::map<PlayerId, std::vector<Waypoint>>& all() const { return players_; }
    bool operator==(const PlayerMotion&) const = default;  // exactly: every waypoint the same, bit for bit
    const std::vector<Waypoint>* of(PlayerId player) const;
    // Where he is at t, linearly between waypoints (nothing when he has none).
    std::optional<Vec2> at(PlayerId player, double t) const;

    // The moment's shape (everyone's first waypoint) and runs and dribbles, appended to `moment`.
    void writeTo(Moment& moment) const;

private:
    void insert(PlayerId player, Waypoint w);
    // His place as the moment opens moves within a sprint's reach of his touches after it.
    void openWithinReach(PlayerId player, std::vector<Waypoint>& list);
    // His soft waypoints give way until the engine's curve through them peaks under a sprint.
    void limitPeaks(PlayerId player, std::vector<Waypoint>& list);
    // Whether nobody else is near `at` at t (by their waypoints).
    bool clearOfOthers(PlayerId player, double t, Vec2 at) const;
    // Whether moving his waypoint j to `moved` keeps the legs either side of it as clear of everyone
    // else's touches as they were.
    bool clearOfTouches(PlayerId player, const std::vector<Waypoint>& list, std::size_t j, Vec2 moved) const;
    std::map<PlayerId, std::vector<Waypoint>> players_;
};

}  // namespace touchline::import
