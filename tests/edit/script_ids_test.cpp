// Actions and moments keep their ids through everything that re-parses the script: a retime that
// moves an action past others, undo and redo, a reload from disk, a new moment before them. An edit
// to an action that is gone is refused and changes nothing, however much its neighbours look like it.
#include <gtest/gtest.h>

#include <set>

#include "edit/edit_session.h"
#include "edit/edit_test_support.h"
#include "edit/yaml_text.h"
#include "support/script_fixture.h"

namespace touchline {
namespace {

using namespace touchline::edit;
using testing::actionId;
using testing::bundledText;
using testing::momentId;

constexpr std::string_view kWinner = "koulibaly-winner";

// What an action is, to compare before and after an edit.
struct Seen {
    ActionKind kind;
    PlayerId actor;
    double at;
};

class Identity : public ::testing::Test {
protected:
    void SetUp() override {
        original_ = bundledText();
        session_ = std::make_unique<EditSession>("juventus-napoli.yaml", original_);
        ASSERT_TRUE(session_->current()) << session_->diagnostics().text();
    }
    // Every action of the winner, by id.
    std::vector<std::pair<ActionId, Seen>> winnerActions() const {
        std::vector<std::pair<ActionId, Seen>> out;
        const auto m = session_->ids().find(momentId(*session_, kWinner));
        const auto& actions = session_->script().moments[static_cast<std::size_t>(*m)].actions;
        for (std::size_t i = 0; i < actions.size(); ++i) {
            out.push_back({session_->ids().action(*m, static_cast<int>(i)), {actions[i].kind, actions[i].actor, actions[i].at}});
        }
        return out;
    }
    int indexOf(ActionId id) const {
        const auto place = session_->ids().find(id);
        return place ? place->action : -1;
    }

