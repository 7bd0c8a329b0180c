// The bundled replay, assets/replays/juventus-napoli-2018-04-22.yaml: it loads without errors, every
// event of the match report is in it at its clock time, and it agrees with the real event data of the
// match (../shared/data/wyscout/..., read when present, skipped with a reason when not) except where it
// follows the report instead and says so in a comment.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "core/match_clock.h"
#include "core/pitch.h"
#include "core/text.h"
#include "script/loader.h"
#include "script/script.h"

namespace touchline {
namespace {

const std::filesystem::path kBundled =
    std::filesystem::path(TOUCHLINE_SOURCE_DIR) / "assets" / "replays" / "juventus-napoli-2018-04-22.yaml";
const std::filesystem::path kWyscout = std::filesystem::path(TOUCHLINE_SOURCE_DIR) / ".." / "shared" / "data" /
                                       "wyscout" / "2576295-juventus-napoli-2018-04-22.json";

// Loaded once for the whole suite.
const Script& bundled() {
    static const Script script = [] {
        auto loaded = loadScript(kBundled.string());
        EXPECT_FALSE(loaded.diagnostics.hasErrors()) << loaded.diagnostics.text();
        return loaded.script;
    }();
    return script;
}

double matchTimeOf(const Script& s, const std::string& clock) {
    const Result<ClockReading> reading = parseClock(clock);
    if (!reading) {
        ADD_FAILURE() << "cannot read clock " << clock;
        return 0.0;
    }
    const Result<double> t = s.clock.toMatchTime(*reading);
    if (!t) {
        ADD_FAILURE() << clock << ": " << t.error().message;
        return 0.0;
    }
    return *t;
}

const Action* findAction(const Moment& m, ActionKind kind) {
    for (const Action& a : m.actions) {
        if (a.kind == kind) return &a;
    }
    return nullptr;
}

const Action* findActionBy(const Script& s, const Moment& m, ActionKind kind, const std::string& actor) {
    const std::optional<PlayerId> who = s.findPlayer(actor);
    if (!who) return nullptr;
    for (const Action& a : m.actions) {
        if (a.kind == kind && a.actor == *who) return &a;
    }
    return nullptr;
}

// Everyone a moment puts on the pitch: its shape, who acts, who is acted on, who a kick goes to.
std::vector<PlayerId> playersIn(const Moment& m) {
    std::vector<PlayerId> who;
    for (const Placement& p : m.shape) who.push_back(p.player);
    for (const Action& a : m.actions) {
        for (PlayerId id : {a.actor, a.other, a.target.player}) {
            if (id.valid()) who.push_back(id);
        }
    }
    return who;
}

bool mentions(const std::string& text, const std::string& name) {
    return foldForSearch(text).find(foldForSearch(name)) != std::string::npos;
}

std::vector<std::string> bundledLines() {
    std::ifstream in(kBundled);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// The block of comment lines right above the first line that contains `marker`, as one line of text
// with single spaces (empty if there is none).
std::string commentAbove(const std::vector<std::string>& lines, const std::string& marker) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find(marker) == std::string::npos) continue;
        std::size_t top = i;
        while (top > 0) {
            const std::string& l = lines[top - 1];
            const std::size_t first = l.find_first_not_of(' ');
            if (first == std::string::npos || l[first] != '#') break;
            --top;
        }
        std::string text;
        for (std::size_t j = top; j < i; ++j) {
            std::istringstream words(lines[j].substr(lines[j].find('#') + 1));
            for (std::string w; words >> w;) text += (text.empty() ? "" : " ") + w;
        }
        return text;
    }
    return {};
}

// ------------------------------------------------------------------------------------------------
// The script alone

TEST(BundledReplay, LoadsWithoutErrors) {
    auto loaded = loadScript(kBundled.string());
    EXPECT_EQ(loaded.diagnostics.errorCount(), 0u) << loaded.diagnostics.text();
    EXPECT_EQ(loaded.script.match.finalScore[0], 0);
    EXPECT_EQ(loaded.script.match.finalScore[1], 1);
    EXPECT_EQ(loaded.script.team(TeamSide::Home).name, "Juventus");
    EXPECT_EQ(loaded.script.team(TeamSide::Away).name, "Napoli");
    EXPECT_EQ(loaded.script.match.date, "2018-04-22");
}

