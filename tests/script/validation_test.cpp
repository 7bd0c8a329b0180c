// Every rule of docs/replay-format.md's "What touchline check catches", each pointing at the exact
// line and column of the mistake, all reported in one run.
#include <gtest/gtest.h>

#include "support/script_fixture.h"

namespace touchline {
namespace {

using testing::at;
using testing::fixture;
using testing::hasError;
using testing::hasWarning;
using testing::load;
using testing::loadsCleanly;

std::string lineOf(std::string_view text, std::string_view needle) {
    const std::string place = at(text, needle);
    const auto first = place.find(':');
    return place.substr(first + 1, place.find(':', first + 1) - first - 1);
}

// A moment at `clock` with the given action lines (each "- { ... }") and optional extra fields.
std::string moment(std::string_view id, std::string_view clock, std::string_view actions, std::string_view extra = {}) {
    std::string text = "  - id: " + std::string(id) + "\n    clock: \"" + std::string(clock) + "\"\n    title: T\n";
    text += extra;
    if (!actions.empty()) text += "    actions:\n" + std::string(actions);
    return text;
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    if (pos != std::string::npos) text.replace(pos, from.size(), to);
    return text;
}

TEST(Validation, FormatMustBeOne) {
    const std::string missing = replaced(fixture(), "format: 1\n", "");
    EXPECT_TRUE(hasError(load(missing), "test.yaml:1:1", "missing 'format' in the file (a replay script starts with 'format: 1')"));
    const std::string two = replaced(fixture(), "format: 1", "format: 2");
    EXPECT_TRUE(hasError(load(two), "test.yaml:1:9", "this file is in format 2; this touchline reads format 1"));
    const std::string word = replaced(fixture(), "format: 1", "format: one");
    EXPECT_TRUE(hasError(load(word), "test.yaml:1:9", "'format' should be a number, not 'one'"));
}

TEST(Validation, MissingRequiredFields) {
    const std::string text = fixture(R"(  - id: no-title
    clock: "5'"
    actions:
      - { at: 1, run: Striker, to: [60, 30] }
      - { pass: Maestro, to: [60, 30], arrive: 2 }
)");
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "id: no-title"), "missing 'title' in this moment"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 1, run"), "missing 'by' in this action"));
    EXPECT_TRUE(hasError(r, at(text, "{ pass"), "missing 'at' in this action"));
    const std::string noVenue = replaced(fixture(), "  venue: Test Ground\n", "");
    EXPECT_TRUE(hasError(load(noVenue), at(noVenue, "competition"), "missing 'venue' in match"));
    // A kit is optional: without one the away team wears the default away kit.
    const std::string noKit = replaced(fixture(), "    kit: { shirt: \"#1565c0\", number: \"#ffffff\" }\n", "");
    const LoadResult withoutKit = load(noKit);
    EXPECT_TRUE(withoutKit.ok()) << withoutKit.diagnostics.text();
    EXPECT_EQ(withoutKit.script.teams[1].kit.shirt, defaultKit(TeamSide::Away).shirt);
    const std::string noSpot = replaced(fixture(), ", spot: [25, 26] }", " }");
    EXPECT_TRUE(hasError(load(noSpot), at(noSpot, "{ number: 4, name: Stopper"), "missing 'spot' in this player"));
}

TEST(Validation, UnknownFieldsSuggestTheNearestKnownOne) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0.2, pass: Maestro, too: [60, 30], arrive: 2 }\n",
                                            "    captoin: Hello\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "captoin"), "unknown field 'captoin' in this moment (did you mean 'caption'?)"));
    EXPECT_TRUE(hasError(r, at(text, "too:"), "unknown field 'too' in a pass (did you mean 'to'?)"));
    const std::string top = replaced(fixture(), "teams:\n", "temas:\n");
    EXPECT_TRUE(hasError(load(top), at(top, "temas"), "unknown field 'temas' in the file (did you mean 'teams'?)"));
}

TEST(Validation, AFieldOfAnotherKindDoesNotApply) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0, run: Striker, to: [60, 30], by: 1, style: lofted }\n"));
    EXPECT_TRUE(hasError(load(text), at(text, "style"), "'style' does not apply to a run (a run takes at, to and by)"));
}

