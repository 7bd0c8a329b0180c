#include "support/sim_scripts.h"

#include <stdexcept>

#include "support/sample_match.h"

namespace touchline::testing {

Script emptyMatch() {
    Script script = sampleScript();
    script.path = "test.yaml";
    script.moments.clear();
    script.markers.clear();
    return script;
}

PlayerId who(const Script& script, std::string_view name) {
    auto id = script.findPlayer(name);
    if (!id) throw std::runtime_error("no player " + std::string(name));
    return *id;
}

SourceLocation line(int line) { return {"test.yaml", line, 3}; }

Moment& addMoment(Script& script, std::string id, double matchTime, double duration) {
    Moment m;
    m.id = std::move(id);
    m.title = m.id;
    m.matchTime = matchTime;
    m.clock = script.clock.toClock(matchTime);
    m.duration = duration;
    m.where = line(static_cast<int>(100 + script.moments.size()));
    script.moments.push_back(m);
    return script.moments.back();
}

KickTarget toPlace(Vec2 place, double height) {
    KickTarget t;
    t.kind = KickTarget::Kind::Place;
    t.place = place;
    t.height = height;
    return t;
}

KickTarget toGoal(pitch::End end, double y, double z) {
    KickTarget t;
    t.kind = KickTarget::Kind::Goal;
    t.goal = end;
    t.place = {pitch::goalLineX(end), y};
    t.height = z;
    return t;
}

KickTarget toPlayer(const Script& script, std::string_view name, double height) {
    KickTarget t;
    t.kind = KickTarget::Kind::Player;
    t.player = who(script, name);
    t.height = height;
    return t;
}

Action run(const Script& script, std::string_view name, double at, Vec2 to, double by, int where) {
    Action a;
    a.kind = ActionKind::Run;
    a.at = at;
    a.actor = who(script, name);
    a.to = to;
    a.by = by;
    a.where = line(where);
    return a;
}

Action kick(const Script& script, ActionKind kind, std::string_view name, double at, KickTarget target,
            std::optional<double> arrive, std::optional<double> speed, KickStyle style, int where) {
    Action a;
    a.kind = kind;
    a.at = at;
    a.actor = who(script, name);
    a.target = target;
    a.arrive = arrive;
    a.speed = speed;
    a.style = style;
    a.where = line(where);
    return a;
}

Action save(const Script& script, std::string_view name, double at, bool holds, KickTarget target,
            std::optional<double> speed, int where) {
    Action a;
    a.kind = ActionKind::Save;
    a.at = at;
    a.actor = who(script, name);
    a.holds = holds;
    a.target = target;
    a.speed = speed;
    a.style = KickStyle::Driven;
    a.where = line(where);
    return a;
}

Action simple(const Script& script, ActionKind kind, std::string_view name, double at, int where) {
    Action a;
    a.kind = kind;
    a.at = at;
    if (!name.empty()) a.actor = who(script, name);
    a.where = line(where);
    return a;
}

Marker marker(const Script& script, double matchTime, ActionKind kind, std::string_view name, int where) {
    Marker m;
    m.matchTime = matchTime;
    m.clock = script.clock.toClock(matchTime);
    m.action = simple(script, kind, name, 0.0, where);
    m.where = line(where);
    return m;
}

void place(Script& script, Moment& moment, std::string_view name, Vec2 position) {
    moment.shape.push_back({who(script, name), position, line(0)});
}

}  // namespace touchline::testing