// Every event of the match report, as a moment at the clock time the replay shows.
TEST(BundledReplay, EveryReportedMomentIsThereAtItsClockTime) {
    const Script& s = bundled();
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"insigne-early-chance", "0:49"},     {"chiellini-injury", "9:35"},
        {"hamsik-chance", "23:14"},           {"pjanic-booking", "24:40"},
        {"insigne-offside", "37:30"},         {"half-time", "45+2:03"},
        {"juve-double-change", "45:00"},      {"mertens-callejon-over", "54:02"},
        {"callejon-volley-saved", "69:48"},   {"koulibaly-winner", "90+1'"},
        {"full-time", "90+4:00"},
    };
    for (const auto& [id, clock] : expected) {
        const Moment* m = s.findMoment(id);
        ASSERT_NE(m, nullptr) << "no moment " << id;
        EXPECT_EQ(m->clock, *parseClock(clock)) << id << " is at " << formatReading(m->clock) << ", not " << clock;
        EXPECT_NEAR(m->matchTime, matchTimeOf(s, clock), 1e-6) << id;
    }
    // What the report says about when, read off the moments themselves.
    const auto at = [&](const char* id) { return s.findMoment(id)->clock; };
    EXPECT_LT(at("insigne-early-chance").clockSeconds, 60.0);  // "within a minute"
    EXPECT_EQ(at("insigne-offside").period, Period::FirstHalf);
    EXPECT_EQ(at("juve-double-change").period, Period::SecondHalf);
    EXPECT_EQ(at("mertens-callejon-over").period, Period::SecondHalf);
    EXPECT_LT(at("mertens-callejon-over").clockSeconds, 60.0 * 60.0);  // "the beginning of the second half"
    EXPECT_EQ(s.clock.minuteText(s.findMoment("callejon-volley-saved")->matchTime + 6.2), "70'");

    // Chiellini goes off inside ten minutes, for Lichtsteiner.
    const Moment& injury = *s.findMoment("chiellini-injury");
    const Action* sub = findActionBy(s, injury, ActionKind::Substitution, "Lichtsteiner");
    ASSERT_NE(sub, nullptr);
    EXPECT_EQ(s.player(sub->other).name, "Chiellini");
    EXPECT_LT(injury.matchTime + sub->at, 600.0);
    EXPECT_NE(findActionBy(s, injury, ActionKind::Injury, "Chiellini"), nullptr);

    // The winner is headed in the 91st minute.
    const Moment& winner = *s.findMoment("koulibaly-winner");
    const Action* header = findActionBy(s, winner, ActionKind::Header, "Koulibaly");
    ASSERT_NE(header, nullptr);
    EXPECT_EQ(s.clock.minuteText(winner.matchTime + header->at), "90+1'");

    // Whistles.
    const Action* ht = findAction(*s.findMoment("half-time"), ActionKind::Whistle);
    ASSERT_NE(ht, nullptr);
    EXPECT_EQ(ht->whistle, WhistleKind::HalfTime);
    const Action* ft = findAction(*s.findMoment("full-time"), ActionKind::Whistle);
    ASSERT_NE(ft, nullptr);
    EXPECT_EQ(ft->whistle, WhistleKind::FullTime);
    const Action* off = findAction(*s.findMoment("insigne-offside"), ActionKind::Whistle);
    ASSERT_NE(off, nullptr);
    EXPECT_EQ(off->whistle, WhistleKind::Offside);
}

TEST(BundledReplay, LineUpsHaveElevenStartersAndTheirSubstitutes) {
    const Script& s = bundled();
    for (TeamSide side : {TeamSide::Home, TeamSide::Away}) {
        const Team& team = s.team(side);
        int starters = 0, keepers = 0, subs = 0;
        std::vector<int> numbers;
        for (const Player& p : team.players) {
            (p.starter ? starters : subs) += 1;
            if (p.starter && p.isGoalkeeper()) ++keepers;
            EXPECT_GE(p.number, 1) << p.name;
            EXPECT_LE(p.number, 99) << p.name;
            numbers.push_back(p.number);
        }
        EXPECT_EQ(starters, 11) << team.name;
        EXPECT_EQ(keepers, 1) << team.name;
        EXPECT_GE(subs, 3) << team.name;
        std::sort(numbers.begin(), numbers.end());
        EXPECT_EQ(std::adjacent_find(numbers.begin(), numbers.end()), numbers.end()) << team.name << ": a number twice";
        EXPECT_EQ(team.formation, "4-3-3");
    }
    // Real shirt numbers of the players the report names.
    const std::map<std::string, int> shirts = {
        {"Buffon", 1},   {"Chiellini", 3},  {"Lichtsteiner", 26}, {"Pjanić", 5},    {"Higuaín", 9},
        {"Dybala", 10},  {"Cuadrado", 7},   {"Benatia", 4},       {"Koulibaly", 26}, {"Callejón", 7},
        {"Insigne", 24}, {"Hamšík", 17},    {"Mertens", 14},      {"Reina", 25},     {"Albiol", 33},
        {"Bernardeschi", 33},
    };
    for (const auto& [name, number] : shirts) {
        const std::optional<PlayerId> id = s.findPlayer(name);
        ASSERT_TRUE(id.has_value()) << name;
        EXPECT_EQ(s.player(*id).number, number) << name;
    }
    EXPECT_TRUE(s.player(*s.findPlayer("Chiellini")).starter);
    EXPECT_FALSE(s.player(*s.findPlayer("Lichtsteiner")).starter);
    // The report has Dybala and Cuadrado coming on at half-time, for Higuaín: neither of them starts, and
    // Bernardeschi takes the left in Dybala's place.
    EXPECT_TRUE(s.player(*s.findPlayer("Higuaín")).starter);
    EXPECT_FALSE(s.player(*s.findPlayer("Dybala")).starter);
    EXPECT_FALSE(s.player(*s.findPlayer("Cuadrado")).starter);
    EXPECT_TRUE(s.player(*s.findPlayer("Bernardeschi")).starter);
    EXPECT_EQ(s.player(*s.findPlayer("Bernardeschi")).position, "LW");
    EXPECT_EQ(s.findPlayer("Buffon")->side(), TeamSide::Home);
    EXPECT_EQ(s.findPlayer("Koulibaly")->side(), TeamSide::Away);
}

// Pjanić's is the fourth booking; the three before it are markers.
TEST(BundledReplay, ThreeBookingsComeBeforePjanicsInsideTwentyFiveMinutes) {
    const Script& s = bundled();
    const Moment& m = *s.findMoment("pjanic-booking");
    const Action* card = findActionBy(s, m, ActionKind::Card, "Pjanić");
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(card->card, CardColour::Yellow);
    EXPECT_LT(m.matchTime + card->at, 25.0 * 60.0);
    EXPECT_NE(findActionBy(s, m, ActionKind::Foul, "Pjanić"), nullptr);

    std::vector<std::string> before;
    for (const Marker& k : s.markers) {
        if (k.action.kind == ActionKind::Card && k.matchTime < m.matchTime + card->at) {
            EXPECT_EQ(k.action.card, CardColour::Yellow);
            before.push_back(s.player(k.action.actor).name);
        }
    }
    EXPECT_EQ(before, (std::vector<std::string>{"Benatia", "Asamoah", "Albiol"}));
}

