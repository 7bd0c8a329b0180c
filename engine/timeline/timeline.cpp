#include "timeline/timeline.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include "core/human_limits.h"
#include "core/math.h"
#include "timeline/seam_walk.h"

namespace touchline {

namespace {

constexpr double kSamplesPerSecond = sim::kPlayerSamplesPerSecond;
constexpr int kTrailStride = 4;  // steps between the points of the ball's trail (60 a second)
// Where a passage meets a moment (the authored version of some of its seconds), the ball walks from one
// to the other over at least this long rather than jump, and each player over his own length (from half
// a second where the passage already has him there); longer where they stand far apart, so nobody is
// carried faster than kSeamWalkSpeed (on top of his own running) nor than a sprint, up to kLongestSeam
// (Timeline::seamLengths).
constexpr double kPassageBlendSeconds = 1.5;
constexpr double kSeamWalkSpeed = 4.0;  // m/s
// m/s: the ball's walk, no faster than this on top of its own course. A ball slides untouched while it
// walks, so its walk is as short as this allows, not as long as the players' (walked over the 12 s some
// need, it slid 46 m along the touchline at Marseille-Metz 88:00 while the corner it left was taken).
constexpr double kBallSeamSpeed = 12.0;
constexpr double kLongestSeam = 8.0;    // s
constexpr double kSeamLookBack = 1.0 / kSamplesPerSecond;  // s

double attackFacing(const Script& script, PlayerId id, double t) {
    return script.attackingEnd(id.side(), t) == pitch::End::Right ? 0.0 : kPi;
}

template <typename T>
void appendBytes(std::vector<std::uint8_t>& out, const std::vector<T>& items) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(items.data());
    out.insert(out.end(), bytes, bytes + items.size() * sizeof(T));
}

}  // namespace

Timeline::Timeline() : script_(std::make_shared<const Script>()), lineup_(std::make_shared<const sim::Lineup>()) {}

double Timeline::duration() const { return duration_; }

const std::vector<ObservedEvent>& Timeline::events() const { return events_; }

const std::vector<MomentSpan>& Timeline::moments() const { return spans_; }

const Script& Timeline::script() const { return *script_; }

std::array<int, 2> Timeline::scoreAt(double t) const {
    auto it = std::upper_bound(goals_.begin(), goals_.end(), t,
                               [](double v, const ScoreChange& c) { return v < c.time; });
    if (it == goals_.begin()) return {0, 0};
    return std::prev(it)->score;
}

std::optional<std::array<int, 2>> Timeline::shootoutAt(double t) const {
    const MatchClock& clock = script_->clock;
    if (!clock.has(Period::Shootout) || t < clock.periodStart(Period::Shootout)) return std::nullopt;
    auto it = std::upper_bound(shootout_.begin(), shootout_.end(), t,
                               [](double v, const ScoreChange& c) { return v < c.time; });
    if (it == shootout_.begin()) return std::array<int, 2>{0, 0};
    return std::prev(it)->score;
}

std::vector<std::uint8_t> Timeline::trackBytes() const {
    std::vector<std::uint8_t> out;
    for (const auto& track : tracks_) {
        appendBytes(out, track->ball);
        for (const sim::PlayerTrack& player : track->playerTracks) appendBytes(out, player.samples);
    }
    for (const auto& track : passageTracks_) {
        if (!track) continue;
        appendBytes(out, track->ball);
        for (const sim::PlayerTrack& player : track->playerTracks) appendBytes(out, player.samples);
    }
    return out;
}

std::size_t Timeline::memoryBytes() const {
    std::size_t bytes = events_.capacity() * sizeof(ObservedEvent);
    for (const auto& track : tracks_) bytes += track->sampleBytes() + track->events.capacity() * sizeof(ObservedEvent);
    for (const auto& track : passageTracks_) {
        if (track) bytes += track->sampleBytes() + track->events.capacity() * sizeof(ObservedEvent);
    }
    return bytes;
}

std::size_t Timeline::passageWarnings() const {
    std::size_t n = 0;
    for (const Diagnostics& d : passageDiagnostics_) n += d.items().size();
    return n;
}

