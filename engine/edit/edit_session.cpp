#include "edit/edit_session.h"

#include <filesystem>

namespace touchline::edit {

namespace {

// A script that keeps its passages in a file beside it (`passages: match.passages.yaml`) names that
// file, not a path: saved into another folder, it takes the file along under the same name. What is
// there under that name already is kept when it is the same passages, and refused when it is not.
// Returns the file it wrote (to be removed if the script's own save then fails), or none.
Result<std::optional<std::string>> carryPassages(const std::string& from, const std::string& to, const std::string& name,
                                                 FileWriter& files, const SaveOptions& options) {
    if (name.empty()) return std::optional<std::string>();
    namespace fs = std::filesystem;
    const fs::path source = fs::path(from).parent_path() / name;
    const fs::path target = fs::path(to).parent_path() / name;
    std::error_code same;
    if (fs::equivalent(source, target, same) || source.lexically_normal() == target.lexically_normal()) {
        return std::optional<std::string>();
    }
    const auto passages = readFile(source.string());
    if (!passages) return Error{"cannot take the passages along: " + passages.error().message};
    if (const auto there = readFile(target.string())) {
        if (*there == *passages) return std::optional<std::string>();
        return Error{target.string() + " holds other passages, and the script names its passages file " + name +
                     ": save it into another folder, or move that file"};
    }
    SaveOptions fresh = options;
    fresh.mustExist = false;
    if (Status saved = saveAtomically(target.string(), *passages, files, fresh); !saved) return saved.error();
    return std::optional<std::string>(target.string());
}

// A save that failed leaves the session as it was: the author's edits are not lost, and the message says
// so (the file's own fate is in the save's words).
Error keptInMemory(const Error& failed) { return Error{failed.message + "; the edits are kept in memory"}; }

}  // namespace

EditSession::EditSession(std::string path, std::string text, PassageTiming passages)
    : path_(std::move(path)), savedText_(text), passages_(passages) {
    history_.push_back({std::move(text), "open", -1, true, {}});
    load(-1, true);
    history_[cursor_].ids = ScriptIds::number(loaded_.script, idSource_);
}

bool EditSession::addPassage(const std::shared_ptr<const Script>& bakedFrom, PassageBake baked) {
    if (!timeline_ || baked_.timeline.sharedScript() != bakedFrom) return false;
    for (const Diagnostic& d : baked.diagnostics.items()) diagnostics_.add(d);
    diagnostics_.sort();
    touchline::addPassage(baked_, std::move(baked));
    timeline_ = std::make_shared<const Timeline>(baked_.timeline);
    return true;
}

MomentId EditSession::findMoment(std::string_view id) const {
    for (std::size_t m = 0; m < loaded_.script.moments.size(); ++m) {
        if (loaded_.script.moments[m].id == id) return ids().moment(static_cast<int>(m));
    }
    return {};
}

const Moment* EditSession::moment(MomentId id) const {
    const auto m = ids().find(id);
    return m ? &loaded_.script.moments[static_cast<std::size_t>(*m)] : nullptr;
}

const Action* EditSession::action(ActionId id) const {
    const auto place = ids().find(id);
    if (!place) return nullptr;
    return &loaded_.script.moments[static_cast<std::size_t>(place->moment)].actions[static_cast<std::size_t>(place->action)];
}

Status EditSession::apply(const EditCommand& command) {
    lastAdded_ = {};
    auto edited = applyEdit(text(), loaded_.script, ids(), command);
    if (!edited) return edited.error();
    if (edited->text == text()) return success();
    Carry carry{ids(), edited->action};
    if (gesture_ && gestureStep_) {
        history_[cursor_].text = std::move(edited->text);
        history_[cursor_].structural = history_[cursor_].structural || edited->structural;
    } else {
        push({std::move(edited->text), describe(loaded_.script, ids(), command), edited->moment, edited->structural, {}});
        gestureStep_ = gesture_;
    }
    // An added action is found in the new text where the edit says it starts.
    const bool adds = edited->action && edited->action->before.action < 0 && edited->action->after;
    const YamlMark addedAt = adds ? *edited->action->after : YamlMark{};
    load(edited->moment, edited->structural, std::move(carry));
    if (adds && edited->moment >= 0 && static_cast<std::size_t>(edited->moment) < loaded_.script.moments.size()) {
        const auto& actions = loaded_.script.moments[static_cast<std::size_t>(edited->moment)].actions;
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (actions[i].where.line == addedAt.line && actions[i].where.column == addedAt.column) {
                lastAdded_ = ids().action(edited->moment, static_cast<int>(i));
            }
        }
    }
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
    if (!saved) return keptInMemory(saved.error());
    savedText_ = text();
    return saved;
}

Status EditSession::saveAs(const std::string& path, FileWriter& files, const SaveOptions& options) {
    SaveOptions elsewhere = options;
    elsewhere.mustExist = false;  // a new file is what Save As is for
    const auto carried = carryPassages(path_, path, loaded_.script.passagesFile, files, elsewhere);
    if (!carried) return keptInMemory(carried.error());
    Status saved = saveAtomically(path, text(), files, elsewhere);
    if (!saved) {
        if (*carried) files.remove(**carried);
        return keptInMemory(saved.error());
    }
    path_ = path;
    savedText_ = text();
    // The located messages name the file: from now on, the new one. The text is the same, so the
    // ids stay; everything is re-baked once, which also re-labels the physics' messages.
    load(-1, true);
    return saved;
}

void EditSession::reload(std::string diskText) {
    savedText_ = diskText;
    if (diskText == text()) return;
    Carry carry{ids(), std::nullopt};
    push({std::move(diskText), "reload from disk", -1, true, {}});
    load(-1, true, std::move(carry));
}

void EditSession::restore(std::string text, std::string label) {
    if (text == this->text()) return;
    Carry carry{ids(), std::nullopt};
    push({std::move(text), std::move(label), -1, true, {}});
    load(-1, true, std::move(carry));
}

void EditSession::push(Entry entry) {
    history_.resize(cursor_ + 1);  // a new step forgets the steps that were undone
    history_.push_back(std::move(entry));
    cursor_ = history_.size() - 1;
}

void EditSession::load(int moment, bool structural, std::optional<Carry> carry) {
    if (structural || moment < 0) staleAll_ = true;
    else stale_.insert(moment);
    LoadResult next = parseScript(text(), path_);
    if (carry) history_[cursor_].ids = carryIds(loaded_.script, carry->from, next.script, carry->edited, idSource_);
    loaded_ = std::move(next);
    diagnostics_ = loaded_.diagnostics;
    if (!loaded_.ok()) {
        current_ = false;
        return;
    }
    if (staleAll_ || !timeline_) {
        baked_ = bake(loaded_.script, {}, passages_);
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