// The report's half-time change: Higuaín off, Dybala and Cuadrado on (Cuadrado for Bernardeschi, who
// started in Dybala's place), shown on the pitch at the start of the second half.
TEST(BundledReplay, TheDoubleChangeIsHiguainOffForDybalaAndCuadrado) {
    const Script& s = bundled();
    const Moment* m = s.findMoment("juve-double-change");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->clock.period, Period::SecondHalf);
    std::vector<std::pair<std::string, std::string>> changes;  // on, off
    for (const Action& a : m->actions) {
        if (a.kind == ActionKind::Substitution) changes.emplace_back(s.player(a.actor).name, s.player(a.other).name);
    }
    const std::vector<std::pair<std::string, std::string>> reported = {{"Dybala", "Higuaín"},
                                                                       {"Cuadrado", "Bernardeschi"}};
    EXPECT_EQ(changes, reported);
    for (const Action& a : m->actions) {
        if (a.kind != ActionKind::Substitution) continue;
        EXPECT_EQ(s.clock.minuteText(m->matchTime + a.at), "46'") << s.player(a.actor).name << " comes on at half-time";
        // The player going off walks to the touchline before he goes.
        const Action* walk = nullptr;
        for (const Action& r : m->actions) {
            if (r.kind == ActionKind::Run && r.actor == a.other && r.by <= a.at) walk = &r;
        }
        ASSERT_NE(walk, nullptr) << s.player(a.other).name << " does not walk off";
        EXPECT_TRUE(walk->to.y <= 0.0 || walk->to.y >= pitch::kWidth)
            << s.player(a.other).name << " stops at y " << walk->to.y;
        // The player coming on runs to his place after he is on.
        const Action* on = findActionBy(s, *m, ActionKind::Run, s.player(a.actor).name);
        ASSERT_NE(on, nullptr) << s.player(a.actor).name << " does not take his place";
        EXPECT_GE(on->at, a.at);
    }
    // They come on here and nowhere else: no marker brings either of them on.
    for (const Marker& k : s.markers) {
        if (k.action.kind != ActionKind::Substitution) continue;
        const std::string on = s.player(k.action.actor).name;
        EXPECT_NE(on, "Dybala");
        EXPECT_NE(on, "Cuadrado");
    }
    // Its words say so (the title or the caption): Higuaín goes off, Dybala and Cuadrado come on.
    for (const char* name : {"Higuaín", "Dybala", "Cuadrado"}) {
        EXPECT_TRUE(mentions(m->title + " " + m->caption, name)) << name << " is not in the title or caption";
    }
    // Dybala leads the line after the break: he takes the kick-off spot Higuaín had.
    const Action* dybala = findActionBy(s, *m, ActionKind::Run, "Dybala");
    ASSERT_NE(dybala, nullptr);
    ASSERT_TRUE(m->ball.has_value());
    EXPECT_LT(std::hypot(dybala->to.x - m->ball->x, dybala->to.y - m->ball->y), 1.5);
}

// Who is seen in which half follows from that change.
TEST(BundledReplay, HiguainAndBernardeschiAreGoneAfterTheBreakDybalaAndCuadradoOnlyAppearAfterIt) {
    const Script& s = bundled();
    const Moment* change = s.findMoment("juve-double-change");
    ASSERT_NE(change, nullptr);
    int firstHalf = 0, secondHalf = 0;
    for (const Moment& m : s.moments) {
        std::vector<std::string> names;
        for (PlayerId id : playersIn(m)) names.push_back(s.player(id).name);
        const auto has = [&](const char* name) { return std::find(names.begin(), names.end(), name) != names.end(); };
        if (m.matchTime < change->matchTime) {
            ++firstHalf;
            EXPECT_FALSE(has("Dybala")) << m.id;
            EXPECT_FALSE(has("Cuadrado")) << m.id;
            EXPECT_TRUE(has("Bernardeschi")) << m.id << ": he plays the first half on the left";
        } else if (m.matchTime > change->matchTime) {
            ++secondHalf;
            EXPECT_FALSE(has("Higuaín")) << m.id;
            EXPECT_FALSE(has("Bernardeschi")) << m.id;
            EXPECT_TRUE(has("Dybala")) << m.id;
            EXPECT_TRUE(has("Cuadrado")) << m.id;
        }
    }
    EXPECT_EQ(firstHalf, 6);
    EXPECT_EQ(secondHalf, 5);
    for (const Marker& k : s.markers) {
        if (k.matchTime > change->matchTime) {
            EXPECT_NE(s.player(k.action.actor).name, "Higuaín");
            EXPECT_NE(s.player(k.action.actor).name, "Bernardeschi");
        }
    }
}

