#include "script/script_validator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/text.h"
#include "script/match_events.h"

namespace touchline {

namespace {

constexpr double kEpsilon = 1e-9;
// A whistle "at the end of a half" may miss it by rounding: a moment's start plus its `at`.
constexpr double kWhistleSlack = 1e-6;
constexpr std::size_t kStartersPerTeam = 11;
// The Laws of the Game (Law 3) let competition rules name at most fifteen substitutes.
constexpr std::size_t kMaxSubstitutes = 15;

std::string seconds(double t) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g s", t);
    return buffer;
}

std::string onLine(const SourceLocation& where) { return "line " + std::to_string(where.line); }

class Validator {
public:
    Validator(const Script& script, Diagnostics& diagnostics, const ValidationScope& scope)
        : script_(script), diagnostics_(diagnostics), scope_(scope) {}

    void run() {
        checkPlayers();
        checkMoments();
        std::vector<bool> partial(script_.moments.size(), false);
        for (std::size_t i : scope_.partialMoments) {
            if (i < partial.size()) partial[i] = true;
        }
        for (std::size_t i = 0; i < script_.moments.size(); ++i) {
            if (!partial[i]) checkActions(script_.moments[i]);
        }
        for (const Marker& marker : script_.markers) {
            checkParticipants(marker.action);
            checkHalfWhistle(marker.action, marker.matchTime, marker.clock.period);
        }
        for (const Moment& m : script_.moments) {
            if (std::isnan(m.matchTime)) continue;
            for (const Action& a : m.actions) checkHalfWhistle(a, m.matchTime + a.at, m.clock.period);
        }
        checkPassages();
        std::vector<bool> partialPassage(script_.passages.size(), false);
        for (std::size_t i : scope_.partialPassages) {
            if (i < partialPassage.size()) partialPassage[i] = true;
        }
        for (std::size_t i = 0; i < script_.passages.size(); ++i) {
            if (!partialPassage[i]) checkActions(script_.passages[i]);
        }
        if (scope_.lineups) checkLineups();
    }

private:
    const std::string& name(PlayerId id) const { return script_.player(id).name; }
    std::string clockText(double matchTime) const { return script_.clock.preciseText(matchTime); }

    void checkPlayers() {
        std::map<std::string, const Player*> byName;
        for (const Team& team : script_.teams) {
            std::map<int, const Player*> byNumber;
            int keepers = 0;
            std::size_t starters = 0;
            std::vector<std::string> keeperNames;
            for (const Player& p : team.players) {
                auto [named, fresh] = byName.emplace(foldForSearch(p.name), &p);
                if (!fresh) {
                    diagnostics_.error(p.where, "there is already a player called '" + named->second->name + "' (" +
                                                    onLine(named->second->where) + ")",
                                       "names must be unique across both teams");
                }
                if (p.number > 0) {
                    auto [numbered, freshNumber] = byNumber.emplace(p.number, &p);
                    if (!freshNumber) {
                        diagnostics_.error(p.where, "shirt number " + std::to_string(p.number) + " is " +
                                                        numbered->second->name + "'s already (" +
                                                        onLine(numbered->second->where) + ")",
                                           "shirt numbers are unique in a team");
                    }
                }
                if (p.starter) {
                    ++starters;
                    if (p.isGoalkeeper()) {
                        ++keepers;
                        keeperNames.push_back(p.name);
                    }
                }
            }
            if (team.players.empty()) continue;
            const std::string teamName = team.name.empty() ? team.key : team.name;
            if (keepers == 0) {
                diagnostics_.error(team.where, teamName + " start without a goalkeeper",
                                   "mark one starter 'position: GK'");
            } else if (keepers > 1) {
                diagnostics_.error(team.where, teamName + " start with " + std::to_string(keepers) +
                                                   " goalkeepers (" + joinList(keeperNames, " and ") + ")",
                                   "exactly one starter is 'position: GK'");
            }
            if (starters > kStartersPerTeam) {
                diagnostics_.error(team.where, teamName + " start with " + std::to_string(starters) + " players",
                                   "a team starts with 11; list the others under 'substitutes'");
            } else if (starters < kStartersPerTeam) {
                diagnostics_.warning(team.where, teamName + " start with " + std::to_string(starters) + " players",
                                     "a team starts with 11");
            }
            const std::size_t substitutes = team.players.size() - starters;
            if (substitutes > kMaxSubstitutes) {
                diagnostics_.error(team.where, teamName + " name " + std::to_string(substitutes) + " substitutes",
                                   "a bench holds at most " + std::to_string(kMaxSubstitutes));
            }
        }
    }

