#include "sim/moment_track.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "core/math.h"
#include "core/pitch.h"

namespace touchline::sim {

namespace {

constexpr double kPositionUnits = 500.0;           // per metre: 2 mm
constexpr double kFacingUnits = 32767.0 / kPi;     // per radian
constexpr double kSpeedUnits = 1000.0;             // per m/s: 1 mm/s

// std::round, inline: without SSE4.1 (our baseline x86-64) the compiler calls libm for it, and every
// player's every sample of every bake is rounded three times. Half away from zero, as std::round; the
// sign of a zero aside, which the integer it becomes does not keep. No branch on the fraction: it is
// as likely under a half as over, and a branch on it, mispredicted every other call, cost more than
// libm's call.
double roundHalfAway(double x) {
    if (!(std::abs(x) < 4503599627370496.0)) return x;  // 2^52 and beyond is whole already (or NaN)
    const double whole = static_cast<double>(static_cast<std::int64_t>(x));  // towards zero, exactly
    const double up = static_cast<double>(std::abs(x - whole) >= 0.5);
    return whole + std::copysign(up, x);
}

template <typename Int>
Int quantize(double value, double units) {
    const double scaled = roundHalfAway(value * units);
    return static_cast<Int>(std::clamp(scaled, static_cast<double>(std::numeric_limits<Int>::min()),
                                       static_cast<double>(std::numeric_limits<Int>::max())));
}

}  // namespace

PlayerSample PlayerSample::pack(Vec2 position, double facing, double speed) {
    PlayerSample s = packPosition(position);
    s.facing = quantize<std::int16_t>(facing, kFacingUnits);
    s.speed = quantize<std::uint16_t>(speed, kSpeedUnits);
    return s;
}

PlayerSample PlayerSample::packPosition(Vec2 position) {
    PlayerSample s;
    s.x = quantize<std::int16_t>(position.x - pitch::kCentre.x, kPositionUnits);
    s.y = quantize<std::int16_t>(position.y - pitch::kCentre.y, kPositionUnits);
    return s;
}

Vec2 PlayerSample::position() const {
    return {pitch::kCentre.x + x / kPositionUnits, pitch::kCentre.y + y / kPositionUnits};
}

double PlayerSample::facingAngle() const { return facing / kFacingUnits; }

double PlayerSample::speedValue() const { return speed / kSpeedUnits; }

std::size_t MomentTrack::sampleBytes() const {
    std::size_t bytes = ball.size() * sizeof(BallSample);
    for (const PlayerTrack& t : playerTracks) bytes += t.samples.size() * sizeof(PlayerSample);
    return bytes;
}

}  // namespace touchline::sim
