#pragma once
// How an observed event is named for a person: its category (what it means to a fan) and its
// headline ("GOAL  Koulibaly"). Toasts, the timeline's markers and the event log all use these.
#include <string>

#include "script/script.h"
#include "timeline/frame.h"

namespace touchline {

enum class EventCategory { Goal, DisallowedGoal, Chance, Save, Card, Substitution, Injury, Whistle, Offside, Play };

EventCategory categorize(const ObservedEvent& event);
// Goals, chances, saves, cards, changes, injuries, whistles and offsides; not kicks, bounces or tackles.
bool isNotable(const ObservedEvent& event);
// Short, upper-case headline with the player: "GOAL  Koulibaly", "YELLOW CARD  Pjanić". Empty for
// events that are not notable.
std::string eventHeadline(const Script& script, const ObservedEvent& event);
// A line for any event, notable or not, for the full event log: the headline where there is one, else
// "PASS  Pjanić", "HEADER  Koulibaly", "TACKLE  Allan on Pjanić", "OUT  (Khedira)", "BOUNCE".
std::string eventLine(const Script& script, const ObservedEvent& event);
// The minute the event happened, in the half its moment or marker belongs to: a whistle at the very
// end of the first half is 45+3', not the second half's 46'.
std::string eventMinute(const Script& script, const ObservedEvent& event);

}  // namespace touchline
