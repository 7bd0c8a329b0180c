#include "timeline/match_score.h"

namespace touchline {

TeamSide scoringSide(const Script& script, const ObservedEvent& goal) {
    const pitch::End end = goal.where.x > pitch::kCentre.x ? pitch::End::Right : pitch::End::Left;
    return script.attackingEnd(TeamSide::Home, goal.time) == end ? TeamSide::Home : TeamSide::Away;
}

std::vector<ScoreChange> scoreEvents(const Script& script, std::vector<ObservedEvent>& events) {
    std::vector<ScoreChange> changes;
    std::array<int, 2> score{0, 0};
    for (ObservedEvent& e : events) {
        if (e.kind == EventKind::Goal && !e.disallowed) {
            ++score[static_cast<std::size_t>(index(scoringSide(script, e)))];
            changes.push_back({e.time, score});
        }
        e.score = score;
    }
    return changes;
}

}  // namespace touchline
