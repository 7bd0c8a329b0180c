#include "timeline/bake.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

#include "sim/moment_bake.h"

namespace touchline {

namespace {

// Tracks and diagnostics per passage (a null track: not baked yet).
struct Stretches {
    std::vector<std::shared_ptr<const sim::MomentTrack>> tracks;
    std::vector<Diagnostics> diagnostics;
};

// A passage is the data's play approximated: what its physics cannot do is said, but does not make the
// script wrong (its mistakes of form are the loader's errors as ever).
Diagnostics asWarnings(const Diagnostics& in) {
    Diagnostics out;
    for (Diagnostic d : in.items()) {
        d.severity = Severity::Warning;
        out.add(std::move(d));
    }
    return out;
}

}  // namespace

// Puts a Timeline together from baked moments (the one place that writes its private parts).
class TimelineBuilder {
public:
    static Diagnostics assemble(Timeline& tl, std::shared_ptr<const Script> script,
                                std::shared_ptr<const sim::Lineup> lineup,
                                std::vector<std::shared_ptr<const sim::MomentTrack>> tracks,
                                std::vector<Diagnostics> perMoment, Stretches passages) {
        tl.script_ = std::move(script);
        tl.lineup_ = std::move(lineup);
        tl.tracks_ = std::move(tracks);
        tl.momentDiagnostics_ = std::move(perMoment);
        tl.passageTracks_ = std::move(passages.tracks);
        tl.passageDiagnostics_ = std::move(passages.diagnostics);
        const Script& s = *tl.script_;
        TOUCHLINE_ASSERT(tl.passageTracks_.size() == s.passages.size() && tl.passageDiagnostics_.size() == s.passages.size(),
                         "TimelineBuilder::assemble: one track slot per passage");
        Diagnostics notes;
        tl.duration_ = s.clock.totalLength();

        // Spans: a moment runs for its duration, cut at the next moment and at the final whistle.
        tl.spans_.clear();
        for (std::size_t m = 0; m < tl.tracks_.size(); ++m) {
            const sim::MomentTrack& track = *tl.tracks_[m];
            double end = std::min(track.end(), tl.duration_);
            if (m + 1 < tl.tracks_.size() && tl.tracks_[m + 1]->start < end) {
                char text[200];
                std::snprintf(text, sizeof text, "moment '%s' runs %.1f s into the next one ('%s'); it is cut there",
                              s.moments[m].id.c_str(), end - tl.tracks_[m + 1]->start, s.moments[m + 1].id.c_str());
                notes.warning(s.moments[m].where, text);
                end = tl.tracks_[m + 1]->start;
            }
            tl.spans_.push_back({track.start, std::max(track.start, end)});
        }
        tl.passageSpans_.clear();
        for (std::size_t p = 0; p < s.passages.size(); ++p) {
            const Moment& passage = s.passages[p];
            double end = std::min(passage.matchTime + passage.duration, tl.duration_);
            if (p + 1 < s.passages.size()) end = std::min(end, s.passages[p + 1].matchTime);
            tl.passageSpans_.push_back({passage.matchTime, std::max(passage.matchTime, end)});
        }
        tl.passageIndex_.assign(s.passages.size(), {});
        collectEvents(tl);
        tl.trackIndex_.clear();
        for (const auto& track : tl.tracks_) tl.trackIndex_.push_back(indexOf(s, *track));
        tl.seams_.clear();
        for (std::size_t p = 0; p < s.passages.size(); ++p) {
            if (!tl.passageTracks_[p]) continue;
            tl.passageIndex_[p] = indexOf(s, *tl.passageTracks_[p]);
            tl.measureSeams(p);
        }

        for (const sim::Lineup::SharedSpot& shared : tl.lineup_->sharedSpots()) {
            const Player& later = s.player(shared.second);
            const Vec2 at = tl.lineup_->spot(shared.second);
            char text[400];
            std::snprintf(text, sizeof text,
                          "%s's spot [%.0f, %.0f] is %s's, who is on the pitch with him%s%s: in the team shape they stand on "
                          "each other (give him another spot, or none to take over the spot of the player he replaces)",
                          later.name.c_str(), at.x, at.y, s.player(shared.first).name.c_str(),
                          std::isfinite(shared.from) ? " from " : "",
                          std::isfinite(shared.from) ? s.clock.preciseText(shared.from).c_str() : "");
            notes.warning(later.where, text);
        }

        Diagnostics all;
        for (const Diagnostics& d : tl.momentDiagnostics_) {
            for (const Diagnostic& item : d.items()) all.add(item);
        }
        for (const Diagnostic& item : notes.items()) all.add(item);
        all.sort();
        return all;
    }

