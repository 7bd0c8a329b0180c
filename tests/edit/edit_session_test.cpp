// The editor's model, driven through the same commands the viewer's mouse and panel use: move a
// runner, retime a cross, undo, redo, save, reload, and compare timelines with fresh bakes.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "edit/edit_session.h"
#include "edit/edit_test_support.h"
#include "script/loader.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::edit;
using testing::bundledText;
using testing::changedLines;
using testing::freshTrackBytes;

class BundledSession : public ::testing::Test {
protected:
    void SetUp() override {
        original_ = bundledText();
        session_ = std::make_unique<EditSession>("juventus-napoli.yaml", original_);
        ASSERT_TRUE(session_->current()) << session_->diagnostics().text();
        winner_ = testing::momentId(*session_, "koulibaly-winner");
    }
    // An action of the winner by what it is, as the session names it.
    ActionId id(ActionKind kind, std::string_view actor, int occurrence = 0) const {
        return testing::actionId(*session_, "koulibaly-winner", kind, actor, occurrence);
    }
    const Action& action(ActionId id) const {
        const Action* a = session_->action(id);
        EXPECT_NE(a, nullptr) << "action " << id.value << " is not in the script";
        static const Action none;
        return a ? *a : none;
    }
    // The index of an action in the winner's list, in the current text.
    int indexOf(ActionId id) const {
        const auto place = session_->ids().find(id);
        return place ? place->action : -1;
    }

    std::string original_;
    std::unique_ptr<EditSession> session_;
    MomentId winner_;
};

TEST_F(BundledSession, MovingARunnerChangesOneValueAndRebakesLikeAFullBake) {
    const ActionId run = id(ActionKind::Run, "Milik");
    const auto started = std::chrono::steady_clock::now();
    ASSERT_TRUE(session_->apply(MoveRunTarget{run, {98.0, 42.5}}).ok());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    std::printf("edit + parse + re-bake of one moment: %.1f ms\n", ms);

    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
    EXPECT_TRUE(session_->dirty());
    EXPECT_EQ(action(run).to, (Vec2{98.0, 42.5}));
    // One line changed, and in it only the value: alignment and the other fields as written.
    const auto changed = changedLines(original_, session_->text());
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0], "      - { at: 2.4,  run: Milik, to: [98.0, 42.5], by: 4.3 }");
    // Re-baking one moment gives exactly what baking the new text from scratch gives.
    EXPECT_EQ(session_->timeline()->trackBytes(), freshTrackBytes(session_->text()));
}

TEST_F(BundledSession, RetimingTheCornerMovesItsArrivalWithIt) {
    const ActionId corner = id(ActionKind::Corner, "Callejón");
    ASSERT_TRUE(session_->apply(RetimeAction{corner, 1.75}).ok());
    EXPECT_DOUBLE_EQ(action(corner).at, 1.75);
    ASSERT_TRUE(action(corner).arrive.has_value());
    EXPECT_NEAR(*action(corner).arrive, 4.15, 1e-9);
    EXPECT_EQ(changedLines(original_, session_->text()),
              std::vector<std::string>{"      - { at: 1.75, corner: Callejón, to: { player: Koulibaly, height: 2.45 }, arrive: 4.15 }"});
    EXPECT_EQ(session_->timeline()->trackBytes(), freshTrackBytes(session_->text()));
}

TEST_F(BundledSession, UndoAndRedoRestoreTextsAndTimelinesExactly) {
    const auto originalBytes = session_->timeline()->trackBytes();
    const ActionId run = id(ActionKind::Run, "Milik");
    const ActionId corner = id(ActionKind::Corner, "Callejón");
    ASSERT_TRUE(session_->apply(MoveRunTarget{run, {97.0, 39.0}}).ok());
    const std::string afterMove = session_->text();
    ASSERT_TRUE(session_->apply(RetimeAction{corner, 2.05}).ok());
    const std::string afterRetime = session_->text();
    const auto retimedBytes = session_->timeline()->trackBytes();
    EXPECT_EQ(session_->undoLabel(), "retime Callejón's corner");

    ASSERT_TRUE(session_->undo());
    EXPECT_EQ(session_->text(), afterMove);
    ASSERT_TRUE(session_->undo());
    EXPECT_EQ(session_->text(), original_);
    EXPECT_FALSE(session_->dirty());
    EXPECT_FALSE(session_->canUndo());
    EXPECT_EQ(session_->timeline()->trackBytes(), originalBytes);

    ASSERT_TRUE(session_->redo());
    ASSERT_TRUE(session_->redo());
    EXPECT_FALSE(session_->canRedo());
    EXPECT_EQ(session_->text(), afterRetime);
    EXPECT_EQ(session_->timeline()->trackBytes(), retimedBytes);

    // A new edit after an undo forgets the undone step.
    ASSERT_TRUE(session_->undo());
    ASSERT_TRUE(session_->apply(MoveRunTarget{run, {96.0, 40.0}}).ok());
    EXPECT_FALSE(session_->canRedo());
}

