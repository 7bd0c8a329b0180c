#pragma once
// Law 11 from positions alone. At the instant a team-mate plays the ball to him, an attacker is in an
// offside position when he is in the opponents' half and nearer to their goal line than both the ball
// and the second-last opponent. Positions are the players' centres on the pitch plane (the nearest
// part of head, body or feet is not modelled separately); level is onside.
#include <span>
#include <utility>

#include "core/pitch.h"
#include "script/script.h"

namespace touchline::sim {

struct OffsideJudgement {
    enum class SetBy { Defender, Ball, Halfway };
    bool offside = false;
    double lineX = 0.0;   // the line that counts: the most advanced of second-last opponent, ball, halfway
    double margin = 0.0;  // metres the attacker is beyond it (negative: onside by that much)
    SetBy setBy = SetBy::Defender;
    PlayerId defender;    // the second-last opponent (whether or not he sets the line)
};

// `attacking`: the goal the attacker's team attacks. `opponents`: every opponent on the pitch.
OffsideJudgement judgeOffside(Vec2 attacker, Vec2 ball, pitch::End attacking,
                              std::span<const std::pair<PlayerId, Vec2>> opponents);

}  // namespace touchline::sim
