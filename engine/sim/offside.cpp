#include "sim/offside.h"

namespace touchline::sim {

OffsideJudgement judgeOffside(Vec2 attacker, Vec2 ball, pitch::End attacking,
                              std::span<const std::pair<PlayerId, Vec2>> opponents) {
    // "Forward" is towards the goal being attacked.
    const double dir = pitch::side(attacking);
    const auto forward = [dir](double x) { return dir * x; };
    // The last and second-last opponents: the two nearest their own goal line.
    double last = -1e300, secondLast = -1e300;
    PlayerId lastId, secondId;
    for (const auto& [id, pos] : opponents) {
        const double f = forward(pos.x);
        if (f > last) {
            secondLast = last;
            secondId = lastId;
            last = f;
            lastId = id;
        } else if (f > secondLast) {
            secondLast = f;
            secondId = id;
        }
    }
    if (!secondId.valid()) secondLast = forward(pitch::goalLineX(attacking));  // fewer than two opponents

    OffsideJudgement j;
    j.defender = secondId;
    double line = secondLast;
    j.setBy = OffsideJudgement::SetBy::Defender;
    if (forward(ball.x) > line) {
        line = forward(ball.x);
        j.setBy = OffsideJudgement::SetBy::Ball;
    }
    if (forward(pitch::kCentre.x) > line) {
        line = forward(pitch::kCentre.x);
        j.setBy = OffsideJudgement::SetBy::Halfway;
    }
    j.lineX = dir * line;
    j.margin = forward(attacker.x) - line;
    j.offside = j.margin > 0.0;
    return j;
}

}  // namespace touchline::sim
