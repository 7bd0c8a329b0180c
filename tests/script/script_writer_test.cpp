// writeScript: what it writes loads back to an equal Script, for every action kind (each of its fields
// set and unset), every marker kind, and the bundled replay; and Script equality is not trivially true.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "script/action_schema.h"
#include "script/loader.h"
#include "script/moment_parser.h"
#include "script/script_writer.h"
#include "script/yaml_emit.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

using testing::fixture;
using testing::load;

// The fixture's teams, no moments: Reds attack right in the first half. Spare, who has no spot, is given
// the one of the player he replaces below, as the loader does.
Script teams() {
    LoadResult r = load(fixture());
    EXPECT_TRUE(r.ok()) << r.diagnostics.text();
    r.script.teams[0].players[11].formationSpot = {45.0, 28.0};
    return r.script;
}

PlayerId who(const Script& s, std::string_view name) {
    auto id = s.findPlayer(name);
    EXPECT_TRUE(id.has_value()) << name;
    return id.value_or(PlayerId{});
}

KickTarget place(Vec2 p, double height = 0.0) {
    KickTarget t;
    t.kind = KickTarget::Kind::Place;
    t.place = p;
    t.height = height;
    return t;
}

KickTarget goal(pitch::End end, double y, double z) {
    KickTarget t;
    t.kind = KickTarget::Kind::Goal;
    t.goal = end;
    t.place = {pitch::goalLineX(end), y};
    t.height = z;
    return t;
}

KickTarget player(const Script& s, std::string_view name, double height) {
    KickTarget t;
    t.kind = KickTarget::Kind::Player;
    t.player = who(s, name);
    t.height = height;
    return t;
}

Action act(const Script& s, ActionKind kind, std::string_view name, double at) {
    Action a;
    a.kind = kind;
    a.at = at;
    if (!name.empty()) a.actor = who(s, name);
    a.style = schemaOf(kind).style;
    return a;
}

Action kick(const Script& s, ActionKind kind, std::string_view name, double at, KickTarget target,
            std::optional<double> arrive, std::optional<double> speed) {
    Action a = act(s, kind, name, at);
    a.target = target;
    a.arrive = arrive;
    a.speed = speed;
    return a;
}

// Actions of `kind` with each of the kind's fields both set and left out, valid for the loader: every
// variant a file can hold. Reds attack right (x = 105) at 5'.
std::vector<Action> variants(const Script& s, ActionKind kind) {
    using K = ActionKind;
    std::vector<Action> out;
    const auto with = [&](Action a, auto change) {
        change(a);
        out.push_back(a);
    };
    switch (kind) {
        case K::Run:
        case K::Dribble:
            with(act(s, kind, "Striker", 0.25), [](Action& a) { a.to = {70.125, 31.5}, a.by = 1.5; });
            break;
        case K::Pass:
            out.push_back(kick(s, kind, "Maestro", 0.5, place({70.5, 44.25}), 1.75, {}));
            with(kick(s, kind, "Anchor", 2.0, player(s, "Striker", 1.2), {}, 18.5), [](Action& a) { a.style = KickStyle::Lofted; });
            out.push_back(kick(s, kind, "Engine", 3.5, place({80.0, 20.0}, 0.75), {}, 21.0));
            break;
        case K::Cross:
        case K::Corner:
        case K::Volley:
            out.push_back(kick(s, kind, "Winger", 0.5, player(s, "Striker", 2.3), 2.1, {}));
            with(kick(s, kind, "Flyer", 3.0, goal(pitch::End::Right, 36.5, 0.4), {}, 22.0),
                 [](Action& a) { a.style = KickStyle::Ground; });
            break;
        case K::Shot:
        case K::Penalty:
            with(kick(s, kind, "Striker", 1.0, goal(pitch::End::Right, 31.25, 0.5), {}, 24.0),
                 [](Action& a) { a.style = KickStyle::Lofted; });
            out.push_back(kick(s, kind, "Maestro", 4.0, goal(pitch::End::Right, 36.0, 0.0), 4.8, {}));
            break;
        case K::Header:
            with(kick(s, kind, "Striker", 0.5, goal(pitch::End::Right, 33.0, 0.6), {}, 14.0),
                 [](Action& a) { a.contactHeight = 2.35; });
            with(kick(s, kind, "Maestro", 2.5, player(s, "Striker", 0.0), 3.5, {}), [](Action& a) { a.style = KickStyle::Lofted; });
            break;
        case K::Save:
            with(act(s, kind, "Gloves", 0.5), [](Action& a) { a.holds = true; });
            with(act(s, kind, "Gloves", 1.5), [](Action& a) { a.beaten = true; });
            out.push_back(kick(s, kind, "Gloves", 2.5, place({95.0, 50.0}), {}, 9.5));
            with(kick(s, kind, "Gloves", 4.0, place({104.0, 20.0}, 1.5), 4.75, {}), [](Action& a) { a.style = KickStyle::Lofted; });
            break;
        case K::Tackle:
        case K::Foul: with(act(s, kind, "Tower", 0.5), [&](Action& a) { a.other = who(s, "Striker"); }); break;
        case K::Card:
            with(act(s, kind, "Rock", 0.5), [](Action& a) { a.card = CardColour::Yellow; });
            with(act(s, kind, "Tower", 1.0), [](Action& a) { a.card = CardColour::Red; });
            break;
        case K::Substitution: with(act(s, kind, "Spare", 0.5), [&](Action& a) { a.other = who(s, "Anchor"); }); break;
        case K::Injury: out.push_back(act(s, kind, "Anchor", 0.5)); break;
        case K::Whistle:
            for (WhistleKind w : {WhistleKind::KickOff, WhistleKind::Foul, WhistleKind::Offside}) {
                with(act(s, kind, "", 0.5 + out.size()), [&](Action& a) { a.whistle = w; });
            }
            break;
    }
    return out;
}

