#include "edit/moment_template.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "edit/script_nodes.h"
#include "edit/yaml_text.h"
#include "script/action_schema.h"
#include "script/script_writer.h"
#include "sim/lineup.h"

namespace touchline::edit {

namespace {

// A template is drawn for a team attacking x = 105; these turn it round when the team attacks x = 0.
struct Frame {
    bool turned = false;
    Vec2 place(Vec2 p) const { return turned ? sim::mirrored(p) : p; }
    // A point in the mouth of the goal the team attacks, `y` as seen attacking x = 105.
    KickTarget goal(double y, double z) const {
        KickTarget t;
        t.kind = KickTarget::Kind::Goal;
        t.goal = turned ? pitch::End::Left : pitch::End::Right;
        t.place = {pitch::goalLineX(t.goal), turned ? pitch::kWidth - y : y};
        t.height = z;
        return t;
    }
};

class Cast {
public:
    Cast(const Script& script, double matchTime) : script_(script), lineup_(script) {
        for (PlayerId id : lineup_.onPitchAt(matchTime)) onPitch_.push_back(id);
    }
    // The first player on the pitch for `side` whose position is among `positions` (in order of
    // preference), else any outfield player of the team not yet cast.
    std::optional<PlayerId> pick(TeamSide side, std::initializer_list<std::string_view> positions) {
        for (std::string_view position : positions) {
            for (PlayerId id : onPitch_) {
                if (id.side() == side && !taken(id) && script_.player(id).position == position) return take(id);
            }
        }
        for (PlayerId id : onPitch_) {
            if (id.side() == side && !taken(id) && !script_.player(id).isGoalkeeper()) return take(id);
        }
        return std::nullopt;
    }

private:
    bool taken(PlayerId id) const { return std::find(cast_.begin(), cast_.end(), id) != cast_.end(); }
    PlayerId take(PlayerId id) {
        cast_.push_back(id);
        return id;
    }
    const Script& script_;
    sim::Lineup lineup_;
    std::vector<PlayerId> onPitch_;
    std::vector<PlayerId> cast_;
};

// The moment a template makes, before its id and clock are known.
struct Draft {
    std::string title;
    std::optional<Vec2> ball;
    std::vector<Placement> shape;
    std::vector<Action> actions;  // in time order
};

Action run(PlayerId who, double at, Vec2 to, double by) {
    Action a;
    a.kind = ActionKind::Run;
    a.actor = who;
    a.at = at;
    a.to = to;
    a.by = by;
    return a;
}

// A kick in the kind's own style (the schema's default) unless one is given.
Action kick(ActionKind kind, PlayerId who, double at, const KickTarget& to, std::optional<double> arrive,
            std::optional<double> speed) {
    Action a;
    a.kind = kind;
    a.actor = who;
    a.at = at;
    a.target = to;
    a.arrive = arrive;
    a.speed = speed;
    a.style = schemaOf(kind).style;
    return a;
}

KickTarget toPlayer(PlayerId who, double height) {
    KickTarget t;
    t.kind = KickTarget::Kind::Player;
    t.player = who;
    t.height = height;
    return t;
}

KickTarget toPlace(Vec2 place) {
    KickTarget t;
    t.kind = KickTarget::Kind::Place;
    t.place = place;
    return t;
}

Result<Draft> draft(const AddMoment& c, Cast& cast, const Frame& f) {
    const TeamSide us = c.team, them = opponent(c.team);
    Draft d;
    const auto need = [](std::optional<PlayerId> id) -> Result<PlayerId> {
        if (!id) return Error{"not enough players on the pitch for this template"};
        return *id;
    };
    const auto at = [&](PlayerId who, Vec2 p) { return Placement{who, f.place(p), {}}; };
    switch (c.kind) {
        case MomentTemplate::Corner: {
            auto taker = need(cast.pick(us, {"RW", "RM", "LW", "LM", "AM", "CM"}));
            auto target = need(cast.pick(us, {"CB", "CF", "ST"}));
            auto marker = need(cast.pick(them, {"CB", "LB", "RB"}));
            if (!taker || !target || !marker) return Error{"not enough players on the pitch for a corner"};
            d.title = "Corner";
            d.ball = f.place({104.5, 0.5});
            d.shape = {at(*taker, {104.2, 0.9}), at(*target, {93.5, 30.5}), at(*marker, {97.0, 37.0})};
            d.actions = {run(*target, 0.0, f.place({99.5, 33.0}), 2.6),
                         kick(ActionKind::Corner, *taker, 0.4, toPlayer(*target, 2.3), 2.6, {}),
                         kick(ActionKind::Header, *target, 2.6, f.goal(35.5, 0.8), {}, 14.0)};
            break;
        }
        case MomentTemplate::ThroughBall: {
            auto passer = need(cast.pick(us, {"AM", "CM", "DM"}));
            auto runner = need(cast.pick(us, {"CF", "ST", "LW", "RW"}));
            auto defender = need(cast.pick(them, {"CB", "RB", "LB"}));
            if (!passer || !runner || !defender) return Error{"not enough players on the pitch for a through ball"};
            d.title = "Through ball";
            d.ball = f.place({62.4, 36.0});
            d.shape = {at(*passer, {62.0, 36.0}), at(*runner, {70.0, 28.0}), at(*defender, {76.0, 42.0})};
            d.actions = {run(*runner, 0.0, f.place({86.0, 30.0}), 2.4), run(*defender, 0.0, f.place({87.0, 36.0}), 2.8),
                         kick(ActionKind::Pass, *passer, 0.3, toPlace(f.place({86.0, 30.0})), 2.4, {}),
                         kick(ActionKind::Shot, *runner, 2.4, f.goal(36.9, 0.4), {}, 24.0)};
            break;
        }
        case MomentTemplate::Shot: {
            auto shooter = need(cast.pick(us, {"CF", "ST", "AM", "LW", "RW"}));
            if (!shooter) return shooter.error();
            d.title = "Shot";
            d.ball = f.place({82.4, 40.0});
            d.shape = {at(*shooter, {82.0, 40.0})};
            Action dribble = run(*shooter, 0.0, f.place({86.0, 38.0}), 1.2);
            dribble.kind = ActionKind::Dribble;
            d.actions = {dribble, kick(ActionKind::Shot, *shooter, 1.2, f.goal(31.5, 0.5), {}, 25.0)};
            break;
        }
        case MomentTemplate::CrossHeader: {
            auto winger = need(cast.pick(us, {"RW", "RM", "RB", "LW"}));
            auto striker = need(cast.pick(us, {"CF", "ST", "AM"}));
            if (!winger || !striker) return Error{"not enough players on the pitch for a cross"};
            d.title = "Header from a cross";
            d.ball = f.place({100.4, 5.0});
            d.shape = {at(*winger, {100.0, 5.0}), at(*striker, {90.0, 40.0})};
            d.actions = {run(*striker, 0.0, f.place({97.0, 36.0}), 2.1),
                         kick(ActionKind::Cross, *winger, 0.3, toPlayer(*striker, 2.2), 2.1, {}),
                         kick(ActionKind::Header, *striker, 2.1, f.goal(31.2, 0.5), {}, 13.0)};
            break;
        }
        case MomentTemplate::Penalty: {
            // The penalty action places everyone (sim/set_piece.h); the keeper dives the right way and
            // is beaten as the ball passes him.
            auto taker = need(cast.pick(us, {"CF", "ST", "AM", "LW", "RW"}));
            auto keeper = need(cast.pick(them, {"GK"}));
            if (!taker || !keeper) return Error{"a penalty needs a taker and the other team's goalkeeper on the pitch"};
            d.title = "Penalty";
            Action save;
            save.kind = ActionKind::Save;
            save.actor = *keeper;
            save.at = 1.45;
            save.beaten = true;
            d.actions = {kick(ActionKind::Penalty, *taker, 1.0, f.goal(36.4, 0.6), {}, 22.0), save};
            break;
        }
    }
    return d;
}

std::string slug(MomentTemplate kind) {
    switch (kind) {
        case MomentTemplate::Corner: return "corner";
        case MomentTemplate::ThroughBall: return "through-ball";
        case MomentTemplate::Shot: return "shot";
        case MomentTemplate::CrossHeader: return "cross-header";
        case MomentTemplate::Penalty: return "penalty";
    }
    return "moment";
}

std::string uniqueId(const Script& script, MomentTemplate kind) {
    const std::string base = "new-" + slug(kind);
    std::string id = base;
    for (int n = 2; script.findMoment(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

Moment momentOf(Draft d, const Script& script, std::string id, double start) {
    Moment m;
    m.id = std::move(id);
    m.clock = script.clock.toClock(start);
    m.matchTime = start;
    m.title = d.title;
    m.caption = d.title + ", from the editor's template.";
    m.ball = d.ball;
    m.shape = std::move(d.shape);
    m.actions = std::move(d.actions);
    return m;  // no duration: the loader gives it two seconds after the last action
}

}  // namespace

std::string_view templateName(MomentTemplate kind) {
    switch (kind) {
        case MomentTemplate::Corner: return "corner";
        case MomentTemplate::ThroughBall: return "through ball";
        case MomentTemplate::Shot: return "shot";
        case MomentTemplate::CrossHeader: return "header from a cross";
        case MomentTemplate::Penalty: return "penalty";
    }
    return "moment";
}

Result<EditedText> addMoment(std::string_view text, const Script& script, const AddMoment& c) {
    // Whole seconds: the clock is written down, and "61:23" reads better than "61:23.4".
    const double start = std::floor(c.matchTime);
    const Period period = script.clock.periodAt(start);
    if (start < 0.0 || start + kTemplateSeconds > script.clock.periodEnd(period)) {
        return Error{"a new moment needs " + formatNumber(kTemplateSeconds, 0) + " s before the half's final whistle"};
    }
    std::size_t slot = 0;
    for (const Moment& m : script.moments) {
        const double end = m.matchTime + m.duration;
        if (start < end && m.matchTime < start + kTemplateSeconds) {
            return Error{"moment '" + m.id + "' is already playing here; pick a time between moments"};
        }
        if (m.matchTime < start) ++slot;
    }
    const Frame f{script.attackingEnd(c.team, start) == pitch::End::Left};
    Cast cast(script, start);
    auto d = draft(c, cast, f);
    if (!d) return d.error();

    const Moment moment = momentOf(std::move(*d), script, uniqueId(script, c.kind), start);
    ScriptNodes nodes(text);
    const YamlNode list = nodes.moments();
    if (list.isSequence() && !list.isFlow() && list.size() > 0) {
        const std::string prefix = itemPrefix(text, list.item(0));
        const std::string block = formatMoment(script, moment, prefix);
        if (slot < list.size()) {
            const std::size_t at = commentsAbove(text, lineStart(text, list.item(slot).begin()));
            return EditedText{applyPatches(text, {{at, at, block + "\n"}}), static_cast<int>(slot), true};
        }
        const std::size_t at = nextLineStart(text, contentEnd(text, list.item(list.size() - 1)));
        return EditedText{applyPatches(text, {{at, at, "\n" + block}}), static_cast<int>(slot), true};
    }
    if (list.size() > 0) return Error{"the moments are written as one [..] list; write one per line to add to them"};
    const std::string block = formatMoment(script, moment, "  - ");
    if (nodes.root().isMap()) {
        const int k = findKey(nodes.root(), "moments");
        if (k >= 0) {
            const YamlNode key = nodes.root().key(static_cast<std::size_t>(k));
            const std::size_t end = list.end() > list.begin() ? list.end() : key.end() + 1;
            return EditedText{applyPatches(text, {{key.end(), end, ":\n" + block.substr(0, block.size() - 1)}}), 0, true};
        }
    }
    const bool newline = !text.empty() && text.back() != '\n';
    return EditedText{std::string(text) + (newline ? "\n" : "") + "moments:\n" + block, 0, true};
}

}  // namespace touchline::edit
