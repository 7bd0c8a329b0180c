#pragma once
// Reading moments and markers: their clock times on the match clock, shapes, actions, and the
// default duration. Internal to engine/script; the teams must be read first (names resolve here).
#include "script/script.h"
#include "script/script_validator.h"
#include "script/yaml_reader.h"

namespace touchline {

class MomentParser {
public:
    MomentParser(YamlReader& reader, Script& script, ValidationScope& scope)
        : reader_(reader), script_(script), scope_(scope) {}

    // Each appends to the Script what could be read, and notes in the scope what had to be left out.
    void parseMoment(const Field& item);
    void parseMarker(const Field& item);
    // A passage: a moment without id, title or caption, always moved by the team shape.
    void parsePassage(const Field& item);

private:
    void parseMomentLike(const Field& item, bool passage);
    double matchTimeOf(const Field& field, ClockReading& reading);
    void parseShape(const Field& field, Moment& moment);
    std::optional<Restart> parseRestart(const Field& field);
    std::optional<Stop> parseStop(const Field& field);

    YamlReader& reader_;
    Script& script_;
    ValidationScope& scope_;
};

// Two seconds after the last thing in the moment (an action, a run's arrival, a ball's arrival); a
// still moment (no kick) lasts at least four.
double defaultDuration(const Moment& moment);

}  // namespace touchline
