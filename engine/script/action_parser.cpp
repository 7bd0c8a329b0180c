#include "script/action_parser.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "core/pitch.h"
#include "core/text.h"
#include "script/action_schema.h"

namespace touchline {

namespace {

constexpr std::string_view kEnds[] = {"left", "right"};

// The words of an enum's values, in the enum's order, from the one function that spells them.
template <typename E, std::size_t N>
std::array<std::string_view, N> wordsOf(const E (&values)[N], std::string_view (*keyword)(E)) {
    std::array<std::string_view, N> words{};
    for (std::size_t i = 0; i < N; ++i) words[i] = keyword(values[i]);
    return words;
}

constexpr KickStyle kStyles[] = {KickStyle::Ground, KickStyle::Lofted, KickStyle::Driven};
constexpr CardColour kCards[] = {CardColour::Yellow, CardColour::Red};
constexpr WhistleKind kWhistles[] = {WhistleKind::KickOff, WhistleKind::Foul, WhistleKind::Offside,
                                     WhistleKind::HalfTime, WhistleKind::FullTime};

std::string article(ActionKind kind) {
    const std::string_view word = actionKeyword(kind);
    const bool vowel = word.find_first_of("aeiou") == 0;
    return std::string(vowel ? "an " : "a ") + std::string(word);
}

std::vector<ActionKind> kindsAllowed(ActionPlace place) {
    std::vector<ActionKind> kinds;
    for (const ActionSchema& s : actionSchemas()) {
        if (place == ActionPlace::Moment || s.marker) kinds.push_back(s.kind);
    }
    return kinds;
}

std::vector<std::string> kindNames(const std::vector<ActionKind>& kinds) {
    std::vector<std::string> names;
    for (ActionKind k : kinds) names.emplace_back(actionKeyword(k));
    return names;
}

// The fields an action takes besides its kind key, as the messages name them.
std::vector<std::string> fieldNames(const ActionSchema& schema, ActionPlace place) {
    std::vector<std::string> names;
    if (place == ActionPlace::Moment) names = {"at"};
    else names = {"clock", "note"};
    for (const FieldSpec& f : schema.fields) names.emplace_back(f.key);
    return names;
}

std::string formatted(std::string_view pattern, double value) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, std::string(pattern).c_str(), value);
    return buffer;
}

class ActionReader {
public:
    ActionReader(MapView& map, ActionPlace place, const Script& script, YamlReader& reader)
        : map_(map), place_(place), script_(script), reader_(reader) {}

    std::optional<Action> read() {
        auto kindField = findKind();
        if (!kindField) {
            // Without a kind its other fields mean nothing; one error says enough.
            for (const Field& f : map_.fields()) map_.consume(f);
            return std::nullopt;
        }
        action_.where = map_.where();
        bool ok = true;
        if (place_ == ActionPlace::Moment) {
            if (auto at = map_.require("at", "seconds into the moment")) {
                if (auto v = reader_.number(*at, 0.0)) action_.at = *v;
                else ok = false;
            } else {
                ok = false;
            }
        }
        ok = readActor(*kindField) && ok;
        ok = readFields() && ok;
        rejectOthers();
        if (!ok) return std::nullopt;
        return action_;
    }

private:
    // Finds the one kind key; reports none, several, or one that names no kind.
    std::optional<Field> findKind() {
        const std::vector<ActionKind> allowed = kindsAllowed(place_);
        const std::vector<std::string> names = kindNames(allowed);
        std::optional<Field> found;
        for (const Field& f : map_.fields()) {
            auto kind = kindFromKeyword(f.name);
            if (!kind) continue;
            map_.consume(f);
            if (std::find(allowed.begin(), allowed.end(), *kind) == allowed.end()) {
                reader_.error(f.key, "a marker cannot be " + article(*kind),
                              "markers are " + joinList(names) + "; put " + article(*kind) + " in a moment");
                return std::nullopt;
            }
            if (found) {
                reader_.error(f.key, "this " + found->name + " is also " + article(*kind) + "; an action has one kind",
                              "write two actions");
                continue;
            }
            found = f;
            action_.kind = *kind;
        }
        if (found) return found;
        for (const Field& f : map_.fields()) {
            if (isActionField(f.name)) continue;
            map_.consume(f);
            std::string hint = "the kinds are " + joinList(names);
            if (auto near = nearestName(f.name, names)) hint = "did you mean '" + *near + "'? " + hint;
            reader_.error(f.key, "unknown action kind '" + f.name + "'", hint);
            return std::nullopt;
        }
        reader_.error(map_.where(), std::string(place_ == ActionPlace::Moment ? "this action" : "this marker") +
                                        " has no kind",
                      "add one of " + joinList(names));
        return std::nullopt;
    }

    bool readActor(const Field& kindField) {
        if (action_.kind == ActionKind::Whistle) {
            const auto words = wordsOf(kWhistles, whistleKeyword);
            auto call = reader_.keyword(kindField, words);
            if (call) action_.whistle = kWhistles[*call];
            return call.has_value();
        }
        auto who = resolvePlayer(script_, kindField, reader_);
        if (who) action_.actor = *who;
        return who.has_value();
    }

