#pragma once
// Timeline: a baked replay. Tracks of every body and the events the simulation observed, on the match
// time axis. sample(t) is a pure function: same t, same Frame, whatever was sampled before.
//
// Made by bake() (timeline/bake.h). Copies are cheap: the script, the line-ups and each moment's tracks
// are shared, immutable, so an edit re-bakes one moment and keeps the others.
//
// Where the script has passages (the rest of the match, from event data), they play wherever no moment
// does: moments are the authored version of their seconds. A passage may be baked later than the rest
// (a viewer bakes a whole match in the background); until it is, its frames say `baked = false`.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/assert.h"
#include "script/diagnostics.h"
#include "script/script.h"
#include "sim/lineup.h"
#include "sim/moment_track.h"
#include "timeline/frame.h"
#include "timeline/match_score.h"

namespace touchline {

struct MomentSpan {
    double start = 0.0;  // match time
    double end = 0.0;
};

class Timeline {
public:
    // How long things stay on screen.
    static constexpr double kTrailSeconds = 1.5;       // ball and player trails
    static constexpr double kToastSeconds = 4.0;       // an announced event
    static constexpr double kOffsideLineSeconds = 6.0; // the offside line, frozen at the pass
    static constexpr double kBlendSeconds = 3.0;       // teams walk between a moment and their shape

    Timeline();  // an empty match: no script, no moments

    double duration() const;                       // match time at the final whistle
    Frame sample(double t) const;
    void sample(double t, Frame& out) const;       // the same, reusing out's storage
    const std::vector<ObservedEvent>& events() const;
    const std::vector<MomentSpan>& moments() const;
    // Where each of the script's passages plays (its own span, moments aside), and whether it is baked.
    const std::vector<MomentSpan>& passages() const { return passageSpans_; }
    bool passageBaked(int passage) const {
        TOUCHLINE_ASSERT(passage >= 0 && static_cast<std::size_t>(passage) < passageTracks_.size(), "Timeline::passageBaked: no such passage");
        return passageTracks_[static_cast<std::size_t>(passage)] != nullptr;
    }
    std::size_t passagesBaked() const;
    // What the physics of the baked passages could not do as the data has it (a deflection, a ball a
    // step late): warnings kept with each passage, not in the bake's diagnostics, where a whole match
    // would list hundreds. `touchline check` says how many.
    std::size_t passageWarnings() const;
    // The passage playing at t (none inside a moment, or outside every passage).
    std::optional<int> passageAt(double t) const;
    std::array<int, 2> scoreAt(double t) const;
    // The shoot-out's tally at t, from its first kick on; nothing before the shoot-out or without one.
    std::optional<std::array<int, 2>> shootoutAt(double t) const;
    const Script& script() const;

    // The baked tracks of one moment (index into Script::moments).
    const sim::MomentTrack& track(int moment) const {
        TOUCHLINE_ASSERT(moment >= 0 && static_cast<std::size_t>(moment) < tracks_.size(), "Timeline::track: no such moment");
        return *tracks_[static_cast<std::size_t>(moment)];
    }
    const sim::Lineup& lineup() const { return *lineup_; }
    // The immutable inputs of a bake, shared: what another thread needs to bake a passage.
    std::shared_ptr<const Script> sharedScript() const { return script_; }
    std::shared_ptr<const sim::Lineup> sharedLineup() const { return lineup_; }
    // Every track's samples and events, as bytes: two bakes of one script give the same bytes.
    std::vector<std::uint8_t> trackBytes() const;
    // What the baked tracks and events hold, in bytes (the memory a whole match costs).
    std::size_t memoryBytes() const;

private:
    friend class TimelineBuilder;

    struct TrackIndex {
        std::array<std::vector<int>, 2> slot;  // [team][player index] -> index in the track, or -1
        // His index in the track, or -1 when he is not in it.
        int of(PlayerId id) const {
            const auto& slots = slot[static_cast<std::size_t>(id.team)];
            return static_cast<std::size_t>(id.index) < slots.size() ? slots[static_cast<std::size_t>(id.index)] : -1;
        }
    };

