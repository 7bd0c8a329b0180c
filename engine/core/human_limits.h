#pragma once
// What a human footballer can do: the one place for these limits. The loader and the validator refuse
// scripts that ask for more, and the simulation never does more (a kick no one can hit is reported and
// then struck as near as a human can).
//
// Sources: the fastest sprints measured in top-flight football touch 10.5 m/s (36-38 km/h); the hardest
// measured shots fly at just over 35 m/s (~125 km/h); a jumping player meets the ball with his head at
// about 3 m at the very highest (ball centre), and a keeper's jump and stretch reaches about as high.

namespace touchline {

inline constexpr double kMaxRunSpeed = 10.5;      // m/s
inline constexpr double kMaxKickSpeed = 35.0;     // m/s, the ball's launch speed
inline constexpr double kMaxHeaderHeight = 3.0;   // m above the grass, ball centre, when headed
inline constexpr double kMaxSaveHeight = 3.0;     // m: the highest a jumping keeper reaches
inline constexpr double kHandsHeight = 1.0;       // m: where a keeper holds the ball he has caught

}  // namespace touchline