TEST(Validation, UnknownPlayersSuggestTheNearestName) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0, run: Strikr, to: [60, 30], by: 2 }\n"
                                                       "      - { at: 0, run: Nobody, to: [60, 30], by: 2 }\n",
                                            "    shape:\n      Maestor: [60, 40]\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "Strikr"), "unknown player 'Strikr' (did you mean 'Striker'?)"));
    EXPECT_TRUE(hasError(r, at(text, "Nobody"), "unknown player 'Nobody'"));
    EXPECT_TRUE(hasError(r, at(text, "Maestor"), "unknown player 'Maestor' (did you mean 'Maestro'?)"));
    const std::string team = replaced(fixture(), "  home: reds", "  home: rds");
    EXPECT_TRUE(hasError(load(team), at(team, "rds"), "there is no team 'rds' under 'teams' (did you mean 'reds'?)"));
}

TEST(Validation, DuplicatePlayersNumbersAndMomentIds) {
    std::string text = replaced(fixture(moment("same", "5'", "") + moment("same", "6'", "")), "name: Rock", "name: Röck");
    text = replaced(text, "name: Dribbler", "name: Rock");
    text = replaced(text, "{ number: 7, name: Winger", "{ number: 9, name: Winger");
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "{ number: 10, name: Rock"),
                         "there is already a player called 'Röck' (line " + lineOf(text, "name: Röck") + ")"));
    EXPECT_TRUE(hasError(r, at(text, "{ number: 9, name: Striker"),
                         "shirt number 9 is Winger's already (line " + lineOf(text, "name: Winger") + ")"));
    EXPECT_TRUE(hasError(r, at(text, "id: same", 1),
                         "moment id 'same' is used twice (the first is on line " + lineOf(text, "id: same") + ")"));
}

TEST(Validation, ExactlyOneGoalkeeperStarts) {
    const std::string none = replaced(fixture(), "name: Keeper, position: GK", "name: Keeper, position: CB");
    EXPECT_TRUE(hasError(load(none), at(none, "name: Reds"), "Reds start without a goalkeeper"));
    const std::string two = replaced(fixture(), "name: Rock, position: CB", "name: Rock, position: GK");
    EXPECT_TRUE(hasError(load(two), at(two, "name: Blues"), "Blues start with 2 goalkeepers (Gloves and Rock)"));
    const std::string ten = replaced(fixture(), "      - { number: 8, name: Engine, position: CM, spot: [45, 40] }\n", "");
    EXPECT_TRUE(hasWarning(load(ten), at(ten, "name: Reds"), "Reds start with 10 players"));
    EXPECT_TRUE(loadsCleanly(load(ten)));
}

TEST(Validation, ASubstituteWhoIsAlreadyOnThePitch) {
    const std::string text = fixture({}, "  - { clock: \"9'\", substitution: Maestro, off: Striker }\n"
                                         "  - { clock: \"20'\", substitution: Spare, off: Winger }\n"
                                         "  - { clock: \"30'\", substitution: Spare, off: Flyer }\n");
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "{ clock: \"9'\""), "Maestro is already on the pitch at 8:00: he started"));
    EXPECT_TRUE(hasError(r, at(text, "{ clock: \"30'\""), "Spare is already on the pitch at 29:00: he came on at 19:00"));
}

TEST(Validation, APlayerWhoWentOffCannotAct) {
    const std::string text = fixture(moment("late", "50'", "      - { at: 0, run: Striker, to: [60, 30], by: 2 }\n"
                                                          "      - { at: 1, pass: Spare, to: { player: Winger }, arrive: 2 }\n",
                                            "    shape:\n      Winger: [60, 20]\n"),
                                     "  - { clock: \"10'\", substitution: Maestro, off: Striker }\n"
                                     "  - { clock: \"20'\", card: Winger, colour: red }\n"
                                     "  - { clock: \"60'\", substitution: Striker, off: Anchor }\n");
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "{ clock: \"10'\""), "Maestro is already on the pitch"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 0, run"), "Striker is not on the pitch at 49:00: he went off at 9:00"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 1, pass"),
                         "Spare is not on the pitch at 49:01: he is a substitute who has not come on"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 1, pass"), "Winger is not on the pitch at 49:01: he was sent off at 19:00"));
    EXPECT_TRUE(hasError(r, at(text, "Winger: [60, 20]"), "Winger is not on the pitch at 49:00"));
    EXPECT_TRUE(hasError(r, at(text, "{ clock: \"60'\""), "Striker cannot come back on at 59:00: he went off at 9:00"));
}