    // Every field of the kind's schema: flags first, since a set flag (a save's `holds`) decides which
    // of the others apply; then each of the others, and last the choice between `arrive` and `speed`.
    bool readFields() {
        const ActionSchema& schema = schemaOf(action_.kind);
        action_.style = schema.style;
        bool ok = true;
        std::vector<std::pair<const FieldSpec*, Field>> flags;
        for (const FieldSpec& spec : schema.fields) {
            if (spec.type != FieldType::Flag) continue;
            if (auto f = map_.get(spec.key)) {
                ok = readValue(spec, *f) && ok;
                flags.emplace_back(&spec, *f);
            }
        }
        // Two flags that exclude each other (a save that holds and is beaten): the later one is wrong.
        for (const auto& [spec, f] : flags) {
            const FieldSpec* by = excludedBy(schema, *spec, action_);
            if (by && by < spec) {
                reader_.error(f.key, "'" + f.name + "' does not apply " + std::string(by->whenSet),
                              std::string(by->excludedHint));
                ok = false;
            }
        }
        bool explained = false;  // a missing field already said what to write instead
        std::vector<Field> timing;
        bool timingApplies = false;
        for (const FieldSpec& spec : schema.fields) {
            if (spec.type == FieldType::Flag) continue;
            if (const FieldSpec* flag = excludedBy(schema, spec, action_)) {
                if (auto f = map_.get(spec.key)) {
                    reader_.error(f->key, "'" + f->name + "' does not apply " + std::string(flag->whenSet),
                                  std::string(flag->excludedHint));
                    ok = false;
                }
                continue;
            }
            if (spec.need == Need::Timing) timingApplies = true;
            std::optional<Field> f;
            if (spec.need == Need::Required && !spec.missing.empty()) {
                f = map_.get(spec.key);
                if (!f) {
                    reader_.error(map_.where(), std::string(spec.missing), std::string(spec.meaning));
                    explained = true;
                }
            } else if (spec.need == Need::Required) {
                f = map_.require(spec.key, spec.meaning);
            } else {
                f = map_.get(spec.key);
            }
            if (!f) {
                ok = ok && spec.need != Need::Required;
                continue;
            }
            if (spec.need == Need::Timing) timing.push_back(*f);
            ok = readValue(spec, *f) && ok;
        }
        if (timingApplies && !explained) ok = checkTiming(schema, timing) && ok;
        return ok;
    }

    // A kick is timed by exactly one of `arrive` and `speed`.
    bool checkTiming(const ActionSchema& schema, const std::vector<Field>& given) {
        if (given.size() == 1) return true;
        if (given.size() > 1) {
            const auto later = std::max_element(given.begin(), given.end(), [](const Field& a, const Field& b) {
                return a.key.line < b.key.line || (a.key.line == b.key.line && a.key.column < b.key.column);
            });
            reader_.error(later->key, "give 'arrive' or 'speed', not both", "the physics finds the other");
            return false;
        }
        std::string choices;
        for (const FieldSpec& spec : schema.fields) {
            if (spec.need != Need::Timing) continue;
            if (!choices.empty()) choices += " or ";
            choices += "'" + std::string(spec.key) + "' (" + std::string(spec.meaning) + ")";
        }
        reader_.error(map_.where(), "this " + std::string(schema.keyword) + " needs " + choices);
        return false;
    }

    bool readValue(const FieldSpec& spec, const Field& f) {
        switch (spec.type) {
            case FieldType::Time: {
                auto t = reader_.number(f, 0.0);
                if (t) store(spec, *t);
                return t.has_value();
            }
            case FieldType::Speed: {
                auto s = reader_.number(f);
                if (s && *s <= 0.0) {
                    reader_.error(f.where, "'" + f.name + "' must be above 0");
                    s.reset();
                }
                return checkMax(spec, f, s);
            }
            case FieldType::Height: return checkMax(spec, f, reader_.number(f, 0.0));
            case FieldType::Place: {
                auto p = reader_.position(f);
                if (p) action_.*std::get<Vec2 Action::*>(spec.slot) = *p;
                return p.has_value();
            }
            case FieldType::Target: return readTarget(f, action_.*std::get<KickTarget Action::*>(spec.slot));
            case FieldType::Style: {
                auto which = reader_.keyword(f, wordsOf(kStyles, styleKeyword));
                if (which) action_.*std::get<KickStyle Action::*>(spec.slot) = kStyles[*which];
                return which.has_value();
            }
            case FieldType::Flag: {
                auto v = reader_.boolean(f);
                if (v) action_.*std::get<bool Action::*>(spec.slot) = *v;
                return v.has_value();
            }
            case FieldType::Player: {
                auto who = resolvePlayer(script_, f, reader_);
                if (who) action_.*std::get<PlayerId Action::*>(spec.slot) = *who;
                return who.has_value();
            }
            case FieldType::Card: {
                auto which = reader_.keyword(f, wordsOf(kCards, cardKeyword));
                if (which) action_.*std::get<CardColour Action::*>(spec.slot) = kCards[*which];
                return which.has_value();
            }
        }
        return false;
    }

