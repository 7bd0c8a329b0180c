#include "script/action_schema.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

#include "core/human_limits.h"

namespace touchline {

namespace {

using A = Action;

constexpr FieldSpec to(std::string_view meaning) {
    return {.key = "to", .type = FieldType::Target, .need = Need::Required, .slot = &A::target, .meaning = meaning};
}
constexpr FieldSpec arrive() {
    return {.key = "arrive", .type = FieldType::Time, .need = Need::Timing, .slot = &A::arrive,
            .meaning = "when the ball gets there"};
}
constexpr FieldSpec speed() {
    return {.key = "speed", .type = FieldType::Speed, .need = Need::Timing, .slot = &A::speed,
            .meaning = "how hard it is struck", .max = kMaxKickSpeed, .overMax = "nobody strikes a ball at %g m/s",
            .overMaxWhy = "the hardest shots fly at about 35 m/s"};
}
constexpr FieldSpec style() {
    return {.key = "style", .type = FieldType::Style, .need = Need::Optional, .slot = &A::style,
            .meaning = "ground, lofted or driven"};
}

constexpr FieldSpec kMovement[] = {
    {.key = "to", .type = FieldType::Place, .need = Need::Required, .slot = &A::to, .meaning = "where he runs: [x, y]"},
    {.key = "by", .type = FieldType::Time, .need = Need::Required, .slot = &A::by, .meaning = "the moment time he gets there"},
};
constexpr FieldSpec kKick[] = {to("where the ball must arrive"), arrive(), speed(), style()};
constexpr FieldSpec kHeader[] = {
    to("where the ball must arrive"), arrive(), speed(), style(),
    {.key = "height", .type = FieldType::Height, .need = Need::Optional, .slot = &A::contactHeight,
     .meaning = "the height of the ball at his head", .max = kMaxHeaderHeight,
     .overMax = "nobody heads a ball %g m above the grass", .overMaxWhy = "a header meets the ball at 3 m or lower"},
};

constexpr std::string_view kHoldsExcludes[] = {"to", "arrive", "speed", "style", "beaten"};
constexpr std::string_view kBeatenExcludes[] = {"to", "arrive", "speed", "style", "holds"};
constexpr FieldSpec kSave[] = {
    {.key = "holds", .type = FieldType::Flag, .need = Need::Optional, .slot = &A::holds,
     .meaning = "the keeper keeps the ball", .excludes = kHoldsExcludes, .whenSet = "when the keeper holds the ball",
     .excludedHint = "a parry has 'to' and 'speed' instead of 'holds: true'"},
    {.key = "beaten", .type = FieldType::Flag, .need = Need::Optional, .slot = &A::beaten,
     .meaning = "he dives towards the ball and does not reach it", .excludes = kBeatenExcludes,
     .whenSet = "when the keeper is beaten", .excludedHint = "a beaten keeper does not touch the ball"},
    {.key = "to", .type = FieldType::Target, .need = Need::Required, .slot = &A::target,
     .meaning = "add 'holds: true', 'beaten: true', or 'to' and 'speed' for a parry",
     .missing = "this save neither holds the ball nor palms it anywhere"},
    arrive(), speed(), style(),
};
constexpr FieldSpec kOn[] = {
    {.key = "on", .type = FieldType::Player, .need = Need::Required, .slot = &A::other, .meaning = "the opponent"},
};
constexpr FieldSpec kOff[] = {
    {.key = "off", .type = FieldType::Player, .need = Need::Required, .slot = &A::other,
     .meaning = "the player going off"},
};
constexpr FieldSpec kCard[] = {
    {.key = "colour", .type = FieldType::Card, .need = Need::Required, .slot = &A::card, .meaning = "yellow or red"},
};

using C = ActionClass;
using K = ActionKind;

// clang-format off
constexpr std::array<ActionSchema, 16> kSchemas{{
    {K::Run,          "run",          C::Movement, false, "runs from where he is to `to`, arriving at `by`", kMovement, KickStyle::Ground, 1.5, 0.0, NewAim::Ahead},
    {K::Dribble,      "dribble",      C::Movement, false, "runs with the ball at his feet, touching it ahead of him", kMovement, KickStyle::Ground, 2.0, 0.0, NewAim::Ahead},
    {K::Pass,         "pass",         C::Kick,  false, "a kick to a place or a team-mate", kKick, KickStyle::Ground, 1.2, 0.0, NewAim::Ahead},
    {K::Cross,        "cross",        C::Kick,  false, "a kick from a wide area into the box", kKick, KickStyle::Lofted, 1.6, 0.0, NewAim::Box},
    {K::Corner,       "corner",       C::Kick,  false, "a corner kick (the ball is placed in the corner arc)", kKick, KickStyle::Lofted, 2.2, 0.0, NewAim::Box},
    {K::Shot,         "shot",         C::Kick,  false, "a kick at goal", kKick, KickStyle::Driven, 0.0, 20.0, NewAim::Goal},
    {K::Header,       "header",       C::Kick,  false, "the ball leaves his head", kHeader, KickStyle::Driven, 0.0, 12.0, NewAim::Goal},
    {K::Volley,       "volley",       C::Kick,  false, "the ball is struck before it lands", kKick, KickStyle::Driven, 0.0, 20.0, NewAim::Goal},
    {K::Penalty,      "penalty",      C::Kick,  false, "a penalty kick: the ball on the spot, the players placed by the Laws", kKick, KickStyle::Driven, 0.0, 22.0, NewAim::Goal},
    {K::Save,         "save",         C::Save,  false, "the goalkeeper holds the ball, palms it on, or is beaten", kSave, KickStyle::Driven, 0.0, 0.0, NewAim::None},
    {K::Tackle,       "tackle",       C::Event, true,  "wins the ball from an opponent", kOn, KickStyle::Driven, 0.0, 0.0, NewAim::None, true},
    {K::Foul,         "foul",         C::Event, true,  "a foul on an opponent", kOn, KickStyle::Driven, 0.0, 0.0, NewAim::None, true},
    {K::Card,         "card",         C::Event, true,  "a booking; a red, or a second yellow, sends him off", kCard, KickStyle::Driven, 0.0, 0.0, NewAim::None},
    {K::Substitution, "substitution", C::Event, true,  "the acting player comes on for `off`", kOff, KickStyle::Driven, 0.0, 0.0, NewAim::None, true},
    {K::Injury,       "injury",       C::Event, true,  "the player is hurt", {}, KickStyle::Driven, 0.0, 0.0, NewAim::None},
    {K::Whistle,      "whistle",      C::Event, true,  "the referee; the value is the call", {}, KickStyle::Driven, 0.0, 0.0, NewAim::None},
}};
// clang-format on

constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kSchemas.size(); ++i) {
        if (static_cast<std::size_t>(kSchemas[i].kind) != i) return false;
    }
    return static_cast<std::size_t>(ActionKind::Whistle) + 1 == kSchemas.size();
}
static_assert(inEnumOrder(), "one schema per ActionKind, in the enum's order");