TEST_F(BundledSession, ADragIsOneUndoStep) {
    const ActionId run = id(ActionKind::Run, "Koulibaly");
    session_->beginGesture();
    for (int i = 1; i <= 10; ++i) {
        ASSERT_TRUE(session_->apply(MoveRunTarget{run, {96.6 - 0.1 * i, 36.0 + 0.05 * i}}).ok());
    }
    session_->endGesture();
    EXPECT_EQ(session_->historySize(), 2u);
    EXPECT_EQ(action(run).to, (Vec2{95.6, 36.5}));
    ASSERT_TRUE(session_->undo());
    EXPECT_EQ(session_->text(), original_);

    // Dragged back to where it was: no step at all.
    session_->beginGesture();
    ASSERT_TRUE(session_->apply(MoveRunTarget{run, {90.0, 30.0}}).ok());
    ASSERT_TRUE(session_->apply(MoveRunTarget{run, {96.6, 36.0}}).ok());
    session_->endGesture();
    EXPECT_EQ(session_->historySize(), 1u);  // the redo step from before is gone, nothing added
    EXPECT_FALSE(session_->canUndo());
}

TEST_F(BundledSession, KickInspectorEdits) {
    const ActionId header = id(ActionKind::Header, "Koulibaly");
    KickTarget target = action(header).target;
    target.place.y = 35.2;
    ASSERT_TRUE(session_->apply(SetKickTarget{header, target}).ok());
    ASSERT_TRUE(session_->apply(SetKickArrival{header, 4.9}).ok());
    ASSERT_TRUE(session_->apply(SetKickStyle{header, KickStyle::Lofted}).ok());
    EXPECT_EQ(changedLines(original_, session_->text()),
              std::vector<std::string>{
                  "      - { at: 4.35, header: Koulibaly, to: { goal: right, y: 35.2, z: 0.45 }, arrive: 4.9, style: lofted }"});
    EXPECT_FALSE(action(header).speed.has_value());
    EXPECT_EQ(session_->timeline()->trackBytes(), freshTrackBytes(session_->text()));

    const ActionId corner = id(ActionKind::Corner, "Callejón");
    ASSERT_TRUE(session_->apply(SetKickKind{corner, ActionKind::Cross}).ok());
    EXPECT_EQ(action(corner).kind, ActionKind::Cross);
    // Not a kick: an error value and no change.
    const std::string before = session_->text();
    const ActionId run = id(ActionKind::Run, "Milik");
    EXPECT_FALSE(session_->apply(SetKickStyle{run, KickStyle::Driven}).ok());
    EXPECT_EQ(session_->text(), before);
}

TEST_F(BundledSession, AnImpossibleEditShowsLocatedErrorsAndTheLastGoodTimelinePlaysOn) {
    const auto good = session_->timeline();
    const ActionId run = id(ActionKind::Run, "Koulibaly");
    // 40 m in two seconds: faster than anyone runs.
    ASSERT_TRUE(session_->apply(MoveRunTarget{run, {60.0, 36.0}}).ok());
    EXPECT_FALSE(session_->current());
    ASSERT_TRUE(session_->diagnostics().hasErrors());
    const Diagnostic& error = session_->diagnostics().items().front();
    EXPECT_EQ(error.where.file, "juventus-napoli.yaml");
    EXPECT_GT(error.where.line, 600);
    EXPECT_EQ(session_->timeline(), good);
    // Fixing it (here: undo) brings the physics back.
    ASSERT_TRUE(session_->undo());
    EXPECT_TRUE(session_->current());
    EXPECT_FALSE(session_->diagnostics().hasErrors());
}

TEST_F(BundledSession, EditsAcrossABrokenStepRebakeEveryMomentTheyTouched) {
    const ActionId run = testing::actionId(*session_, "insigne-early-chance", ActionKind::Run, "Mertens");
    ASSERT_TRUE(session_->apply(MoveRunTarget{run, {5.0, 31.0}}).ok());
    const ActionId koulibaly = id(ActionKind::Run, "Koulibaly");
    ASSERT_TRUE(session_->apply(MoveRunTarget{koulibaly, {60.0, 36.0}}).ok());  // broken
    ASSERT_FALSE(session_->current());
    ASSERT_TRUE(session_->apply(MoveRunTarget{koulibaly, {96.0, 36.5}}).ok());  // fixed
    ASSERT_TRUE(session_->current());
    EXPECT_EQ(session_->timeline()->trackBytes(), freshTrackBytes(session_->text()));
}

