// Saving what was edited: readable YAML that `touchline check` accepts and that loads to the same
// timeline; comments and field order kept; atomic writes with a .bak; failures that lose nothing;
// hot reload of a file another editor changed, broken or not; and the crash-safe autosave.
#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "cli/commands.h"
#include "edit/autosave.h"
#include "edit/edit_session.h"
#include "edit/edit_test_support.h"
#include "edit/file_watch.h"
#include "script/loader.h"
#include "support/script_fixture.h"
#include "timeline/bake.h"

namespace touchline {
namespace {

using namespace touchline::edit;
using testing::actionId;
using testing::bundledText;
using testing::FailingWriter;
using testing::freshTrackBytes;
using testing::momentIndex;
using testing::ScratchDirectory;

int check(const std::string& path) {
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    const std::vector<std::string> args{path};
    const int code = cli::checkMain(args);
    const std::string out = ::testing::internal::GetCapturedStdout();
    const std::string err = ::testing::internal::GetCapturedStderr();
    if (code != 0) ADD_FAILURE() << out << err;
    return code;
}

TEST(EditSave, EditedBundledReplaySavesChecksAndReloadsToTheSameTimeline) {
    ScratchDirectory dir("edit_save");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    EditSession session(path, original);
    const ActionId corner = actionId(session, "koulibaly-winner", ActionKind::Corner, "Callejón");
    const ActionId run = actionId(session, "koulibaly-winner", ActionKind::Run, "Milik");
    ASSERT_TRUE(session.apply(MoveRunTarget{run, {98.2, 42.0}}).ok());
    ASSERT_TRUE(session.apply(RetimeAction{corner, 1.85}).ok());
    ASSERT_TRUE(session.undo());
    ASSERT_TRUE(session.redo());
    ASSERT_TRUE(session.current()) << session.diagnostics().text();

    FileWriter files;
    ASSERT_TRUE(session.save(files).ok());
    EXPECT_FALSE(session.dirty());
    EXPECT_EQ(*readFile(path), session.text());
    EXPECT_EQ(*readFile(backupPath(path)), original);
    EXPECT_EQ(dir.names(), (std::vector<std::string>{"match.yaml", "match.yaml.bak"}));  // no temporary left
    EXPECT_EQ(check(path), 0);

    LoadResult reloaded = loadScript(path);
    ASSERT_TRUE(reloaded.ok()) << reloaded.diagnostics.text();
    EXPECT_EQ(bake(reloaded.script).timeline.trackBytes(), session.timeline()->trackBytes());
}

TEST(EditSave, CommentsAndFieldOrderSurviveWhereTheEditDidNotTouch) {
    const std::string text = testing::fixture(R"(  # The one goal. Keep this comment.
  - id: the-goal   # trailing comment on the id
    title: Striker scores       # title before clock, on purpose
    clock: "27:10"
    shape: { Maestro: [70, 36], Striker: [80, 30] }
    actions:
      # who runs where
      - { at: 0.0,  run: Striker, to: [90, 31], by: 1.6 }   # the run
      - at: 0.2
        pass: Maestro     # a block-style action
        to: [90, 31]
        arrive: 1.6
      - { at: 1.6,  shot: Striker, to: { goal: right, y: 36.4, z: 0.3 }, speed: 24 }
)");
    EditSession session("test.yaml", text);
    ASSERT_TRUE(session.current()) << session.diagnostics().text();
    ASSERT_TRUE(session.apply(MoveRunTarget{session.ids().action(0, 0), {89.5, 31.5}}).ok());
    ASSERT_TRUE(session.apply(SetKickArrival{session.ids().action(0, 1), 1.7}).ok());
    ASSERT_TRUE(session.apply(SetKickStyle{session.ids().action(0, 1), KickStyle::Ground}).ok());
    ASSERT_TRUE(session.apply(MovePlayer{session.ids().moment(0), *session.script().findPlayer("Tower"), {84.0, 31.0}}).ok());
    ASSERT_TRUE(session.current()) << session.diagnostics().text();

    std::string expected = text;
    const auto replace = [&](std::string_view from, std::string_view to) {
        const std::size_t at = expected.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        expected.replace(at, from.size(), to);
    };
    replace("to: [90, 31], by: 1.6 }   # the run", "to: [89.5, 31.5], by: 1.6 }   # the run");
    replace("        arrive: 1.6\n", "        arrive: 1.7\n        style: ground\n");
    replace("Striker: [80, 30] }", "Striker: [80, 30], Tower: [84.0, 31.0] }");
    EXPECT_EQ(session.text(), expected);
}

TEST(EditSave, ADiskThatFillsUpLeavesTheFileAndTheEditsAsTheyWere) {
    ScratchDirectory dir("edit_full");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    EditSession session(path, original);
    ASSERT_TRUE(session.apply(RetimeAction{session.ids().action(momentIndex(session.script(), "koulibaly-winner"), 1), 2.0}).ok());
    FailingWriter full(ENOSPC);
    const Status saved = session.save(full);
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("No space left on device"), std::string::npos) << saved.error().message;
    EXPECT_NE(saved.error().message.find("kept in memory"), std::string::npos);
    EXPECT_EQ(full.failures, 1);
    EXPECT_EQ(*readFile(path), original);
    EXPECT_EQ(dir.names(), std::vector<std::string>{"match.yaml"});  // the half-written temporary is gone
    EXPECT_TRUE(session.dirty());
    // The space comes back: the same session saves.
    FileWriter files;
    ASSERT_TRUE(session.save(files).ok());
    EXPECT_EQ(*readFile(path), session.text());
}

TEST(EditSave, AnUnwritableDirectoryIsAMessageNotALoss) {
    ScratchDirectory dir("edit_unwritable");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    EditSession session(path, original);
    ASSERT_TRUE(session.apply(RetimeAction{session.ids().action(momentIndex(session.script(), "koulibaly-winner"), 1), 2.0}).ok());
    // Simulated (root may write anywhere): the directory refuses new files.
    FailingWriter refusing(EACCES, ".tmp-");
    Status saved = session.save(refusing);
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("Permission denied"), std::string::npos) << saved.error().message;
    EXPECT_EQ(*readFile(path), original);
    EXPECT_TRUE(session.dirty());
    if (::geteuid() != 0) {
        // And for real, where permissions bind.
        std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        FileWriter files;
        saved = session.save(files);
        EXPECT_FALSE(saved.ok());
        std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
        EXPECT_EQ(*readFile(path), original);
    }
}

