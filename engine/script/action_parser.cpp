#include "script/action_parser.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "core/pitch.h"
#include "core/text.h"

namespace touchline {

namespace {

constexpr std::array kAllKinds{
    ActionKind::Run,  ActionKind::Dribble, ActionKind::Pass,   ActionKind::Cross,        ActionKind::Corner,
    ActionKind::Shot, ActionKind::Header,  ActionKind::Volley, ActionKind::Save,         ActionKind::Tackle,
    ActionKind::Foul, ActionKind::Card,    ActionKind::Substitution, ActionKind::Injury, ActionKind::Whistle,
};
constexpr std::array kMarkerKinds{ActionKind::Card, ActionKind::Substitution, ActionKind::Injury, ActionKind::Foul,
                                  ActionKind::Whistle};

// Every field any action or marker has, so a field of another kind reads "does not apply" rather
// than "unknown".
constexpr std::string_view kActionFields[] = {"at",    "clock", "note", "to", "by", "arrive", "speed",
                                              "style", "holds", "on",   "colour", "off", "height"};

constexpr std::string_view kStyles[] = {"ground", "lofted", "driven"};
constexpr std::string_view kEnds[] = {"left", "right"};
constexpr std::string_view kCards[] = {"yellow", "red"};
constexpr std::string_view kWhistles[] = {"kick-off", "foul", "offside", "half-time", "full-time"};
constexpr WhistleKind kWhistleKinds[] = {WhistleKind::KickOff, WhistleKind::Foul, WhistleKind::Offside,
                                         WhistleKind::HalfTime, WhistleKind::FullTime};

// Nobody strikes a ball harder than this (the fastest measured shots are about 35 m/s).
constexpr double kMaxKickSpeed = 35.0;
// Nobody heads a ball higher above the grass than this.
constexpr double kMaxHeaderHeight = 3.0;

// The fields an action of `kind` takes besides its kind key.
std::vector<std::string_view> fieldsOf(ActionKind kind, ActionPlace place) {
    std::vector<std::string_view> fields;
    if (place == ActionPlace::Moment) fields = {"at"};
    else fields = {"clock", "note"};
    switch (kind) {
        case ActionKind::Run:
        case ActionKind::Dribble: fields.insert(fields.end(), {"to", "by"}); break;
        case ActionKind::Header: fields.insert(fields.end(), {"to", "arrive", "speed", "style", "height"}); break;
        case ActionKind::Save: fields.insert(fields.end(), {"holds", "to", "arrive", "speed", "style"}); break;
        case ActionKind::Tackle:
        case ActionKind::Foul: fields.push_back("on"); break;
        case ActionKind::Card: fields.push_back("colour"); break;
        case ActionKind::Substitution: fields.push_back("off"); break;
        case ActionKind::Injury:
        case ActionKind::Whistle: break;
        default: fields.insert(fields.end(), {"to", "arrive", "speed", "style"}); break;
    }
    return fields;
}

std::string article(ActionKind kind) {
    const std::string_view word = actionKeyword(kind);
    const bool vowel = word.find_first_of("aeiou") == 0;
    return std::string(vowel ? "an " : "a ") + std::string(word);
}

std::vector<std::string> kindNames(std::span<const ActionKind> kinds) {
    std::vector<std::string> names;
    for (ActionKind k : kinds) names.emplace_back(actionKeyword(k));
    return names;
}

std::optional<ActionKind> kindFromKey(std::string_view key) {
    for (ActionKind k : kAllKinds) {
        if (actionKeyword(k) == key) return k;
    }
    return std::nullopt;
}

bool isActionField(std::string_view name) {
    return std::find(std::begin(kActionFields), std::end(kActionFields), name) != std::end(kActionFields);
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
        const std::span<const ActionKind> allowed =
            place_ == ActionPlace::Moment ? std::span<const ActionKind>(kAllKinds) : std::span<const ActionKind>(kMarkerKinds);
        const std::vector<std::string> names = kindNames(allowed);
        std::optional<Field> found;
        for (const Field& f : map_.fields()) {
            auto kind = kindFromKey(f.name);
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
            auto call = reader_.keyword(kindField, kWhistles);
            if (call) action_.whistle = kWhistleKinds[*call];
            return call.has_value();
        }
        auto who = resolvePlayer(script_, kindField, reader_);
        if (who) action_.actor = *who;
        return who.has_value();
    }

    bool readFields() {
        switch (action_.kind) {
            case ActionKind::Run:
            case ActionKind::Dribble: return readMovement();
            case ActionKind::Save: return readSave();
            case ActionKind::Tackle:
            case ActionKind::Foul: return readOther("on", "the opponent");
            case ActionKind::Substitution: return readOther("off", "the player going off");
            case ActionKind::Card: {
                auto colour = map_.require("colour", "yellow or red");
                if (!colour) return false;
                auto which = reader_.keyword(*colour, kCards);
                if (which) action_.card = *which == 0 ? CardColour::Yellow : CardColour::Red;
                return which.has_value();
            }
            case ActionKind::Injury:
            case ActionKind::Whistle: return true;
            default: return readKick();
        }
    }