TEST(Validation, TwoYellowsSendAPlayerOff) {
    const std::string text = fixture(moment("after", "40'", "      - { at: 0, tackle: Tower, on: Striker }\n"),
                                     "  - { clock: \"10'\", card: Tower, colour: yellow }\n"
                                     "  - { clock: \"30'\", card: Tower, colour: yellow }\n");
    EXPECT_TRUE(hasError(load(text), at(text, "{ at: 0, tackle"), "Tower is not on the pitch at 39:00: he was sent off at 29:00"));
}

TEST(Validation, WhoAnActionInvolves) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0, tackle: Tower, on: Rock }\n"),
                                     "  - { clock: \"60'\", substitution: Spare, off: Rock }\n");
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "{ at: 0, tackle"), "Tower's tackle is on Rock, a team-mate"));
    EXPECT_TRUE(hasError(r, at(text, "{ clock: \"60'\""), "Spare cannot replace Rock of the other team"));
}

TEST(Validation, UnknownActionKindsListTheKinds) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0, shoot: Striker, to: [100, 34], speed: 20 }\n"
                                                       "      - { at: 1, run: Striker, pass: Maestro, to: [60, 30], by: 2 }\n"
                                                       "      - { at: 2, to: [60, 30] }\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "shoot"),
                         "unknown action kind 'shoot' (did you mean 'shot'? the kinds are run, dribble, pass, cross, "
                         "corner, shot, header, volley, penalty, save, tackle, foul, card, substitution, injury or whistle)"));
    EXPECT_TRUE(hasError(r, at(text, "pass: Maestro"), "this run is also a pass; an action has one kind (write two actions)"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 2"), "this action has no kind"));
    const std::string marker = fixture({}, "  - { clock: \"5'\", run: Striker, to: [60, 30], by: 2 }\n");
    EXPECT_TRUE(hasError(load(marker), at(marker, "run:"), "a marker cannot be a run"));
}

TEST(Validation, TimesInOrderInsideTheMoment) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 1.0, pass: Maestro, to: [70, 30], arrive: 2.0 }\n"
                                                       "      - { at: 0.5, run: Striker, to: [66, 30], by: 1.5 }\n"
                                                       "      - { at: 2.0, run: Flyer, to: [52, 58], by: 7 }\n"
                                                       "      - { at: 3.0, pass: Flyer, to: [60, 60], arrive: 2.5 }\n"
                                                       "      - { at: 3.5, run: Anchor, to: [45, 29], by: 3.0 }\n"
                                                       "      - { at: 6.5, pass: Engine, to: [60, 60], arrive: 7 }\n",
                                            "    duration: 6\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "{ at: 0.5"), "this action at 0.5 s comes after one at 1 s (list actions in time order)"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 2.0"), "he arrives at 7 s, after the moment ends at 6 s"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 3.0"), "the ball arrives at 2.5 s, before it is kicked at 3 s"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 3.5"), "he arrives ('by' 3 s) before he sets off ('at' 3.5 s)"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 6.5"), "it starts at 6.5 s, after the moment ends at 6 s"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 6.5"), "the ball arrives at 7 s, after the moment ends at 6 s"));
}

TEST(Validation, NegativeTimes) {
    const std::string text = fixture(moment("m", "5'", "      - { at: -1, run: Winger, to: [60, 10], by: 1 }\n"));
    EXPECT_TRUE(hasError(load(text), at(text, "-1"), "'at' must be at least 0, not -1"));
}

TEST(Validation, ClockTimesMustExist) {
    const std::string text = fixture(moment("late-first", "45+3'", "") + moment("late-second", "90+5", "") +
                                     moment("nonsense", "soon", ""));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "\"45+3'\""),
                         "there is no 45+3' in this match: the first half ended at 45+1:00 (match.stoppage says"));
    EXPECT_TRUE(hasError(r, at(text, "\"90+5\""), "there is no 90+5 in this match: the match ended at 90+3:00"));
    EXPECT_TRUE(hasError(r, at(text, "\"soon\""), "'soon' is not a match time (try 91, 90+1, 44:30, 10:22.9, 45+2:10 or P+1:05)"));
}

TEST(Validation, MomentsInClockOrderWithoutOverlapping) {
    const std::string text = fixture(moment("first", "10:00", "", "    duration: 12\n") +
                                     moment("overlapping", "10:10", "") + moment("earlier", "5:00", "") +
                                     moment("too-long", "45+0:58", "", "    duration: 5\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "id: overlapping"),
                         "moment 'overlapping' starts at 10:10, before 'first' ends at 10:12 (moments may not overlap)"));
    EXPECT_TRUE(hasError(r, at(text, "id: earlier"),
                         "moment 'earlier' at 5:00 is listed after 'overlapping' at 10:10 (list moments in clock order)"));
    EXPECT_TRUE(hasError(r, at(text, "id: too-long"),
                         "moment 'too-long' runs to 45+1:03, past the end of the first half at 45+1:00"));
}

