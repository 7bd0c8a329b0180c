#pragma once
// Crash-safe autosave: while there are unsaved edits the viewer writes them now and then to a side
// file, FILE.autosave next to the script (or, where that directory cannot be written, in
// $XDG_STATE_HOME/touchline/), and removes it on save. A side file left behind means a session ended
// without saving: the next start offers it back. When to write is the caller's (it owns the clock).
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "edit/atomic_save.h"

namespace touchline::edit {

struct AutosaveLocation {
    std::string beside;   // FILE.autosave
    std::string stateDir; // $XDG_STATE_HOME/touchline/<the script's path, flattened>.autosave; empty without one
};

// `stateHome` is $XDG_STATE_HOME, or $HOME/.local/state, or empty: the caller reads the environment.
AutosaveLocation autosaveLocation(const std::string& scriptPath, const std::string& stateHome);

struct FoundAutosave {
    std::string path;
    std::string text;
    std::int64_t modifiedNs = 0;  // when it was written
};

class Autosave {
public:
    Autosave(AutosaveLocation location, FileWriter& files) : location_(std::move(location)), files_(files) {}

    // A side file whose text differs from `savedText` (the script on disk), if one was left behind.
    std::optional<FoundAutosave> find(std::string_view savedText) const;
    // Writes the side file (atomically, no backup): beside the script when possible, else in the state
    // directory. Writing the same text twice writes once.
    Status write(std::string_view text);
    // Removes every side file (after a save, or when the author discards the edits).
    void discard();
    const std::string& writtenPath() const { return written_; }

private:
    AutosaveLocation location_;
    FileWriter& files_;
    std::string written_;     // where the last write went
    std::uint64_t lastHash_ = 0;
};

}  // namespace touchline::edit
