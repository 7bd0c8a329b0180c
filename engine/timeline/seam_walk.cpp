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
// Two who run the same way fast, one overtaking the other, are pushed across their way, not along it:
// along their way a push is a change of speed (Mandžukić, overtaking Kramarić at Russia-Croatia 33:45,
// ran 13.7 m/s for a frame). Across, each goes to his own side as far as puts them a metre apart: the
// part of the push apart that is across their way fell short as one came behind the other (Brandt
// overtaking Havertz at Hannover-Leverkusen 8:28 was 0.64 m from him). It fades only within kSideFade
// of one being right behind the other, where the sides would swap in a frame. Two who run slower have
// the room below a sprint for a push along the line between them, and two who run together (a marker
// with his man) barely close, so the push hardly changes: both are pushed apart along that line,
// which keeps them apart where one is right behind the other.
constexpr double kRunning = 2.0;     // m/s: from this fast, each one's way counts in full
constexpr double kRoomy = 6.0;       // m/s: the faster of them no faster, the push is along the line
constexpr double kFast = 8.0;        // m/s: the faster of them this fast, across their way
constexpr double kTogether = 0.5;    // m/s: closing no faster, they run together
constexpr double kOvertaking = 1.5;  // m/s: closing this fast, one overtakes the other
constexpr double kSideFade = 0.1;    // m: nearer their common way than this, the push across fades

// How much a pair is pushed across their way rather than along the line between them (0 to 1).
double acrossWeight(Vec2 va, Vec2 vb, double closing) {
    const double la = length(va), lb = length(vb);
    if (la < 1e-9 || lb < 1e-9) return 0.0;
    return std::clamp(dot(va, vb) / (la * lb), 0.0, 1.0) * std::min(1.0, la / kRunning) * std::min(1.0, lb / kRunning) *
           std::clamp((std::max(la, lb) - kRoomy) / (kFast - kRoomy), 0.0, 1.0) *
           std::clamp((closing - kTogether) / (kOvertaking - kTogether), 0.0, 1.0);
}

// The push on b (a gets the opposite) for b at `d` from a, `len` away, before how hard the walk pushes.
Vec2 pushApart(Vec2 d, double len, Vec2 va, Vec2 vb, double closing) {
    // Fading to nothing as the centres meet: two who walk straight through each other would otherwise
    // swap the side they are pushed to in one frame (a jump).
    const Vec2 alongTheLine = d / len * (0.5 * (kGap - len) * std::min(1.0, len / kFade));
    const double across = acrossWeight(va, vb, closing);
    if (across <= 0.0) return alongTheLine;
    const Vec2 way = normalized(va + vb);
    const Vec2 side = perpendicular(way);
    const double ahead = dot(d, way), lateral = dot(d, side);
    const double wanted = std::sqrt(std::max(0.0, kGap * kGap - ahead * ahead));  // across, to be kGap apart
    const double share = 0.5 * std::max(0.0, wanted - std::abs(lateral)) * std::min(1.0, std::abs(lateral) / kSideFade);
    const Vec2 sideways = side * (lateral >= 0.0 ? share : -share);
    return alongTheLine * (1.0 - across) + sideways * across;
}

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
            Vec2 va, vb;  // standing, for one who was not there a frame before
            if (before[a] && before[b]) {
                closing = length(d - (*before[b] - *before[a])) / lookBack;
                va = (unpushed[a].position - *before[a]) / lookBack;
                vb = (unpushed[b].position - *before[b]) / lookBack;
            }
            const double slow = std::clamp((kCrossing - closing) / (kCrossing - kPassing), 0.0, 1.0);
            if (slow <= 0.0) continue;
            const Vec2 push = pushApart(d, len, va, vb, closing) * (pair * slow);
            players[a].position -= push;
            players[b].position += push;
        }
    }
}

}  // namespace touchline