// What one selected player can do alone: no second player to name, and not the referee's whistle.
constexpr bool addableAlone(const ActionSchema& s) { return !s.needsOther && s.kind != ActionKind::Whistle; }
constexpr std::size_t kAddableCount =
    static_cast<std::size_t>(std::count_if(kSchemas.begin(), kSchemas.end(), addableAlone));
constexpr std::array<ActionKind, kAddableCount> kAddable = [] {
    std::array<ActionKind, kAddableCount> out{};
    std::size_t n = 0;
    for (const ActionSchema& s : kSchemas) {
        if (addableAlone(s)) out[n++] = s.kind;
    }
    return out;
}();

bool flagSet(const Action& a, const FieldSpec& flag) { return a.*std::get<bool A::*>(flag.slot); }

// Rounded as a person would write a place dragged in the editor: to the decimetre.
double decimetre(double v) { return std::round(v * 10.0) / 10.0; }

}  // namespace

std::span<const ActionSchema> actionSchemas() { return kSchemas; }

const ActionSchema& schemaOf(ActionKind kind) {
    const auto i = static_cast<std::size_t>(kind);
    assert(i < kSchemas.size());
    return kSchemas[i];
}

std::optional<ActionKind> kindFromKeyword(std::string_view keyword) {
    for (const ActionSchema& s : kSchemas) {
        if (s.keyword == keyword) return s.kind;
    }
    return std::nullopt;
}