    // A passage baked after the rest: its track, its events, its diagnostics (added to `all`).
    static void addPassage(Timeline& tl, PassageBake baked) {
        TOUCHLINE_ASSERT(baked.passage >= 0 && static_cast<std::size_t>(baked.passage) < tl.passageTracks_.size(),
                         "addPassage: no such passage");
        const auto p = static_cast<std::size_t>(baked.passage);
        tl.passageIndex_[p] = indexOf(*tl.script_, *baked.track);
        tl.passageTracks_[p] = std::move(baked.track);
        tl.passageDiagnostics_[p] = std::move(baked.diagnostics);
        tl.measureSeams(p);
        collectEvents(tl);
    }

    static Timeline::TrackIndex indexOf(const Script& s, const sim::MomentTrack& track) {
        Timeline::TrackIndex index;
        for (int team = 0; team < 2; ++team) {
            index.slot[static_cast<std::size_t>(team)].assign(s.teams[static_cast<std::size_t>(team)].players.size(), -1);
        }
        for (std::size_t p = 0; p < track.players.size(); ++p) {
            index.slot[static_cast<std::size_t>(track.players[p].id.team)][static_cast<std::size_t>(track.players[p].id.index)] =
                static_cast<int>(p);
        }
        return index;
    }

    // Events: what each moment observed (within its span), what each baked passage observed where no
    // moment plays, then the markers; the score from them.
    static void collectEvents(Timeline& tl) {
        const Script& s = *tl.script_;
        tl.events_.clear();
        for (std::size_t m = 0; m < tl.tracks_.size(); ++m) {
            for (const ObservedEvent& e : tl.tracks_[m]->events) {
                if (e.time <= tl.spans_[m].end) tl.events_.push_back(e);
            }
        }
        for (std::size_t p = 0; p < tl.passageTracks_.size(); ++p) {
            if (!tl.passageTracks_[p]) continue;
            for (const ObservedEvent& e : tl.passageTracks_[p]->events) {
                if (e.kind == EventKind::Goal) continue;  // the moments' (bakePassage says so)
                if (e.time >= tl.passageSpans_[p].start && e.time < tl.passageSpans_[p].end &&
                    tl.passageAt(e.time) == static_cast<int>(p)) {
                    tl.events_.push_back(e);
                }
            }
        }
        for (std::size_t i = 0; i < s.markers.size(); ++i) {
            const Marker& marker = s.markers[i];
            const std::optional<EventKind> kind = announcedEvent(marker.action.kind);
            if (!kind) continue;
            ObservedEvent e;
            e.kind = *kind;
            e.time = marker.matchTime;
            e.moment = -1;
            e.action = static_cast<int>(i);
            e.player = marker.action.actor;
            e.other = marker.action.other;
            e.cause = marker.action.kind;
            e.card = marker.action.card;
            e.whistle = marker.action.whistle;
            tl.events_.push_back(e);
        }
        std::stable_sort(tl.events_.begin(), tl.events_.end(),
                         [](const ObservedEvent& a, const ObservedEvent& b) { return a.time < b.time; });
        ScoreHistory history = scoreEvents(s, tl.events_);
        tl.goals_ = std::move(history.goals);
        tl.shootout_ = std::move(history.shootout);

        tl.toasts_.clear();
        tl.offsides_.clear();
        for (std::size_t i = 0; i < tl.events_.size(); ++i) {
            const EventKind k = tl.events_[i].kind;
            if (k != EventKind::Kick && k != EventKind::Header && k != EventKind::Bounce) tl.toasts_.push_back(i);
            if (k == EventKind::Offside) tl.offsides_.push_back(i);
        }
    }