// The script departs from the event data here, following the report, and says so where it does: at
// the moment and at the line-up, naming what the data has instead.
TEST(BundledReplay, TheDepartureFromTheDataIsExplainedInComments) {
    const std::vector<std::string> lines = bundledLines();
    ASSERT_FALSE(lines.empty()) << kBundled.string();
    const std::string atMoment = commentAbove(lines, "- id: juve-double-change");
    const std::string atLineUp = commentAbove(lines, "name: Bernardeschi");
    for (const auto& [where, text] : {std::pair{"juve-double-change", atMoment}, std::pair{"the line-up", atLineUp}}) {
        ASSERT_FALSE(text.empty()) << "no comment above " << where;
        for (const char* word : {"report", "data", "Higuaín", "Dybala", "Cuadrado", "Bernardeschi"}) {
            EXPECT_TRUE(mentions(text, word))
                << "the comment at " << where << " does not mention " << word << ":\n" << text;
        }
        // What the data has instead: Cuadrado's first event and Higuaín's last.
        EXPECT_TRUE(mentions(text, "48:56")) << where << ":\n" << text;
        EXPECT_TRUE(mentions(text, "83:56")) << where << ":\n" << text;
        // And that the report is the one followed, not the data.
        EXPECT_TRUE(mentions(text, "follow")) << where << ":\n" << text;
        EXPECT_FALSE(mentions(text, "data wins")) << where << ":\n" << text;
    }
    // The Juventus substitutes' comment tells the same decision.
    const std::string used = commentAbove(lines, "    substitutes:");
    EXPECT_TRUE(mentions(used, "Dybala (for Higuaín)")) << used;
    EXPECT_TRUE(mentions(used, "Cuadrado (for Bernardeschi)")) << used;
    EXPECT_FALSE(mentions(used, "for Dybala")) << used;
}

TEST(BundledReplay, AnimatedMomentsLastEightToTwentyFiveSecondsAndStillsHaveNoBall) {
    const Script& s = bundled();
    int animated = 0;
    for (const Moment& m : s.moments) {
        if (m.animated()) {
            ++animated;
            EXPECT_GE(m.duration, 8.0) << m.id;
            EXPECT_LE(m.duration, 25.0) << m.id;
            // Every player of both teams is placed by the moment itself.
            EXPECT_EQ(m.shape.size(), 22u) << m.id;
        }
    }
    EXPECT_GE(animated, 8);
    for (const char* still : {"chiellini-injury", "half-time", "juve-double-change", "full-time"}) {
        EXPECT_FALSE(s.findMoment(still)->animated()) << still;
    }
}

// The kicks that decide what the physics will show, checked by geometry.
TEST(BundledReplay, KicksAreAimedWhereTheReportSaysTheyWent) {
    const Script& s = bundled();
    constexpr double nearPost = pitch::kCentre.y - pitch::kGoalWidth / 2.0;  // 30.34
    constexpr double farPost = pitch::kCentre.y + pitch::kGoalWidth / 2.0;   // 37.66
    const auto outsidePosts = [&](double y) { return y < nearPost - 0.2 || y > farPost + 0.2; };

    // Just wide: a few tens of centimetres outside a post, low.
    for (auto [id, who] : {std::pair{"insigne-early-chance", "Insigne"}, std::pair{"hamsik-chance", "Hamšík"}}) {
        const Moment& m = *s.findMoment(id);
        const Action* k = findActionBy(s, m, ActionKind::Volley, who);
        if (!k) k = findActionBy(s, m, ActionKind::Shot, who);
        ASSERT_NE(k, nullptr) << id;
        const double y = k->target.place.y;
        EXPECT_TRUE(outsidePosts(y)) << id << ": y " << y;
        EXPECT_LT(std::min(std::abs(y - nearPost), std::abs(y - farPost)), 1.0) << id << ": not just wide";
        EXPECT_LT(k->target.height, 1.0) << id;
    }
    // Over the bar, well above it.
    for (auto [id, who] : {std::pair{"mertens-callejon-over", "Mertens"}, std::pair{"callejon-over", "Callejón"}}) {
        const Moment* m = s.findMoment(id);
        ASSERT_NE(m, nullptr) << id;
        const Action* k = findActionBy(s, *m, ActionKind::Shot, who);
        if (!k) k = findActionBy(s, *m, ActionKind::Volley, who);
        ASSERT_NE(k, nullptr) << id;
        EXPECT_GT(k->target.height, pitch::kGoalHeight + 0.5) << id;
    }
    // The winner: a corner to Koulibaly's head, arriving as he heads it, into the mouth of the goal.
    const Moment& w = *s.findMoment("koulibaly-winner");
    const Action* corner = findActionBy(s, w, ActionKind::Corner, "Callejón");
    const Action* header = findActionBy(s, w, ActionKind::Header, "Koulibaly");
    ASSERT_NE(corner, nullptr);
    ASSERT_NE(header, nullptr);
    EXPECT_EQ(corner->target.kind, KickTarget::Kind::Player);
    EXPECT_EQ(s.player(corner->target.player).name, "Koulibaly");
    EXPECT_GE(corner->target.height, 2.3);
    EXPECT_LE(corner->target.height, 2.5);
    ASSERT_TRUE(corner->arrive.has_value());
    EXPECT_NEAR(*corner->arrive, header->at, 1e-9);
    EXPECT_EQ(header->target.kind, KickTarget::Kind::Goal);
    EXPECT_EQ(header->target.goal, s.attackingEnd(TeamSide::Away, w.matchTime));
    EXPECT_GT(header->target.place.y, nearPost + 0.2);
    EXPECT_LT(header->target.place.y, farPost - 0.2);
    EXPECT_LT(header->target.height, pitch::kGoalHeight - 0.3);
    // Buffon's save happens as the volley reaches him.
    const Moment& v = *s.findMoment("callejon-volley-saved");
    const Action* volley = findActionBy(s, v, ActionKind::Volley, "Callejón");
    const Action* save = findActionBy(s, v, ActionKind::Save, "Buffon");
    ASSERT_NE(volley, nullptr);
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(volley->arrive.has_value());
    EXPECT_NEAR(*volley->arrive, save->at, 1e-9);
    EXPECT_FALSE(save->holds);
    EXPECT_TRUE(save->speed.has_value());
    const Action* chip = findActionBy(s, v, ActionKind::Pass, "Hamšík");
    ASSERT_NE(chip, nullptr);  // the report's passer
}

