#pragma once
// Staged outputs: a file or directory written beside its destination under a hidden temporary name
// and moved into place only when complete. An existing output is never left half-written, and an
// export that fails or is interrupted leaves nothing behind.
#include <string>

#include "core/result.h"

namespace touchline {

class StagedFile {
public:
    // Creates an empty temporary file in the destination's directory; this is also the check that
    // the destination can be written at all (the directory exists and is writable).
    static Result<StagedFile> create(const std::string& destination);

    StagedFile(StagedFile&& other) noexcept;
    StagedFile& operator=(StagedFile&& other) noexcept;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile();  // discards the temporary file unless committed

    const std::string& path() const { return temp_; }            // write here
    const std::string& destination() const { return destination_; }
    // Renames the temporary file over the destination in one step.
    Status commit();
    void discard();

private:
    StagedFile(std::string destination, std::string temp);
    std::string destination_;
    std::string temp_;  // empty once committed or discarded
};

class StagedDirectory {
public:
    // Creates an empty temporary directory beside the destination directory.
    static Result<StagedDirectory> create(const std::string& destination);

    StagedDirectory(StagedDirectory&& other) noexcept;
    StagedDirectory& operator=(StagedDirectory&& other) noexcept;
    StagedDirectory(const StagedDirectory&) = delete;
    StagedDirectory& operator=(const StagedDirectory&) = delete;
    ~StagedDirectory();  // removes the temporary directory and its files unless committed

    const std::string& path() const { return temp_; }
    const std::string& destination() const { return destination_; }
    // When the destination does not exist, renames the directory into place. When it does, moves each
    // file into it (replacing files of the same name) and then removes the files that `isStale` says
    // belong to an older output of the same kind but were not replaced (e.g. frames past the new end).
    Status commit(bool (*isStale)(const std::string& fileName) = nullptr);
    void discard();

private:
    StagedDirectory(std::string destination, std::string temp);
    std::string destination_;
    std::string temp_;
};

// "dir/name" -> "dir/.name.partial-PID-N": hidden, unique within this process and beside `destination`.
std::string stagingName(const std::string& destination);

}  // namespace touchline