TEST(EditSave, AReadOnlyOrVanishedFileIsAMessage) {
    ScratchDirectory dir("edit_readonly");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    EditSession session(path, original);
    ASSERT_TRUE(session.apply(RetimeAction{session.ids().action(momentIndex(session.script(), "koulibaly-winner"), 1), 2.0}).ok());
    FileWriter files;

    std::filesystem::permissions(path, std::filesystem::perms::owner_read);
    Status saved = session.save(files);
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("read-only"), std::string::npos) << saved.error().message;
    EXPECT_EQ(*readFile(path), original);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

    std::filesystem::remove(path);
    saved = session.save(files);
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("no longer there"), std::string::npos) << saved.error().message;
    EXPECT_TRUE(session.dirty());
    // Asked for, it is written afresh.
    SaveOptions anyway;
    anyway.mustExist = false;
    ASSERT_TRUE(session.save(files, anyway).ok());
    EXPECT_EQ(*readFile(path), session.text());
}

TEST(EditSave, SavingKeepsTheFilesPermissions) {
    ScratchDirectory dir("edit_mode");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read);
    EditSession session(path, original);
    ASSERT_TRUE(session.apply(RetimeAction{session.ids().action(momentIndex(session.script(), "koulibaly-winner"), 1), 2.0}).ok());
    FileWriter files;
    ASSERT_TRUE(session.save(files).ok());
    EXPECT_EQ(std::filesystem::status(path).permissions(),
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write | std::filesystem::perms::group_read);
}

TEST(HotReload, AChangeOnDiskIsSeenOnceAndOurOwnSaveIsNot) {
    ScratchDirectory dir("edit_watch");
    const std::string path = dir.write("match.yaml", "format: 1\n");
    FileWriter files;
    FileWatch watch(path, files);
    EXPECT_FALSE(watch.poll().has_value());
    dir.write("match.yaml", "format: 1\n# another editor was here\n");
    auto change = watch.poll();
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(change->kind, FileWatch::Change::Kind::Modified);
    EXPECT_EQ(change->text, "format: 1\n# another editor was here\n");
    EXPECT_FALSE(watch.poll().has_value());

    // Rewritten with the same bytes (a touch): not a change.
    dir.write("match.yaml", "format: 1\n# another editor was here\n");
    EXPECT_FALSE(watch.poll().has_value());
    // Our own save, acknowledged: not a change.
    ASSERT_TRUE(saveAtomically(path, "format: 1\n# ours\n", files).ok());
    watch.acknowledge("format: 1\n# ours\n");
    EXPECT_FALSE(watch.poll().has_value());

    std::filesystem::remove(path);
    change = watch.poll();
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(change->kind, FileWatch::Change::Kind::Vanished);
    EXPECT_FALSE(watch.poll().has_value());
    dir.write("match.yaml", "format: 1\n# ours\n");
    change = watch.poll();
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(change->kind, FileWatch::Change::Kind::Modified);
}

