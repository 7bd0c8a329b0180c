#pragma once
// The actions of the replay format, one table entry per kind: its fields, which are required, their
// defaults, units and limits, and what a new one looks like. Reading (action_parser.cpp), writing
// (script_writer.h), comparing (Action::operator==), the editor's new actions and moment templates all
// go through this table; docs/replay-format.md describes the same thing in words and a test keeps the
// two in step.
#include <optional>
#include <span>
#include <string_view>
#include <variant>

#include "core/pitch.h"
#include "core/vec2.h"
#include "script/script.h"

namespace touchline {

// What a field's value is, which says how it is written and read.
enum class FieldType {
    Time,    // seconds into the moment, 0 or more
    Place,   // [x, y] on the pitch (or within kPitchMargin of it)
    Target,  // where a kick arrives: [x, y], [x, y, z], { player: Name, height: h }, { goal: right, y: 34, z: 1 }
    Speed,   // m/s, above 0
    Height,  // metres above the grass
    Style,   // ground, lofted or driven
    Flag,    // true or false
    Player,  // a player's name
    Card,    // yellow or red
};

enum class Need {
    Required,
    Optional,  // left out, it takes its default (nothing, false, the kind's style)
    Timing,    // a kick's `arrive` or `speed`: exactly one of the two
};

// Where a field's value lives in an Action. The type follows from FieldType, but for Time, which is a
// plain number for a run's `by` and an optional one for a kick's `arrive`.
using ActionSlot = std::variant<double Action::*, std::optional<double> Action::*, Vec2 Action::*, KickTarget Action::*,
                                KickStyle Action::*, bool Action::*, PlayerId Action::*, CardColour Action::*>;

struct FieldSpec {
    std::string_view key{};
    FieldType type = FieldType::Time;
    Need need = Need::Optional;
    ActionSlot slot{};
    std::string_view meaning{};  // what the value says: the hint of a "missing" error, and the guide's words
    // Numbers (Time, Speed, Height): the upper limit, 0 for none, and what is said when it is passed
    // ("nobody strikes a ball at %g m/s", a printf pattern for the value) and why.
    double max = 0.0;
    std::string_view overMax{};
    std::string_view overMaxWhy{};
    // Flags: the fields that do not apply when the flag is true, and how to say so.
    std::span<const std::string_view> excludes{};
    std::string_view whenSet{};       // "when the keeper holds the ball"
    std::string_view excludedHint{};  // "a parry has 'to' and 'speed' instead of 'holds: true'"
    // Required fields: a whole sentence for its absence, when "missing 'to'" says too little.
    std::string_view missing{};
};

// What an action is about, for the code that only needs to know that.
enum class ActionClass { Movement, Kick, Save, Event };

// What a new action of this kind aims at when the editor adds one.
enum class NewAim { None, Ahead, Box, Goal };

struct ActionSchema {
    ActionKind kind = ActionKind::Run;
    std::string_view keyword{};  // its key in the file: "run", "pass", ...
    ActionClass what = ActionClass::Event;
    bool marker = false;       // may also stand alone as a marker
    std::string_view meaning{};  // "a kick at goal"
    std::span<const FieldSpec> fields{};  // in the order they are written
    KickStyle style = KickStyle::Driven;  // kicks: the style when none is written
    // A new action (the editor's, a template's starting point): how long it takes (a run's `by`, a
    // kick's `arrive`, after its `at`), how hard it is struck when timed by speed instead, and where to.
    double span = 0.0;
    double speed = 0.0;
    NewAim aim = NewAim::None;
    bool needsOther = false;  // a tackle's, foul's or substitution's second player: no default exists
};

// Every kind, in ActionKind order.
std::span<const ActionSchema> actionSchemas();
const ActionSchema& schemaOf(ActionKind kind);
std::optional<ActionKind> kindFromKeyword(std::string_view keyword);
const FieldSpec* findField(const ActionSchema& schema, std::string_view key);
// Whether some action or marker takes this key (its kind keys aside): `at`, `clock`, `note`, `to`, ...
bool isActionField(std::string_view key);

// Whether a field of `a` holds something worth writing: a required field always; an optional one when it
// differs from its default; a field a set flag excludes never.
bool fieldIsSet(const ActionSchema& schema, const FieldSpec& field, const Action& a);
// Whether a flag of `a` that excludes `field` is set (a holding save's `to`).
const FieldSpec* excludedBy(const ActionSchema& schema, const FieldSpec& field, const Action& a);

// A new action of `kind` by `actor` at moment time `at`, standing at `from`, his team attacking `end`:
// every field the kind needs, at values the editor can start from (rounded to the decimetre and the
// twentieth of a second, so they are written as a person would). `other` is the second player of a
// tackle, foul or substitution.
Action defaultAction(ActionKind kind, PlayerId actor, double at, Vec2 from, pitch::End end, PlayerId other = {});

// The kinds the editor can add from one selected player: every kind that needs no second player.
std::span<const ActionKind> kindsAddableForPlayer();

// Numbers in the format are equal when they differ by less than this: what the writer rounds away
// (a micrometre, a microsecond) is floating-point noise, not football.
inline constexpr double kNumberNoise = 1e-6;
bool sameNumber(double a, double b);

}  // namespace touchline
