#pragma once
// Staged outputs: a file or directory written beside its destination under a hidden temporary name
// and moved into place only when complete. An existing output is never left half-written, and an
// export that fails or is interrupted leaves nothing behind.
#include <string>
#include <system_error>
#include <utility>

#include "core/result.h"

namespace touchline {

// What a staged file and a staged directory share: the destination, the temporary beside it, and
// removing the temporary unless it was moved into place.
class StagedPath {
public:
    StagedPath(StagedPath&& other) noexcept;
    StagedPath& operator=(StagedPath&& other) noexcept;
    StagedPath(const StagedPath&) = delete;
    StagedPath& operator=(const StagedPath&) = delete;
    ~StagedPath();  // discards the temporary unless committed

    const std::string& path() const { return temp_; }  // write here
    const std::string& destination() const { return destination_; }
    void discard();

protected:
    StagedPath(std::string destination, std::string temp);
    // Renames the temporary over the destination in one step; on failure discards it.
    Status renameIntoPlace();
    // The error for `error` at the destination, after discarding the temporary.
    Error fail(const std::error_code& error);

    std::string destination_;
    std::string temp_;  // empty once committed or discarded
};

class StagedFile : public StagedPath {
public:
    // Creates an empty temporary file in the destination's directory; this is also the check that
    // the destination can be written at all (the directory exists and is writable).
    static Result<StagedFile> create(const std::string& destination);
    // Renames the temporary file over the destination in one step.
    Status commit() { return renameIntoPlace(); }

private:
    StagedFile(std::string destination, std::string temp) : StagedPath(std::move(destination), std::move(temp)) {}
};

class StagedDirectory : public StagedPath {
public:
    // Creates an empty temporary directory beside the destination directory.
    static Result<StagedDirectory> create(const std::string& destination);
    // When the destination does not exist, renames the directory into place. When it does, moves each
    // file into it (replacing files of the same name) and then removes the files that `isStale` says
    // belong to an older output of the same kind but were not replaced (e.g. frames past the new end).
    Status commit(bool (*isStale)(const std::string& fileName) = nullptr);

private:
    StagedDirectory(std::string destination, std::string temp) : StagedPath(std::move(destination), std::move(temp)) {}
};

// "dir/name" -> "dir/.name.partial-PID-N": hidden, unique within this process and beside `destination`.
std::string stagingName(const std::string& destination);

}  // namespace touchline