    static const std::vector<std::shared_ptr<const sim::MomentTrack>>& tracks(const Timeline& tl) { return tl.tracks_; }
    static const std::vector<Diagnostics>& diagnostics(const Timeline& tl) { return tl.momentDiagnostics_; }
    static std::shared_ptr<const sim::Lineup> lineup(const Timeline& tl) { return tl.lineup_; }
    static Stretches passages(const Timeline& tl) { return {tl.passageTracks_, tl.passageDiagnostics_}; }
};

BakeResult bake(const Script& script, const sim::BallModel& model, PassageTiming passages) {
    auto shared = std::make_shared<const Script>(script);
    auto lineup = std::make_shared<const sim::Lineup>(*shared);
    std::vector<std::shared_ptr<const sim::MomentTrack>> tracks;
    std::vector<Diagnostics> diagnostics;
    for (std::size_t m = 0; m < shared->moments.size(); ++m) {
        sim::MomentBake baked = sim::bakeMoment(*shared, static_cast<int>(m), *lineup, model);
        tracks.push_back(std::make_shared<const sim::MomentTrack>(std::move(baked.track)));
        diagnostics.push_back(std::move(baked.diagnostics));
    }
    Stretches stretches;
    stretches.tracks.resize(shared->passages.size());
    stretches.diagnostics.resize(shared->passages.size());
    if (passages == PassageTiming::Now) {
        // Passages depend on nothing but the script: every core bakes them, each into its own slot, so the
        // bytes are the same whichever thread baked which.
        const std::size_t count = shared->passages.size();
        std::atomic<std::size_t> next{0};
        const auto work = [&] {
            for (std::size_t p = next++; p < count; p = next++) {
                PassageBake baked = bakePassage(*shared, *lineup, static_cast<int>(p), model);
                stretches.tracks[p] = std::move(baked.track);
                stretches.diagnostics[p] = std::move(baked.diagnostics);
            }
        };
        const std::size_t helpers = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), count);
        std::vector<std::jthread> pool;
        for (std::size_t h = 1; h < helpers; ++h) pool.emplace_back(work);
        work();
    }
    BakeResult result;
    result.diagnostics = TimelineBuilder::assemble(result.timeline, shared, lineup, std::move(tracks), std::move(diagnostics),
                                                   std::move(stretches));
    return result;
}

PassageBake bakePassage(const Script& script, const sim::Lineup& lineup, int passage, const sim::BallModel& model) {
    sim::MomentBake baked = sim::bakePassage(script, passage, lineup, model);
    PassageBake out;
    out.passage = passage;
    out.track = std::make_shared<const sim::MomentTrack>(std::move(baked.track));
    out.diagnostics = asWarnings(baked.diagnostics);
    for (const ObservedEvent& e : out.track->events) {
        if (e.kind != EventKind::Goal) continue;
        out.diagnostics.warning(script.passages[static_cast<std::size_t>(passage)].where,
                                "the ball goes in at " + script.clock.preciseText(e.time) +
                                    " in this passage's physics; a passage's goal does not count (the goals are the moments')");
    }
    return out;
}

void addPassage(BakeResult& result, PassageBake baked) {
    TimelineBuilder::addPassage(result.timeline, std::move(baked));
}

BakeResult rebakeMoment(const BakeResult& previous, const Script& edited, int moment, const sim::BallModel& model) {
    const Timeline& before = previous.timeline;
    const auto& oldTracks = TimelineBuilder::tracks(before);
    if (moment < 0 || static_cast<std::size_t>(moment) >= edited.moments.size() ||
        oldTracks.size() != edited.moments.size()) {
        return bake(edited, model);
    }
    auto shared = std::make_shared<const Script>(edited);
    auto lineup = std::make_shared<const sim::Lineup>(*shared);
    if (lineup->changes() != TimelineBuilder::lineup(before)->changes()) return bake(edited, model);
    if (edited.passages != before.script().passages) return bake(edited, model);

    std::vector<std::shared_ptr<const sim::MomentTrack>> tracks = oldTracks;
    std::vector<Diagnostics> diagnostics = TimelineBuilder::diagnostics(before);
    sim::MomentBake baked = sim::bakeMoment(*shared, moment, *lineup, model);
    tracks[static_cast<std::size_t>(moment)] = std::make_shared<const sim::MomentTrack>(std::move(baked.track));
    diagnostics[static_cast<std::size_t>(moment)] = std::move(baked.diagnostics);
    // A passage's players go to meet the moments shown over it (sim/shape_follower.h Meeting): those the
    // edited moment overlaps, before the edit or after it, are baked again.
    Stretches passages = TimelineBuilder::passages(before);
    const auto overlaps = [](const Moment& a, const Moment& b) {
        return a.matchTime < b.matchTime + b.duration && b.matchTime < a.matchTime + a.duration;
    };
    const Moment& was = before.script().moments[static_cast<std::size_t>(moment)];
    const Moment& now = edited.moments[static_cast<std::size_t>(moment)];
    for (std::size_t p = 0; p < edited.passages.size() && p < passages.tracks.size(); ++p) {
        if (!overlaps(edited.passages[p], was) && !overlaps(edited.passages[p], now)) continue;
        passages.tracks[p] = nullptr;
        passages.diagnostics[p] = Diagnostics{};
    }
    BakeResult result;
    result.diagnostics = TimelineBuilder::assemble(result.timeline, shared, lineup, std::move(tracks), std::move(diagnostics),
                                                   std::move(passages));
    return result;
}

}  // namespace touchline