TEST(Validation, PositionsOffThePitchBeyondFiveMetres) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0, run: Striker, to: [62, -5.1], by: 5 }\n"
                                                       "      - { at: 0, run: Maestro, to: [62, 72.9], by: 5 }\n"
                                                       "      - { at: 0, pass: Keeper, to: [111, 34, 1], speed: 30 }\n",
                                            "    ball: [-6, 34]\n"));
    const std::string spot = replaced(text, "spot: [62, 30]", "spot: [62, 130]");
    const LoadResult r = load(spot);
    EXPECT_TRUE(hasError(r, at(spot, "[62, -5.1]"), "[62, -5.1] is 5.1 m off the pitch"));
    EXPECT_TRUE(hasError(r, at(spot, "[111, 34, 1]"), "[111, 34] is 6.0 m off the pitch"));
    EXPECT_TRUE(hasError(r, at(spot, "[-6, 34]"), "[-6, 34] is 6.0 m off the pitch"));
    EXPECT_TRUE(hasError(r, at(spot, "[62, 130]"), "[62, 130] is 62.0 m off the pitch (positions stay within 5 m"));
    for (const Diagnostic& d : r.diagnostics.items()) EXPECT_EQ(d.message.find("[62, 72.9]"), std::string::npos);
}

TEST(Validation, RunsNoHumanCouldMake) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0.0, run: Striker, to: [90, 31], by: 1.6 }\n"
                                                       "      - { at: 0.0, run: Maestro, to: [80, 40], by: 2.0 }\n"
                                                       "      - { at: 2.0, run: Maestro, to: [100, 40], by: 3.0 }\n"
                                                       "      - { at: 2.5, run: Maestro, to: [100, 41], by: 3.5 }\n",
                                            "    shape:\n      Striker: [80, 30]\n"));
    const LoadResult r = load(text);
    // From his place in the shape: 10.05 m in 1.6 s is 6.3 m/s, fine.
    // From his formation spot [60, 40]: 20 m in 2 s is 10 m/s, fine; then 20 m in 1 s is not.
    EXPECT_TRUE(hasError(r, at(text, "{ at: 2.0, run: Maestro"),
                         "Maestro covers 20.0 m in 1 s (20.0 m/s); nobody runs faster than 10.5 m/s (give him until 'by: 4.0'"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 2.5, run: Maestro"), "Maestro is still on his way until 3 s"));
    EXPECT_EQ(r.diagnostics.errorCount(), 2u) << r.diagnostics.text();

    // In the second half the reds attack left: Striker's spot [62, 30] is at [43, 38].
    const std::string second = fixture(moment("m", "60'", "      - { at: 0, run: Striker, to: [43, 48], by: 1 }\n"));
    EXPECT_TRUE(loadsCleanly(load(second)));
    const std::string far = fixture(moment("m", "60'", "      - { at: 0, run: Striker, to: [43, 50], by: 1 }\n"));
    EXPECT_TRUE(hasError(load(far), at(far, "{ at: 0, run"), "Striker covers 12.0 m in 1 s (12.0 m/s)"));
}

TEST(Validation, HeadersAboveThreeMetres) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0.4, corner: Winger, to: { player: Striker, height: 3.4 }, arrive: 2.6 }\n"
                                                       "      - { at: 2.6, header: Striker, to: [104, 33], speed: 14 }\n"
                                                       "      - { at: 3.0, cross: Flyer, to: { player: Maestro, height: 3.5 }, arrive: 4 }\n"
                                                       "      - { at: 4.0, shot: Maestro, to: [104, 33], speed: 14 }\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "{ at: 0.4"), "the ball reaches Striker 3.4 m above the grass, and he heads it (line"));
    EXPECT_EQ(r.diagnostics.errorCount(), 1u) << r.diagnostics.text();
    const std::string own = fixture(moment("m", "5'", "      - { at: 2.6, header: Striker, to: [104, 33], speed: 14, height: 3.2 }\n"));
    EXPECT_TRUE(hasError(load(own), at(own, "3.2"), "nobody heads a ball 3.2 m above the grass (a header meets the ball at 3 m or lower)"));
}

TEST(Validation, KicksNeedArriveOrSpeedAndAHumanSpeed) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0, shot: Striker, to: [104, 33], speed: 40 }\n"
                                                       "      - { at: 1, pass: Maestro, to: [70, 30], arrive: 2, speed: 10 }\n"
                                                       "      - { at: 2, pass: Maestro, to: [70, 30] }\n"
                                                       "      - { at: 3, save: Gloves }\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "40 }"), "nobody strikes a ball at 40 m/s (the hardest shots fly at about 35 m/s)"));
    EXPECT_TRUE(hasError(r, at(text, "speed: 10"), "give 'arrive' or 'speed', not both"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 2"), "this pass needs 'arrive' (when the ball gets there) or 'speed'"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 3"), "this save neither holds the ball nor palms it anywhere"));
}