// ------------------------------------------------------------------------------------------------
// Against the real event data. A tiny JSON reader: enough for the Wyscout file, no library.

struct Json;
using JsonObject = std::vector<std::pair<std::string, Json>>;
using JsonArray = std::vector<Json>;
struct Json {
    std::variant<std::nullptr_t, bool, double, std::string, std::shared_ptr<JsonArray>, std::shared_ptr<JsonObject>> v;
    const Json* get(const std::string& key) const {
        if (auto o = std::get_if<std::shared_ptr<JsonObject>>(&v)) {
            for (const auto& [k, value] : **o) {
                if (k == key) return &value;
            }
        }
        return nullptr;
    }
    double number(double fallback = 0.0) const {
        const double* d = std::get_if<double>(&v);
        return d ? *d : fallback;
    }
    std::string text() const {
        const std::string* s = std::get_if<std::string>(&v);
        return s ? *s : std::string{};
    }
    const JsonArray* array() const {
        auto a = std::get_if<std::shared_ptr<JsonArray>>(&v);
        return a ? a->get() : nullptr;
    }
    const JsonObject* object() const {
        auto o = std::get_if<std::shared_ptr<JsonObject>>(&v);
        return o ? o->get() : nullptr;
    }
};

void appendUtf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Some names in the file carry their accents escaped twice ("Callej\\u00f3n"): decode what is left.
std::string decodeEscapes(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 5 < s.size() && s[i + 1] == 'u') {
            appendUtf8(out, static_cast<std::uint32_t>(std::stoul(s.substr(i + 2, 4), nullptr, 16)));
            i += 5;
        } else {
            out += s[i];
        }
    }
    return out;
}

class JsonReader {
public:
    explicit JsonReader(const std::string& text) : s_(text) {}
    std::optional<Json> document() {
        std::optional<Json> j = value(0);
        space();
        if (!j || i_ != s_.size()) return std::nullopt;
        return j;
    }

private:
    void space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
    }
    bool eat(char c) {
        space();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    std::optional<std::string> string() {
        if (!eat('"')) return std::nullopt;
        std::string out;
        while (i_ < s_.size() && s_[i_] != '"') {
            char c = s_[i_++];
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) return std::nullopt;
            const char e = s_[i_++];
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u':
                    if (i_ + 4 > s_.size()) return std::nullopt;
                    appendUtf8(out, static_cast<std::uint32_t>(std::stoul(s_.substr(i_, 4), nullptr, 16)));
                    i_ += 4;
                    break;
                default: out += e;
            }
        }
        if (i_ >= s_.size()) return std::nullopt;
        ++i_;
        return out;
    }
    std::optional<Json> value(int depth) {
        if (depth > 64) return std::nullopt;
        space();
        if (i_ >= s_.size()) return std::nullopt;
        const char c = s_[i_];
        if (c == '{') {
            ++i_;
            auto o = std::make_shared<JsonObject>();
            if (eat('}')) return Json{o};
            do {
                std::optional<std::string> k = string();
                if (!k || !eat(':')) return std::nullopt;
                std::optional<Json> v = value(depth + 1);
                if (!v) return std::nullopt;
                o->emplace_back(std::move(*k), std::move(*v));
            } while (eat(','));
            if (!eat('}')) return std::nullopt;
            return Json{o};
        }
        if (c == '[') {
            ++i_;
            auto a = std::make_shared<JsonArray>();
            if (eat(']')) return Json{a};
            do {
                std::optional<Json> v = value(depth + 1);
                if (!v) return std::nullopt;
                a->push_back(std::move(*v));
            } while (eat(','));
            if (!eat(']')) return std::nullopt;
            return Json{a};
        }
        if (c == '"') {
            std::optional<std::string> str = string();
            if (!str) return std::nullopt;
            return Json{std::move(*str)};
        }
        if (s_.compare(i_, 4, "true") == 0) return i_ += 4, Json{true};
        if (s_.compare(i_, 5, "false") == 0) return i_ += 5, Json{false};
        if (s_.compare(i_, 4, "null") == 0) return i_ += 4, Json{nullptr};
        std::size_t used = 0;
        try {
            const double d = std::stod(s_.substr(i_, 32), &used);
            i_ += used;
            return Json{d};
        } catch (...) {
            return std::nullopt;
        }
    }

    const std::string& s_;
    std::size_t i_ = 0;
};

struct DataEvent {
    std::string name, sub;  // eventName, subEventName
    std::string player;     // the player's short name, folded ("k. koulibaly")
    int team = 0;
    Period period = Period::FirstHalf;
    double clock = 0.0;  // seconds on the clock, as ClockReading::clockSeconds
    std::vector<int> tags;
    std::vector<std::pair<double, double>> positions;
    bool tagged(int t) const { return std::find(tags.begin(), tags.end(), t) != tags.end(); }
};

struct MatchData {
    std::map<int, std::string> teamNames;  // wyId -> "Juventus"
    std::vector<DataEvent> events;
};