    void checkMoments() {
        std::map<std::string, const Moment*> byId;
        const Moment* previous = nullptr;
        for (const Moment& m : script_.moments) {
            if (!m.id.empty()) {
                auto [it, fresh] = byId.emplace(m.id, &m);
                if (!fresh) {
                    diagnostics_.error(m.where, "moment id '" + m.id + "' is used twice",
                                       "the first is on " + onLine(it->second->where));
                }
            }
            if (std::isnan(m.matchTime)) continue;
            checkInsidePeriod(m);
            if (previous) {
                if (m.matchTime < previous->matchTime) {
                    diagnostics_.error(m.where,
                                       "moment '" + m.id + "' at " + clockText(m.matchTime) + " is listed after '" +
                                           previous->id + "' at " + clockText(previous->matchTime),
                                       "list moments in clock order");
                } else if (m.matchTime < previous->matchTime + previous->duration - kEpsilon) {
                    diagnostics_.error(m.where,
                                       "moment '" + m.id + "' starts at " + clockText(m.matchTime) + ", before '" +
                                           previous->id + "' ends at " +
                                           clockText(previous->matchTime + previous->duration),
                                       "moments may not overlap");
                }
            }
            if (!previous || m.matchTime >= previous->matchTime) previous = &m;
        }
    }

    // Passages follow each other in clock order without overlapping, each inside its half, and a stop
    // inside its passage.
    void checkPassages() {
        const Moment* previous = nullptr;
        for (const Moment& p : script_.passages) {
            if (std::isnan(p.matchTime)) continue;
            checkInsidePeriod(p);
            if (p.stop && p.stop->at > p.duration + kEpsilon) {
                diagnostics_.error(p.stop->where, "play stops at " + seconds(p.stop->at) + ", after the passage ends at " +
                                                      seconds(p.duration));
            }
            if (previous && p.matchTime < previous->matchTime + previous->duration - kEpsilon) {
                diagnostics_.error(p.where,
                                   label(p) + " starts before the one before it ends, at " +
                                       clockText(previous->matchTime + previous->duration),
                                   "passages follow each other in clock order");
            }
            previous = &p;
        }
    }

    std::string label(const Moment& m) const {
        return m.id.empty() ? "the passage at " + clockText(m.matchTime) : "moment '" + m.id + "'";
    }

    void checkInsidePeriod(const Moment& m) {
        const double end = m.matchTime + m.duration;
        const Period period = script_.clock.toClock(m.matchTime).period;
        const double whistle = script_.clock.periodEnd(period);
        if (end <= whistle + kEpsilon) return;
        const double offset = clockOffset(period);
        const std::string endText = formatReading({period, offset + (end - script_.clock.periodStart(period))});
        const std::string whistleText =
            formatReading({period, offset + regularLength(period) + script_.clock.stoppage(period)});
        const bool last = period == script_.clock.lastPeriod();
        diagnostics_.error(m.where,
                           label(m) + " runs to " + endText + ", past the end of the " +
                               (last ? std::string("match") : std::string(periodName(period))) + " at " + whistleText,
                           "shorten it, or add stoppage in match.stoppage");
    }