std::size_t Timeline::passagesBaked() const {
    return static_cast<std::size_t>(std::count_if(passageTracks_.begin(), passageTracks_.end(), [](const auto& t) { return t != nullptr; }));
}

// Spans are half-open, but the match's last instant belongs to what ends there (not to the formation).
bool Timeline::playsAt(const MomentSpan& span, double t) const { return t < span.end || (t >= duration_ && t <= span.end); }

std::optional<int> Timeline::passageAt(double t) const {
    auto m = std::upper_bound(spans_.begin(), spans_.end(), t, [](double v, const MomentSpan& s) { return v < s.start; });
    if (m != spans_.begin() && playsAt(*std::prev(m), t)) return std::nullopt;
    auto p = std::upper_bound(passageSpans_.begin(), passageSpans_.end(), t, [](double v, const MomentSpan& s) { return v < s.start; });
    if (p == passageSpans_.begin() || !playsAt(*std::prev(p), t)) return std::nullopt;
    return static_cast<int>(std::prev(p) - passageSpans_.begin());
}

Frame Timeline::sample(double t) const {
    Frame frame;
    sample(t, frame);
    return frame;
}

void Timeline::sample(double t, Frame& out) const {
    if (!(t >= 0.0)) t = 0.0;  // NaN too
    t = std::min(t, duration_);
    out.time = t;
    out.clock = script_->clock.minuteText(t);
    out.preciseClock = script_->clock.preciseText(t);
    out.score = scoreAt(t);
    out.shootout = shootoutAt(t);

    out.baked = true;
    out.passage = -1;
    out.stoppage.reset();
    auto it = std::upper_bound(spans_.begin(), spans_.end(), t, [](double v, const MomentSpan& s) { return v < s.start; });
    if (it != spans_.begin() && playsAt(*std::prev(it), t)) {
        fillMoment(static_cast<std::size_t>(std::prev(it) - spans_.begin()), t, out);
    } else if (const std::optional<int> p = passageAt(t)) {
        const auto i = static_cast<std::size_t>(*p);
        if (passageTracks_[i]) {
            fillPassage(i, t, out);
        } else {
            fillBetween(t, out);
            out.passage = *p;
            out.baked = false;
            out.players.clear();
        }
    } else {
        fillBetween(t, out);
    }

    out.events.clear();
    auto first = std::lower_bound(toasts_.begin(), toasts_.end(), t - kToastSeconds,
                                  [&](std::size_t i, double v) { return events_[i].time <= v; });
    for (auto e = first; e != toasts_.end() && events_[*e].time <= t; ++e) {
        out.events.push_back({events_[*e], t - events_[*e].time});
    }
    out.offsideLine.reset();
    for (std::size_t i : offsides_) {
        const ObservedEvent& e = events_[i];
        if (e.time <= t && t < e.time + kOffsideLineSeconds) {
            out.offsideLine = OffsideLineView{e.offsideLineX, e.offsideMargin, e.player, e.other};
        }
    }
}

void Timeline::fillMoment(std::size_t m, double t, Frame& out) const {
    const sim::MomentTrack& tr = *tracks_[m];
    out.moment = tr.moment;
    out.momentTime = t - tr.start;
    fillTrack(tr, trackIndex_[m], t, true, out);
}

