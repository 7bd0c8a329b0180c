#include "timeline/event_text.h"

#include <cctype>

namespace touchline {

EventCategory categorize(const ObservedEvent& e) {
    switch (e.kind) {
        case EventKind::Goal: return e.disallowed ? EventCategory::DisallowedGoal : EventCategory::Goal;
        case EventKind::Post:
        case EventKind::Crossbar:
        case EventKind::Wide:
        case EventKind::Over: return EventCategory::Chance;
        case EventKind::Save: return EventCategory::Save;
        case EventKind::Card: return EventCategory::Card;
        case EventKind::Substitution: return EventCategory::Substitution;
        case EventKind::Injury: return EventCategory::Injury;
        case EventKind::Whistle:
            return e.whistle == WhistleKind::HalfTime || e.whistle == WhistleKind::FullTime ? EventCategory::Whistle
                                                                                            : EventCategory::Play;
        case EventKind::Offside: return EventCategory::Offside;
        default: return EventCategory::Play;
    }
}

std::string eventMinute(const Script& script, const ObservedEvent& e) {
    const auto moment = static_cast<std::size_t>(e.moment);
    const auto marker = static_cast<std::size_t>(e.action);
    if (e.moment >= 0 && moment < script.moments.size()) {
        return script.clock.minuteText(script.clock.toClock(e.time, script.moments[moment].clock.period));
    }
    // A passage's event names the passage's action, not a marker.
    if (const auto passage = static_cast<std::size_t>(e.passage); e.passage >= 0 && passage < script.passages.size()) {
        return script.clock.minuteText(script.clock.toClock(e.time, script.passages[passage].clock.period));
    }
    if (e.moment < 0 && e.action >= 0 && marker < script.markers.size()) {
        return script.clock.minuteText(script.clock.toClock(e.time, script.markers[marker].clock.period));
    }
    return script.clock.minuteText(e.time);
}

bool isNotable(const ObservedEvent& event) { return categorize(event) != EventCategory::Play; }

std::string eventHeadline(const Script& script, const ObservedEvent& e) {
    const std::string who(script.playerName(e.player));
    const auto with = [&](std::string label) { return e.player.valid() ? label + "  " + who : label; };
    switch (e.kind) {
        case EventKind::Goal: return e.disallowed ? with("NO GOAL") + " (offside)" : with("GOAL");
        case EventKind::Offside: return with("OFFSIDE");
        case EventKind::Save: return with("SAVE");
        case EventKind::Post: return with("OFF THE POST");
        case EventKind::Crossbar: return with("OFF THE BAR");
        case EventKind::Wide: return with("WIDE");
        case EventKind::Over: return with("OVER");
        case EventKind::Card: return with(e.card == CardColour::Yellow ? "YELLOW CARD" : "RED CARD");
        case EventKind::Substitution: return "ON  " + who + "   OFF  " + std::string(script.playerName(e.other));
        case EventKind::Injury: return with("INJURY");
        case EventKind::Whistle:
            if (e.whistle == WhistleKind::HalfTime) return "HALF TIME";
            if (e.whistle == WhistleKind::FullTime) return "FULL TIME";
            return {};
        default: return {};
    }
}

std::string eventLine(const Script& script, const ObservedEvent& e) {
    std::string headline = eventHeadline(script, e);
    if (!headline.empty()) return headline;
    // Empty for no one: these lines leave out a name they do not have.
    const std::string who = e.player.valid() ? std::string(script.playerName(e.player)) : std::string();
    const std::string other = e.other.valid() ? std::string(script.playerName(e.other)) : std::string();
    const auto upper = [](std::string_view word) {
        std::string out(word);
        for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return out;
    };
    const auto with = [&](std::string label) { return who.empty() ? label : label + "  " + who; };
    switch (e.kind) {
        case EventKind::Kick: return with(e.cause == ActionKind::Run ? "KICK" : upper(actionKeyword(e.cause)));
        case EventKind::Header: return with("HEADER");
        case EventKind::Tackle: return with("TACKLE") + (other.empty() ? "" : " on " + other);
        case EventKind::Foul: return with("FOUL") + (other.empty() ? "" : " on " + other);
        case EventKind::Deflection: return "DEFLECTION" + (who.empty() ? std::string() : "  off " + who);
        case EventKind::OutOfPlay: return "OUT" + (who.empty() ? std::string() : "  (" + who + ")");
        case EventKind::Whistle: return "WHISTLE  " + std::string(whistleKeyword(e.whistle));
        default: return with(std::string(eventKeyword(e.kind)));
    }
}

}  // namespace touchline
