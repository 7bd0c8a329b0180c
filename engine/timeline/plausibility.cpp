#include "timeline/plausibility.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/text.h"

namespace touchline {

namespace {

struct Interval {
    double from = 0.0;
    double to = 0.0;
};

constexpr double kCornerSetUp = 20.0;         // s before a corner's kick its markers stand with their men
constexpr double kLongestCornerSetUp = 90.0;  // s: the longest from the ball going out to the corner

// When players may crowd each other for a restart: from the whistle (or a while before a corner) to a
// few seconds after the kick that restarts play.
std::vector<Interval> setPieces(const std::vector<ObservedEvent>& events, double after) {
    std::vector<Interval> out;
    const auto nextKick = [&](std::size_t from) {
        for (std::size_t j = from + 1; j < events.size(); ++j) {
            if (events[j].kind == EventKind::Kick || events[j].kind == EventKind::Header) return events[j].time;
        }
        return events.empty() ? 0.0 : events.back().time;
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        const ObservedEvent& e = events[i];
        const bool whistle = e.kind == EventKind::Whistle || e.kind == EventKind::Foul;
        if (whistle) out.push_back({e.time, nextKick(i) + after});
        if (e.kind == EventKind::Kick && e.cause == ActionKind::Corner) {
            // Markers take their men from when the ball goes out (or a while before, when no event says).
            double from = e.time - kCornerSetUp;
            for (std::size_t j = i; j-- > 0 && events[j].time > e.time - kLongestCornerSetUp;) {
                const EventKind k = events[j].kind;
                if (k == EventKind::OutOfPlay || k == EventKind::Wide || k == EventKind::Over) {
                    from = std::min(from, events[j].time);
                    break;
                }
            }
            out.push_back({from, e.time + after});
        }
    }
    std::sort(out.begin(), out.end(), [](const Interval& a, const Interval& b) { return a.from < b.from; });
    return out;
}

bool within(const std::vector<Interval>& intervals, double t) {
    auto it = std::upper_bound(intervals.begin(), intervals.end(), t, [](double v, const Interval& i) { return v < i.from; });
    for (auto j = intervals.begin(); j != it; ++j) {
        if (t <= j->to) return true;
    }
    return false;
}

// `whistles`: the offsides play stopped for that no event says (a passage's stop).
OffsideAgreement offsides(const std::vector<ObservedEvent>& events, std::vector<double> whistles, double window) {
    OffsideAgreement a;
    std::vector<double> computed;
    for (const ObservedEvent& e : events) {
        if (e.kind == EventKind::Whistle && e.whistle == WhistleKind::Offside) whistles.push_back(e.time);
        if (e.kind == EventKind::Offside) computed.push_back(e.time);
    }
    a.recorded = static_cast<int>(whistles.size());
    a.computed = static_cast<int>(computed.size());
    for (double w : whistles) {
        const bool found = std::any_of(computed.begin(), computed.end(), [&](double c) { return c <= w && w - c <= window; });
        if (found) ++a.matched;
        else a.missedAt.push_back(w);
    }
    for (double c : computed) {
        const bool found = std::any_of(whistles.begin(), whistles.end(), [&](double w) { return c <= w && w - c <= window; });
        if (!found) {
            ++a.unexpected;
            a.unexpectedAt.push_back(c);
        }
    }
    return a;
}

}  // namespace

Plausibility measurePlausibility(const Timeline& timeline, const PlausibilityLimits& limits, double from, double to) {
    const Script& script = timeline.script();
    Plausibility out;
    out.from = std::max(from, 0.0);
    out.to = std::min(to, timeline.duration());
    // A shoot-out is no running: the players gather in the centre circle and walk up one by one.
    if (script.clock.has(Period::Shootout)) out.to = std::min(out.to, script.clock.periodStart(Period::Shootout) - 1e-6);
    const double dt = 1.0 / limits.sampleRate;
    const int samples = std::max(0, static_cast<int>(std::floor((out.to - out.from) * limits.sampleRate)) + 1);
    const std::vector<Interval> crowded = setPieces(timeline.events(), limits.setPieceAfter);

    // Slots by player, and where each was at the previous sample (-1: not on the pitch then).
    std::array<std::vector<int>, 2> slot;
    for (int t = 0; t < 2; ++t) slot[static_cast<std::size_t>(t)].assign(script.teams[static_cast<std::size_t>(t)].players.size(), -1);
    std::vector<int> lastSample;  // the sample each was last seen at
    std::vector<Vec2> lastPosition;
    struct Run {
        double from = 0.0;
        double last = 0.0;
        double nearest = 1e9;
    };
    std::map<std::pair<PlayerId, PlayerId>, Run> open;

    // Teams change ends at each period's start (half-time, extra time's and its half-time): nobody runs
    // there, so no distance is counted across it.
    std::vector<double> changesOfEnds;
    for (Period period : {Period::SecondHalf, Period::ExtraFirstHalf, Period::ExtraSecondHalf}) {
        if (script.clock.has(period)) changesOfEnds.push_back(script.clock.periodStart(period));
    }
    Frame frame;
    for (int i = 0; i < samples; ++i) {
        const double t = std::min(out.from + i * dt, out.to);
        const bool endsChanged = std::any_of(changesOfEnds.begin(), changesOfEnds.end(), [&](double c) { return t >= c && t - dt < c; });
        if (i > 0 && endsChanged) std::fill(lastSample.begin(), lastSample.end(), -2);
        timeline.sample(t, frame);
        for (const PlayerFrame& pf : frame.players) {
            int& s = slot[static_cast<std::size_t>(pf.id.team)][static_cast<std::size_t>(pf.id.index)];
            if (s < 0) {
                s = static_cast<int>(out.players.size());
                out.players.push_back({pf.id, script.player(pf.id).isGoalkeeper()});
                lastSample.push_back(-2);  // not the sample before the first
                lastPosition.emplace_back();
            }
            const std::size_t k = static_cast<std::size_t>(s);
            PlayerRunning& r = out.players[k];
            double speed = pf.speed;
            if (lastSample[k] == i - 1) {
                const double d = distance(pf.position, lastPosition[k]);
                r.metres += d;
                speed = std::max(speed, d / dt);
            }
            if (i > 0) r.secondsOnPitch += dt;
            if (speed > r.topSpeed) {
                r.topSpeed = speed;
                r.topSpeedAt = t;
            }
            lastSample[k] = i;
            lastPosition[k] = pf.position;
        }

        // Pairs too close, unless they are contesting the ball, standing for a set piece, or celebrating a
        // goal (from the goal to the kick-off after it).
        const bool setPiece = within(crowded, t) || frame.stoppage == StopKind::Goal;
        const Vec2 ball = frame.ball.position.ground();
        for (std::size_t a = 0; a < frame.players.size(); ++a) {
            for (std::size_t b = a + 1; b < frame.players.size(); ++b) {
                const PlayerFrame& pa = frame.players[a];
                const PlayerFrame& pb = frame.players[b];
                const double d = distance(pa.position, pb.position);
                if (d >= limits.closeDistance || setPiece) continue;
                const bool contest = frame.ball.visible && distance(pa.position, ball) < limits.contestReach &&
                                     distance(pb.position, ball) < limits.contestReach;
                if (contest) continue;
                const auto key = std::minmax(pa.id, pb.id);
                auto [it, fresh] = open.try_emplace({key.first, key.second}, Run{t, t, d});
                if (!fresh && it->second.last < t - 1.5 * dt) it->second = Run{t, t, d};  // a new spell
                it->second.last = t;
                it->second.nearest = std::min(it->second.nearest, d);
            }
        }
        for (auto it = open.begin(); it != open.end();) {
            const bool ended = it->second.last < t || i + 1 == samples;
            if (!ended) {
                ++it;
                continue;
            }
            if (it->second.last - it->second.from + dt > limits.closeSeconds) {
                out.closeCalls.push_back({it->first.first, it->first.second, it->second.from, it->second.last + dt,
                                          it->second.nearest});
            }
            it = open.erase(it);
        }
    }
    std::sort(out.players.begin(), out.players.end(),
              [](const PlayerRunning& a, const PlayerRunning& b) { return a.id < b.id; });
    std::sort(out.closeCalls.begin(), out.closeCalls.end(), [](const CloseCall& a, const CloseCall& b) { return a.from < b.from; });
    std::vector<ObservedEvent> events;
    for (const ObservedEvent& e : timeline.events()) {
        if (e.time >= out.from && e.time <= out.to) events.push_back(e);
    }
    // A passage stopped for offside is the data's offside too, where no moment shows those seconds
    // instead (a moment's own offside is its whistle).
    std::vector<double> stops;
    for (const Moment& p : script.passages) {
        if (!p.stop || p.stop->kind != StopKind::Offside) continue;
        const double t = p.matchTime + p.stop->at;
        const bool shown = std::any_of(script.moments.begin(), script.moments.end(), [&](const Moment& m) {
            return t >= m.matchTime && t <= m.matchTime + m.duration;
        });
        if (!shown && t >= out.from && t <= out.to) stops.push_back(t);
    }
    out.offside = offsides(events, std::move(stops), limits.offsideWindow);
    return out;
}

std::vector<std::string> plausibilityReport(const Timeline& timeline, const Plausibility& p) {
    const Script& script = timeline.script();
    std::vector<std::string> lines;
    char text[256];
    for (int team = 0; team < 2; ++team) {
        lines.push_back(script.teams[static_cast<std::size_t>(team)].name);
        for (const PlayerRunning& r : p.players) {
            if (r.id.team != team) continue;
            std::snprintf(text, sizeof text, "  %s %s %5.1f km in %3.0f'  %5.1f km/90  top %4.1f m/s at %s",
                          fitColumn(script.player(r.id).name, 22).c_str(), r.keeper ? "GK" : "  ", r.metres / 1000.0,
                          r.secondsOnPitch / 60.0, r.kmPer90(), r.topSpeed, script.clock.preciseText(r.topSpeedAt).c_str());
            lines.push_back(text);
        }
    }
    std::snprintf(text, sizeof text, "Close calls (centres under 0.8 m for over 0.5 s, outside contests and set pieces): %zu",
                  p.closeCalls.size());
    lines.push_back(text);
    for (const CloseCall& c : p.closeCalls) {
        std::snprintf(text, sizeof text, "  %s  %s and %s, %.1f s, %.2f m apart", script.clock.preciseText(c.from).c_str(),
                      script.player(c.a).name.c_str(), script.player(c.b).name.c_str(), c.to - c.from, c.nearest);
        lines.push_back(text);
    }
    std::snprintf(text, sizeof text, "Offsides: %d recorded, %d of them computed at the pass; %d computed, %d without a whistle",
                  p.offside.recorded, p.offside.matched, p.offside.computed, p.offside.unexpected);
    lines.push_back(text);
    for (double t : p.offside.missedAt) lines.push_back("  recorded, not computed: " + script.clock.preciseText(t));
    for (double t : p.offside.unexpectedAt) lines.push_back("  computed, not recorded: " + script.clock.preciseText(t));
    return lines;
}

}  // namespace touchline
