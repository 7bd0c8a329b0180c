#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text.h"

namespace touchline {
namespace {

TEST(Text, FoldsAccentsAndCase) {
    EXPECT_EQ(foldForSearch("Hamšík"), "hamsik");
    EXPECT_EQ(foldForSearch("Callejón"), "callejon");
    EXPECT_EQ(foldForSearch("Higuaín"), "higuain");
    EXPECT_EQ(foldForSearch("Szczęsny"), "szczesny");
    EXPECT_EQ(foldForSearch("Mandžukić"), "mandzukic");
}

TEST(Text, AColumnCountsCharactersNotBytes) {
    // "Sigþórsson" is 10 characters in 12 bytes: padded to the same width as "Sterling".
    EXPECT_EQ(fitColumn("Sigþórsson", 12), "Sigþórsson  ");
    EXPECT_EQ(fitColumn("Sterling", 12), "Sterling    ");
    EXPECT_EQ(fitColumn("", 3), "   ");
    // Too long: cut to the width, the last character an ellipsis.
    EXPECT_EQ(fitColumn("Theódór Elmar Bjarnason", 12), "Theódór Elm\u2026");
    EXPECT_EQ(fitColumn("Hamšík", 6), "Hamšík");
}

TEST(Text, EditDistanceIgnoresAccents) {
    EXPECT_EQ(editDistance("Hamsik", "Hamšík"), 0u);
    EXPECT_EQ(editDistance("Koulibali", "Koulibaly"), 1u);
    EXPECT_EQ(editDistance("", "abc"), 3u);
}

TEST(Text, NearestNameSuggestsOnlyPlausibleTypos) {
    const std::vector<std::string> names{"Koulibaly", "Callejón", "Insigne", "Buffon"};
    EXPECT_EQ(nearestName("Koulibali", names), "Koulibaly");
    EXPECT_EQ(nearestName("callejon", names), "Callejón");
    EXPECT_EQ(nearestName("Ronaldo", names), std::nullopt);
}

TEST(Text, BoundedEditDistanceGivesUpPastItsLimit) {
    EXPECT_EQ(boundedEditDistance("koulibali", "koulibaly", 2), 1u);
    EXPECT_EQ(boundedEditDistance("kitten", "sitting", 3), 3u);
    EXPECT_EQ(boundedEditDistance("kitten", "sitting", 2), std::nullopt);
    EXPECT_EQ(boundedEditDistance("abc", "abcdefgh", 4), std::nullopt);  // lengths alone rule it out
    EXPECT_EQ(boundedEditDistance("", "", 0), 0u);
    EXPECT_EQ(boundedEditDistance("abc", "abc", 0), 0u);
    EXPECT_EQ(boundedEditDistance("abc", "abd", 0), std::nullopt);
    // The band agrees with the full table wherever the distance is within the limit.
    const std::vector<std::string> words{"", "a", "ab", "ba", "abc", "cab", "hamsik", "hamzik", "mertens", "mertesacker"};
    for (const auto& a : words) {
        for (const auto& b : words) {
            const std::size_t full = editDistance(a, b);
            for (std::size_t limit = 0; limit <= 8; ++limit) {
                const auto bounded = boundedEditDistance(a, b, limit);
                if (full <= limit) EXPECT_EQ(bounded, full) << a << " / " << b << " limit " << limit;
                else EXPECT_EQ(bounded, std::nullopt) << a << " / " << b << " limit " << limit;
            }
        }
    }
}

TEST(Text, HintsOnlyForShortWordsAndTheFirstCandidates) {
    const std::string longWord(kMaxHintLength + 1, 'k');
    const std::vector<std::string> same{longWord};
    EXPECT_EQ(nearestName(longWord, same), std::nullopt);
    std::vector<std::string> many(kMaxHintCandidates, "zzzzzzz");
    many.push_back("Koulibaly");
    EXPECT_EQ(nearestName("Koulibali", many), std::nullopt);
    many[0] = "Koulibaly";
    EXPECT_EQ(nearestName("Koulibali", many), "Koulibaly");
}

TEST(Text, ExcerptsAndElisionKeepMessagesShort) {
    EXPECT_EQ(excerpt("short"), "short");
    EXPECT_EQ(excerpt(std::string(100, 'a'), 4), "aaaa\u2026");
    EXPECT_EQ(excerpt("Hamšík Hamšík", 4), "Hamš\u2026");  // whole characters
    EXPECT_EQ(elideMiddle("abcdefghij", 20), "abcdefghij");
    EXPECT_EQ(elideMiddle("abcdefghij", 4), "ab\u2026ij");
    EXPECT_EQ(elideMiddle("ššššš", 4), "š\u2026š");  // never half a character
}

TEST(Text, JoinsLists) {
    const std::vector<std::string> items{"run", "pass", "shot"};
    EXPECT_EQ(joinList(items), "run, pass or shot");
    EXPECT_EQ(joinList(std::span(items).first(1)), "run");
}

}  // namespace
}  // namespace touchline