    std::string original_;
    std::unique_ptr<EditSession> session_;
};

TEST_F(Identity, EveryIdIsDifferentAndResolvesToItsPlace) {
    std::set<std::uint64_t> seen;
    const ScriptIds& ids = session_->ids();
    for (std::size_t m = 0; m < session_->script().moments.size(); ++m) {
        EXPECT_TRUE(seen.insert(ids.moment(static_cast<int>(m)).value).second);
        EXPECT_EQ(ids.find(ids.moment(static_cast<int>(m))), static_cast<int>(m));
        for (std::size_t i = 0; i < session_->script().moments[m].actions.size(); ++i) {
            const ActionId id = ids.action(static_cast<int>(m), static_cast<int>(i));
            EXPECT_TRUE(id.valid());
            EXPECT_TRUE(seen.insert(id.value).second);
            EXPECT_EQ(ids.find(id), (ActionPlace{static_cast<int>(m), static_cast<int>(i)}));
        }
    }
    EXPECT_FALSE(ids.find(ActionId{}).has_value());
    EXPECT_FALSE(ids.action(-1, 0).valid());
    EXPECT_FALSE(ids.action(0, 1000).valid());
}

TEST_F(Identity, ARetimeThatReordersTheListKeepsEveryActionsId) {
    const auto before = winnerActions();
    const ActionId insigne = actionId(*session_, kWinner, ActionKind::Run, "Insigne");
    const ActionId celebrate = actionId(*session_, kWinner, ActionKind::Run, "Koulibaly", 1);
    const int slot = indexOf(celebrate);
    ASSERT_TRUE(session_->apply(RetimeAction{insigne, 5.0}).ok());
    ASSERT_EQ(indexOf(insigne), slot);  // it went past Koulibaly's celebration
    for (const auto& [id, seen] : before) {
        const Action* now = session_->action(id);
        ASSERT_NE(now, nullptr);
        EXPECT_EQ(now->kind, seen.kind);
        EXPECT_EQ(now->actor, seen.actor);
        EXPECT_DOUBLE_EQ(now->at, id == insigne ? 5.0 : seen.at);
    }
    // The retimed action is still the one an edit by its id changes, in its new place.
    ASSERT_TRUE(session_->apply(MoveRunTarget{insigne, {99.0, 8.0}}).ok());
    EXPECT_EQ(session_->action(insigne)->to, (Vec2{99.0, 8.0}));
    EXPECT_NE(session_->action(celebrate)->to, (Vec2{99.0, 8.0}));
}

TEST_F(Identity, ADragAcrossOthersKeepsTheIdAtEveryStep) {
    const ActionId header = actionId(*session_, kWinner, ActionKind::Header, "Koulibaly");
    session_->beginGesture();
    for (double at : {4.5, 5.6, 6.0, 2.0, 0.1, 4.4}) {
        ASSERT_TRUE(session_->apply(RetimeAction{header, at}).ok());
        ASSERT_NE(session_->action(header), nullptr);
        EXPECT_EQ(session_->action(header)->kind, ActionKind::Header);
        EXPECT_DOUBLE_EQ(session_->action(header)->at, at);
    }
    session_->endGesture();
    EXPECT_EQ(session_->historySize(), 2u);
    EXPECT_DOUBLE_EQ(session_->action(header)->at, 4.4);
}

TEST_F(Identity, UndoAndRedoBringIdsBackWithTheirActions) {
    const ActionId buffon = actionId(*session_, kWinner, ActionKind::Run, "Buffon");
    const int slot = indexOf(buffon);
    ASSERT_TRUE(session_->apply(RemoveAction{buffon}).ok());
    EXPECT_EQ(session_->action(buffon), nullptr);
    ASSERT_TRUE(session_->undo());
    ASSERT_NE(session_->action(buffon), nullptr);
    EXPECT_EQ(indexOf(buffon), slot);
    ASSERT_TRUE(session_->redo());
    EXPECT_EQ(session_->action(buffon), nullptr);
}

TEST_F(Identity, AnEditToARemovedActionIsRefusedAndItsLookalikeIsUntouched) {
    // Koulibaly runs twice in the winner: to the header, then away to celebrate. The two are alike in
    // all but their numbers and their order.
    const ActionId first = actionId(*session_, kWinner, ActionKind::Run, "Koulibaly", 0);
    const ActionId second = actionId(*session_, kWinner, ActionKind::Run, "Koulibaly", 1);
    ASSERT_TRUE(session_->apply(RemoveAction{first}).ok());
    EXPECT_EQ(session_->action(first), nullptr);
    ASSERT_NE(session_->action(second), nullptr);
    EXPECT_DOUBLE_EQ(session_->action(second)->at, 5.5);

    const std::string text = session_->text();
    const std::size_t steps = session_->historySize();
    for (const EditCommand& stale : {EditCommand{RetimeAction{first, 3.0}}, EditCommand{MoveRunTarget{first, {90.0, 40.0}}},
                                     EditCommand{RemoveAction{first}}}) {
        const Status refused = session_->apply(stale);
        ASSERT_FALSE(refused.ok());
        EXPECT_NE(refused.error().message.find("no longer in the script"), std::string::npos) << refused.error().message;
    }
    EXPECT_EQ(session_->text(), text);
    EXPECT_EQ(session_->historySize(), steps);
    EXPECT_DOUBLE_EQ(session_->action(second)->at, 5.5);
}

TEST_F(Identity, AnAddedActionHasANewIdThatUndoRemovesAndRedoRestores) {
    std::set<std::uint64_t> before;
    for (const auto& [id, seen] : winnerActions()) before.insert(id.value);
    Action run;
    run.kind = ActionKind::Run;
    run.at = 3.0;
    run.actor = *session_->script().findPlayer("Rog");
    run.to = {88.0, 44.0};
    run.by = 4.5;
    ASSERT_TRUE(session_->apply(AddAction{momentId(*session_, kWinner), run}).ok());
    const ActionId added = session_->lastAdded();
    ASSERT_TRUE(added.valid());
    EXPECT_FALSE(before.contains(added.value));
    EXPECT_EQ(session_->action(added)->actor, run.actor);
    for (const auto& [id, seen] : winnerActions()) EXPECT_TRUE(id == added || before.contains(id.value));
    ASSERT_TRUE(session_->undo());
    EXPECT_EQ(session_->action(added), nullptr);
    ASSERT_TRUE(session_->redo());
    EXPECT_NE(session_->action(added), nullptr);
}

TEST_F(Identity, ANewKindOfKickIsTheSameAction) {
    const ActionId corner = actionId(*session_, kWinner, ActionKind::Corner, "Callejón");
    ASSERT_TRUE(session_->apply(SetKickKind{corner, ActionKind::Cross}).ok());
    ASSERT_NE(session_->action(corner), nullptr);
    EXPECT_EQ(session_->action(corner)->kind, ActionKind::Cross);
}

TEST_F(Identity, AReloadFromDiskKeepsTheIdsOfWhatItDidNotTouch) {
    const auto before = winnerActions();
    const ActionId milik = actionId(*session_, kWinner, ActionKind::Run, "Milik");
    // Another editor moved Milik's run and wrote a new action before the header.
    std::string disk = original_;
    disk.replace(disk.find("run: Milik, to: [99.0, 40.0]"), 28, "run: Milik, to: [97.0, 40.0]");
    const std::string header = "      - { at: 4.35, header: Koulibaly";
    disk.insert(disk.find(header), "      - { at: 3.0,  run: Rog, to: [88.0, 44.0], by: 4.5 }\n");
    session_->reload(disk);
    ASSERT_TRUE(session_->current()) << session_->diagnostics().text();
    for (const auto& [id, seen] : before) {
        const Action* now = session_->action(id);
        ASSERT_NE(now, nullptr);
        EXPECT_EQ(now->kind, seen.kind);
        EXPECT_EQ(now->actor, seen.actor);
    }
    EXPECT_EQ(session_->action(milik)->to, (Vec2{97.0, 40.0}));
    EXPECT_EQ(winnerActions().size(), before.size() + 1);
}

TEST_F(Identity, AMomentAddedBeforeAnotherLeavesItsIdWhereItWas) {
    const MomentId winner = momentId(*session_, kWinner);
    const int index = *session_->ids().find(winner);
    // A corner in the first half, well before the winner.
    ASSERT_TRUE(session_->apply(AddMoment{MomentTemplate::Corner, 30.0 * 60.0 + 5.0, TeamSide::Home}).ok())
        << session_->diagnostics().text();
    EXPECT_EQ(session_->ids().find(winner), index + 1);
    EXPECT_EQ(session_->moment(winner)->id, kWinner);
    const PlayerId reina = *session_->script().findPlayer("Reina");
    ASSERT_TRUE(session_->apply(MovePlayer{winner, reina, {41.0, 34.0}}).ok());
    const Moment& edited = *session_->moment(winner);
    bool moved = false;
    for (const Placement& p : edited.shape) moved = moved || (p.player == reina && p.position == Vec2{41.0, 34.0});
    EXPECT_TRUE(moved);
}

TEST_F(Identity, AMomentIsFoundByItsIdField) {
    const int index = *session_->ids().find(session_->findMoment(kWinner));
    EXPECT_EQ(session_->script().moments[static_cast<std::size_t>(index)].id, kWinner);
    EXPECT_FALSE(session_->findMoment("no-such-moment").valid());
}

TEST(MarkAt, CountsLinesAndCharactersLikeTheLoader) {
    const std::string text = "a: 1\nHamšík: [1, 2]\n  - x";
    EXPECT_EQ(markAt(text, 0).line, 1);
    const YamlMark list = markAt(text, text.find('['));
    EXPECT_EQ(list.line, 2);
    EXPECT_EQ(list.column, 9);  // "Hamšík: " is eight characters (ten bytes)
    EXPECT_EQ(markAt(text, text.find('x')).column, 5);
    EXPECT_EQ(markAt(text, text.size() + 10).line, 3);
}

}  // namespace
}  // namespace touchline