void Timeline::fillPassage(std::size_t p, double t, Frame& out) const {
    const sim::MomentTrack& tr = *passageTracks_[p];
    out.moment = -1;
    out.momentTime = 0.0;
    out.passage = static_cast<int>(p);
    fillTrack(tr, passageIndex_[p], t, false, out);
    const Moment& passage = script_->passages[p];
    if (passage.stop && t - tr.start >= passage.stop->at) {
        out.stoppage = passage.stop->kind;
        // The ball is dead: it is fetched to where play restarts, so the next passage starts where this
        // one leaves it (the physics' ball after the whistle is nobody's concern).
        std::optional<Vec2> restartsAt;
        if (const std::optional<int> next = script_->passageFollowingOn(static_cast<int>(p))) {
            restartsAt = script_->passages[static_cast<std::size_t>(*next)].givenBallStart();
        }
        if (restartsAt) {
            const double stopped = tr.start + passage.stop->at;
            const int step = std::clamp(static_cast<int>(std::lround(passage.stop->at * sim::kStepsPerSecond)), 0, tr.steps);
            const Vec3 from = tr.ballAt(step).position();
            const Vec3 to = withHeight(*restartsAt, 0.11);  // on the grass
            const double span = passageSpans_[p].end - stopped;
            const double w = span > 0.0 ? smoothstep(0.0, 1.0, (t - stopped) / span) : 1.0;
            out.ball.position = lerp(from, to, w);
            out.ball.velocity = Vec3{};
            out.ball.visible = true;
            out.ballTrail.clear();
        }
    }

    // Next to a moment, walk from (or to) where the moment has everyone, the ball too: the seams
    // measureSeams gave this passage, a moment that starts as it ends (or ends as it starts) included.
    // Between two moments both walks may show at once, each player in one of them: his walk out of the
    // one and his walk into the next share the gap (measureSeams), not everyone's.
    auto it = std::upper_bound(spans_.begin(), spans_.end(), t, [](double v, const MomentSpan& s) { return v < s.start; });
    const std::size_t next = static_cast<std::size_t>(it - spans_.begin());
    struct Walk {
        std::size_t moment;
        bool first;
    };
    std::array<Walk, 2> walks{};
    std::size_t count = 0;
    if (next > 0 && t - spans_[next - 1].end < seams_[next - 1].after && walksOutOf(p, next - 1)) walks[count++] = {next - 1, false};
    if (next < spans_.size() && spans_[next].start - t < seams_[next].before && walksInto(p, next)) walks[count++] = {next, true};
    if (count == 0) return;
    std::vector<double> walking(out.players.size(), 0.0);  // per player: how far into the middle of his walk he is
    for (std::size_t i = 0; i < count; ++i) walkToward(walks[i].moment, walks[i].first, t, out.players, &walking);
    // The same walk a frame earlier says how fast each pair closes (see keepWalkersApart). A frame before
    // this passage starts is the passage's that plays on into it: this one's first sample would stand
    // everyone still for it, and the push apart would change at the boundary (a jump: Klaus at
    // Hannover-Leverkusen 79:31, 0.4 m in a frame, walking out of a moment past a goal kick). Until
    // that passage is baked, this one's first sample it is; once both are, the frame is the same
    // whichever was baked first.
    Frame earlier;
    const double before = t - kSeamLookBack;
    const bool playsOnFrom = p > 0 && passageTracks_[p - 1] && script_->passageFollowingOn(static_cast<int>(p - 1)) == static_cast<int>(p);
    if (before < tr.start && playsOnFrom) fillTrack(*passageTracks_[p - 1], passageIndex_[p - 1], before, false, earlier);
    else fillTrack(tr, passageIndex_[p], before, false, earlier);
    for (std::size_t i = 0; i < count; ++i) walkToward(walks[i].moment, walks[i].first, before, earlier.players, nullptr);
    setWalkSpeeds(out.players, earlier.players, kSeamLookBack);
    keepWalkersApart(out.players, earlier.players, kSeamLookBack, walking);
    for (std::size_t i = 0; i < count; ++i) {
        const auto [m, first] = walks[i];
        const sim::MomentTrack& mt = *tracks_[m];
        if (!mt.ballVisible) continue;
        const double at = first ? 0.0 : spans_[m].end - mt.start;
        const int step = std::clamp(static_cast<int>(std::lround(at * sim::kStepsPerSecond)), 0, mt.steps);
        const double ballWalk = first ? seams_[m].ballBefore : seams_[m].ballAfter;
        out.ball.position = lerp(out.ball.position, mt.ballAt(step).position(), seamWeight(m, first, ballWalk, t));
    }
    out.ballTrail.clear();
}

double Timeline::seamWeight(std::size_t m, bool first, double length, double time) const {
    const MomentSpan& span = spans_[m];
    return 1.0 - smoothstep(0.0, 1.0, first ? (span.start - time) / length : (time - span.end) / length);
}