    // The whistle that ends a half is blown at its end: the instant that ends the first half belongs to
    // it (and is also the second half's kick-off), so "46:00" is no half-time. The full-time whistle ends
    // the match's last period: the second half, extra time or the shoot-out.
    void checkHalfWhistle(const Action& a, double t, Period period) {
        if (a.kind != ActionKind::Whistle || std::isnan(t)) return;
        if (a.whistle != WhistleKind::HalfTime && a.whistle != WhistleKind::FullTime) return;
        const Period ends = a.whistle == WhistleKind::HalfTime ? Period::FirstHalf : script_.clock.lastPeriod();
        const double end = script_.clock.periodEnd(ends);
        if (period == ends && std::fabs(t - end) <= kWhistleSlack) return;
        const std::string endText = formatReading(script_.clock.toClock(end, ends));
        const std::string whistle = a.whistle == WhistleKind::HalfTime ? "the half-time whistle" : "the full-time whistle";
        const std::string half = ends == Period::FirstHalf ? "the first half" : "the match";
        const std::string when = formatReading(script_.clock.toClock(t, period));
        std::string problem = t < end ? " comes before the end of " + half : " comes after the end of " + half;
        if (period != ends) problem = " is in the " + std::string(periodName(period));
        diagnostics_.error(a.where, whistle + " at " + when + problem + " (" + half + " ends at " + endText + ")",
                           "blow it at \"" + endText + "\"; match.stoppage sets when " + half + " ends");
    }

    // Who an action involves: an opponent for a tackle or a foul, a team-mate for a substitution.
    void checkParticipants(const Action& a) {
        if (!a.actor.valid() || !a.other.valid()) return;
        const bool sameTeam = a.actor.team == a.other.team;
        if ((a.kind == ActionKind::Tackle || a.kind == ActionKind::Foul) && sameTeam) {
            diagnostics_.error(a.where, name(a.actor) + "'s " + std::string(actionKeyword(a.kind)) + " is on " +
                                            name(a.other) + ", a team-mate",
                               "'on' names an opponent");
        }
        if (a.kind == ActionKind::Substitution) {
            if (a.actor == a.other) {
                diagnostics_.error(a.where, name(a.actor) + " cannot replace himself");
            } else if (!sameTeam) {
                diagnostics_.error(a.where, name(a.actor) + " cannot replace " + name(a.other) + " of the other team");
            }
        }
    }

    void checkActions(const Moment& m) {
        std::map<PlayerId, Vec2> position;
        std::map<PlayerId, double> runningUntil;
        for (std::size_t i = 0; i < m.shape.size(); ++i) {
            const Placement& p = m.shape[i];
            if (!position.emplace(p.player, p.position).second) {
                diagnostics_.error(p.where, name(p.player) + " is placed twice in this shape");
            }
        }
        const auto whereIs = [&](PlayerId id) {
            auto it = position.find(id);
            return it != position.end() ? it->second : script_.shapePosition(id, m.matchTime);
        };
        const Action* previous = nullptr;
        for (std::size_t i = 0; i < m.actions.size(); ++i) {
            const Action& a = m.actions[i];
            checkParticipants(a);
            if (previous && a.at < previous->at) {
                diagnostics_.error(a.where, "this action at " + seconds(a.at) + " comes after one at " + seconds(previous->at),
                                   "list actions in time order");
            }
            previous = &a;
            checkInsideMoment(a.at, "it starts", m, a.where);
            if (isMovement(a.kind)) {
                checkMovement(a, m, whereIs, runningUntil);
                if (a.actor.valid()) position[a.actor] = a.to;
            }
            if (a.arrive) {
                if (*a.arrive <= a.at) {
                    diagnostics_.error(a.where, "the ball arrives at " + seconds(*a.arrive) + ", before it is kicked at " +
                                                    seconds(a.at));
                } else {
                    checkInsideMoment(*a.arrive, "the ball arrives", m, a.where);
                }
            }
            if (a.kind == ActionKind::Save && a.actor.valid() && !script_.player(a.actor).isGoalkeeper()) {
                diagnostics_.warning(a.where, "a save by " + name(a.actor) + ", who is not a goalkeeper");
            }
        }
        checkHeaderHeights(m);
        checkPenalty(m);
        checkBeatenSaves(m);
    }

    static bool playsTheBall(const Action& a) {
        return isKick(a.kind) || a.kind == ActionKind::Save || a.kind == ActionKind::Tackle || a.kind == ActionKind::Dribble;
    }

