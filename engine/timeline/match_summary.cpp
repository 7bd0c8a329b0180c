#include "timeline/match_summary.h"

#include <cmath>
#include <cstdio>

#include "sim/goal_frame.h"
#include "timeline/event_text.h"

namespace touchline {

namespace {

std::string metres(double m) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f m", m);
    return buffer;
}

std::string possessive(const std::string& name) { return name + "'s"; }

std::string kickWord(ActionKind cause) {
    switch (cause) {
        case ActionKind::Run: return "run";
        case ActionKind::Dribble: return "dribble";
        default: return std::string(actionKeyword(cause));
    }
}

// The kick or header by `player` that an event in the same moment came from (the last one before it).
const ObservedEvent* lastKickBy(const std::vector<ObservedEvent>& events, std::size_t before, PlayerId player) {
    for (std::size_t i = before; i-- > 0;) {
        const ObservedEvent& e = events[i];
        if (e.moment != events[before].moment) break;
        if ((e.kind == EventKind::Kick || e.kind == EventKind::Header) && e.player == player) return &e;
    }
    return nullptr;
}

bool disallowedGoalFollows(const std::vector<ObservedEvent>& events, std::size_t offside) {
    for (std::size_t i = offside + 1; i < events.size() && events[i].moment == events[offside].moment; ++i) {
        if (events[i].kind == EventKind::Goal && events[i].disallowed) return true;
    }
    return false;
}

std::string describe(const Timeline& tl, std::size_t index) {
    const Script& s = tl.script();
    const auto& events = tl.events();
    const ObservedEvent& e = events[index];
    const std::string who = std::string(s.playerName(e.player));
    const std::string other = e.other.valid() ? std::string(s.playerName(e.other)) : std::string();
    const sim::BallModel ball;
    switch (e.kind) {
        case EventKind::Goal: {
            if (inShootout(s, e)) {
                const auto tally = tl.shootoutAt(e.time).value_or(std::array<int, 2>{0, 0});
                return "SHOOT-OUT  " + who + " scores  " + s.teams[0].name + " " + std::to_string(tally[0]) +
                       "\u2013" + std::to_string(tally[1]) + " " + s.teams[1].name + " on penalties";
            }
            const bool own = e.player.valid() && scoringSide(s, e) != e.player.side();
            std::string text = who + " (" + (own ? std::string("own goal") : kickWord(e.cause));
            if (!own && e.other.valid()) {
                const ObservedEvent* assist = lastKickBy(events, index, e.other);
                text += ", from " + possessive(other) + " " + (assist ? kickWord(assist->cause) : std::string("pass"));
            }
            text += ")";
            if (e.disallowed) return "NO GOAL  " + text + ": offside  " + scoreLine(s, e.score);
            return "GOAL  " + text + "  " + scoreLine(s, e.score);
        }
        case EventKind::Offside: {
            std::string line = e.other.valid() ? "the line set by " + other : "the line of the ball";
            if (!e.other.valid() && std::abs(e.offsideLineX - pitch::kCentre.x) < 1e-9) line = "the halfway line";
            std::string text = "OFFSIDE  " + who + ", " + metres(e.offsideMargin) + " beyond " + line;
            if (disallowedGoalFollows(events, index)) text += " \u2014 goal disallowed";
            return text;
        }
        case EventKind::Wide:
            return "WIDE  " + who + " (" + kickWord(e.cause) + "), " + metres(sim::metresWide(ball, e.where)) +
                   " wide of the post";
        case EventKind::Over:
            return "OVER  " + who + " (" + kickWord(e.cause) + "), " + metres(sim::metresOver(ball, e.where)) +
                   " over the bar";
        case EventKind::Post: return "POST  " + who + " (" + kickWord(e.cause) + ") hits the post";
        case EventKind::Crossbar: return "CROSSBAR  " + who + " (" + kickWord(e.cause) + ") hits the bar";
        case EventKind::Save: {
            std::string text = "SAVE  " + who;
            if (e.other.valid()) {
                const ObservedEvent* shot = lastKickBy(events, index, e.other);
                text += " from " + possessive(other) + " " + (shot ? kickWord(shot->cause) : std::string("shot"));
            }
            if (e.moment >= 0 && e.action >= 0) {
                const Action& a = s.moments[static_cast<std::size_t>(e.moment)].actions[static_cast<std::size_t>(e.action)];
                text += a.holds ? " (held)" : " (palmed away)";
            } else {
                text += " (blocked)";
            }
            return text;
        }
        case EventKind::OutOfPlay: {
            const bool goalLine = e.where.x < 0.0 || e.where.x > pitch::kLength;
            std::string restart = "a throw-in";
            if (goalLine) {
                const pitch::End end = e.where.x < 0.0 ? pitch::End::Left : pitch::End::Right;
                const bool attackers = e.player.valid() && s.attackingEnd(e.player.side(), e.time) == end;
                restart = attackers ? "a goal kick" : "a corner";
            }
            return "OUT  for " + restart + (e.player.valid() ? ", off " + who : std::string());
        }
        case EventKind::Deflection: return "DEFLECTION  off " + who + (other.empty() ? "" : " (" + possessive(other) + " kick)");
        case EventKind::Card: return std::string("CARD  ") + who + " (" + std::string(cardKeyword(e.card)) + ")";
        case EventKind::Substitution: return "SUB  " + who + " on for " + other;
        case EventKind::Injury: return "INJURY  " + who;
        case EventKind::Foul: return "FOUL  " + who + (other.empty() ? "" : " on " + other);
        case EventKind::Tackle: return "TACKLE  " + who + (other.empty() ? "" : " on " + other);
        case EventKind::Whistle: return "WHISTLE  " + std::string(whistleKeyword(e.whistle));
        case EventKind::Kick: {
            char speed[32];
            std::snprintf(speed, sizeof speed, "%.1f m/s", e.speed);
            return "KICK  " + who + " (" + kickWord(e.cause) + (other.empty() ? "" : " to " + other) + ", " + speed + ")";
        }
        case EventKind::Header: return "HEADER  " + who + (other.empty() ? "" : " to " + other);
        case EventKind::Bounce: {
            char height[48];
            std::snprintf(height, sizeof height, "at (%.1f, %.1f)", e.where.x, e.where.y);
            return std::string("BOUNCE  ") + height;
        }
    }
    return std::string(eventKeyword(e.kind));
}

}  // namespace