void Timeline::walkToward(std::size_t m, bool first, double time, std::vector<PlayerFrame>& players,
                          std::vector<double>* walking) const {
    const sim::MomentTrack& mt = *tracks_[m];
    const TrackIndex& index = trackIndex_[m];
    const Seam& seam = seams_[m];
    const double length = first ? seam.before : seam.after;
    const std::vector<double>& lengthOf = first ? seam.beforeOf : seam.afterOf;
    const double at = first ? 0.0 : spans_[m].end - mt.start;
    for (std::size_t k = 0; k < players.size(); ++k) {
        PlayerFrame& pf = players[k];
        const int slot = index.of(pf.id);
        if (slot < 0) continue;
        Vec2 there;
        double facing = 0.0;
        if (!trackedAt(mt, index, pf.id, at, there, facing)) continue;
        // Two moments sharing a gap shorten both seams (measureSeams): nobody walks longer than his seam.
        const double own = static_cast<std::size_t>(slot) < lengthOf.size() ? std::min(lengthOf[static_cast<std::size_t>(slot)], length) : length;
        const double w = seamWeight(m, first, own, time);
        if (w <= 0.0) continue;
        if (walking) (*walking)[k] = std::max((*walking)[k], std::min(1.0, 16.0 * w * (1.0 - w)));
        pf.position = lerp(pf.position, there, w);
        pf.facing = lerpAngle(pf.facing, facing, w);
    }
}

// The passage before p, when it plays on into p (it ends standing where p starts) and no moment ends
// in it or in p before moment m starts: the walk into m may start in it.
std::optional<std::size_t> Timeline::walkInFrom(std::size_t p, std::size_t m) const {
    if (p == 0) return std::nullopt;
    const std::optional<int> next = script_->passageFollowingOn(static_cast<int>(p - 1));
    if (!next || static_cast<std::size_t>(*next) != p) return std::nullopt;
    if (m > 0 && spans_[m - 1].end >= passageSpans_[p - 1].start) return std::nullopt;
    return p - 1;
}

// Whether passage p shows the walk into moment m: m starts in it, or in the passage it plays on into.
bool Timeline::walksInto(std::size_t p, std::size_t m) const {
    const double start = spans_[m].start;
    if (start > passageSpans_[p].start && start <= passageSpans_[p].end) return true;
    const std::size_t q = p + 1;
    return q < passageSpans_.size() && start > passageSpans_[q].start && start <= passageSpans_[q].end &&
           walkInFrom(q, m) == p;
}

// The mirror of walkInFrom: the passage p plays on into, when no moment starts after m until it ends:
// the walk out of moment m, which ends in p, may end in it. (A moment that ends a second before a goal
// kick had everyone walk to the goal kick's places in that second.)
std::optional<std::size_t> Timeline::walkOutTo(std::size_t p, std::size_t m) const {
    const std::optional<int> next = script_->passageFollowingOn(static_cast<int>(p));
    if (!next) return std::nullopt;
    const auto q = static_cast<std::size_t>(*next);
    if (m + 1 < spans_.size() && spans_[m + 1].start <= passageSpans_[q].end) return std::nullopt;
    return q;
}

// Whether passage p shows the walk out of moment m: m ends in it, or in the passage that plays on into it.
bool Timeline::walksOutOf(std::size_t p, std::size_t m) const {
    const double end = spans_[m].end;
    if (end >= passageSpans_[p].start) return true;
    return p > 0 && end >= passageSpans_[p - 1].start && end < passageSpans_[p - 1].end && walkOutTo(p - 1, m) == p;
}

