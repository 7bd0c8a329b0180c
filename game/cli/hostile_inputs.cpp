#include "cli/hostile_inputs.h"

#include <algorithm>

namespace touchline::cli {

namespace {

// The match block of every generated script: 30 minutes of stoppage in each half, so one half lasts
// 4,500 s and the longest moments fit.
constexpr std::string_view kMatch = R"(format: 1
match:
  competition: Hostile Cup
  date: 2024-05-01
  venue: Nowhere
  home: reds
  away: blues
  score: [0, 0]
  home_attacks: right
  stoppage: ["30:00", "30:00"]
)";

std::string playerLine(std::string_view prefix, int index, int number, bool keeper) {
    // Spots spread over the team's half so no two players stand on one another.
    const int x = 5 + (index * 7) % 45;
    const int y = 3 + (index * 13) % 62;
    return "      - { number: " + std::to_string(number) + ", name: " + std::string(prefix) + std::to_string(index) +
           ", position: " + (keeper ? "GK" : "CM") + ", spot: [" + std::to_string(x) + ", " + std::to_string(y) +
           "] }\n";
}

// A team with `starters` players (the first a keeper) named PREFIX0, PREFIX1, ... and `substitutes`
// more, numbered on from the starters (numbers past 99 repeat: only the validator minds).
std::string team(std::string_view key, std::string_view prefix, int starters, int substitutes) {
    std::string text = "  " + std::string(key) + ":\n    name: " + std::string(key) + "\n    short: " +
                       std::string(key.substr(0, 3)) +
                       "\n    kit: { shirt: \"#c62828\", number: \"#ffffff\" }\n"
                       "    goalkeeper: { shirt: \"#212121\", number: \"#ffffff\" }\n    players:\n";
    for (int i = 0; i < starters; ++i) text += playerLine(prefix, i, 1 + i % 99, i == 0);
    if (substitutes > 0) {
        text += "    substitutes:\n";
        for (int i = starters; i < starters + substitutes; ++i) text += playerLine(prefix, i, 1 + i % 99, false);
    }
    return text;
}

std::string teams(int starters, int homeSubstitutes, int awaySubstitutes) {
    return "teams:\n" + team("reds", "R", starters, homeSubstitutes) + team("blues", "B", starters, awaySubstitutes);
}

// 1. Duplicate-key detection: 40,000 keys in one mapping (389 KB; 5.4 s when every key was compared
//    with every earlier one).
std::string duplicateKeys(int divisor) {
    std::string text = "format: 1\n";
    for (int i = 0; i < 40000 / divisor; ++i) text += "k" + std::to_string(i) + ": 0\n";
    return text;
}

// 2a. "Did you mean" on long names: a 40,000-character match.home against one 40,000-character team
//     key (80 KB; 2.8 s for one edit distance).
std::string longTeamKey(int divisor) {
    std::string text(kMatch);
    const auto length = static_cast<std::size_t>(40000 / divisor);
    text.replace(text.find("home: reds"), 10, "home: " + std::string(length, 'h'));
    // A plain key is at most 1,024 characters in YAML; a longer one is written explicitly, "? key".
    text += "teams:\n  ? " + std::string(length, 'k') + "\n  : {}\n  blues: {}\n";
    return text;
}

// 2b. "Did you mean" against every player: 5,000 substitutes, each referred to by a name nobody has
//     (578 KB; 5 s).
std::string unknownPlayers(int divisor) {
    const int kPlayers = 5000 / divisor;
    std::string text = std::string(kMatch) + teams(11, kPlayers, 0) + "moments: []\nmarkers:\n";
    for (int i = 0; i < kPlayers; ++i) {
        text += "  - { clock: \"10:00\", card: Q" + std::to_string(i) + "x, colour: yellow }\n";
    }
    return text;
}

// 2c. Known names: 20,000 substitutes, each booked by name (2.3 MB; 9.9 s when every lookup folded
//     every name again).
std::string manyPlayers(int divisor) {
    const int kPlayers = 20000 / divisor;
    std::string text = std::string(kMatch) + teams(11, kPlayers, 0) + "moments: []\nmarkers:\n";
    for (int i = 11; i < 11 + kPlayers; ++i) {
        text += "  - { clock: \"10:00\", card: R" + std::to_string(i) + ", colour: yellow }\n";
    }
    return text;
}

// 3a. Aliases through diagnostics: 10,000 aliases of one 100,000-character scalar where moments belong,
//     each reported with the whole scalar quoted (140 KB; 1.7 GB).
std::string aliasDiagnostics(int divisor) {
    std::string text = "format: 1\nx: &a \"" + std::string(static_cast<std::size_t>(100000 / divisor), 'a') +
                       "\"\nmoments: [";
    for (int i = 0; i < 10000 / divisor; ++i) text += i == 0 ? "*a" : ", *a";
    return text + "]\n";
}

// 3b. The same at 1 MB: 150,000 aliases of a 400,000-character scalar (4.9 GB and more).
std::string aliasDiagnosticsLarge(int divisor) {
    std::string text = "format: 1\nx: &a \"" + std::string(static_cast<std::size_t>(400000 / divisor), 'a') +
                       "\"\nmoments: [";
    for (int i = 0; i < 150000 / divisor; ++i) text += i == 0 ? "*a" : ",*a";
    return text + "]\n";
}

// 3c. Aliases stored: a valid script whose moments all take their title from one 100,000-character
//     scalar; reading them all would hold gigabytes of titles.
std::string aliasTitles(int divisor) {
    std::string text(kMatch);
    text.replace(text.find("venue: Nowhere"), 14,
                 "venue: &t \"" + std::string(static_cast<std::size_t>(100000 / divisor), 't') + "\"");
    text += teams(11, 0, 0) + "moments:\n";
    for (int i = 0; i < 20000 / divisor; ++i) {
        const int second = i % 2000;
        text += "  - { id: m" + std::to_string(i) + ", clock: \"" + std::to_string(second / 60) + ":" +
                (second % 60 < 10 ? "0" : "") + std::to_string(second % 60) + "\", title: *t }\n";
    }
    return text;
}

// Two moments of 4,490 s, one in each half: the longest a half of 45 + 30 minutes holds.
std::string longMoments() {
    return R"(moments:
  - id: first
    clock: "0:05"
    title: First
    duration: 4490
    actions:
      - { at: 0.5, pass: R1, to: [60, 30], arrive: 2.5 }
      - { at: 4480, run: R2, to: [40, 40], by: 4489 }
  - id: second
    clock: "45:05"
    title: Second
    duration: 4490
    actions:
      - { at: 0.5, pass: B1, to: [60, 30], arrive: 2.5 }
      - { at: 4480, run: B2, to: [40, 40], by: 4489 }
markers: []
)";
}

