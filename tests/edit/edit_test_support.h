#pragma once
// Helpers for the editor's tests: the bundled replay's text, finding moments and actions by what
// they are, a scratch directory, and a file writer that fails on demand.
#include <cstdint>
#include <filesystem>
#include <vector>
#include <string>
#include <string_view>

#include "edit/atomic_save.h"
#include "edit/edit_session.h"

namespace touchline::testing {

std::string bundledText();
int momentIndex(const Script& script, std::string_view id);
// The index of the `occurrence`-th action of `kind` by `actor` in a moment.
int actionIndex(const Script& script, int moment, ActionKind kind, std::string_view actor, int occurrence = 0);
// The same, as the session names them (edit/script_ids.h).
edit::MomentId momentId(const edit::EditSession& session, std::string_view id);
edit::ActionId actionId(const edit::EditSession& session, std::string_view moment, ActionKind kind, std::string_view actor,
                        int occurrence = 0);
// A full bake of `text` from scratch, as bytes: what an edited session's timeline must equal.
std::vector<std::uint8_t> freshTrackBytes(const std::string& text);
// Lines of `a` that are not in `b` at the same place (after aligning on equal lines), for "only this
// line changed" checks.
std::vector<std::string> changedLines(const std::string& before, const std::string& after);

class ScratchDirectory {
public:
    explicit ScratchDirectory(std::string_view name);
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
    std::string file(std::string_view name) const { return (path_ / std::string(name)).string(); }
    std::string write(std::string_view name, std::string_view text) const;
    const std::filesystem::path& path() const { return path_; }
    // Every name in the directory, sorted.
    std::vector<std::string> names() const;

private:
    std::filesystem::path path_;
};

// A FileWriter whose writes fail with `error` (an errno) for paths containing `match`.
class FailingWriter : public edit::FileWriter {
public:
    FailingWriter(int error, std::string match = {}) : error_(error), match_(std::move(match)) {}
    Status writeFile(const std::string& path, std::string_view bytes, unsigned mode) override;
    int failures = 0;

private:
    int error_;
    std::string match_;
};

}  // namespace touchline::testing