std::optional<MatchData> readWyscout(const std::filesystem::path& path, std::string& why) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = "cannot open " + path.string();
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    std::optional<Json> doc = JsonReader(text).document();
    if (!doc) {
        why = path.string() + " is not JSON";
        return std::nullopt;
    }
    MatchData data;
    std::map<int, std::string> players;
    if (const Json* teams = doc->get("teams"); teams && teams->object()) {
        for (const auto& [key, value] : *teams->object()) {
            const Json* team = value.get("team");
            data.teamNames[std::stoi(key)] = team && team->get("name") ? team->get("name")->text() : key;
        }
    }
    if (const Json* squads = doc->get("players"); squads && squads->object()) {
        for (const auto& [key, list] : *squads->object()) {
            if (!list.array()) continue;
            for (const Json& entry : *list.array()) {
                const Json* p = entry.get("player") ? entry.get("player") : &entry;
                if (p->get("wyId") && p->get("shortName")) {
                    players[static_cast<int>(p->get("wyId")->number())] =
                        foldForSearch(decodeEscapes(p->get("shortName")->text()));
                }
            }
        }
    }
    const Json* events = doc->get("events");
    if (!events || !events->array()) {
        why = path.string() + " has no events";
        return std::nullopt;
    }
    for (const Json& e : *events->array()) {
        DataEvent d;
        d.name = e.get("eventName") ? e.get("eventName")->text() : "";
        d.sub = e.get("subEventName") ? e.get("subEventName")->text() : "";
        const int pid = e.get("playerId") ? static_cast<int>(e.get("playerId")->number()) : 0;
        d.player = players.count(pid) ? players[pid] : "";
        d.team = e.get("teamId") ? static_cast<int>(e.get("teamId")->number()) : 0;
        const std::string half = e.get("matchPeriod") ? e.get("matchPeriod")->text() : "";
        if (half != "1H" && half != "2H") continue;
        d.period = half == "1H" ? Period::FirstHalf : Period::SecondHalf;
        d.clock = (half == "1H" ? 0.0 : MatchClock::kHalfLength) + (e.get("eventSec") ? e.get("eventSec")->number() : 0);
        if (const Json* tags = e.get("tags"); tags && tags->array()) {
            for (const Json& t : *tags->array()) d.tags.push_back(t.get("id") ? static_cast<int>(t.get("id")->number()) : 0);
        }
        if (const Json* pos = e.get("positions"); pos && pos->array()) {
            for (const Json& p : *pos->array()) {
                d.positions.emplace_back(p.get("x") ? p.get("x")->number() : 0, p.get("y") ? p.get("y")->number() : 0);
            }
        }
        data.events.push_back(std::move(d));
    }
    return data;
}

// The data's short names ("K. Koulibaly", "José Callejón") contain the script's names.
bool samePlayer(const std::string& dataName, const std::string& scriptName) {
    return !dataName.empty() && dataName.find(foldForSearch(scriptName)) != std::string::npos;
}

// Where the script follows the report's half-time change over the data (its comments at the Juventus
// line-up and at juve-double-change say so), a player of the script plays another's data: Bernardeschi,
// starting in Dybala's place, has Dybala's first half; Dybala, on for Higuaín, has Higuaín's second.
// Each of them plays one half only, so the name is enough.
std::string dataNameOf(const std::string& scriptName) {
    static const std::map<std::string, std::string> standIns = {{"Bernardeschi", "Dybala"}, {"Dybala", "Higuaín"}};
    const auto it = standIns.find(scriptName);
    return it != standIns.end() ? it->second : scriptName;
}

class BundledReplayAgainstData : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::filesystem::exists(kWyscout)) {
            GTEST_SKIP() << "the Wyscout data of the match is not here (" << kWyscout.string()
                         << "); the cross-check needs ../shared/data next to the project";
        }
        static std::optional<MatchData> cached;
        static std::string why;
        if (!cached) cached = readWyscout(kWyscout, why);
        ASSERT_TRUE(cached.has_value()) << why;
        data_ = &*cached;
    }
    const Script& s() const { return bundled(); }
    int teamId(TeamSide side) const {
        for (const auto& [id, name] : data_->teamNames) {
            if (name == s().team(side).name) return id;
        }
        ADD_FAILURE() << "no team " << s().team(side).name << " in the data";
        return -1;
    }
    const DataEvent* first(const std::function<bool(const DataEvent&)>& pred) const {
        for (const DataEvent& e : data_->events) {
            if (pred(e)) return &e;
        }
        return nullptr;
    }
    const MatchData* data_ = nullptr;
};

TEST_F(BundledReplayAgainstData, EveryoneWithAnEventIsInTheRightSquad) {
    for (TeamSide side : {TeamSide::Home, TeamSide::Away}) {
        const int id = teamId(side);
        for (const DataEvent& e : data_->events) {
            if (e.team != id || e.player.empty()) continue;
            const Team& team = s().team(side);
            const bool found = std::any_of(team.players.begin(), team.players.end(),
                                           [&](const Player& p) { return samePlayer(e.player, p.name); });
            EXPECT_TRUE(found) << e.player << " (" << team.name << ") has events in the data but is not in the script";
        }
        // And every starter of the script has events in the first half (his own, or those of the player
        // whose data he plays).
        for (const Player& p : s().team(side).players) {
            if (!p.starter) continue;
            const DataEvent* any = first([&](const DataEvent& e) {
                return e.team == id && e.period == Period::FirstHalf && samePlayer(e.player, dataNameOf(p.name));
            });
            EXPECT_NE(any, nullptr) << p.name << " starts in the script but has no first-half event";
        }
    }
}

