#pragma once
// What the editor's panels ask for while they are drawn, as plain values. A panel only records a
// request; EditController::applyRequests() carries them out, in order, once the frame's panels are
// built. So nothing a panel reads (the session's text, Script, ids or timeline) changes while the
// panels are being drawn, and an edit recorded against an action that a later step removed is
// refused by its id instead of landing on a neighbour.
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "edit/edit_command.h"
#include "edit/script_ids.h"

namespace touchline {

namespace request {

struct Edit {
    edit::EditCommand command;
};
// A drag on a panel: the edits between these are one undo step.
struct BeginGesture {};
struct EndGesture {};
// The action the inspector shows and the pitch highlights (none: an invalid id).
struct Select {
    edit::ActionId action;
};
struct Undo {};
struct Redo {};
struct Save {
    bool evenIfVanished = false;  // write the file again although it vanished from the disk
};
struct SaveAs {
    std::string path;
    bool replace = false;  // the author agreed to replace a file that is there
};
struct CancelSaveAs {};
struct LeaveEditMode {};
struct AnswerRestore {
    bool restore = false;
};
// What to do about unsaved edits when the window closes.
enum class QuitChoice { SaveAndQuit, QuitWithoutSaving, Cancel };
struct AnswerQuit {
    QuitChoice choice = QuitChoice::Cancel;
};
struct AnswerChangedOnDisk {
    bool reload = false;
};

}  // namespace request

using EditRequest = std::variant<request::Edit, request::BeginGesture, request::EndGesture, request::Select,
                                 request::Undo, request::Redo, request::Save, request::SaveAs, request::CancelSaveAs,
                                 request::LeaveEditMode, request::AnswerRestore, request::AnswerQuit,
                                 request::AnswerChangedOnDisk>;

class EditRequests {
public:
    void push(EditRequest request) { list_.push_back(std::move(request)); }
    void edit(edit::EditCommand command) { list_.push_back(request::Edit{std::move(command)}); }
    bool empty() const { return list_.empty(); }
    const std::vector<EditRequest>& list() const { return list_; }
    // Everything recorded so far, in order; the list is empty afterwards.
    std::vector<EditRequest> take() { return std::exchange(list_, {}); }

private:
    std::vector<EditRequest> list_;
};

}  // namespace touchline
