#include "support/passage_match.h"

#include <cstdio>

#include "support/script_fixture.h"

namespace touchline::testing {

std::string passageMatch(int count) {
    std::string text = fixture(R"(  - id: cross
    clock: "0:05"
    title: The cross
    duration: 4
    actions:
      - { at: 1.0, cross: Winger, to: [70, 30], arrive: 2.4, style: lofted }
)");
    text += "passages:\n";
    constexpr int kSeconds = 15;
    for (int i = 0; i < count; ++i) {
        char clock[16];
        std::snprintf(clock, sizeof clock, "%d:%02d", i * kSeconds / 60, i * kSeconds % 60);
        text += std::string("  - clock: \"") + clock + "\"\n    duration: " + std::to_string(kSeconds) + "\n";
        if (i == 0) {
            text += "    restart: { kick-off: Striker, at: [52.5, 34] }\n";
        } else {
            // Alternate touchlines, so each throw is taken where the previous passage's ball went out.
            text += std::string("    restart: { throw-in: Dasher, at: [70, ") + (i % 2 ? "68" : "0") + "] }\n";
        }
        if (i + 1 < count) text += "    stop: { at: 12.0, why: out }\n";
        text += "    actions:\n"
                "      - { at: 1.0, pass: Dasher, to: { player: Passer }, arrive: 4.0 }\n"
                "      - { at: 5.0, pass: Passer, to: { player: Runner }, arrive: 7.0 }\n";
        if (i == 0) {
            text = text.substr(0, text.rfind("      - { at: 1.0, pass: Dasher"));
            text += "      - { at: 0.5, pass: Striker, to: { player: Anchor }, arrive: 1.6 }\n"
                    "      - { at: 2.6, pass: Anchor, to: { player: Winger }, arrive: 4.6 }\n";
        }
    }
    return text;
}

}  // namespace touchline::testing
