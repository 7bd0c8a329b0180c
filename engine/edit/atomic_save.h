#pragma once
// Saving a replay script so that no failure can cost the author the file: the new text goes to a
// temporary file in the same directory (flushed to the disk), the previous version is kept as
// FILE.bak, and a rename puts the new file in place in one step. Any failure leaves the file as it was.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace touchline::edit {

struct FileInfo {
    std::int64_t size = 0;
    std::int64_t modifiedNs = 0;  // modification time, nanoseconds since the epoch
    unsigned mode = 0644;         // permission bits
    bool writable = true;         // this process may write it
};

// The file system calls a save makes, behind an interface so a test can make any of them fail (a
// full disk, a directory that refuses new files). Errors are values with the system's words.
class FileWriter {
public:
    virtual ~FileWriter() = default;
    // Creates (or truncates) the file, writes all the bytes, flushes them to the disk, closes it.
    virtual Status writeFile(const std::string& path, std::string_view bytes, unsigned mode);
    // rename(2): replaces `to` in one step.
    virtual Status replace(const std::string& from, const std::string& to);
    // A second name for the file's current bytes (a hard link, or a copy where links fail).
    virtual Status keepCopy(const std::string& from, const std::string& to);
    virtual void remove(const std::string& path);
    virtual std::optional<FileInfo> info(const std::string& path);
    // Flushes a directory's entries (the rename) to the disk; failures are not errors.
    virtual void syncDirectory(const std::string& directory);
};

struct SaveOptions {
    // The file must still be there: a file that vanished while it was edited (moved, deleted, a
    // removed drive) is reported instead of written afresh, unless the author asks for that.
    bool mustExist = true;
    bool keepBackup = true;  // the previous version as FILE.bak
    int processId = 0;       // names the temporary file FILE.tmp-PID; 0: this process's
};

Status saveAtomically(const std::string& path, std::string_view text, FileWriter& writer, const SaveOptions& options = {});

std::string backupPath(const std::string& path);  // FILE.bak

// Reads a whole file; an error value with the system's words when it cannot.
Result<std::string> readFile(const std::string& path);

}  // namespace touchline::edit
