#include "timeline/seam_walk.h"

#include <algorithm>

#include "core/math.h"

namespace touchline {

namespace {

constexpr double kGap = 1.0;   // m between two walkers
constexpr double kFade = 0.4;  // m: nearer than this, the push apart fades
// Two walkers who close faster than kPassing are within 0.8 m of each other for under half a second:
// they pass, and are pushed apart less the faster they close, not at all from kCrossing.
constexpr double kPassing = 3.2;   // m/s
constexpr double kCrossing = 6.4;  // m/s

// Where each of `players` was in `earlier` (both in track order); nullptr for one who was not there.
std::vector<const Vec2*> earlierPositions(const std::vector<PlayerFrame>& players, const std::vector<PlayerFrame>& earlier) {
    std::vector<const Vec2*> before(players.size(), nullptr);
    for (std::size_t a = 0, e = 0; a < players.size(); ++a) {
        std::size_t found = e;
        while (found < earlier.size() && earlier[found].id != players[a].id) ++found;
        if (found == earlier.size()) continue;
        before[a] = &earlier[found].position;
        e = found + 1;
    }
    return before;
}

}  // namespace

void setWalkSpeeds(std::vector<PlayerFrame>& players, const std::vector<PlayerFrame>& earlier, double lookBack) {
    const std::vector<const Vec2*> before = earlierPositions(players, earlier);
    for (std::size_t a = 0; a < players.size(); ++a) {
        if (before[a]) players[a].speed = distance(players[a].position, *before[a]) / lookBack;
    }
}

void keepWalkersApart(std::vector<PlayerFrame>& players, const std::vector<PlayerFrame>& earlier, double lookBack,
                      const std::vector<double>& strength) {
    if (std::none_of(strength.begin(), strength.end(), [](double s) { return s > 0.0; })) return;
    const std::vector<const Vec2*> before = earlierPositions(players, earlier);
    const std::vector<PlayerFrame> unpushed = players;
    for (std::size_t a = 0; a < players.size(); ++a) {
        for (std::size_t b = a + 1; b < players.size(); ++b) {
            const double pair = std::max(a < strength.size() ? strength[a] : 0.0, b < strength.size() ? strength[b] : 0.0);
            if (pair <= 0.0) continue;
            const Vec2 d = unpushed[b].position - unpushed[a].position;
            const double len = length(d);
            if (len >= kGap || len < 1e-9) continue;
            double closing = 0.0;
            if (before[a] && before[b]) closing = length(d - (*before[b] - *before[a])) / lookBack;
            const double slow = std::clamp((kCrossing - closing) / (kCrossing - kPassing), 0.0, 1.0);
            if (slow <= 0.0) continue;
            // Fading to nothing as the centres meet: two who walk straight through each other would
            // otherwise swap the side they are pushed to in one frame (a jump).
            const double fade = std::min(1.0, len / kFade);
            const Vec2 push = d / len * (0.5 * (kGap - len) * pair * fade * slow);
            players[a].position -= push;
            players[b].position += push;
        }
    }
}

}  // namespace touchline