    // A penalty sets its moment up (the ball on the spot, the players placed by Law 14), so it is the
    // moment's first play of the ball, and the only penalty in it.
    void checkPenalty(const Moment& m) {
        const Action* penalty = nullptr;
        for (const Action& a : m.actions) {
            if (a.kind != ActionKind::Penalty) continue;
            if (penalty) {
                diagnostics_.error(a.where, "a second penalty in this moment (the first is on " + onLine(penalty->where) + ")",
                                   "a penalty starts a moment of its own");
                continue;
            }
            penalty = &a;
        }
        if (!penalty) return;
        for (const Action& a : m.actions) {
            if (&a == penalty || !playsTheBall(a) || a.at >= penalty->at) continue;
            diagnostics_.error(a.where, "the ball is on the penalty spot until the penalty at " + seconds(penalty->at) +
                                            " (" + onLine(penalty->where) + "): nobody plays it before",
                               "a penalty starts a moment of its own");
        }
        if (m.ball && penalty->actor.valid()) {
            const Vec2 spot = pitch::penaltySpot(script_.attackingEnd(penalty->actor.side(), m.matchTime));
            if (distance(*m.ball, spot) > 0.01) {
                char message[160];
                std::snprintf(message, sizeof message,
                              "the moment's 'ball' is not on the penalty spot [%g, %g], where %s's penalty is taken",
                              spot.x, spot.y, name(penalty->actor).c_str());
                diagnostics_.error(m.where, message, "leave 'ball' out: the penalty places it");
            }
        }
    }

    // A beaten keeper dives at a ball someone kicked before.
    void checkBeatenSaves(const Moment& m) {
        for (const Action& a : m.actions) {
            if (a.kind != ActionKind::Save || !a.beaten) continue;
            const bool kicked = std::any_of(m.actions.begin(), m.actions.end(), [&](const Action& k) {
                return isKick(k.kind) && k.at < a.at && k.actor != a.actor;
            });
            if (!kicked) {
                diagnostics_.error(a.where, name(a.actor) + " is beaten at " + seconds(a.at) + ", but nobody has kicked the ball at him",
                                   "a beaten save follows the shot it cannot stop; its 'at' is when the ball passes him");
            }
        }
    }

    template <typename WhereIs>
    void checkMovement(const Action& a, const Moment& m, const WhereIs& whereIs, std::map<PlayerId, double>& runningUntil) {
        if (a.by <= a.at) {
            diagnostics_.error(a.where, "he arrives ('by' " + seconds(a.by) + ") before he sets off ('at' " +
                                            seconds(a.at) + ")");
            return;
        }
        checkInsideMoment(a.by, "he arrives", m, a.where);
        if (!a.actor.valid()) return;
        if (auto busy = runningUntil.find(a.actor); busy != runningUntil.end() && a.at < busy->second - kEpsilon) {
            diagnostics_.error(a.where, name(a.actor) + " is still on his way until " + seconds(busy->second),
                               "start this run at " + seconds(busy->second) + " or later");
        }
        runningUntil[a.actor] = a.by;
        const double metres = distance(whereIs(a.actor), a.to);
        const double speed = metres / (a.by - a.at);
        if (speed > kMaxRunSpeed) {
            char message[160], hint[96];
            std::snprintf(message, sizeof message, "%s covers %.1f m in %g s (%.1f m/s); nobody runs faster than %g m/s",
                          name(a.actor).c_str(), metres, a.by - a.at, speed, kMaxRunSpeed);
            std::snprintf(hint, sizeof hint, "give him until 'by: %.1f' or start him nearer in 'shape'",
                          a.at + std::ceil(metres / kMaxRunSpeed * 10.0) / 10.0);
            diagnostics_.error(a.where, message, hint);
        }
    }

    void checkInsideMoment(double t, std::string_view what, const Moment& m, const SourceLocation& where) {
        if (t > m.duration + kEpsilon) {
            diagnostics_.error(where, std::string(what) + " at " + seconds(t) + ", after the moment ends at " +
                                          seconds(m.duration),
                               "make 'duration' longer, or leave it out");
        }
    }