// 4a. The bake of a 15 KB script: 99 starters a team, 30 minutes of stoppage, two moments of 4,490 s
//     (16 s, 2.6 GB). More than eleven starters is an error now, so it never reaches the bake.
std::string crowdedLongMoments(int) { return std::string(kMatch) + teams(99, 0, 0) + longMoments(); }

// 4b. The same moments with a legal squad (eleven and fifteen substitutes): the bake's memory must be
//     a bounded rate per second of replay per player.
std::string longMomentsFullSquads(int) { return std::string(kMatch) + teams(11, 15, 15) + longMoments(); }

// 5. One 4,000 s dribble: every step scanned every touch's exclusion interval (1.5 KB; 4.2 s).
std::string longDribble(int) {
    return std::string(kMatch) + teams(11, 0, 0) + R"(moments:
  - id: dribble
    clock: "0:05"
    title: The long dribble
    duration: 4010
    actions:
      - { at: 0.0, dribble: R9, to: [60, 40], by: 4000 }
      - { at: 4000, pass: R9, to: [90, 20], arrive: 4002 }
markers: []
)";
}

// 6. The importer's shapes: a Wyscout events file (its teams, players and events, no match records)
//    with `players` a team named by `nameLength` characters and `events` events, every one a goal or
//    every one a pass; event times spread evenly over the two halves.
std::string wyscoutFile(int players, int nameLength, int events, bool goals) {
    std::string text = R"({"teams": {"10": {"team": {"wyId": 10, "name": "Riverside"}}, "20": {"team": {"wyId": 20, "name": "Hilltop"}}},
"players": {)";
    for (int t = 1; t <= 2; ++t) {
        text += std::string(t == 1 ? "" : ", ") + "\"" + std::to_string(t * 10) + "\": [";
        for (int i = 0; i < players; ++i) {
            const std::string id = std::to_string(t * 10 * 1000 + i);  // team 10's players 10000.., team 20's 20000..
            text += std::string(i == 0 ? "" : ", ") + R"({"player": {"wyId": )" + id + R"(, "shortName": ")" +
                    std::string(static_cast<std::size_t>(nameLength), 'N') + id + R"(", "firstName": "F", "lastName": "L", "role": {"code2": ")" +
                    (i == 0 ? "GK" : "MD") + "\"}}}";
        }
        text += "]";
    }
    text += "},\n\"events\": [\n";
    const int half = std::max(1, events / 2);
    for (int k = 0; k < events; ++k) {
        const int team = k % 2 == 0 ? 10 : 20;
        const double second = (k % half) * (2700.0 / half);
        text += std::string(k == 0 ? "" : ",\n") + R"({"id": )" + std::to_string(k + 1) +
                (goals ? R"(, "eventId": 10, "subEventId": 100)" : R"(, "eventId": 8, "subEventId": 85)") +
                R"(, "matchId": 777, "matchPeriod": ")" + (k < half ? "1H" : "2H") + R"(", "eventSec": )" +
                std::to_string(second) + R"(, "teamId": )" + std::to_string(team) + R"(, "playerId": )" +
                std::to_string(team * 1000 + (k / 2) % players) +
                (goals ? R"(, "tags": [{"id": 101}, {"id": 1801}], "positions": [{"x": 88, "y": 50}, {"x": 100, "y": 50}]})"
                       : R"(, "tags": [{"id": 1801}], "positions": [{"x": 50, "y": 50}, {"x": 60, "y": 40}]})");
    }
    return text + "\n]}\n";
}