// Who came on and went off, and when, against the first and last events of each player.
TEST_F(BundledReplayAgainstData, SubstitutionsAgreeWithWhoPlayedWhen) {
    struct Change {
        std::string on, off;
        double clockSeconds;
        Period period;
    };
    std::vector<Change> changes;
    for (const Moment& m : s().moments) {
        for (const Action& a : m.actions) {
            if (a.kind != ActionKind::Substitution) continue;
            const ClockReading r = s().clock.toClock(m.matchTime + a.at);
            changes.push_back({s().player(a.actor).name, s().player(a.other).name, r.clockSeconds, r.period});
        }
    }
    for (const Marker& k : s().markers) {
        if (k.action.kind != ActionKind::Substitution) continue;
        changes.push_back({s().player(k.action.actor).name, s().player(k.action.other).name, k.clock.clockSeconds,
                           k.clock.period});
    }
    EXPECT_EQ(changes.size(), 7u);
    // The report puts Hamšík's pass to Callejón in the 70th minute, so the script brings Zieliński on
    // after it; the data has him on from 66:37. The script says so in a comment.
    const std::vector<std::string> deliberatelyLate = {"Zieliński"};
    // The report's change that the data does not have: Dybala for Higuaín at half-time. In the data the
    // player Dybala stands in for plays on, so on and off are the same data player; nothing else is.
    const std::vector<std::pair<std::string, std::string>> fromTheReport = {{"Dybala", "Higuaín"}};
    const auto key = [](const DataEvent& e) { return std::pair{static_cast<int>(e.period), e.clock}; };
    for (const Change& c : changes) {
        const std::pair<int, double> at{static_cast<int>(c.period), c.clockSeconds};
        const std::string onData = dataNameOf(c.on), offData = dataNameOf(c.off);
        const bool reported =
            std::find(fromTheReport.begin(), fromTheReport.end(), std::pair{c.on, c.off}) != fromTheReport.end();
        EXPECT_EQ(onData == offData, reported) << c.on << " for " << c.off;
        if (reported) continue;
        std::optional<std::pair<int, double>> firstOn, lastOff;
        for (const DataEvent& e : data_->events) {
            if (samePlayer(e.player, onData) && (!firstOn || key(e) < *firstOn)) firstOn = key(e);
            if (samePlayer(e.player, offData) && (!lastOff || key(e) > *lastOff)) lastOff = key(e);
        }
        ASSERT_TRUE(firstOn.has_value()) << c.on << " never plays in the data";
        ASSERT_TRUE(lastOff.has_value()) << c.off << " never plays in the data";
        EXPECT_LT(*lastOff, at) << c.off << " still plays in the data after he goes off in the script";
        if (std::find(deliberatelyLate.begin(), deliberatelyLate.end(), c.on) == deliberatelyLate.end()) {
            EXPECT_GT(*firstOn, at) << c.on << " plays in the data before he comes on in the script";
            EXPECT_LT(firstOn->second - at.second, 6.0 * 60.0) << c.on << " comes on long before his first event";
        }
    }
}

// The departure the script documents at juve-double-change is real: the data has Dybala starting and
// going off at half-time for Cuadrado, Higuaín playing on, and Bernardeschi not playing at all. Were the
// data to agree with the report, the stand-ins above and the comments would have to go.
TEST_F(BundledReplayAgainstData, TheReportsHalfTimeChangeIsNotTheData) {
    const auto events = [&](const std::string& name, Period period) {
        std::vector<const DataEvent*> found;
        for (const DataEvent& e : data_->events) {
            if (e.period == period && samePlayer(e.player, name)) found.push_back(&e);
        }
        return found;
    };
    EXPECT_EQ(events("Dybala", Period::FirstHalf).size(), 16u);
    EXPECT_TRUE(events("Dybala", Period::SecondHalf).empty());
    EXPECT_TRUE(events("Bernardeschi", Period::FirstHalf).empty());
    EXPECT_TRUE(events("Bernardeschi", Period::SecondHalf).empty());
    EXPECT_TRUE(events("Cuadrado", Period::FirstHalf).empty());
    // The times the comments give: Cuadrado's first event at 48:56, Higuaín's last at 83:56.
    const auto earlier = [](const DataEvent* a, const DataEvent* b) { return a->clock < b->clock; };
    const auto cuadrado = events("Cuadrado", Period::SecondHalf);
    ASSERT_FALSE(cuadrado.empty());
    EXPECT_NEAR((*std::min_element(cuadrado.begin(), cuadrado.end(), earlier))->clock, 48 * 60 + 56, 1.0);
    const auto higuain = events("Higuaín", Period::SecondHalf);
    ASSERT_EQ(higuain.size(), 13u);
    EXPECT_NEAR((*std::max_element(higuain.begin(), higuain.end(), earlier))->clock, 83 * 60 + 56, 1.0);
    // The script follows the report all the same.
    const Moment* change = s().findMoment("juve-double-change");
    ASSERT_NE(change, nullptr);
    const Action* sub = findActionBy(s(), *change, ActionKind::Substitution, "Dybala");
    ASSERT_NE(sub, nullptr);
    EXPECT_EQ(s().player(sub->other).name, "Higuaín");
}