void Timeline::measureSeams(std::size_t p) {
    if (seams_.size() != spans_.size()) {
        Seam blend;
        blend.before = blend.after = blend.ballBefore = blend.ballAfter = kPassageBlendSeconds;
        seams_.assign(spans_.size(), blend);
    }
    const MomentSpan& span = passageSpans_[p];
    for (std::size_t m = 0; m < spans_.size(); ++m) {
        // Each seam is the passage's that plays on its side of it, and stays inside that passage, so the
        // walk starts and ends inside one passage; but a moment a restart squeezes into the passage's
        // first seconds may be walked into from the passage before, which ends standing where this one
        // starts (the walk is measured on this passage's seconds alone), and the walk out of one that
        // ends just before a restart goes on into the passage after (walkOutTo).
        const double start = spans_[m].start, end = spans_[m].end;
        if (start > span.start && start <= span.end) {
            double room = start - span.start;
            if (const auto before = walkInFrom(p, m)) room = start - passageSpans_[*before].start;
            SeamLengths lengths = seamLengths(p, m, true, room);
            seams_[m].before = lengths.longest;
            seams_[m].beforeOf = std::move(lengths.of);
            seams_[m].beforeLeast = std::move(lengths.least);
            seams_[m].ballBefore = lengths.ball;
        }
        if (end >= span.start && end < span.end) {
            // Past this passage's end the walk is measured with everyone standing where it leaves them:
            // where the next one starts them, which may not be baked yet (the same bytes in any order).
            double room = span.end - end;
            if (const auto after = walkOutTo(p, m)) {
                // ...until its first action: the restart is taken with everyone where the passage has them.
                const Moment& next = script_->passages[*after];
                const double played = next.actions.empty() ? next.duration : next.actions.front().at;
                room = passageSpans_[*after].start + played - end;
            }
            SeamLengths lengths = seamLengths(p, m, false, room);
            seams_[m].after = lengths.longest;
            seams_[m].afterOf = std::move(lengths.of);
            seams_[m].afterLeast = std::move(lengths.least);
            seams_[m].ballAfter = lengths.ball;
        }
        if (m > 0 && spans_[m - 1].end >= span.start && start <= span.end) shareGap(m);
    }
}

// Between moments m - 1 and m each player's walk out of the one and his walk into the other share the
// gap, his two only: one who must walk far into the next moment is not held to the time the one who
// walks furthest out of the last needs (Draxler at Germany-Italy 108:00 had 7.5 of the 9.3 s his walk
// in needed, and sprinted at 11 m/s). fillPassage shows both walks at once, each to those within it.
// Where his two do not fit, the calm part of each goes first: each keeps the least that holds him under
// a sprint while both can. The ball walks once: its two share the gap as a pair.
void Timeline::shareGap(std::size_t m) {
    const double gap = spans_[m].start - spans_[m - 1].end;
    const auto fit = [gap](double& a, double& b, double leastA, double leastB) {
        const double both = a + b;
        if (both <= gap || both <= 0.0) return;
        leastA = std::min(leastA, a);
        leastB = std::min(leastB, b);
        if (leastA + leastB < gap) {
            const double spare = gap - leastA - leastB, calmA = a - leastA, calmB = b - leastB;
            a = leastA + spare * calmA / (calmA + calmB);
            b = leastB + spare * calmB / (calmA + calmB);
        } else {
            a *= gap / both;
            b *= gap / both;
        }
    };
    Seam& out = seams_[m - 1];
    Seam& in = seams_[m];
    // Everyone's own lengths, the seam's where none was measured.
    out.afterOf.resize(tracks_[m - 1]->players.size(), out.after);
    out.afterLeast.resize(out.afterOf.size(), 0.0);
    in.beforeOf.resize(tracks_[m]->players.size(), in.before);
    in.beforeLeast.resize(in.beforeOf.size(), 0.0);
    for (double& own : out.afterOf) own = std::min(own, out.after);
    for (double& own : in.beforeOf) own = std::min(own, in.before);
    for (std::size_t k = 0; k < in.beforeOf.size(); ++k) {
        const int found = trackIndex_[m - 1].of(tracks_[m]->players[k].id);
        if (found < 0) continue;
        const auto slot = static_cast<std::size_t>(found);
        fit(out.afterOf[slot], in.beforeOf[k], out.afterLeast[slot], in.beforeLeast[k]);

    }
    out.after = out.afterOf.empty() ? std::min(out.after, gap) : *std::max_element(out.afterOf.begin(), out.afterOf.end());
    in.before = in.beforeOf.empty() ? std::min(in.before, gap) : *std::max_element(in.beforeOf.begin(), in.beforeOf.end());
    out.ballAfter = std::min(out.ballAfter, out.after);
    in.ballBefore = std::min(in.ballBefore, in.before);
    fit(out.ballAfter, in.ballBefore, 0.0, 0.0);
}