    bool checkMax(const FieldSpec& spec, const Field& f, std::optional<double> value) {
        if (value && spec.max > 0.0 && *value > spec.max) {
            reader_.error(f.where, formatted(spec.overMax, *value), std::string(spec.overMaxWhy));
            value.reset();
        }
        if (value) store(spec, *value);
        return value.has_value();
    }

    void store(const FieldSpec& spec, double value) {
        if (const auto* plain = std::get_if<double Action::*>(&spec.slot)) action_.**plain = value;
        else action_.*std::get<std::optional<double> Action::*>(spec.slot) = value;
    }

    bool readTarget(const Field& to, KickTarget& target) {
        if (to.value.isSequence()) {
            auto p = reader_.point(to);
            if (!p) return false;
            target.kind = KickTarget::Kind::Place;
            target.place = p->place;
            target.height = p->height;
            return true;
        }
        if (!to.value.isMap()) {
            reader_.error(to.where, "'to' should be a place [x, y], a player { player: Name } or a goal "
                                    "{ goal: right, y: 34 }");
            return false;
        }
        MapView map(reader_, to, "the kick's target");
        bool ok = true;
        auto player = map.get("player");
        auto goal = map.get("goal");
        if (player && goal) {
            reader_.error(goal->key, "a kick's target is a player or a goal, not both");
            ok = false;
        } else if (player) {
            target.kind = KickTarget::Kind::Player;
            auto who = resolvePlayer(script_, *player, reader_);
            if (who) target.player = *who;
            ok = who.has_value();
            if (auto height = map.get("height")) {
                auto h = reader_.number(*height, 0.0, YamlReader::kMaxHeight);
                if (h) target.height = *h;
                ok = ok && h.has_value();
            }
            static constexpr std::string_view kKnown[] = {"player", "height"};
            map.rejectUnknown(kKnown);
        } else if (goal) {
            target.kind = KickTarget::Kind::Goal;
            auto end = reader_.keyword(*goal, kEnds);
            if (end) target.goal = *end == 0 ? pitch::End::Left : pitch::End::Right;
            ok = end.has_value();
            if (auto y = map.require("y", "across the mouth: the posts stand at 30.34 and 37.66")) {
                auto v = reader_.number(*y, -kPitchMargin, pitch::kWidth + kPitchMargin);
                if (v) target.place = {pitch::goalLineX(target.goal), *v};
                ok = ok && v.has_value();
            } else {
                ok = false;
            }
            if (auto z = map.get("z")) {
                auto h = reader_.number(*z, 0.0, YamlReader::kMaxHeight);
                if (h) target.height = *h;
                ok = ok && h.has_value();
            }
            static constexpr std::string_view kKnown[] = {"goal", "y", "z"};
            map.rejectUnknown(kKnown);
        } else {
            reader_.error(to.where, "a kick's target names a 'player' or a 'goal'",
                          "{ player: Name, height: 2.3 } or { goal: right, y: 34, z: 1 }");
            static constexpr std::string_view kKnown[] = {"player", "height", "goal", "y", "z"};
            map.rejectUnknown(kKnown);
            ok = false;
        }
        return ok;
    }

    // Reports fields this kind does not take: "does not apply" for another kind's field, "unknown"
    // with the nearest of this kind's fields otherwise.
    void rejectOthers() {
        const std::vector<std::string> own = fieldNames(schemaOf(action_.kind), place_);
        const std::string what = article(action_.kind);
        for (const Field& f : map_.fields()) {
            if (map_.consumed(f)) continue;
            map_.consume(f);
            if (isActionField(f.name)) {
                reader_.error(f.key, "'" + f.name + "' does not apply to " + what,
                              what + " takes " + joinList(own, " and "));
                continue;
            }
            std::string hint;
            if (auto near = nearestName(f.name, own)) hint = "did you mean '" + *near + "'?";
            else hint = what + " takes " + joinList(own, " and ");
            reader_.error(f.key, "unknown field '" + f.name + "' in " + what, hint);
        }
    }

    MapView& map_;
    ActionPlace place_;
    const Script& script_;
    YamlReader& reader_;
    Action action_;
};

}  // namespace

std::optional<PlayerId> resolvePlayer(const Script& script, const Field& field, YamlReader& reader) {
    auto name = reader.text(field);
    if (!name) return std::nullopt;
    // The loader indexed the players it read: a miss is an unknown name, with no scan to fall back on.
    if (auto id = script.playerIndex.find(*name)) return id;
    std::string hint;
    if (auto near = reader.suggest(*name, script.playerIndex.names())) hint = "did you mean '" + *near + "'?";
    reader.error(field.where, "unknown player '" + excerpt(*name) + "'", hint);
    return std::nullopt;
}

std::optional<Action> parseAction(MapView& map, ActionPlace place, const Script& script, YamlReader& reader) {
    if (!map.ok()) return std::nullopt;
    return ActionReader(map, place, script, reader).read();
}

}  // namespace touchline