    // How long the walk is at each end of a moment inside a passage (seconds): set as each passage bakes,
    // from how far apart its players and the moment's stand there. Each player walks over his own length
    // (at most the seam's), in the moment track's order: one the passage has already run to where the
    // moment has him walks a moment's worth, not as long as the one furthest away (the long walk pulled
    // him on towards a place his run was taking him to anyway, and he sprinted faster than anyone).
    struct Seam {
        double before = 0.0;
        double after = 0.0;
        std::vector<double> beforeOf;
        std::vector<double> afterOf;
        std::vector<double> beforeLeast;  // per player: the shortest walk that keeps him under a sprint
        std::vector<double> afterLeast;
        double ballBefore = 0.0;  // the ball's own walk, no longer than the seam's
        double ballAfter = 0.0;
    };
    struct SeamLengths {
        double longest = 0.0;
        std::vector<double> of;     // per player of the moment's track
        std::vector<double> least;  // per player: the shortest that keeps him under a sprint
        double ball = 0.0;
    };
    void measureSeams(std::size_t p);
    // Moments m - 1 and m walked out of and into in one gap: each player's two walks fitted into it.
    void shareGap(std::size_t m);
    std::optional<std::size_t> walkInFrom(std::size_t p, std::size_t m) const;
    bool walksInto(std::size_t p, std::size_t m) const;
    std::optional<std::size_t> walkOutTo(std::size_t p, std::size_t m) const;
    bool walksOutOf(std::size_t p, std::size_t m) const;
    // The walk's lengths at the start (first) or end of moment m, inside passage p with `room` seconds
    // there: see measureSeams.
    SeamLengths seamLengths(std::size_t p, std::size_t m, bool first, double room) const;
    // Moves each player the part of his walk done at `time` towards where moment m has him as it starts
    // (first) or ends; `walking`, when given (one per player, sized by the caller), says per player how
    // far into the middle of it he is (0 at either end, 1 through the middle: keepWalkersApart's
    // strength), the larger where he is in two walks' seams.
    void walkToward(std::size_t m, bool first, double time, std::vector<PlayerFrame>& players,
                    std::vector<double>* walking) const;
    // How much of moment m's start (first) or end shows at `time`, in a walk `length` seconds long.
    double seamWeight(std::size_t m, bool first, double length, double time) const;
    void fillMoment(std::size_t m, double t, Frame& out) const;
    bool playsAt(const MomentSpan& span, double t) const;
    void fillPassage(std::size_t p, double t, Frame& out) const;
    // Everything a track says at match time t; player trails only when `trails`.
    void fillTrack(const sim::MomentTrack& tr, const TrackIndex& index, double t, bool trails, Frame& out) const;
    void fillBetween(double t, Frame& out) const;
    // A player's position and facing at the start (first = true) or end of a moment's track.
    bool trackedEnd(std::size_t m, PlayerId id, bool first, Vec2& position, double& facing) const;
    static bool trackedAt(const sim::MomentTrack& tr, const TrackIndex& index, PlayerId id, double mt, Vec2& position,
                          double& facing);

    std::shared_ptr<const Script> script_;
    std::shared_ptr<const sim::Lineup> lineup_;
    std::vector<std::shared_ptr<const sim::MomentTrack>> tracks_;
    std::vector<TrackIndex> trackIndex_;
    std::vector<MomentSpan> spans_;
    std::vector<ObservedEvent> events_;
    std::vector<ScoreChange> goals_;
    std::vector<ScoreChange> shootout_;
    std::vector<std::size_t> toasts_;   // indices of events worth announcing, in time order
    std::vector<std::size_t> offsides_; // indices of offside events
    std::vector<Diagnostics> momentDiagnostics_;  // what each moment's bake reported
    std::vector<std::shared_ptr<const sim::MomentTrack>> passageTracks_;  // null until baked
    std::vector<TrackIndex> passageIndex_;
    std::vector<MomentSpan> passageSpans_;
    std::vector<Seam> seams_;  // per moment
    std::vector<Diagnostics> passageDiagnostics_;
    double duration_ = 0.0;
};

}  // namespace touchline