// Long enough that nobody walks the gap between the passage and the moment faster than kSeamWalkSpeed;
// longer where the walk, on top of his passage run, would carry him faster than a player runs (he runs
// away from where the moment leaves him: the gap grows as he walks it). Of the lengths from there that
// fit in `room`, each player's is the shortest that keeps him a little under a sprint (or his own
// passage's pace, where that is faster: keepWalkersApart may add a little); when none does, the one that
// comes nearest. The seam is the longest of them.
Timeline::SeamLengths Timeline::seamLengths(std::size_t p, std::size_t m, bool first, double room) const {
    constexpr double kTry = 0.5;      // s between the lengths tried
    constexpr double kLook = 0.1;     // s between the walk's points looked at
    constexpr double kSeamHeadroom = 1.0;  // m/s under a sprint
    // A walk longer than kLongestSeam only to keep someone under a sprint: his passage run takes him away.
    constexpr double kLongestChase = 12.0;
    const sim::MomentTrack& moment = *tracks_[m];
    const double longest = std::min(room, kLongestChase);
    if (longest <= kPassageBlendSeconds) {
        const double all = std::max(0.0, room);
        return {all, std::vector<double>(moment.players.size(), all), std::vector<double>(moment.players.size(), all), all};
    }
    const sim::MomentTrack& passage = *passageTracks_[p];
    const double seamAt = first ? spans_[m].start : spans_[m].end;
    const int points = static_cast<int>(std::floor(longest / kLook + 1e-9)) + 1;
    // One standing where the moment has him, or running there, walks the little that is left: a longer
    // walk pulls him on towards it while his run takes him there anyway (a centre back running 60 m back
    // to a moment's back line arrived in it at 12 m/s).
    constexpr double kShortestWalk = 0.5;  // s
    const double calmest = std::min(longest, kLongestSeam);
    SeamLengths lengths{kPassageBlendSeconds, std::vector<double>(moment.players.size(), kPassageBlendSeconds),
                        std::vector<double>(moment.players.size(), kShortestWalk), kPassageBlendSeconds};
    std::vector<Vec2> run;  // his passage positions every kLook from the seam (backwards in time when first)
    for (const sim::TrackedPlayer& who : passage.players) {
        Vec2 there;  // where the moment has him
        double facing = 0.0;
        if (!trackedEnd(m, who.id, first, there, facing)) continue;
        run.clear();
        for (int k = 0; k < points; ++k) {
            const double t = seamAt + (first ? -1.0 : 1.0) * k * kLook;
            Vec2 here;
            // One who comes on or goes off in the walk's time walks until then.
            if (!trackedAt(passage, passageIndex_[p], who.id, t - passage.start, here, facing)) break;
            run.push_back(here);
        }
        if (run.empty()) continue;
        // How much faster than allowed the walk of length T carries him (<= 0: it does not).
        const auto excess = [&](double T) {
            double worst = -kMaxRunSpeed;
            const auto at = [&](int k) {
                const double weight = 1.0 - smoothstep(0.0, 1.0, k * kLook / T);
                return lerp(run[static_cast<std::size_t>(k)], there, weight);
            };
            for (int k = 0; k + 1 < static_cast<int>(run.size()) && k * kLook < T; ++k) {
                const double walked = distance(at(k + 1), at(k)) / kLook;
                const double own = distance(run[static_cast<std::size_t>(k + 1)], run[static_cast<std::size_t>(k)]) / kLook;
                worst = std::max(worst, walked - std::max(kMaxRunSpeed - kSeamHeadroom, own));
            }
            return worst;
        };
        const double calm = std::clamp(distance(run.front(), there) / kSeamWalkSpeed, kShortestWalk, calmest);
        double best = calm, bestExcess = excess(calm);
        for (double T = calm + kTry; bestExcess > 0.0 && T <= longest + 1e-9; T += kTry) {
            const double e = excess(T);
            if (e < bestExcess) {
                best = T;
                bestExcess = e;
            }
        }
        // The shortest that keeps him under (the calm walk is longer): what a gap shared with another
        // walk may cut his to (shareGap).
        double least = best;
        for (double T = kShortestWalk; bestExcess <= 0.0 && T < best; T += kTry) {
            if (excess(T) <= 0.0) {
                least = T;
                break;
            }
        }
        const auto slot = static_cast<std::size_t>(trackIndex_[m].of(who.id));
        lengths.of[slot] = best;
        lengths.least[slot] = least;
        lengths.longest = std::max(lengths.longest, best);
    }
    // The ball: from where the passage has it at the seam to where the moment does, at kBallSeamSpeed.
    if (moment.ballVisible && passage.ballVisible) {
        const int seamStep = std::clamp(static_cast<int>(std::lround((seamAt - passage.start) * sim::kStepsPerSecond)), 0, passage.steps);
        const int momentStep = first ? 0 : moment.steps;
        const double apart = distance(passage.ballAt(seamStep).position(), moment.ballAt(momentStep).position());
        lengths.ball = std::clamp(apart / kBallSeamSpeed, kPassageBlendSeconds, lengths.longest);
    } else {
        lengths.ball = lengths.longest;
    }
    return lengths;
}