// 6a. 20,000 goals, one every 0.27 s (4.7 MB): every key event of the data in one stretch of play.
std::string manyGoals(int divisor) { return wyscoutFile(11, 8, 20000 / divisor, true); }

// 6b. 1,000 players a team, each named by 3,000 characters, and 20,000 passes (8 MB): names in every
//     message, and a squad far past any bench.
std::string longPlayerNames(int divisor) { return wyscoutFile(1000 / divisor, 3000 / divisor, 20000 / divisor, false); }

constexpr HostileInput kInputs[] = {
    {"duplicate-keys.yaml", "40,000 keys in one mapping", duplicateKeys, "unknown field 'k0' in the file"},
    {"long-team-key.yaml", "a 40,000-character team name to suggest against", longTeamKey,
     "there is no team 'hhhhhhhh"},
    {"unknown-players.yaml", "5,000 unknown names against 5,000 players", unknownPlayers,
     "reds name 5000 substitutes"},
    {"many-players.yaml", "20,000 players, each looked up by name", manyPlayers, "reds name 20000 substitutes"},
    {"alias-diagnostics.yaml", "10,000 aliases of a 100,000-character scalar, each a mistake", aliasDiagnostics,
     "'moment' should be a mapping (key: value), not 'aaaaaaaa"},
    {"alias-diagnostics-1mb.yaml", "150,000 aliases of a 400,000-character scalar", aliasDiagnosticsLarge,
     "more problems not shown"},
    {"alias-titles.yaml", "20,000 moment titles aliasing one 100,000-character scalar", aliasTitles,
     "the file repeats far more data than it holds"},
    {"crowded-long-moments.yaml", "99 starters a team and two moments of 4,490 s", crowdedLongMoments,
     "reds start with 99 players"},
    {"long-moments.yaml", "two moments of 4,490 s with 26 players a team", longMomentsFullSquads, "ok"},
    // Whether so slow a dribble is one the physics can play is the bake's to say; what matters is the cost.
    {"long-dribble.yaml", "one dribble of 4,000 s", longDribble, ""},
    {"many-goals.json", "a Wyscout file of 20,000 goals in 90 minutes", manyGoals, "ok \u2014 Riverside 10000\u201310000 Hilltop"},
    {"long-player-names.json", "a Wyscout file of 1,000 players a team with 3,000-character names", longPlayerNames,
     "(a bench holds at most 15)"},
};

}  // namespace

std::span<const HostileInput> hostileInputs() { return kInputs; }

}  // namespace touchline::cli
