#include "edit/edit_session.h"

namespace touchline::edit {

EditSession::EditSession(std::string path, std::string text) : path_(std::move(path)), savedText_(text) {
    history_.push_back({std::move(text), "open", -1, true});
    load(-1, true);
}

Status EditSession::apply(const EditCommand& command) {
    auto edited = applyEdit(text(), loaded_.script, command);
    if (!edited) return edited.error();
    if (edited->text == text()) return success();
    if (gesture_ && gestureStep_) {
        history_[cursor_].text = std::move(edited->text);
        history_[cursor_].structural = history_[cursor_].structural || edited->structural;
    } else {
        push({std::move(edited->text), describe(loaded_.script, command), edited->moment, edited->structural});
        gestureStep_ = gesture_;
    }
    load(edited->moment, edited->structural);
    return success();
}

void EditSession::beginGesture() {
    gesture_ = true;
    gestureStep_ = false;
}

void EditSession::endGesture() {
    // A drag that ended where it began changed nothing: no step to undo.
    if (gesture_ && gestureStep_ && cursor_ > 0 && history_[cursor_].text == history_[cursor_ - 1].text) {
        const Entry dropped = history_[cursor_];
        history_.pop_back();
        --cursor_;
        load(dropped.moment, dropped.structural);
    }
    gesture_ = false;
    gestureStep_ = false;
}

bool EditSession::undo() {
    if (!canUndo()) return false;
    const Entry& undone = history_[cursor_];
    const int moment = undone.moment;
    const bool structural = undone.structural;
    --cursor_;
    load(moment, structural);
    return true;
}

bool EditSession::redo() {
    if (!canRedo()) return false;
    ++cursor_;
    load(history_[cursor_].moment, history_[cursor_].structural);
    return true;
}

Status EditSession::save(FileWriter& files, const SaveOptions& options) {
    Status saved = saveAtomically(path_, text(), files, options);
    if (saved) savedText_ = text();
    return saved;
}

void EditSession::reload(std::string diskText) {
    savedText_ = diskText;
    if (diskText == text()) return;
    push({std::move(diskText), "reload from disk", -1, true});
    load(-1, true);
}

void EditSession::restore(std::string text, std::string label) {
    if (text == this->text()) return;
    push({std::move(text), std::move(label), -1, true});
    load(-1, true);
}

void EditSession::push(Entry entry) {
    history_.resize(cursor_ + 1);  // a new step forgets the steps that were undone
    history_.push_back(std::move(entry));
    cursor_ = history_.size() - 1;
}

void EditSession::load(int moment, bool structural) {
    if (structural || moment < 0) staleAll_ = true;
    else stale_.insert(moment);
    loaded_ = parseScript(text(), path_);
    diagnostics_ = loaded_.diagnostics;
    if (!loaded_.ok()) {
        current_ = false;
        return;
    }
    if (staleAll_ || !timeline_) {
        baked_ = bake(loaded_.script);
    } else {
        for (int m : stale_) baked_ = rebakeMoment(baked_, loaded_.script, m);
    }
    stale_.clear();
    staleAll_ = false;
    for (const Diagnostic& d : baked_.diagnostics.items()) diagnostics_.add(d);
    diagnostics_.sort();
    timeline_ = std::make_shared<const Timeline>(baked_.timeline);
    current_ = true;
}

}  // namespace touchline::edit