void Timeline::fillTrack(const sim::MomentTrack& tr, const TrackIndex& index, double t, bool trails, Frame& out) const {
    const double mt = t - tr.start;

    // The ball, between the two steps around mt.
    const double u = mt * sim::kStepsPerSecond;
    const int k = std::clamp(static_cast<int>(std::floor(u)), 0, tr.steps - 1);
    const double f = std::clamp(u - k, 0.0, 1.0);
    const Vec3 a = tr.ballAt(k).position();
    const Vec3 b = tr.ballAt(k + 1).position();
    out.ball.position = lerp(a, b, f);
    out.ball.velocity = (b - a) * static_cast<double>(sim::kStepsPerSecond);
    out.ball.visible = tr.ballVisible;

    // The players, between the two samples around mt.
    const std::size_t n = tr.players.size();
    const double v = u / sim::kPlayerStride;
    const int s = std::clamp(static_cast<int>(std::floor(v)), 0, tr.playerSamples() - 2);
    const double g = std::clamp(v - s, 0.0, 1.0);
    // Written in place (a PlayerFrame built on the stack and copied costs store-forwarding stalls).
    out.players.resize(n);
    std::size_t count = 0;
    for (std::size_t p = 0; p < n; ++p) {
        const sim::TrackedPlayer& who = tr.players[p];
        if (mt < who.onFrom || mt >= who.onUntil) continue;
        const sim::PlayerTrack& track = tr.playerTrack(p);
        const sim::PlayerSample& now = track.at(s);
        const sim::PlayerSample& after = track.at(s + 1);
        PlayerFrame& pf = out.players[count++];
        pf.id = who.id;
        pf.position = lerp(now.position(), after.position(), g);
        pf.facing = lerpAngle(now.facingAngle(), after.facingAngle(), g);
        pf.speed = now.speedValue() + (after.speedValue() - now.speedValue()) * g;
        pf.inAction = trails && who.inAction;  // in a passage nearly everyone plays the ball: nobody is singled out
    }
    out.players.resize(count);

    // Trails: the last 1.5 s at 60 points a second, ending where things are now.
    const double from = std::max(0.0, mt - kTrailSeconds);
    out.ballTrail.clear();
    if (tr.ballVisible) {
        const int first = static_cast<int>(std::ceil(from * sim::kStepsPerSecond / kTrailStride)) * kTrailStride;
        for (int j = first; j <= k; j += kTrailStride) out.ballTrail.push_back(tr.ballAt(j).position());
        out.ballTrail.push_back(out.ball.position);
    }
    std::size_t trailCount = 0;
    if (!trails) {
        out.playerTrails.clear();
        return;
    }
    const int firstSample = static_cast<int>(std::ceil(from * kSamplesPerSecond));
    for (const PlayerFrame& pf : out.players) {
        if (!pf.inAction) continue;
        if (out.playerTrails.size() <= trailCount) out.playerTrails.emplace_back();
        std::vector<Vec2>& trail = out.playerTrails[trailCount++];
        trail.clear();
        const auto p = static_cast<std::size_t>(index.slot[static_cast<std::size_t>(pf.id.team)][static_cast<std::size_t>(pf.id.index)]);
        const sim::PlayerTrack& track = tr.playerTrack(p);
        const int onFrom = static_cast<int>(std::ceil(tr.players[p].onFrom * kSamplesPerSecond));
        for (int q = std::max({firstSample, onFrom, track.first}); q <= s; ++q) trail.push_back(track.at(q).position());
        trail.push_back(pf.position);
    }
    out.playerTrails.resize(trailCount);
}

