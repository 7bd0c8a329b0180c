// The text surgery under every edit: numbers as people write them, names that stay names, spans.
#include <gtest/gtest.h>

#include "edit/yaml_text.h"
#include "script/yaml_document.h"

namespace touchline::edit {
namespace {

TEST(YamlText, NumbersReadLikeTheAuthorsOwn) {
    EXPECT_EQ(formatNumber(2.6), "2.6");
    EXPECT_EQ(formatNumber(0.0), "0.0");
    EXPECT_EQ(formatNumber(14.0), "14.0");
    EXPECT_EQ(formatNumber(0.45), "0.45");
    EXPECT_EQ(formatNumber(4.349999999), "4.35");
    EXPECT_EQ(formatNumber(-0.001), "0.0");
    EXPECT_EQ(formatPlace({99.34, 35.16}), "[99.3, 35.2]");
}

TEST(YamlText, NamesArePlainUnlessYamlWouldReadThemOtherwise) {
    EXPECT_EQ(yamlScalar("Koulibaly"), "Koulibaly");
    EXPECT_EQ(yamlScalar("Mário Rui"), "Mário Rui");
    EXPECT_EQ(yamlScalar("yes"), "\"yes\"");
    EXPECT_EQ(yamlScalar("O'Neil: the elder"), "\"O'Neil: the elder\"");
    EXPECT_EQ(yamlScalar("#9"), "\"#9\"");
    EXPECT_EQ(yamlScalar("12"), "\"12\"");
    EXPECT_EQ(yamlScalar("say \"hi\""), "\"say \\\"hi\\\"\"");
}

TEST(YamlText, SpansAreBytesEvenAfterAccents) {
    const std::string text = "a: { who: Hamšík, to: [1.5, 2] }  # c\nb: \"x\"\n";
    const YamlStream stream = parseYaml(text);
    ASSERT_FALSE(stream.error.has_value());
    const YamlNode root = stream.documents[0].root();
    const YamlNode a = root.value(0);
    EXPECT_TRUE(a.isFlow());
    EXPECT_EQ(text.substr(a.begin(), a.end() - a.begin()), "{ who: Hamšík, to: [1.5, 2] }");
    const YamlNode to = a.value(1);
    EXPECT_EQ(text.substr(to.begin(), to.end() - to.begin()), "[1.5, 2]");
    const YamlNode b = root.value(1);
    EXPECT_EQ(text.substr(b.begin(), b.end() - b.begin()), "\"x\"");

    std::vector<TextPatch> patches;
    ASSERT_TRUE(setValue(text, a, "to", "[3.0, 4.0]", patches));
    ASSERT_TRUE(setValue(text, a, "speed", "12.0", patches));
    EXPECT_EQ(applyPatches(text, patches), "a: { who: Hamšík, to: [3.0, 4.0], speed: 12.0 }  # c\nb: \"x\"\n");
}

TEST(YamlText, RemovingAFlowPairTakesItsComma) {
    const std::string text = "{ at: 1, speed: 14, style: driven }";
    const YamlStream stream = parseYaml(text);
    const YamlNode root = stream.documents[0].root();
    for (const auto& [key, expected] : std::vector<std::pair<std::string, std::string>>{
             {"at", "{ speed: 14, style: driven }"},
             {"speed", "{ at: 1, style: driven }"},
             {"style", "{ at: 1, speed: 14 }"}}) {
        std::vector<TextPatch> patches;
        ASSERT_TRUE(removeKey(text, root, key, patches));
        EXPECT_EQ(applyPatches(text, patches), expected) << key;
    }
}

}  // namespace
}  // namespace touchline::edit
