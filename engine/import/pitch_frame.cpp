#include "import/pitch_frame.h"

#include <array>
#include <span>

namespace touchline::import {

namespace {

struct Landmark {
    double provider;
    double metres;
};

using pitch::kLength, pitch::kWidth;
constexpr double kBox = pitch::kPenaltyAreaDepth;
constexpr double kSix = pitch::kGoalAreaDepth;
constexpr double kSpot = pitch::kPenaltySpotDistance;
constexpr double kBoxHalf = pitch::kPenaltyAreaWidth / 2.0;
constexpr double kSixHalf = pitch::kGoalAreaWidth / 2.0;
constexpr double kPostHalf = pitch::kGoalWidth / 2.0;
constexpr double kMid = kWidth / 2.0;

// Along the pitch. Wyscout: goal area 6, penalty spot 10, penalty area 16 (percent of the length).
constexpr std::array<Landmark, 9> kWyscoutX{{{0, 0}, {6, kSix}, {10, kSpot}, {16, kBox}, {50, kLength / 2},
                                             {84, kLength - kBox}, {90, kLength - kSpot}, {94, kLength - kSix},
                                             {100, kLength}}};
// Across, from the acting team's left touchline (y = 0) to its right. Penalty area 19-81, goal area
// 37-63, posts 45-55 (the public data set's pitch drawing).
constexpr std::array<Landmark, 9> kWyscoutY{{{0, 0}, {19, kMid - kBoxHalf}, {37, kMid - kSixHalf},
                                             {45, kMid - kPostHalf}, {50, kMid}, {55, kMid + kPostHalf},
                                             {63, kMid + kSixHalf}, {81, kMid + kBoxHalf}, {100, kWidth}}};
// StatsBomb, yards: goal area 6, spot 12, penalty area 18, halfway 60.
constexpr std::array<Landmark, 9> kStatsBombX{{{0, 0}, {6, kSix}, {12, kSpot}, {18, kBox}, {60, kLength / 2},
                                               {102, kLength - kBox}, {108, kLength - kSpot}, {114, kLength - kSix},
                                               {120, kLength}}};
// Penalty area 18-62, goal area 30-50, posts 36-44.
constexpr std::array<Landmark, 9> kStatsBombY{{{0, 0}, {18, kMid - kBoxHalf}, {30, kMid - kSixHalf},
                                               {36, kMid - kPostHalf}, {40, kMid}, {44, kMid + kPostHalf},
                                               {50, kMid + kSixHalf}, {62, kMid + kBoxHalf}, {80, kWidth}}};

double piecewise(std::span<const Landmark> marks, double v) {
    // Beyond the ends (a position a little off the pitch), extend the nearest piece.
    std::size_t i = 1;
    while (i + 1 < marks.size() && v > marks[i].provider) ++i;
    const Landmark& a = marks[i - 1];
    const Landmark& b = marks[i];
    return a.metres + (v - a.provider) * (b.metres - a.metres) / (b.provider - a.provider);
}

}  // namespace

Vec2 toPitch(Units units, double x, double y) {
    const bool wyscout = units == Units::WyscoutPercent;
    const double along = piecewise(wyscout ? std::span<const Landmark>(kWyscoutX) : kStatsBombX, x);
    // Attacking towards x = 105, a team's right touchline is our near one (y = 0).
    const double across = piecewise(wyscout ? std::span<const Landmark>(kWyscoutY) : kStatsBombY, y);
    return {along, kWidth - across};
}

double lateralFromCentre(Units units, double y) {
    const bool wyscout = units == Units::WyscoutPercent;
    return piecewise(wyscout ? std::span<const Landmark>(kWyscoutY) : kStatsBombY, y) - kMid;
}

double heightInMetres(Units units, double z) { return units == Units::StatsBombYards ? z * 0.9144 : z; }

Vec2 forEnd(Vec2 p, pitch::End end) { return end == pitch::End::Right ? p : Vec2{kLength - p.x, kWidth - p.y}; }

}  // namespace touchline::import
