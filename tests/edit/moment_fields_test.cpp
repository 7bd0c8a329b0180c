// A moment's clock, length, title and caption, edited as text patches: one value changes, a folded
// caption stays folded, every edit is one undo step, and the timeline follows (the same as a fresh bake).
#include <gtest/gtest.h>

#include "edit/edit_session.h"
#include "edit/edit_test_support.h"
#include "edit/moment_fields.h"
#include "script/loader.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

using namespace touchline::edit;
using testing::bundledText;
using testing::changedLines;
using testing::freshTrackBytes;
using testing::momentId;

class MomentFields : public ::testing::Test {
protected:
    void SetUp() override {
        original_ = bundledText();
        session_ = std::make_unique<EditSession>("juventus-napoli.yaml", original_);
        ASSERT_TRUE(session_->current()) << session_->diagnostics().text();
        winner_ = momentId(*session_, "koulibaly-winner");
    }
    const Moment& winner() const { return *session_->moment(winner_); }

    std::string original_;
    std::unique_ptr<EditSession> session_;
    MomentId winner_;
};

TEST_F(MomentFields, ATitleIsOneLineAndOneUndo) {
    ASSERT_TRUE(session_->apply(SetMomentTitle{winner_, "Koulibaly heads   the winner\n"}).ok());
    EXPECT_EQ(winner().title, "Koulibaly heads the winner");
    EXPECT_EQ(changedLines(original_, session_->text()), std::vector<std::string>{"    title: Koulibaly heads the winner"});
    EXPECT_EQ(session_->undoLabel(), "retitle 'koulibaly-winner'");
    ASSERT_TRUE(session_->undo());
    EXPECT_EQ(session_->text(), original_);

    // YAML's own characters are quoted.
    ASSERT_TRUE(session_->apply(SetMomentTitle{winner_, "Napoli: 1, Juventus: 0"}).ok());
    EXPECT_EQ(changedLines(original_, session_->text()), std::vector<std::string>{"    title: \"Napoli: 1, Juventus: 0\""});
    EXPECT_EQ(winner().title, "Napoli: 1, Juventus: 0");
    EXPECT_FALSE(session_->apply(SetMomentTitle{winner_, "  \n "}).ok());
}

TEST_F(MomentFields, AFoldedCaptionStaysFoldedAndWrapped) {
    const std::string caption =
        "Callejón's corner from the right finds Koulibaly, who climbs above Benatia at the near post and heads "
        "it down and in, low past Buffon's left hand. Napoli lead in Turin, with time almost up.";
    ASSERT_TRUE(session_->apply(SetMomentCaption{winner_, caption}).ok());
    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
    EXPECT_EQ(winner().caption, caption);
    const std::string& text = session_->text();
    const std::size_t key = text.find("    caption: >-\n", text.find("id: koulibaly-winner"));
    ASSERT_NE(key, std::string::npos);
    // Its lines, indented under the key and no wider than the author's, then the fields after it.
    std::size_t line = text.find('\n', key) + 1;
    int lines = 0;
    while (text.compare(line, 6, "      ") == 0) {
        const std::size_t end = text.find('\n', line);
        std::size_t characters = 0;
        for (std::size_t i = line; i < end; ++i) characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        EXPECT_LE(characters, kCaptionColumns);
        line = end + 1;
        ++lines;
    }
    EXPECT_EQ(lines, static_cast<int>(wrapWords(caption, kCaptionColumns - 6).size()));
    EXPECT_GE(lines, 2);
    const std::string_view next = "    duration: 12.5\n";
    EXPECT_EQ(text.compare(line, next.size(), next), 0) << text.substr(line, 40);
    EXPECT_EQ(session_->timeline()->script().moments[*session_->ids().find(winner_)].caption, caption);
}

TEST_F(MomentFields, TheClockMovesTheMomentAndItsTimeline) {
    ASSERT_TRUE(session_->apply(SetMomentClock{winner_, *parseClock("90+1:30")}).ok());
    EXPECT_EQ(changedLines(original_, session_->text()), std::vector<std::string>{"    clock: \"90+1:30\""});
    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
    const double start = *session_->script().clock.toMatchTime(*parseClock("90+1:30"));
    EXPECT_DOUBLE_EQ(winner().matchTime, start);
    const int index = *session_->ids().find(winner_);
    EXPECT_DOUBLE_EQ(session_->timeline()->moments()[static_cast<std::size_t>(index)].start, start);
    EXPECT_EQ(session_->timeline()->trackBytes(), freshTrackBytes(session_->text()));
}