TEST_F(BundledSession, MovingAPlayerAtTheStartWritesHisShapeEntry) {
    const PlayerId reina = *session_->script().findPlayer("Reina");
    ASSERT_TRUE(session_->apply(MovePlayer{winner_, reina, {45.5, 33.0}}).ok());
    EXPECT_EQ(changedLines(original_, session_->text()), std::vector<std::string>{"      Reina: [45.5, 33.0]"});
    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
}

TEST_F(BundledSession, AddAndRemoveActionsKeepTimeOrder) {
    const Script& script = session_->script();
    Action run;
    run.kind = ActionKind::Run;
    run.at = 3.0;
    run.actor = *script.findPlayer("Rog");
    run.to = {88.0, 44.0};
    run.by = 4.5;
    ASSERT_TRUE(session_->apply(AddAction{winner_, run}).ok());
    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
    const auto added = changedLines(original_, session_->text());
    ASSERT_EQ(added, std::vector<std::string>{"      - { at: 3.0, run: Rog, to: [88.0, 44.0], by: 4.5 }"});
    const ActionId rog = id(ActionKind::Run, "Rog");
    EXPECT_EQ(session_->lastAdded(), rog);
    const auto& actions = session_->script().moments[static_cast<std::size_t>(*session_->ids().find(winner_))].actions;
    EXPECT_DOUBLE_EQ(actions[static_cast<std::size_t>(indexOf(rog) - 1)].at, 2.4);
    EXPECT_DOUBLE_EQ(actions[static_cast<std::size_t>(indexOf(rog) + 1)].at, 4.35);

    ASSERT_TRUE(session_->apply(RemoveAction{rog}).ok());
    EXPECT_EQ(session_->text(), original_);
    ASSERT_TRUE(session_->apply(RemoveAction{id(ActionKind::Run, "Buffon")}).ok());
    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
    EXPECT_EQ(session_->text().find("run: Buffon, to: [104.3"), std::string::npos);
    EXPECT_NE(session_->text().find("# Off to the corner flag to celebrate"), std::string::npos);
}

// An action naming nobody of this script (none at all, or a player index past the squads) is refused
// and the text stays as it was: the fuzzer's edit target found the first asserting in the writer.
TEST_F(BundledSession, AnActionNamingNoPlayerOfTheScriptIsRefused) {
    Action run;
    run.kind = ActionKind::Run;
    run.at = 3.0;
    run.to = {88.0, 44.0};
    run.by = 4.5;
    EXPECT_FALSE(session_->apply(AddAction{winner_, run}).ok());
    run.actor = PlayerId{1, 99};
    EXPECT_FALSE(session_->apply(AddAction{winner_, run}).ok());
    Action pass;
    pass.kind = ActionKind::Pass;
    pass.at = 3.0;
    pass.actor = *session_->script().findPlayer("Rog");
    pass.target.kind = KickTarget::Kind::Player;
    pass.target.player = PlayerId{0, 40};
    pass.arrive = 4.0;
    EXPECT_FALSE(session_->apply(AddAction{winner_, pass}).ok());
    EXPECT_EQ(session_->text(), original_);
}

TEST_F(BundledSession, RetimingPastAnotherActionMovesItsLine) {
    const ActionId celebrate = id(ActionKind::Run, "Koulibaly", 1);
    const int celebrateBefore = indexOf(celebrate);
    const ActionId insigne = id(ActionKind::Run, "Insigne");
    ASSERT_TRUE(session_->apply(RetimeAction{insigne, 5.0}).ok());
    EXPECT_TRUE(session_->current()) << session_->diagnostics().text();
    // The same ids name the same actions, though both changed places in the list.
    EXPECT_EQ(indexOf(insigne), celebrateBefore);
    EXPECT_EQ(indexOf(celebrate), celebrateBefore + 1);
    EXPECT_DOUBLE_EQ(action(insigne).at, 5.0);
    EXPECT_DOUBLE_EQ(action(insigne).by, 8.7);
    const std::size_t line = session_->text().find("run: Insigne, to: [100.0, 7.2]");
    EXPECT_LT(line, session_->text().find("# Off to the corner flag"));
    EXPECT_EQ(session_->timeline()->trackBytes(), freshTrackBytes(session_->text()));
}

}  // namespace
}  // namespace touchline
