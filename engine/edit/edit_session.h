#pragma once
// An editing session on one replay script: the text, what it loads to, the last good bake, and an
// unlimited undo history of texts. Every edit is a text patch (edit/edit_command.h), re-parsed and
// re-baked at once (only the moment it touched), so the viewer shows the physics' answer while the
// author drags. Pure: no window, no clock, no file access except save().
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "edit/atomic_save.h"
#include "edit/edit_command.h"
#include "script/loader.h"
#include "timeline/bake.h"

namespace touchline::edit {

class EditSession {
public:
    // `text` is the file's content as read; it is also what "unsaved" compares with.
    EditSession(std::string path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return history_[cursor_].text; }
    const Script& script() const { return loaded_.script; }  // the current text's (partial when it has errors)
    // The current text's errors and warnings (the loader's, and the physics' when it loads), located.
    const Diagnostics& diagnostics() const { return diagnostics_; }
    // The timeline of the last text that loaded without errors: with errors, the last good one plays on.
    const std::shared_ptr<const Timeline>& timeline() const { return timeline_; }
    bool current() const { return current_; }  // the timeline is the current text's
    bool dirty() const { return text() != savedText_; }
    const std::string& savedText() const { return savedText_; }

    // Applies an edit; an error (and no change) when it does not fit the script.
    Status apply(const EditCommand& command);
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
    };
    void push(Entry entry);
    // Loads the cursor's text and re-bakes what `changed` says changed.
    void load(int moment, bool structural);

    std::string path_;
    std::vector<Entry> history_;
    std::size_t cursor_ = 0;
    std::string savedText_;
    LoadResult loaded_;
    Diagnostics diagnostics_;
    BakeResult baked_;  // of the last good text
    std::shared_ptr<const Timeline> timeline_;
    bool current_ = false;
    // Moments edited since baked_ was made (texts with errors in between are not baked).
    std::set<int> stale_;
    bool staleAll_ = false;
    bool gesture_ = false;
    bool gestureStep_ = false;  // the gesture has its history entry
};

}  // namespace touchline::edit
