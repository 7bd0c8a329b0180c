#include "io/staged_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>
#include <vector>

namespace touchline {

namespace fs = std::filesystem;

namespace {

std::string describe(const std::string& path, const std::error_code& error) {
    return "cannot write '" + path + "': " + error.message();
}

// The destination without trailing slashes, so "frames/" and "frames" name the same directory.
std::string withoutTrailingSlash(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    return path;
}

}  // namespace

std::string stagingName(const std::string& destination) {
    static std::atomic<unsigned> counter{0};
    const fs::path target(withoutTrailingSlash(destination));
    const std::string name = "." + target.filename().string() + ".partial-" + std::to_string(::getpid()) + "-" +
                             std::to_string(counter.fetch_add(1));
    return (target.parent_path() / name).string();
}

// ---- StagedPath ----

StagedPath::StagedPath(std::string destination, std::string temp)
    : destination_(std::move(destination)), temp_(std::move(temp)) {}

StagedPath::StagedPath(StagedPath&& other) noexcept
    : destination_(std::move(other.destination_)), temp_(std::exchange(other.temp_, {})) {}

StagedPath& StagedPath::operator=(StagedPath&& other) noexcept {
    if (this != &other) {
        discard();
        destination_ = std::move(other.destination_);
        temp_ = std::exchange(other.temp_, {});
    }
    return *this;
}

StagedPath::~StagedPath() { discard(); }

void StagedPath::discard() {
    if (temp_.empty()) return;
    std::error_code ignored;
    fs::remove_all(temp_, ignored);  // a file or a directory with what was written into it
    temp_.clear();
}

Error StagedPath::fail(const std::error_code& error) {
    discard();
    return Error{describe(destination_, error)};
}

Status StagedPath::renameIntoPlace() {
    if (temp_.empty()) return Error{"cannot write '" + destination_ + "': nothing staged"};
    std::error_code error;
    fs::rename(temp_, destination_, error);
    if (error) return fail(error);
    temp_.clear();
    return success();
}

// ---- StagedFile ----

Result<StagedFile> StagedFile::create(const std::string& destination) {
    if (destination.empty()) return Error{"no output path given"};
    std::error_code error;
    if (fs::is_directory(destination, error)) {
        return Error{"cannot write '" + destination + "': it is a directory"};
    }
    const std::string temp = stagingName(destination);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return Error{describe(destination, std::error_code(errno, std::generic_category()))};
    ::close(fd);
    return StagedFile(destination, temp);
}

// ---- StagedDirectory ----

Result<StagedDirectory> StagedDirectory::create(const std::string& destination) {
    if (destination.empty()) return Error{"no output path given"};
    const std::string target = withoutTrailingSlash(destination);
    std::error_code error;
    if (fs::exists(target, error) && !fs::is_directory(target, error)) {
        return Error{"cannot write '" + destination + "': it exists and is not a directory"};
    }
    const std::string temp = stagingName(target);
    if (::mkdir(temp.c_str(), 0755) != 0) {
        return Error{describe(destination, std::error_code(errno, std::generic_category()))};
    }
    return StagedDirectory(target, temp);
}

Status StagedDirectory::commit(bool (*isStale)(const std::string& fileName)) {
    if (temp_.empty()) return Error{"cannot write '" + destination_ + "': nothing staged"};
    std::error_code error;
    if (!fs::exists(destination_, error)) {
        return renameIntoPlace();
    }
    // The destination exists: move the new files in one by one (each rename replaces atomically).
    std::set<std::string> written;
    for (const auto& entry : fs::directory_iterator(temp_, error)) {
        const std::string name = entry.path().filename().string();
        fs::rename(entry.path(), fs::path(destination_) / name, error);
        if (error) return fail(error);
        written.insert(name);
    }
    if (error) return fail(error);
    if (isStale) {
        std::vector<fs::path> stale;
        for (const auto& entry : fs::directory_iterator(destination_, error)) {
            const std::string name = entry.path().filename().string();
            if (!written.count(name) && entry.is_regular_file() && isStale(name)) stale.push_back(entry.path());
        }
        for (const fs::path& path : stale) fs::remove(path, error);
    }
    discard();
    return success();
}

}  // namespace touchline