const FieldSpec* findField(const ActionSchema& schema, std::string_view key) {
    for (const FieldSpec& f : schema.fields) {
        if (f.key == key) return &f;
    }
    return nullptr;
}

bool isActionField(std::string_view key) {
    if (key == "at" || key == "clock" || key == "note") return true;
    return std::any_of(kSchemas.begin(), kSchemas.end(), [&](const ActionSchema& s) { return findField(s, key) != nullptr; });
}

const FieldSpec* excludedBy(const ActionSchema& schema, const FieldSpec& field, const Action& a) {
    for (const FieldSpec& flag : schema.fields) {
        if (flag.type != FieldType::Flag || !flagSet(a, flag)) continue;
        if (std::find(flag.excludes.begin(), flag.excludes.end(), field.key) != flag.excludes.end()) return &flag;
    }
    return nullptr;
}

bool fieldIsSet(const ActionSchema& schema, const FieldSpec& field, const Action& a) {
    if (excludedBy(schema, field, a)) return false;
    switch (field.type) {
        case FieldType::Flag: return flagSet(a, field);
        case FieldType::Style: return field.need != Need::Optional || a.style != schema.style;
        default: break;
    }
    if (field.need == Need::Required) return true;
    if (const auto* optional = std::get_if<std::optional<double> A::*>(&field.slot)) return (a.**optional).has_value();
    return true;
}

bool sameNumber(double a, double b) { return std::abs(a - b) <= kNumberNoise; }

Action defaultAction(ActionKind kind, PlayerId actor, double at, Vec2 from, pitch::End end, PlayerId other) {
    const ActionSchema& schema = schemaOf(kind);
    Action a;
    a.kind = kind;
    a.at = std::round(at * 20.0) / 20.0;
    a.actor = actor;
    a.other = other;
    a.style = schema.style;
    const double forward = pitch::side(end);
    const Vec2 spot = pitch::penaltySpot(end);
    switch (schema.aim) {
        case NewAim::Ahead: {
            const double reach = schema.what == ActionClass::Movement ? 5.0 : 15.0;
            const Vec2 ahead{std::clamp(from.x + forward * reach, 0.0, pitch::kLength), std::clamp(from.y, 0.0, pitch::kWidth)};
            if (schema.what == ActionClass::Movement) {
                a.to = {decimetre(ahead.x), decimetre(ahead.y)};
            } else {
                a.target.kind = KickTarget::Kind::Place;
                a.target.place = {decimetre(ahead.x), decimetre(ahead.y)};
            }
            break;
        }
        case NewAim::Box:
            // Between the penalty spot and the six-yard box, where crosses and corners are met.
            a.target.kind = KickTarget::Kind::Place;
            a.target.place = {spot.x + forward * 3.0, spot.y};
            break;
        case NewAim::Goal:
            a.target.kind = KickTarget::Kind::Goal;
            a.target.goal = end;
            a.target.place = {pitch::goalLineX(end), pitch::kCentre.y};
            break;
        case NewAim::None: break;
    }
    if (schema.what == ActionClass::Movement) a.by = a.at + schema.span;
    if (schema.what == ActionClass::Kick) {
        if (schema.speed > 0.0) a.speed = schema.speed;
        else a.arrive = a.at + schema.span;
    }
    if (kind == ActionKind::Save) a.holds = true;
    if (kind == ActionKind::Whistle) a.whistle = WhistleKind::Foul;
    return a;
}

std::span<const ActionKind> kindsAddableForPlayer() { return kAddable; }

}  // namespace touchline