TEST_F(BundledReplayAgainstData, BookingsAreTheDataYellowCardsInOrder) {
    std::vector<const DataEvent*> cards;
    for (const DataEvent& e : data_->events) {
        if (e.tagged(1702)) cards.push_back(&e);
    }
    ASSERT_EQ(cards.size(), 4u);
    const std::vector<std::string> names = {"Benatia", "Asamoah", "Albiol", "Pjanić"};
    for (std::size_t i = 0; i < names.size(); ++i) EXPECT_TRUE(samePlayer(cards[i]->player, names[i])) << cards[i]->player;
    // The first three as markers at the data's times (to the second).
    std::size_t k = 0;
    for (const Marker& m : s().markers) {
        if (m.action.kind != ActionKind::Card) continue;
        ASSERT_LT(k, 3u);
        EXPECT_EQ(s().player(m.action.actor).name, names[k]);
        EXPECT_EQ(m.clock.period, cards[k]->period);
        EXPECT_NEAR(m.clock.clockSeconds, cards[k]->clock, 1.0) << names[k];
        ++k;
    }
    EXPECT_EQ(k, 3u);
    // Pjanić's: the data has it at 26:32; the report, which the script follows, inside 25 minutes.
    EXPECT_EQ(cards[3]->period, s().findMoment("pjanic-booking")->clock.period);
}

// Each moment is in the half of the data event it shows, and where the script takes the data's time
// the moment covers that event.
TEST_F(BundledReplayAgainstData, MomentsMatchTheirDataEvents) {
    struct Expect {
        const char* id;
        const char* player;
        const char* eventName;
        Period period;
        bool dataTime;  // false where the script follows the report's clock
    };
    const std::vector<Expect> table = {
        {"insigne-early-chance", "Insigne", "Shot", Period::FirstHalf, true},
        {"hamsik-chance", "Hamšík", "Shot", Period::FirstHalf, true},
        {"pjanic-booking", "Pjanić", "Foul", Period::FirstHalf, false},
        {"insigne-offside", "Insigne", "Offside", Period::FirstHalf, true},
        {"callejon-over", "Callejón", "Shot", Period::SecondHalf, true},
        {"koulibaly-winner", "Koulibaly", "Shot", Period::SecondHalf, false},
    };
    for (const Expect& x : table) {
        const Moment* m = s().findMoment(x.id);
        ASSERT_NE(m, nullptr) << x.id;
        EXPECT_EQ(m->clock.period, x.period) << x.id;
        std::vector<const DataEvent*> candidates;
        for (const DataEvent& e : data_->events) {
            if (e.name == x.eventName && e.period == x.period && samePlayer(e.player, x.player)) candidates.push_back(&e);
        }
        ASSERT_FALSE(candidates.empty()) << x.id << ": no " << x.eventName << " by " << x.player << " in that half";
        if (!x.dataTime) continue;
        const double from = m->clock.clockSeconds, to = from + m->duration;
        const bool covered = std::any_of(candidates.begin(), candidates.end(),
                                         [&](const DataEvent* e) { return e->clock >= from && e->clock <= to; });
        EXPECT_TRUE(covered) << x.id << " does not cover the data's " << x.eventName << " by " << x.player;
    }
}

TEST_F(BundledReplayAgainstData, TheWinnerIsCallejonsCornerAndKoulibalysHeader) {
    const DataEvent* goal = first([](const DataEvent& e) { return e.name == "Shot" && e.tagged(101); });
    ASSERT_NE(goal, nullptr);
    EXPECT_TRUE(samePlayer(goal->player, "Koulibaly"));
    EXPECT_EQ(goal->team, teamId(TeamSide::Away));
    EXPECT_TRUE(goal->tagged(403)) << "a header";
    const DataEvent* assist = first([](const DataEvent& e) { return e.tagged(301); });
    ASSERT_NE(assist, nullptr);
    EXPECT_EQ(assist->sub, "Corner");
    EXPECT_TRUE(samePlayer(assist->player, "Callejón"));

    const Moment& w = *s().findMoment("koulibaly-winner");
    const Action* corner = findActionBy(s(), w, ActionKind::Corner, "Callejón");
    const Action* header = findActionBy(s(), w, ActionKind::Header, "Koulibaly");
    ASSERT_NE(corner, nullptr);
    ASSERT_NE(header, nullptr);
    // The data's clock says 89:07; the report's 91st minute wins, in the same half.
    EXPECT_EQ(w.clock.period, goal->period);
    EXPECT_NEAR(header->at - corner->at, goal->clock - assist->clock, 0.1) << "the data's interval, corner to header";

    // The corner is taken from Napoli's right (Wyscout y 100): on the touchline the script's ends put there.
    ASSERT_FALSE(assist->positions.empty());
    const bool right = s().attackingEnd(TeamSide::Away, w.matchTime) == pitch::End::Right;
    const double x = right ? assist->positions[0].first * 1.05 : 105.0 - assist->positions[0].first * 1.05;
    const double y = right ? (100.0 - assist->positions[0].second) * 0.68 : assist->positions[0].second * 0.68;
    ASSERT_TRUE(w.ball.has_value());
    EXPECT_LT(std::hypot(w.ball->x - x, w.ball->y - y), 1.5) << "corner at " << w.ball->x << "," << w.ball->y
                                                             << ", data says " << x << "," << y;
}

TEST_F(BundledReplayAgainstData, StoppageTimeCoversTheLastEventOfEachHalf) {
    for (Period p : {Period::FirstHalf, Period::SecondHalf}) {
        double last = 0.0;
        for (const DataEvent& e : data_->events) {
            if (e.period == p) last = std::max(last, e.clock);
        }
        const double end = (p == Period::FirstHalf ? 1.0 : 2.0) * MatchClock::kHalfLength + s().clock.stoppage(p);
        EXPECT_GE(end, last) << "the half ends before its last event";
        EXPECT_LT(end - last, 5.0) << "the half runs on long after its last event";
    }
}

}  // namespace
}  // namespace touchline
