#pragma once
// Noticing that a file changed on disk (another editor saved it), without threads or the clock: the
// caller polls now and then and gets the new text when the file really changed. Size and modification
// time say when to look; a hash of the content says whether anything changed (a `touch`, or our own
// save, is not a change).
#include <cstdint>
#include <optional>
#include <string>

#include "edit/atomic_save.h"

namespace touchline::edit {

std::uint64_t contentHash(std::string_view bytes);  // FNV-1a, 64 bits

class FileWatch {
public:
    // Starts from the file as it is now (its current text is not a change).
    FileWatch(std::string path, FileWriter& files);

    struct Change {
        enum class Kind { Modified, Vanished } kind = Kind::Modified;
        std::string text;  // Modified: the new text
    };
    // A change since the last poll or acknowledge, or nothing.
    std::optional<Change> poll();
    // The file now holds `text` because we wrote it: not a change.
    void acknowledge(std::string_view text);
    const std::string& path() const { return path_; }

private:
    std::string path_;
    FileWriter& files_;
    std::optional<FileInfo> seen_;
    std::uint64_t hash_ = 0;
    bool vanished_ = false;
};

}  // namespace touchline::edit