    // A ball aimed at a player who heads it next must reach him at a height a head can.
    void checkHeaderHeights(const Moment& m) {
        // Walk backwards remembering each player's next action, so this stays linear in the actions.
        std::map<PlayerId, std::size_t> nextOf;
        for (std::size_t i = m.actions.size(); i-- > 0;) {
            const Action& kick = m.actions[i];
            const KickTarget& target = kick.target;
            const bool kicked = isKick(kick.kind) || (kick.kind == ActionKind::Save && !kick.holds);
            if (kicked && target.kind == KickTarget::Kind::Player && target.height > kMaxHeaderHeight) {
                auto next = nextOf.find(target.player);
                if (next != nextOf.end() && m.actions[next->second].kind == ActionKind::Header) {
                    char message[160];
                    std::snprintf(message, sizeof message, "the ball reaches %s %g m above the grass, and he heads it (%s)",
                                  name(target.player).c_str(), target.height,
                                  onLine(m.actions[next->second].where).c_str());
                    diagnostics_.error(kick.where, message, "a header meets the ball at 3 m or lower");
                }
            }
            if (kick.actor.valid()) nextOf[kick.actor] = i;
        }
    }

    // Who is on the pitch, through every substitution and sending-off, in clock order.
    void checkLineups() {
        enum class State { Bench, On, Off };
        struct Status {
            State state = State::Bench;
            double since = 0.0;
            std::string how;  // "came on", "went off", "was sent off"
            int yellows = 0;
        };
        std::map<PlayerId, Status> status;
        for (int t = 0; t < 2; ++t) {
            const auto& players = script_.teams[t].players;
            for (std::size_t i = 0; i < players.size(); ++i) {
                Status s;
                if (players[i].starter) s = {State::On, 0.0, "started", 0};
                status[{t, static_cast<int>(i)}] = s;
            }
        }
        const auto reason = [&](PlayerId id) {
            const Status& s = status[id];
            if (s.state == State::Bench) return std::string("he is a substitute who has not come on");
            return "he " + s.how + " at " + clockText(s.since);
        };
        const auto requireOn = [&](PlayerId id, double t, const SourceLocation& where) {
            if (!id.valid() || status[id].state == State::On) return;
            diagnostics_.error(where, name(id) + " is not on the pitch at " + clockText(t) + ": " + reason(id));
        };
        for (const MatchEvent& e : eventsInClockOrder(script_)) {
            if (e.kind == MatchEvent::Kind::MomentStart) {
                for (const Placement& p : e.moment->shape) requireOn(p.player, e.matchTime, p.where);
                continue;
            }
            const Action& a = *e.action;
            const double t = e.matchTime;
            switch (a.kind) {
                case ActionKind::Substitution: {
                    if (a.actor.valid()) {
                        Status& on = status[a.actor];
                        if (on.state == State::On) {
                            diagnostics_.error(a.where, name(a.actor) + " is already on the pitch at " + clockText(t) +
                                                            (on.how == "started" ? ": he started"
                                                                                 : ": he came on at " + clockText(on.since)));
                        } else if (on.state == State::Off) {
                            diagnostics_.error(a.where, name(a.actor) + " cannot come back on at " + clockText(t) + ": " +
                                                            reason(a.actor));
                        } else {
                            on = {State::On, t, "came on", on.yellows};
                        }
                    }
                    if (a.other.valid() && a.other != a.actor) {
                        if (status[a.other].state != State::On) {
                            diagnostics_.error(a.where, name(a.other) + " cannot go off at " + clockText(t) + ": " +
                                                            reason(a.other));
                        } else {
                            status[a.other] = {State::Off, t, "went off", status[a.other].yellows};
                        }
                    }
                    break;
                }
                case ActionKind::Card: {
                    // Players on the bench can be booked too, so a card asks nothing of where he is.
                    if (!a.actor.valid()) break;
                    Status& s = status[a.actor];
                    if (a.card == CardColour::Yellow) ++s.yellows;
                    const bool sentOff = a.card == CardColour::Red || s.yellows == 2;
                    if (sentOff && s.state == State::On) s = {State::Off, t, "was sent off", s.yellows};
                    break;
                }
                default:
                    requireOn(a.actor, t, a.where);
                    requireOn(a.other, t, a.where);
                    if (a.target.kind == KickTarget::Kind::Player) requireOn(a.target.player, t, a.where);
                    break;
            }
        }
    }

    const Script& script_;
    Diagnostics& diagnostics_;
    const ValidationScope& scope_;
};

}  // namespace

void validateScript(const Script& script, Diagnostics& diagnostics, const ValidationScope& scope) {
    Validator(script, diagnostics, scope).run();
}

}  // namespace touchline
