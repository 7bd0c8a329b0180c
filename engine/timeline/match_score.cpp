#include "timeline/match_score.h"

namespace touchline {

TeamSide scoringSide(const Script& script, const ObservedEvent& goal) {
    const pitch::End end = goal.where.x > pitch::kCentre.x ? pitch::End::Right : pitch::End::Left;
    return script.attackingEnd(TeamSide::Home, goal.time) == end ? TeamSide::Home : TeamSide::Away;
}

bool inShootout(const Script& script, const ObservedEvent& event) {
    return script.clock.has(Period::Shootout) && script.clock.periodAt(event.time) == Period::Shootout;
}

ScoreHistory scoreEvents(const Script& script, std::vector<ObservedEvent>& events) {
    ScoreHistory history;
    std::array<int, 2> score{0, 0};
    std::array<int, 2> penalties{0, 0};
    PlayerId kicker;  // in a shoot-out both teams shoot at one goal: the kick says whose goal it is
    int kickMoment = -1;
    for (ObservedEvent& e : events) {
        if ((e.kind == EventKind::Kick || e.kind == EventKind::Header) && e.player.valid()) {
            kicker = e.player;
            kickMoment = e.moment;
        }
        if (e.kind == EventKind::Goal && !e.disallowed) {
            if (inShootout(script, e)) {
                if (kicker.valid() && kickMoment == e.moment) {
                    ++penalties[static_cast<std::size_t>(kicker.team)];
                    history.shootout.push_back({e.time, penalties});
                }
            } else {
                ++score[static_cast<std::size_t>(index(scoringSide(script, e)))];
                history.goals.push_back({e.time, score});
            }
        }
        e.score = score;
    }
    return history;
}

}  // namespace touchline