TEST(Validation, ASaveHoldsPalmsOrIsBeatenAndNothingElse) {
    const std::string text = fixture(moment("m", "5'", "      - { at: 0, shot: Striker, to: { goal: right, y: 33 }, speed: 20 }\n"
                                                       "      - { at: 0.8, save: Gloves, beaten: true, to: [100, 30] }\n"
                                                       "      - { at: 0.9, save: Gloves, holds: true, beaten: true }\n"
                                                       "      - { at: 1.0, save: Gloves, beaten: yes please }\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "to: [100"), "'to' does not apply when the keeper is beaten (a beaten keeper does not touch the ball)"));
    EXPECT_TRUE(hasError(r, at(text, "beaten: true }"), "'beaten' does not apply when the keeper holds the ball"));
    EXPECT_TRUE(hasError(r, at(text, "yes please"), "beaten"));
    const std::string alone = fixture(moment("m", "5'", "      - { at: 0.8, save: Gloves, beaten: true }\n"));
    EXPECT_TRUE(hasError(load(alone), at(alone, "{ at: 0.8"), "Gloves is beaten at 0.8 s, but nobody has kicked the ball at him"));
    const std::string fine = fixture(moment("m", "5'", "      - { at: 0, shot: Striker, to: { goal: right, y: 33 }, speed: 20 }\n"
                                                       "      - { at: 0.8, save: Gloves, beaten: true }\n"));
    EXPECT_TRUE(loadsCleanly(load(fine)));
    EXPECT_TRUE(load(fine).script.moments[0].actions[1].beaten);
}

TEST(Validation, APenaltyOpensItsMomentFromTheSpot) {
    const std::string fine = fixture(moment("pen", "5'", "      - { at: 1, penalty: Striker, to: { goal: right, y: 36, z: 0.5 }, speed: 22 }\n"));
    EXPECT_TRUE(loadsCleanly(load(fine)));
    const std::string text = fixture(moment("early", "5'", "      - { at: 0, pass: Maestro, to: [90, 30], speed: 10 }\n"
                                                           "      - { at: 1, penalty: Striker, to: { goal: right, y: 36 }, speed: 22 }\n"
                                                           "      - { at: 3, penalty: Maestro, to: { goal: right, y: 32 }, speed: 22 }\n") +
                                     moment("moved", "10'", "      - { at: 1, penalty: Striker, to: { goal: right, y: 36 }, speed: 22 }\n",
                                            "    ball: [90, 34]\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "{ at: 0, pass"), "the ball is on the penalty spot until the penalty at 1 s"));
    EXPECT_TRUE(hasError(r, at(text, "{ at: 3, penalty"), "a second penalty in this moment"));
    EXPECT_TRUE(hasError(r, at(text, "id: moved"), "the moment's 'ball' is not on the penalty spot [94, 34], where Striker's penalty is taken"));
    // In the second half Reds attack the left-hand goal: the spot is at x = 11.
    const std::string second = fixture(moment("pen", "60'", "      - { at: 1, penalty: Striker, to: { goal: left, y: 36 }, speed: 22 }\n",
                                              "    ball: [94, 34]\n"));
    EXPECT_TRUE(hasError(load(second), at(second, "id: pen"), "not on the penalty spot [11, 34]"));
}

TEST(Validation, NumbersThatAreNotNumbers) {
    const std::string text = fixture(moment("m", "5'", "      - { at: .nan, run: Striker, to: [60, 30], by: 2 }\n"
                                                       "      - { at: 0, run: Maestro, to: [1e300, 30], by: 2 }\n"
                                                       "      - { at: 0, run: Winger, to: [60, .inf], by: 2 }\n"
                                                       "      - { at: 0, run: Flyer, to: [60, 30], by: 2e6 }\n"
                                                       "      - { at: 0, run: Anchor, to: [60, 30], by: soon }\n"
                                                       "      - { at: 0, run: Engine, to: [60, 30], by: \"2\" }\n"
                                                       "      - { at: 0, run: Left, to: [60, 30], by: 1e999 }\n"));
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, ".nan"), "'at' is .nan, not a finite number"));
    EXPECT_TRUE(hasError(r, at(text, "1e300"), "'to x' is 1e300, an absurd number (numbers in a script stay within +-1000000)"));
    EXPECT_TRUE(hasError(r, at(text, ".inf"), "'to y' is .inf, not a finite number"));
    EXPECT_TRUE(hasError(r, at(text, "2e6"), "'by' is 2e6, an absurd number"));
    EXPECT_TRUE(hasError(r, at(text, "soon"), "'by' should be a number, not 'soon'"));
    EXPECT_TRUE(hasError(r, at(text, "\"2\""), "'by' should be a number, not the text \"2\" (leave numbers unquoted)"));
    EXPECT_TRUE(hasError(r, at(text, "1e999"), "'by' is 1e999, an absurd number"));
}

TEST(Validation, WrongTypesDuplicateKeysAndColours) {
    std::string text = fixture(moment("m", "5'", "      - { at: 0, at: 1, run: Striker, to: [60, 30], by: 2 }\n"
                                                 "      - [at, 0]\n",
                                      "    shape: [Striker]\n"));
    text = replaced(text, "kit: { shirt: \"#c62828\", number: \"#ffffff\" }", "kit:\n      shirt: #c62828\n      number: \"#ffffff\"");
    text = replaced(text, "number: \"#000000\"", "number: \"black\"");
    text = replaced(text, "short: BLU", "short: BLUES");
    text = replaced(text, "date: 2024-05-01", "date: 1 May 2024");
    const LoadResult r = load(text);
    EXPECT_TRUE(hasError(r, at(text, "at: 1, run"), "'at' is given twice in this action (the first is on line"));
    EXPECT_TRUE(hasError(r, at(text, "[at, 0]"), "'action' should be a mapping (key: value), not a list"));
    EXPECT_TRUE(hasError(r, at(text, "[Striker]"), "'shape' should be a mapping (key: value), not a list"));
    EXPECT_TRUE(hasError(r, at(text, "shirt: #"), "'shirt' has no colour (quote colours"));
    EXPECT_TRUE(hasError(r, at(text, "\"black\""), "'number' should be a colour \"#rrggbb\", not 'black'"));
    EXPECT_TRUE(hasError(r, at(text, "BLUES"), "'short' should be 1 to 4 letters"));
    EXPECT_TRUE(hasError(r, at(text, "1 May 2024"), "'date' should be YYYY-MM-DD"));
}

TEST(Validation, AnUnquotedColourInBracesGetsAHint) {
    const std::string text = replaced(fixture(), "shirt: \"#c62828\"", "shirt: #c62828");
    const LoadResult r = load(text);
    ASSERT_EQ(r.diagnostics.items().size(), 1u) << r.diagnostics.text();
    EXPECT_NE(r.diagnostics.items()[0].text().find(
                  "test.yaml:16:15: this is not valid YAML: did not find expected ',' or '}' (an unquoted # starts a "
                  "comment: quote the colour on line 15)"),
              std::string::npos)
        << r.diagnostics.text();
}

TEST(Validation, EveryErrorInOneRunSortedByPlace) {
    std::string text = fixture(moment("m", "5'", "      - { at: 0, run: Strikr, to: [60, 30], by: 2 }\n"
                                                 "      - { at: 1, shoot: Maestro, to: [100, 30], speed: 20 }\n") +
                               moment("m", "45+9'", ""),
                               "  - { clock: \"9'\", card: Tower, colour: pink }\n");
    text = replaced(text, "format: 1", "format: 3");
    text = replaced(text, "home_attacks: right", "home_attacks: up");
    const LoadResult r = load(text);
    EXPECT_EQ(r.diagnostics.errorCount(), 7u) << r.diagnostics.text();
    EXPECT_TRUE(hasError(r, at(text, "id: m", 1), "moment id 'm' is used twice"));
    int line = 0, column = 0;
    for (const Diagnostic& d : r.diagnostics.items()) {
        EXPECT_TRUE(d.where.line > line || (d.where.line == line && d.where.column >= column)) << r.diagnostics.text();
        line = d.where.line;
        column = d.where.column;
    }
}

}  // namespace
}  // namespace touchline
