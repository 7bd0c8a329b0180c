#pragma once
// An editing session on one replay script: the text, what it loads to, the last good bake, and an
// unlimited undo history of texts. Every edit is a text patch (edit/edit_command.h), re-parsed and
// re-baked at once (only the moment it touched), so the viewer shows the physics' answer while the
// author drags. Pure: no window, no clock, no file access except save() and saveAs().
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "edit/atomic_save.h"
#include "edit/edit_command.h"
#include "edit/script_ids.h"
#include "script/loader.h"
#include "timeline/bake.h"

namespace touchline::edit {

class EditSession {
public:
    // `text` is the file's content as read; it is also what "unsaved" compares with. With
    // PassageTiming::Later the script's passages are left to the caller, who bakes them (on another
    // thread) and hands them in through addPassage.
    EditSession(std::string path, std::string text, PassageTiming passages = PassageTiming::Now);

    const std::string& path() const { return path_; }
    const std::string& text() const { return history_[cursor_].text; }
    // The current text's Script (partial when it has errors). It is replaced by every step (apply,
    // undo, redo, reload): keep ids, not references or indices, across one.
    const Script& script() const { return loaded_.script; }
    // The ids of the current text's moments and actions (edit/script_ids.h), and lookups through them.
    const ScriptIds& ids() const { return history_[cursor_].ids; }
    const Moment* moment(MomentId id) const;
    const Action* action(ActionId id) const;
    // The moment whose `id` field is `id` in the current text (the moment a timeline plays, which may
    // be an older text's when the current one has errors, is found by its id field).
    MomentId findMoment(std::string_view id) const;
    // The current text's errors and warnings (the loader's, and the physics' when it loads), located.
    const Diagnostics& diagnostics() const { return diagnostics_; }
    // The timeline of the last text that loaded without errors: with errors, the last good one plays on.
    const std::shared_ptr<const Timeline>& timeline() const { return timeline_; }
    bool current() const { return current_; }  // the timeline is the current text's
    bool dirty() const { return text() != savedText_; }
    const std::string& savedText() const { return savedText_; }

    // A passage baked later from `bakedFrom` (Timeline::sharedScript of the timeline it was asked for):
    // put into the timeline, where it is kept across moment edits. False, and nothing changes, when the
    // timeline is no longer of that script (an edit re-baked it in between).
    bool addPassage(const std::shared_ptr<const Script>& bakedFrom, PassageBake baked);

    // Applies an edit; an error (and no change) when it does not fit the script, or when what it
    // names is no longer there.
    Status apply(const EditCommand& command);
    // The action the last apply() added, if it added one (so the editor can select it).
    ActionId lastAdded() const { return lastAdded_; }
    // A drag: every apply() between begin and end replaces the previous one, so one undo undoes it all.
    void beginGesture();
    void endGesture();
    bool inGesture() const { return gesture_; }

    bool canUndo() const { return cursor_ > 0; }
    bool canRedo() const { return cursor_ + 1 < history_.size(); }
    bool undo();
    bool redo();
    std::string undoLabel() const { return canUndo() ? history_[cursor_].label : std::string(); }
    std::string redoLabel() const { return canRedo() ? history_[cursor_ + 1].label : std::string(); }
    std::size_t historySize() const { return history_.size(); }

    // Writes the text to the file atomically (edit/atomic_save.h); on success it is the saved text.
    Status save(FileWriter& files, const SaveOptions& options = {});
    // Writes the text to another file (atomically, the file there kept as .bak); on success that file
    // is the one this session edits and saves, and its text the saved text. A script whose passages are
    // in a file beside it takes that file along into the new folder. A failure changes nothing.
    Status saveAs(const std::string& path, FileWriter& files, const SaveOptions& options = {});
    // The file changed on disk (another editor): its text becomes the current and the saved text, as
    // an undoable step. With errors they show and the last good timeline plays on.
    void reload(std::string diskText);
    // Restores unsaved edits (an autosave): the text becomes current, unsaved, as an undoable step.
    void restore(std::string text, std::string label);

private:
    struct Entry {
        std::string text;
        std::string label;  // what the step did, for "Undo move Koulibaly"
        int moment = -1;    // the moment it changed; -1 with structural
        bool structural = false;
        ScriptIds ids;      // of the Script the text loads to
    };
    // How the ids of the text being loaded follow from the text loaded before it.
    struct Carry {
        ScriptIds from;
        std::optional<EditedAction> edited;
    };
    void push(Entry entry);
    // Loads the cursor's text (its ids carried from the text loaded before, when `carry` says how)
    // and re-bakes the moment it changed, or everything when the step was structural.
    void load(int moment, bool structural, std::optional<Carry> carry = std::nullopt);

    std::string path_;
    std::vector<Entry> history_;
    std::size_t cursor_ = 0;
    std::string savedText_;
    LoadResult loaded_;
    Diagnostics diagnostics_;
    PassageTiming passages_ = PassageTiming::Now;
    BakeResult baked_;  // of the last good text
    IdSource idSource_;
    ActionId lastAdded_;
    std::shared_ptr<const Timeline> timeline_;
    bool current_ = false;
    // Moments edited since baked_ was made (texts with errors in between are not baked).
    std::set<int> stale_;
    bool staleAll_ = false;
    bool gesture_ = false;
    bool gestureStep_ = false;  // the gesture has its history entry
};

}  // namespace touchline::edit