// A moment for each variant (a penalty opens its moment), one every two minutes from 5'.
Script scriptWith(ActionKind kind) {
    Script s = teams();
    for (const Action& a : variants(s, kind)) {
        Moment m;
        m.id = std::string(actionKeyword(kind)) + "-" + std::to_string(s.moments.size() + 1);
        m.title = "Every field of " + std::string(actionKeyword(kind));
        m.caption = s.moments.empty() ? "" : "With \"quotes\", a colon: and a # sign.";
        m.matchTime = 300.0 + 120.0 * static_cast<double>(s.moments.size());
        m.clock = s.clock.toClock(m.matchTime);
        if (a.kind == ActionKind::Save && !a.holds) {
            // A shot for the keeper to dive at or palm away.
            m.actions.push_back(kick(s, ActionKind::Shot, "Striker", 0.0, goal(pitch::End::Right, 33.0, 0.5), {}, 20.0));
        }
        m.actions.push_back(a);
        m.duration = defaultDuration(m);
        s.moments.push_back(m);
    }
    return s;
}

::testing::AssertionResult roundTrips(const Script& original) {
    const std::string text = writeScript(original);
    const LoadResult again = parseScript(text, "written.yaml");
    if (!again.ok()) return ::testing::AssertionFailure() << again.diagnostics.text() << "\nin:\n" << text;
    if (!(again.script == original)) return ::testing::AssertionFailure() << "loads back different:\n" << text;
    if (writeScript(again.script) != text) return ::testing::AssertionFailure() << "a second write differs:\n" << text;
    return ::testing::AssertionSuccess() << text;
}

class EveryActionKind : public ::testing::TestWithParam<ActionKind> {};

TEST_P(EveryActionKind, RoundTripsThroughTheWriter) {
    const Script s = scriptWith(GetParam());
    ASSERT_FALSE(s.moments.empty()) << "no case for " << actionKeyword(GetParam());
    EXPECT_TRUE(roundTrips(s));
    // Every field of the kind is written by some variant, so each one was round-tripped.
    const std::string text = writeScript(s);
    for (const FieldSpec& f : schemaOf(GetParam()).fields) {
        EXPECT_NE(text.find(std::string(f.key) + ": "), std::string::npos) << "'" << f.key << "' never written";
    }
}

TEST_P(EveryActionKind, EachFieldTakesPartInEquality) {
    const Script s = scriptWith(GetParam());
    for (std::size_t m = 0; m < s.moments.size(); ++m) {
        const Action& a = s.moments[m].actions.back();
        const ActionSchema& schema = schemaOf(a.kind);
        for (const FieldSpec& field : schema.fields) {
            if (excludedBy(schema, field, a)) continue;
            Script changed = s;
            Action& b = changed.moments[m].actions.back();
            std::visit(
                [&](auto slot) {
                    using T = std::decay_t<decltype(b.*slot)>;
                    if constexpr (std::is_same_v<T, double>) b.*slot += 0.5;
                    else if constexpr (std::is_same_v<T, std::optional<double>>) b.*slot = (b.*slot).value_or(1.0) + 0.5;
                    else if constexpr (std::is_same_v<T, Vec2>) (b.*slot).x += 0.5;
                    else if constexpr (std::is_same_v<T, KickTarget>) (b.*slot).height += 0.5;
                    else if constexpr (std::is_same_v<T, KickStyle>) b.*slot = b.*slot == KickStyle::Ground ? KickStyle::Driven : KickStyle::Ground;
                    else if constexpr (std::is_same_v<T, bool>) b.*slot = !(b.*slot);
                    else if constexpr (std::is_same_v<T, PlayerId>) b.*slot = who(s, "Dasher");
                    else b.*slot = b.*slot == CardColour::Red ? CardColour::Yellow : CardColour::Red;
                },
                field.slot);
            EXPECT_FALSE(changed == s) << actionKeyword(a.kind) << "." << field.key << " is not compared";
        }
        Script moved = s;
        moved.moments[m].actions.back().where = {"elsewhere.yaml", 99, 9};
        moved.moments[m].where = {"elsewhere.yaml", 98, 1};
        EXPECT_TRUE(moved == s) << "where an action was written is not what it says";
        Script later = s;
        later.moments[m].actions.back().at += 0.25;
        EXPECT_FALSE(later == s);
    }
}

