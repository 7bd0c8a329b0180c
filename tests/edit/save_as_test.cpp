// Save As at the session: the text goes to another file, which the session then edits and saves; a
// file that is there is kept as .bak; a failure changes neither file nor the session.
#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>

#include "edit/edit_session.h"
#include "edit/edit_test_support.h"
#include "script/loader.h"

namespace touchline {
namespace {

using namespace touchline::edit;
using testing::actionId;
using testing::bundledText;
using testing::FailingWriter;
using testing::ScratchDirectory;

TEST(SaveAs, TheNewFileIsTheOneEditedFromThenOn) {
    ScratchDirectory dir("save_as");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    EditSession session(path, original);
    const ActionId corner = actionId(session, "koulibaly-winner", ActionKind::Corner, "Callejón");
    ASSERT_TRUE(session.apply(RetimeAction{corner, 1.85}).ok());
    const std::string copy = dir.file("copy.yaml");
    FileWriter files;
    ASSERT_TRUE(session.saveAs(copy, files).ok());
    EXPECT_EQ(session.path(), copy);
    EXPECT_FALSE(session.dirty());
    EXPECT_EQ(*readFile(copy), session.text());
    EXPECT_EQ(*readFile(path), original);  // the file it came from is as it was
    EXPECT_EQ(dir.names(), (std::vector<std::string>{"copy.yaml", "match.yaml"}));
    EXPECT_TRUE(session.canUndo());  // the history goes on
    ASSERT_NE(session.action(corner), nullptr);  // and so do the ids

    // The next edit and save go to the new file, which keeps its previous version as .bak.
    const std::string saved = session.text();
    ASSERT_TRUE(session.apply(RetimeAction{corner, 1.9}).ok());
    ASSERT_TRUE(session.save(files).ok());
    EXPECT_EQ(*readFile(copy), session.text());
    EXPECT_EQ(*readFile(backupPath(copy)), saved);
    EXPECT_EQ(*readFile(path), original);
    // Errors name the new file.
    ASSERT_TRUE(session.apply(MoveRunTarget{actionId(session, "koulibaly-winner", ActionKind::Run, "Koulibaly"), {60.0, 36.0}}).ok());
    ASSERT_TRUE(session.diagnostics().hasErrors());
    EXPECT_EQ(session.diagnostics().items().front().where.file, copy);
}

TEST(SaveAs, OverAFileThatIsThereKeepsItAsBak) {
    ScratchDirectory dir("save_as_over");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    const std::string other = dir.write("other.yaml", "format: 1\n# someone's notes\n");
    EditSession session(path, original);
    FileWriter files;
    ASSERT_TRUE(session.saveAs(other, files).ok());
    EXPECT_EQ(*readFile(other), original);
    EXPECT_EQ(*readFile(backupPath(other)), "format: 1\n# someone's notes\n");
}

TEST(SaveAs, AFailureChangesNothing) {
    ScratchDirectory dir("save_as_fail");
    const std::string original = bundledText();
    const std::string path = dir.write("match.yaml", original);
    EditSession session(path, original);
    ASSERT_TRUE(session.apply(RetimeAction{actionId(session, "koulibaly-winner", ActionKind::Corner, "Callejón"), 1.85}).ok());
    const std::string edited = session.text();

    FileWriter files;
    Status failed = session.saveAs(dir.file("no-such-folder/copy.yaml"), files);
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().message.find("No such file or directory"), std::string::npos) << failed.error().message;
    FailingWriter full(ENOSPC);
    failed = session.saveAs(dir.file("copy.yaml"), full);
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().message.find("No space left on device"), std::string::npos) << failed.error().message;

    EXPECT_EQ(session.path(), path);
    EXPECT_TRUE(session.dirty());
    EXPECT_EQ(session.text(), edited);
    EXPECT_EQ(dir.names(), std::vector<std::string>{"match.yaml"});
    EXPECT_EQ(*readFile(path), original);
}

// An imported match keeps its passages in a file beside the script, which names it: saved into another
// folder, the script takes that file along, and never over someone else's passages.
TEST(SaveAs, IntoAnotherFolderTakesThePassagesFileAlong) {
    ScratchDirectory here("save_as_passages");
    ScratchDirectory there("save_as_passages_there");
    const std::string passages = "# generated\npassages:\n  - { clock: \"0:00\", duration: 5, stop: { at: 3, why: out } }\n";
    here.write("match.passages.yaml", passages);
    const std::string original = bundledText() + "passages: match.passages.yaml\n";
    const std::string path = here.write("match.yaml", original);
    EditSession session(path, original);
    ASSERT_FALSE(session.diagnostics().hasErrors()) << session.diagnostics().text();
    ASSERT_EQ(session.script().passages.size(), 1u);

    // Over other passages under that name: refused, and nothing is written.
    there.write("match.passages.yaml", "# another match's\npassages: []\n");
    FileWriter files;
    const Status refused = session.saveAs(there.file("copy.yaml"), files);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("holds other passages"), std::string::npos) << refused.error().message;
    EXPECT_EQ(there.names(), (std::vector<std::string>{"match.passages.yaml"}));
    EXPECT_EQ(session.path(), path);

    std::filesystem::remove(there.file("match.passages.yaml"));
    ASSERT_TRUE(session.saveAs(there.file("copy.yaml"), files).ok());
    EXPECT_EQ(there.names(), (std::vector<std::string>{"copy.yaml", "match.passages.yaml"}));
    EXPECT_EQ(*readFile(there.file("match.passages.yaml")), passages);
    EXPECT_FALSE(session.diagnostics().hasErrors()) << session.diagnostics().text();
    EXPECT_EQ(session.script().passages.size(), 1u);
    // Saved as another name in the same folder, the one file serves both.
    ASSERT_TRUE(session.saveAs(there.file("again.yaml"), files).ok());
    EXPECT_EQ(there.names(), (std::vector<std::string>{"again.yaml", "copy.yaml", "match.passages.yaml"}));
}

}  // namespace
}  // namespace touchline