TEST(HotReload, ABrokenFileShowsItsErrorsAndTheLastGoodVersionPlaysOn) {
    ScratchDirectory dir("edit_reload");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    FileWriter files;
    FileWatch watch(path, files);
    EditSession session(path, original);
    const auto good = session.timeline();

    // Another editor misspells a player in the winner.
    std::string broken = original;
    broken.replace(broken.find("header: Koulibaly"), 17, "header: Kulibaly");
    dir.write("match.yaml", broken);
    auto change = watch.poll();
    ASSERT_TRUE(change.has_value());
    session.reload(change->text);
    EXPECT_EQ(session.text(), broken);
    EXPECT_FALSE(session.dirty());
    EXPECT_FALSE(session.current());
    EXPECT_EQ(session.timeline(), good);
    ASSERT_TRUE(session.diagnostics().hasErrors());
    const std::string report = session.diagnostics().text();
    EXPECT_NE(report.find(testing::at(broken, "Kulibaly").replace(0, 9, path)), std::string::npos) << report;
    EXPECT_NE(report.find("unknown player 'Kulibaly'"), std::string::npos) << report;

    // Fixed on disk: the new version plays, and it is what a fresh bake makes.
    std::string fixed = original;
    fixed.replace(fixed.find("speed: 15 }"), 11, "speed: 17 }");
    dir.write("match.yaml", fixed);
    change = watch.poll();
    ASSERT_TRUE(change.has_value());
    session.reload(change->text);
    EXPECT_TRUE(session.current()) << session.diagnostics().text();
    EXPECT_NE(session.timeline(), good);
    EXPECT_EQ(session.timeline()->trackBytes(), freshTrackBytes(fixed));
    // The reloads are steps too: undo goes back through them.
    ASSERT_TRUE(session.undo());
    EXPECT_EQ(session.text(), broken);
}

TEST(Autosave, WrittenWhileDirtyOfferedBackAndRemovedOnSave) {
    ScratchDirectory dir("edit_autosave");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    FileWriter files;
    Autosave autosave(autosaveLocation(path, (dir.path() / "state").string()), files);
    EXPECT_FALSE(autosave.find(original).has_value());

    EditSession session(path, original);
    ASSERT_TRUE(session.apply(RetimeAction{session.ids().action(momentIndex(session.script(), "koulibaly-winner"), 1), 2.0}).ok());
    ASSERT_TRUE(autosave.write(session.text()).ok());
    EXPECT_EQ(autosave.writtenPath(), path + ".autosave");

    // The next start (a crash in between): the side file is offered back, and restoring it is an
    // unsaved, undoable step.
    auto found = autosave.find(original);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->text, session.text());
    EXPECT_GT(found->modifiedNs, 0);
    EditSession next(path, original);
    next.restore(found->text, "restore unsaved edits");
    EXPECT_TRUE(next.dirty());
    EXPECT_EQ(next.text(), session.text());
    EXPECT_EQ(next.undoLabel(), "restore unsaved edits");

    ASSERT_TRUE(next.save(files).ok());
    autosave.discard();
    EXPECT_FALSE(autosave.find(next.text()).has_value());
    EXPECT_EQ(dir.names(), (std::vector<std::string>{"match.yaml", "match.yaml.bak"}));
}

TEST(Autosave, FallsBackToTheStateDirectoryWhereTheScriptsCannotBeWritten) {
    ScratchDirectory dir("edit_autosave_state");
    const std::string path = dir.write("match.yaml", "format: 1\n");
    FailingWriter refusing(EACCES, dir.file("match.yaml.autosave.tmp-"));
    const std::string state = (dir.path() / "state").string();
    Autosave autosave(autosaveLocation(path, state), refusing);
    ASSERT_TRUE(autosave.write("format: 1\n# edited\n").ok());
    EXPECT_EQ(autosave.writtenPath().rfind(state + "/touchline/", 0), 0u) << autosave.writtenPath();
    auto found = autosave.find("format: 1\n");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->text, "format: 1\n# edited\n");
}

}  // namespace
}  // namespace touchline