std::vector<ActionKind> allKinds() {
    std::vector<ActionKind> kinds;
    for (const ActionSchema& schema : actionSchemas()) kinds.push_back(schema.kind);
    return kinds;
}

INSTANTIATE_TEST_SUITE_P(Writer, EveryActionKind, ::testing::ValuesIn(allKinds()),
                         [](const ::testing::TestParamInfo<ActionKind>& info) {
                             return std::string(actionKeyword(info.param));
                         });

TEST(Writer, EveryMarkerKindRoundTrips) {
    Script s = teams();
    const auto marker = [&](const char* clock, Action a, std::string note = {}) {
        Marker m;
        m.clock = *parseClock(clock);
        m.matchTime = *s.clock.toMatchTime(m.clock);
        a.at = 0.0;
        m.action = a;
        m.note = std::move(note);
        s.markers.push_back(m);
    };
    int kinds = 0;
    for (const ActionSchema& schema : actionSchemas()) kinds += schema.marker;
    Action foul = act(s, ActionKind::Foul, "Rock", 0.0);
    foul.other = who(s, "Maestro");
    marker("9:10", foul, "from behind, near the halfway line");
    Action tackle = act(s, ActionKind::Tackle, "Holder", 0.0);
    tackle.other = who(s, "Engine");
    marker("9:40", tackle);
    Action card = act(s, ActionKind::Card, "Rock", 0.0);
    marker("9:50", card, "yes");  // a note YAML would read as a boolean, unquoted
    marker("30:00", act(s, ActionKind::Injury, "Anchor", 0.0));
    Action sub = act(s, ActionKind::Substitution, "Spare", 0.0);
    sub.other = who(s, "Anchor");  // whose spot Spare takes
    marker("31'", sub);
    Action half = act(s, ActionKind::Whistle, "", 0.0);
    half.whistle = WhistleKind::HalfTime;
    marker("45+1:00", half);  // the whistles that end a half are blown at its end
    Action full = act(s, ActionKind::Whistle, "", 0.0);
    full.whistle = WhistleKind::FullTime;
    marker("90+3:00", full);
    std::vector<ActionKind> seen;
    for (const Marker& m : s.markers) {
        if (std::find(seen.begin(), seen.end(), m.action.kind) == seen.end()) seen.push_back(m.action.kind);
    }
    EXPECT_EQ(static_cast<int>(seen.size()), kinds) << "a marker kind has no case";
    EXPECT_TRUE(roundTrips(s));
    Script noted = s;
    noted.markers[0].note = "elsewhere";
    EXPECT_FALSE(noted == s);
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(Writer, TheBundledReplayRoundTrips) {
    const std::string path = std::string(TOUCHLINE_SOURCE_DIR) + "/assets/replays/juventus-napoli-2018-04-22.yaml";
    const LoadResult bundled = loadScript(path);
    ASSERT_TRUE(bundled.ok()) << bundled.diagnostics.text();
    const std::string text = writeScript(bundled.script);
    const LoadResult again = parseScript(text, path);  // beside its passages file
    ASSERT_TRUE(again.ok()) << again.diagnostics.text();
    // Part by part first, so a failure names what differs.
    EXPECT_TRUE(again.script.match == bundled.script.match);
    EXPECT_TRUE(again.script.teams == bundled.script.teams);
    ASSERT_EQ(again.script.moments.size(), bundled.script.moments.size());
    for (std::size_t i = 0; i < bundled.script.moments.size(); ++i) {
        EXPECT_TRUE(again.script.moments[i] == bundled.script.moments[i]) << bundled.script.moments[i].id;
    }
    EXPECT_TRUE(again.script.markers == bundled.script.markers);
    EXPECT_TRUE(again.script == bundled.script);
    EXPECT_EQ(writeScript(again.script), text);
    // Written as a person writes: one line per action, the captions folded, no floating-point noise.
    EXPECT_NE(text.find("      - { at: 1.95, corner: Callejón, to: { player: Koulibaly, height: 2.45 }, arrive: 4.35 }"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("caption: >-\n"), std::string::npos);
    EXPECT_EQ(text.find("000001"), std::string::npos);
    EXPECT_EQ(text.find("99999"), std::string::npos);
    EXPECT_LT(text.size(), readFile(path).size());  // the comments of the original are not invented
}

TEST(Writer, NamesAndTextsThatYamlWouldMisreadAreQuoted) {
    Script s = teams();
    s.teams[0].players[9].name = "yes";
    s.teams[0].players[10].name = "O'Neil: the elder";
    s.teams[1].players[10].name = "#9";
    s.teams[1].players[9].fullName = "  spaced  ";
    s.teams[0].coach = "null";
    s.teams[1].formation = "4-4-2";
    s.match.venue = "Stade \"Le Parc\", [north stand]";
    s.teams[0].kit.stripes = {17, 17, 17, 255};
    s.teams[1].goalkeeperKit.shirt = {250, 200, 10, 128};
    Moment m;
    m.id = "quoted";
    m.title = "12";
    m.caption = std::string(150, 'x') + " and a long word " + std::string(120, 'y') + " end: #tag";
    m.matchTime = 600.0;
    m.clock = s.clock.toClock(m.matchTime);
    Action pass = act(s, ActionKind::Pass, "yes", 0.5);
    pass.target = player(s, "O'Neil: the elder", 0.0);
    pass.arrive = 1.5;
    m.actions.push_back(pass);
    m.duration = 9.0;
    s.moments.push_back(m);
    EXPECT_TRUE(roundTrips(s));
}

// An import from event data without the match's records knows no date: none is written, and the file
// reads back the same.
TEST(Writer, AMatchWithoutADateHasNoneWrittenAndReadsBack) {
    Script s = teams();
    s.match.date.clear();
    EXPECT_EQ(writeScript(s).find("date:"), std::string::npos);
    EXPECT_TRUE(roundTrips(s));
}

// The editor's new actions (script/action_schema.h's defaultAction) are whole: each kind a player can add
// alone loads as written, for either end.
TEST(Writer, EveryActionTheEditorOffersLoads) {
    for (pitch::End end : {pitch::End::Right, pitch::End::Left}) {
        for (ActionKind kind : kindsAddableForPlayer()) {
            Script s = teams();
            Moment m;
            m.id = "new";
            m.title = "New";
            m.matchTime = end == pitch::End::Right ? 600.0 : 3600.0;  // Reds attack right, then left
            m.clock = s.clock.toClock(m.matchTime);
            if (kind == ActionKind::Save) {
                m.actions.push_back(kick(s, ActionKind::Shot, "Poacher", 0.0, goal(pitch::End::Left, 34.0, 0.5), {}, 20.0));
            }
            const Vec2 from = end == pitch::End::Right ? Vec2{62.0, 30.0} : Vec2{43.0, 38.0};
            const PlayerId actor = who(s, kind == ActionKind::Save ? "Keeper" : "Striker");
            m.actions.push_back(defaultAction(kind, actor, 0.512, from, end));
            m.duration = defaultDuration(m);
            s.moments.push_back(m);
            SCOPED_TRACE(std::string(actionKeyword(kind)) + (end == pitch::End::Right ? " attacking right" : " attacking left"));
            const Action& a = s.moments[0].actions.back();
            EXPECT_EQ(a.kind, kind);
            EXPECT_DOUBLE_EQ(a.at, 0.5);  // to the twentieth of a second
            EXPECT_TRUE(roundTrips(s));
            if (a.target.kind == KickTarget::Kind::Goal) {
                EXPECT_EQ(a.target.goal, end);
            }
        }
    }
}

TEST(Writer, NumbersWithoutNoise) {
    EXPECT_EQ(yamlDecimal(2.6000000001), "2.6");
    EXPECT_EQ(yamlDecimal(0.1 + 0.2), "0.3");
    EXPECT_EQ(yamlDecimal(37.400000000000006), "37.4");
    EXPECT_EQ(yamlDecimal(14.0), "14.0");
    EXPECT_EQ(yamlDecimal(-0.0000001), "0.0");
    EXPECT_EQ(yamlDecimal(30.34), "30.34");
    EXPECT_EQ(yamlDecimal(0.123456), "0.123456");
    // Noise is what equality ignores, and nothing more.
    Script s = scriptWith(ActionKind::Pass);
    Script noisy = s;
    noisy.moments[0].actions[0].target.place.x += 1e-9;
    EXPECT_TRUE(noisy == s);
    EXPECT_TRUE(roundTrips(noisy));
    noisy.moments[0].actions[0].target.place.x += 1e-4;
    EXPECT_FALSE(noisy == s);
}

}  // namespace
}  // namespace touchline