TEST_F(MomentFields, AClockTheMatchDoesNotHaveIsRefused) {
    // Four minutes and four seconds were added to the second half.
    const Status refused = session_->apply(SetMomentClock{winner_, *parseClock("90+6:00")});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("there is no 90+6:00 in this match"), std::string::npos) << refused.error().message;
    EXPECT_EQ(session_->text(), original_);
}

TEST_F(MomentFields, AClockPastTheNextMomentIsTheValidatorsLocatedError) {
    const MomentId before = momentId(*session_, "callejon-volley-saved");  // the one before the winner
    ASSERT_TRUE(before.valid());
    const auto good = session_->timeline();
    ASSERT_TRUE(session_->apply(SetMomentClock{before, *parseClock("90+2:00")}).ok());
    EXPECT_FALSE(session_->current());
    ASSERT_TRUE(session_->diagnostics().hasErrors());
    EXPECT_NE(session_->diagnostics().text().find("clock order"), std::string::npos) << session_->diagnostics().text();
    EXPECT_EQ(session_->timeline(), good);  // the last good version plays on
    ASSERT_TRUE(session_->undo());
    EXPECT_TRUE(session_->current());
}

TEST_F(MomentFields, TheLengthIsWrittenOrAdded) {
    ASSERT_TRUE(session_->apply(SetMomentDuration{winner_, 13.25}).ok());
    EXPECT_EQ(changedLines(original_, session_->text()), std::vector<std::string>{"    duration: 13.25"});
    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
    EXPECT_DOUBLE_EQ(winner().duration, 13.25);
    EXPECT_EQ(session_->timeline()->trackBytes(), freshTrackBytes(session_->text()));
    EXPECT_FALSE(session_->apply(SetMomentDuration{winner_, 0.0}).ok());
    EXPECT_FALSE(session_->apply(SetMomentDuration{winner_, -3.0}).ok());
}

TEST(MomentFieldsInAFixture, MissingFieldsGoWhereTheGuideWritesThem) {
    const std::string text = testing::fixture(R"(  - id: the-goal
    clock: "27:10"
    title: Striker scores  # the title
    ball: [80, 30]
    actions:
      - { at: 0.0,  shot: Striker, to: { goal: right, y: 36.4, z: 0.3 }, speed: 24 }
)");
    EditSession session("test.yaml", text);
    ASSERT_TRUE(session.current()) << session.diagnostics().text();
    const MomentId goal = session.ids().moment(0);
    ASSERT_TRUE(session.apply(SetMomentDuration{goal, 6.5}).ok());
    ASSERT_TRUE(session.apply(SetMomentCaption{goal, "A short one."}).ok());
    ASSERT_TRUE(session.apply(SetMomentTitle{goal, "Striker scores early"}).ok());
    EXPECT_TRUE(session.current()) << session.diagnostics().text();
    std::string expected = text;
    const std::string title = "title: Striker scores  # the title\n";
    expected.replace(expected.find(title), title.size(),
                     "title: Striker scores early  # the title\n    caption: A short one.\n    duration: 6.5\n");
    EXPECT_EQ(session.text(), expected);
    EXPECT_EQ(session.script().moments[0].caption, "A short one.");
}

TEST(MomentFieldsText, ParagraphsAndWrapping) {
    EXPECT_EQ(oneParagraph("  two\nlines\t and  spaces \n"), "two lines and spaces");
    EXPECT_EQ(oneParagraph(""), "");
    EXPECT_EQ(wrapWords("aa bb cc dd", 5), (std::vector<std::string>{"aa bb", "cc dd"}));
    EXPECT_EQ(wrapWords("Callejón Koulibaly", 8), (std::vector<std::string>{"Callejón", "Koulibaly"}));  // characters, not bytes
    EXPECT_TRUE(wrapWords("", 10).empty());
}

}  // namespace
}  // namespace touchline
