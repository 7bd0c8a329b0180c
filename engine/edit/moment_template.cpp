#include "edit/moment_template.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "edit/script_nodes.h"
#include "edit/yaml_text.h"
#include "sim/lineup.h"

namespace touchline::edit {

namespace {

// A template is drawn for a team attacking x = 105; these turn it round when the team attacks x = 0.
struct Frame {
    bool turned = false;
    Vec2 place(Vec2 p) const { return turned ? sim::mirrored(p) : p; }
    double y(double y) const { return turned ? pitch::kWidth - y : y; }
    std::string goal() const { return turned ? "left" : "right"; }
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
    std::string name(PlayerId id) const { return yamlScalar(script_.player(id).name); }

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

struct Draft {
    std::string title;
    std::string caption;
    std::optional<Vec2> ball;
    std::vector<std::pair<std::string, Vec2>> shape;
    std::vector<std::string> actions;  // flow mappings, in time order
};

std::string place(Vec2 p) { return formatPlace(p); }

Result<Draft> draft(const AddMoment& c, Cast& cast, const Frame& f) {
    const TeamSide us = c.team, them = opponent(c.team);
    Draft d;
    const auto need = [](std::optional<PlayerId> id) -> Result<PlayerId> {
        if (!id) return Error{"not enough players on the pitch for this template"};
        return *id;
    };
    switch (c.kind) {
        case MomentTemplate::Corner: {
            auto taker = need(cast.pick(us, {"RW", "RM", "LW", "LM", "AM", "CM"}));
            auto target = need(cast.pick(us, {"CB", "CF", "ST"}));
            auto marker = need(cast.pick(them, {"CB", "LB", "RB"}));
            if (!taker || !target || !marker) return Error{"not enough players on the pitch for a corner"};
            d.title = "Corner";
            d.ball = f.place({104.5, 0.5});
            d.shape = {{cast.name(*taker), f.place({104.2, 0.9})},
                       {cast.name(*target), f.place({93.5, 30.5})},
                       {cast.name(*marker), f.place({97.0, 37.0})}};
            d.actions = {"{ at: 0.0, run: " + cast.name(*target) + ", to: " + place(f.place({99.5, 33.0})) + ", by: 2.6 }",
                         "{ at: 0.4, corner: " + cast.name(*taker) + ", to: { player: " + cast.name(*target) +
                             ", height: 2.3 }, arrive: 2.6, style: lofted }",
                         "{ at: 2.6, header: " + cast.name(*target) + ", to: { goal: " + f.goal() +
                             ", y: " + formatNumber(f.y(35.5)) + ", z: 0.8 }, speed: 14.0 }"};
            break;
        }
        case MomentTemplate::ThroughBall: {
            auto passer = need(cast.pick(us, {"AM", "CM", "DM"}));
            auto runner = need(cast.pick(us, {"CF", "ST", "LW", "RW"}));
            auto defender = need(cast.pick(them, {"CB", "RB", "LB"}));
            if (!passer || !runner || !defender) return Error{"not enough players on the pitch for a through ball"};
            d.title = "Through ball";
            d.ball = f.place({62.4, 36.0});
            d.shape = {{cast.name(*passer), f.place({62.0, 36.0})},
                       {cast.name(*runner), f.place({70.0, 28.0})},
                       {cast.name(*defender), f.place({76.0, 42.0})}};
            d.actions = {"{ at: 0.0, run: " + cast.name(*runner) + ", to: " + place(f.place({86.0, 30.0})) + ", by: 2.4 }",
                         "{ at: 0.0, run: " + cast.name(*defender) + ", to: " + place(f.place({87.0, 36.0})) + ", by: 2.8 }",
                         "{ at: 0.3, pass: " + cast.name(*passer) + ", to: " + place(f.place({86.0, 30.0})) +
                             ", arrive: 2.4, style: ground }",
                         "{ at: 2.4, shot: " + cast.name(*runner) + ", to: { goal: " + f.goal() + ", y: " +
                             formatNumber(f.y(36.9)) + ", z: 0.4 }, speed: 24.0 }"};
            break;
        }
        case MomentTemplate::Shot: {
            auto shooter = need(cast.pick(us, {"CF", "ST", "AM", "LW", "RW"}));
            if (!shooter) return shooter.error();
            d.title = "Shot";
            d.ball = f.place({82.4, 40.0});
            d.shape = {{cast.name(*shooter), f.place({82.0, 40.0})}};
            d.actions = {"{ at: 0.0, dribble: " + cast.name(*shooter) + ", to: " + place(f.place({86.0, 38.0})) + ", by: 1.2 }",
                         "{ at: 1.2, shot: " + cast.name(*shooter) + ", to: { goal: " + f.goal() + ", y: " +
                             formatNumber(f.y(31.5)) + ", z: 0.5 }, speed: 25.0 }"};
            break;
        }
        case MomentTemplate::CrossHeader: {
            auto winger = need(cast.pick(us, {"RW", "RM", "RB", "LW"}));
            auto striker = need(cast.pick(us, {"CF", "ST", "AM"}));
            if (!winger || !striker) return Error{"not enough players on the pitch for a cross"};
            d.title = "Header from a cross";
            d.ball = f.place({100.4, 5.0});
            d.shape = {{cast.name(*winger), f.place({100.0, 5.0})}, {cast.name(*striker), f.place({90.0, 40.0})}};
            d.actions = {"{ at: 0.0, run: " + cast.name(*striker) + ", to: " + place(f.place({97.0, 36.0})) + ", by: 2.1 }",
                         "{ at: 0.3, cross: " + cast.name(*winger) + ", to: { player: " + cast.name(*striker) +
                             ", height: 2.2 }, arrive: 2.1, style: lofted }",
                         "{ at: 2.1, header: " + cast.name(*striker) + ", to: { goal: " + f.goal() + ", y: " +
                             formatNumber(f.y(31.2)) + ", z: 0.5 }, speed: 13.0 }"};
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
    }
    return "moment";
}

std::string uniqueId(const Script& script, MomentTemplate kind) {
    const std::string base = "new-" + slug(kind);
    std::string id = base;
    for (int n = 2; script.findMoment(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

// The moment as block YAML, every line starting with `prefix` (the first) or as many spaces.
std::string momentText(const Draft& d, const std::string& id, const std::string& clock, const std::string& prefix) {
    const std::string in(prefix.size(), ' ');
    std::string s = prefix + "id: " + id + "\n";
    s += in + "clock: \"" + clock + "\"\n";
    s += in + "title: " + yamlScalar(d.title) + "\n";
    s += in + "caption: " + yamlScalar(d.caption.empty() ? d.title + ", from the editor's template." : d.caption) + "\n";
    if (d.ball) s += in + "ball: " + formatPlace(*d.ball) + "\n";
    s += in + "shape:\n";
    for (const auto& [name, at] : d.shape) s += in + "  " + name + ": " + formatPlace(at) + "\n";
    s += in + "actions:\n";
    for (const std::string& a : d.actions) s += in + "  - " + a + "\n";
    return s;
}

}  // namespace

std::string_view templateName(MomentTemplate kind) {
    switch (kind) {
        case MomentTemplate::Corner: return "corner";
        case MomentTemplate::ThroughBall: return "through ball";
        case MomentTemplate::Shot: return "shot";
        case MomentTemplate::CrossHeader: return "header from a cross";
    }
    return "moment";
}

Result<EditedText> addMoment(std::string_view text, const Script& script, const AddMoment& c) {
    // Whole seconds: the clock is written down, and "61:23" reads better than "61:23.4".
    const double start = std::floor(c.matchTime);
    const Period period = start >= script.clock.periodStart(Period::SecondHalf) ? Period::SecondHalf : Period::FirstHalf;
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

    const std::string clock = formatReading(script.clock.toClock(start));
    const std::string id = uniqueId(script, c.kind);
    ScriptNodes nodes(text);
    const YamlNode list = nodes.moments();
    if (list.isSequence() && !list.isFlow() && list.size() > 0) {
        const std::string prefix = itemPrefix(text, list.item(0));
        const std::string block = momentText(*d, id, clock, prefix);
        if (slot < list.size()) {
            const std::size_t at = commentsAbove(text, lineStart(text, list.item(slot).begin()));
            return EditedText{applyPatches(text, {{at, at, block + "\n"}}), static_cast<int>(slot), true};
        }
        const std::size_t at = nextLineStart(text, contentEnd(text, list.item(list.size() - 1)));
        return EditedText{applyPatches(text, {{at, at, "\n" + block}}), static_cast<int>(slot), true};
    }
    if (list.size() > 0) return Error{"the moments are written as one [..] list; write one per line to add to them"};
    const std::string block = momentText(*d, id, clock, "  - ");
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