    bool readMovement() {
        bool ok = true;
        auto to = map_.require("to", "where he runs: [x, y]");
        auto by = map_.require("by", "the moment time he gets there");
        if (to) {
            auto p = reader_.position(*to);
            if (p) action_.to = *p;
            ok = ok && p.has_value();
        }
        if (by) {
            auto t = reader_.number(*by, 0.0);
            if (t) action_.by = *t;
            ok = ok && t.has_value();
        }
        return ok && to && by;
    }

    bool readOther(std::string_view key, std::string_view what) {
        auto field = map_.require(key, what);
        if (!field) return false;
        auto who = resolvePlayer(script_, *field, reader_);
        if (who) action_.other = *who;
        return who.has_value();
    }

    bool readSave() {
        bool ok = true;
        if (auto holds = map_.get("holds")) {
            auto v = reader_.boolean(*holds);
            if (v) action_.holds = *v;
            ok = v.has_value();
        }
        if (action_.holds) {
            for (std::string_view key : {"to", "arrive", "speed", "style"}) {
                if (auto f = map_.get(key)) {
                    reader_.error(f->key, "'" + f->name + "' does not apply when the keeper holds the ball",
                                  "a parry has 'to' and 'speed' instead of 'holds: true'");
                    ok = false;
                }
            }
            return ok;
        }
        if (!map_.has("to")) {
            reader_.error(map_.where(), "this save neither holds the ball nor palms it anywhere",
                          "add 'holds: true', or 'to' and 'speed' for a parry");
            return false;
        }
        return readKick() && ok;
    }

    bool readKick() {
        bool ok = true;
        action_.style = defaultStyle(action_.kind);
        auto to = map_.require("to", "where the ball must arrive");
        if (to) ok = readTarget(*to) && ok;
        auto arrive = map_.get("arrive");
        auto speed = map_.get("speed");
        if (arrive && speed) {
            const Field& second = arrive->key.line > speed->key.line ||
                                          (arrive->key.line == speed->key.line && arrive->key.column > speed->key.column)
                                      ? *arrive
                                      : *speed;
            reader_.error(second.key, "give 'arrive' or 'speed', not both", "the physics finds the other");
            ok = false;
        } else if (!arrive && !speed) {
            reader_.error(map_.where(), "this " + std::string(actionKeyword(action_.kind)) +
                                            " needs 'arrive' (when the ball gets there) or 'speed' (how hard it is struck)");
            ok = false;
        }
        if (arrive) {
            auto t = reader_.number(*arrive, 0.0);
            if (t) action_.arrive = *t;
            ok = ok && t.has_value();
        }
        if (speed) {
            auto s = reader_.number(*speed);
            if (s && *s <= 0.0) {
                reader_.error(speed->where, "'speed' must be above 0");
                s.reset();
            } else if (s && *s > kMaxKickSpeed) {
                char buffer[96];
                std::snprintf(buffer, sizeof buffer, "nobody strikes a ball at %g m/s", *s);
                reader_.error(speed->where, buffer, "the hardest shots fly at about 35 m/s");
                s.reset();
            }
            if (s) action_.speed = *s;
            ok = ok && s.has_value();
        }
        if (auto style = map_.get("style")) {
            auto which = reader_.keyword(*style, kStyles);
            if (which) action_.style = static_cast<KickStyle>(*which);
            ok = ok && which.has_value();
        }
        if (action_.kind == ActionKind::Header) {
            if (auto height = map_.get("height")) {
                auto h = reader_.number(*height, 0.0);
                if (h && *h > kMaxHeaderHeight) {
                    char buffer[96];
                    std::snprintf(buffer, sizeof buffer, "nobody heads a ball %g m above the grass", *h);
                    reader_.error(height->where, buffer, "a header meets the ball at 3 m or lower");
                    h.reset();
                }
                if (h) action_.contactHeight = *h;
                ok = ok && h.has_value();
            }
        }
        return ok;
    }

    bool readTarget(const Field& to) {
        KickTarget& target = action_.target;
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
        const std::vector<std::string_view> own = fieldsOf(action_.kind, place_);
        std::vector<std::string> ownNames(own.begin(), own.end());
        const std::string what = article(action_.kind);
        for (const Field& f : map_.fields()) {
            if (map_.consumed(f)) continue;
            map_.consume(f);
            if (isActionField(f.name)) {
                reader_.error(f.key, "'" + f.name + "' does not apply to " + what,
                              what + " takes " + joinList(ownNames, " and "));
                continue;
            }
            std::string hint;
            if (auto near = nearestName(f.name, ownNames)) hint = "did you mean '" + *near + "'?";
            else hint = what + " takes " + joinList(ownNames, " and ");
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

KickStyle defaultStyle(ActionKind kind) {
    switch (kind) {
        case ActionKind::Pass: return KickStyle::Ground;
        case ActionKind::Cross:
        case ActionKind::Corner: return KickStyle::Lofted;
        default: return KickStyle::Driven;
    }
}

std::optional<PlayerId> resolvePlayer(const Script& script, const Field& field, YamlReader& reader) {
    auto name = reader.text(field);
    if (!name) return std::nullopt;
    if (auto id = script.findPlayer(*name)) return id;
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
