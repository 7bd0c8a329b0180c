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

TEST(Text, JoinsLists) {
    const std::vector<std::string> items{"run", "pass", "shot"};
    EXPECT_EQ(joinList(items), "run, pass or shot");
    EXPECT_EQ(joinList(std::span(items).first(1)), "run");
}

}  // namespace
}  // namespace touchline