std::string scoreLine(const Script& script, std::array<int, 2> score) {
    return script.teams[0].name + " " + std::to_string(score[0]) + "\u2013" + std::to_string(score[1]) + " " +
           script.teams[1].name;
}

std::vector<std::string> matchSummary(const Timeline& timeline, const SummaryOptions& options) {
    std::vector<std::string> lines;
    const Script& s = timeline.script();
    const auto& events = timeline.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventKind k = events[i].kind;
        if (!options.everyTouch && (k == EventKind::Kick || k == EventKind::Header || k == EventKind::Bounce)) continue;
        lines.push_back(eventMinute(s, events[i]) + "  " + describe(timeline, i));
    }
    const std::array<int, 2> final = timeline.scoreAt(timeline.duration());
    std::string last = "FULL TIME  " + scoreLine(s, final);
    if (auto shootout = timeline.shootoutAt(timeline.duration())) {
        last += "  (" + std::to_string((*shootout)[0]) + "\u2013" + std::to_string((*shootout)[1]) + " on penalties)";
    }
    if (final != s.match.finalScore) {
        last += "  (the script says " + std::to_string(s.match.finalScore[0]) + "\u2013" +
                std::to_string(s.match.finalScore[1]) + ")";
    }
    lines.push_back(last);
    return lines;
}

}  // namespace touchline