bool Timeline::trackedAt(const sim::MomentTrack& tr, const TrackIndex& index, PlayerId id, double mt, Vec2& position,
                         double& facing) {
    const int p = index.of(id);
    if (p < 0) return false;
    const sim::TrackedPlayer& who = tr.players[static_cast<std::size_t>(p)];
    if (mt < who.onFrom || mt > who.onUntil) return false;
    const int s = std::clamp(static_cast<int>(std::floor(mt * kSamplesPerSecond)), 0, tr.playerSamples() - 1);
    const sim::PlayerSample& ps = tr.playerTrack(static_cast<std::size_t>(p)).at(s);
    position = ps.position();
    facing = ps.facingAngle();
    return true;
}

bool Timeline::trackedEnd(std::size_t m, PlayerId id, bool first, Vec2& position, double& facing) const {
    const sim::MomentTrack& tr = *tracks_[m];
    const int p = trackIndex_[m].of(id);
    if (p < 0) return false;
    const double mt = first ? 0.0 : tr.duration;
    const sim::TrackedPlayer& who = tr.players[static_cast<std::size_t>(p)];
    if (mt < who.onFrom || mt > who.onUntil) return false;
    const int s = first ? 0 : std::clamp(static_cast<int>(std::floor(tr.duration * kSamplesPerSecond)), 0, tr.playerSamples() - 1);
    const sim::PlayerSample& ps = tr.playerTrack(static_cast<std::size_t>(p)).at(s);
    position = ps.position();
    facing = ps.facingAngle();
    return true;
}

void Timeline::fillBetween(double t, Frame& out) const {
    out.moment = -1;
    out.momentTime = 0.0;
    out.ball.position = withHeight(pitch::kCentre, 0.11);
    out.ball.velocity = Vec3{};
    out.ball.visible = false;
    out.ballTrail.clear();
    out.playerTrails.clear();

    // The moments either side, and how far into the gap between them t is.
    auto it = std::upper_bound(spans_.begin(), spans_.end(), t, [](double v, const MomentSpan& s) { return v < s.start; });
    const std::size_t next = static_cast<std::size_t>(it - spans_.begin());
    const bool hasPrev = next > 0, hasNext = next < spans_.size();
    const double gapStart = hasPrev ? spans_[next - 1].end : 0.0;
    const double gapEnd = hasNext ? spans_[next].start : duration_;
    const double window = std::min(kBlendSeconds, 0.5 * (gapEnd - gapStart));
    const bool leaving = hasPrev && window > 0.0 && t - gapStart < window;
    const bool arriving = hasNext && window > 0.0 && gapEnd - t < window;

    const std::span<const PlayerId> onPitch = lineup_->onPitchAt(t);
    out.players.resize(onPitch.size());
    for (std::size_t i = 0; i < onPitch.size(); ++i) {
        const PlayerId id = onPitch[i];
        PlayerFrame& pf = out.players[i];
        pf.id = id;
        pf.position = lineup_->formationPosition(id, t);
        pf.facing = attackFacing(*script_, id, t);
        pf.speed = 0.0;
        pf.inAction = false;
        Vec2 there;
        double facing = 0.0;
        if (leaving && trackedEnd(next - 1, id, false, there, facing)) {
            const double w = smoothstep(0.0, 1.0, (t - gapStart) / window);
            pf.position = lerp(there, pf.position, w);
            pf.facing = lerpAngle(facing, pf.facing, w);
        } else if (arriving && trackedEnd(next, id, true, there, facing)) {
            const double w = smoothstep(0.0, 1.0, (gapEnd - t) / window);
            pf.position = lerp(there, pf.position, w);
            pf.facing = lerpAngle(facing, pf.facing, w);
        }
    }
}

}  // namespace touchline
