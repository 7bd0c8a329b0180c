#pragma once
// The whole matches of ../shared/data the import tests run over (15 Wyscout, 1 StatsBomb), where that
// directory is (TOUCHLINE_DATA_DIR overrides it), and test names made from the files.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace touchline::testdata {

inline std::filesystem::path dataDir() {
    if (const char* custom = std::getenv("TOUCHLINE_DATA_DIR")) return custom;
    return std::filesystem::path(TOUCHLINE_SOURCE_DIR) / ".." / "shared" / "data";
}

inline auto sharedMatches() {
    return testing::Values(
        "wyscout/1694433-england-iceland.json", "wyscout/1694436-germany-italy.json",
        "wyscout/1694440-portugal-france.json", "wyscout/2057960-portugal-spain.json",
        "wyscout/2058003-france-argentina.json", "wyscout/2058007-belgium-japan.json",
        "wyscout/2058012-russia-croatia.json", "wyscout/2499794-manchester-city-stoke-city.json",
        "wyscout/2500033-everton-manchester-city.json", "wyscout/2500919-olympique-marseille-metz.json",
        "wyscout/2516890-hannover-96-bayer-leverkusen.json", "wyscout/2565603-girona-barcelona.json",
        "wyscout/2565836-real-madrid-girona.json", "wyscout/2576249-lazio-benevento.json",
        "wyscout/2576295-juventus-napoli-2018-04-22.json", "statsbomb/15986-barcelona-girona-events.json");
}

// The matches whose every passage is imported and baked: all of them, but under the sanitizers (ten
// times slower, and CI's 90 minutes on 2 cores) one of each provider, the same code the dev run takes
// over all sixteen.
inline auto sharedWholeMatches() {
#ifdef TOUCHLINE_SANITIZED
    return testing::Values("wyscout/2576295-juventus-napoli-2018-04-22.json", "statsbomb/15986-barcelona-girona-events.json");
#else
    return sharedMatches();
#endif
}

inline std::string matchTestName(const testing::TestParamInfo<std::string>& info) {
    std::string name = std::filesystem::path(info.param).stem().string();
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return name;
}

}  // namespace touchline::testdata
