#include "import/outcome_check.h"

#include <algorithm>
#include <cmath>

#include "timeline/match_score.h"

namespace touchline::import {

namespace {

std::string clockOf(const Script& script, const Moment& m) { return script.clock.preciseText(m.matchTime); }

}  // namespace

std::vector<std::string> outcomeProblems(const Script& script, int moment, std::span<const ObservedEvent> events,
                                         const std::vector<ExpectedOutcome>& outcomes) {
    struct Goal {
        TeamSide side;
        PlayerId scorer;
    };
    std::vector<Goal> seen;
    for (const ObservedEvent& e : events) {
        if (e.moment != moment || e.kind != EventKind::Goal || e.disallowed) continue;
        const TeamSide side = inShootout(script, e) && e.player.valid() ? e.player.side() : scoringSide(script, e);
        seen.push_back({side, e.player});
    }
    std::vector<std::string> problems;
    for (const ExpectedOutcome& want : outcomes) {
        if (want.kind != ExpectedOutcome::Kind::Goal) continue;
        auto it = std::find_if(seen.begin(), seen.end(), [&](const Goal& g) { return g.side == want.counts; });
        if (it == seen.end()) {
            problems.push_back("the data has " + want.what + " going in; the physics does not reproduce it");
            continue;
        }
        if (it->scorer != want.scorer && it->scorer.valid()) {
            problems.push_back("the data has " + want.what + " going in; the physics credits it to " +
                               script.player(it->scorer).name);
        }
        seen.erase(it);
    }
    for (const Goal& g : seen) {
        problems.push_back("the physics shows a goal for " + script.team(g.side).name + " that the data does not have" +
                           (g.scorer.valid() ? " (" + script.player(g.scorer).name + ")" : std::string()));
    }
    return problems;
}

std::optional<EventKind> shotEnding(std::span<const ObservedEvent> events, PlayerId shooter, double when) {
    const ObservedEvent* kick = nullptr;
    for (const ObservedEvent& e : events) {
        if ((e.kind != EventKind::Kick && e.kind != EventKind::Header) || e.player != shooter) continue;
        if (!kick || std::abs(e.time - when) < std::abs(kick->time - when)) kick = &e;
    }
    if (!kick) return std::nullopt;
    for (const ObservedEvent& e : events) {
        if (e.time < kick->time || &e == kick) continue;
        switch (e.kind) {
            case EventKind::Goal:
            case EventKind::Save:
            case EventKind::Post:
            case EventKind::Crossbar:
            case EventKind::Wide:
            case EventKind::Over:
            case EventKind::OutOfPlay: return e.kind;
            case EventKind::Kick:
            case EventKind::Header:
                if (e.player != shooter) return std::nullopt;  // someone else played it first
                break;
            default: break;
        }
    }
    return std::nullopt;
}

void checkOutcomes(const Timeline& timeline, const std::vector<MomentDraft>& drafts, const std::string& file,
                   Diagnostics& diagnostics) {
    const Script& script = timeline.script();
    for (std::size_t m = 0; m < drafts.size() && m < script.moments.size(); ++m) {
        const Moment& moment = script.moments[m];
        for (const std::string& problem : outcomeProblems(script, static_cast<int>(m), timeline.events(), drafts[m].outcomes)) {
            diagnostics.warning({file, 0, 0}, "moment '" + moment.id + "' (" + clockOf(script, moment) + "): " + problem);
        }
    }
}

}  // namespace touchline::import
