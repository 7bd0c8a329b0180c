#pragma once
// What the editor's panels remember from one frame to the next that is theirs alone: the pickers'
// choices, text being typed into a field, the Save As dialog. Not the session's state: that changes
// only through requests (viewer/edit_requests.h).
#include <string>

#include "edit/script_ids.h"

namespace touchline {

// Text typed into a field, kept until it is applied; it follows the value it edits whenever that
// changes (an undo, another moment), and not while the author is typing.
struct FieldDraft {
    std::string source;  // the value the draft was made from
    std::string text;    // what the field shows
    std::string error;   // why the last typed text was not applied

    // `shown` is how `value` reads in the field (a caption is wrapped to the field's width).
    void follow(const std::string& value, const std::string& shown) {
        if (value == source) return;
        source = value;
        text = shown;
        error.clear();
    }
};

struct EditorUi {
    // The pickers of "Add an action" and "New moment".
    int addKind = 0;
    int momentTemplate = 0;
    int team = 0;

    // The moment fields being typed, for the moment they belong to.
    edit::MomentId draftsOf;
    FieldDraft clock, title, caption;

    struct SaveAsDialog {
        bool open = false;
        std::string path;          // as typed
        std::string askReplace;    // a file that is there, while asking whether to replace it
        std::string error;         // why the last try failed
    };
    SaveAsDialog saveAs;
};

}  // namespace touchline
