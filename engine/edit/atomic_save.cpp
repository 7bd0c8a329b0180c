#include "edit/atomic_save.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace touchline::edit {

namespace {

Error systemError(const std::string& what, const std::string& path, int error) {
    return Error{"cannot " + what + " " + path + ": " + std::strerror(error)};
}

std::string directoryOf(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

}  // namespace

Status FileWriter::writeFile(const std::string& path, std::string_view bytes, unsigned mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0) return systemError("create", path, errno);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return systemError("write", path, error);
        }
        written += static_cast<std::size_t>(n);
    }
    // The rename must not reach the disk before the bytes do, or a crash could leave an empty file.
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return systemError("flush", path, error);
    }
    // The mode asked for, whatever the umask made of it: the saved file keeps the original's.
    ::fchmod(fd, static_cast<mode_t>(mode));
    if (::close(fd) != 0) return systemError("close", path, errno);
    return success();
}

Status FileWriter::replace(const std::string& from, const std::string& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) return systemError("rename over", to, errno);
    return success();
}

Status FileWriter::keepCopy(const std::string& from, const std::string& to) {
    ::unlink(to.c_str());
    if (::link(from.c_str(), to.c_str()) == 0) return success();
    auto bytes = readFile(from);
    if (!bytes) return bytes.error();
    auto existing = info(from);
    return writeFile(to, *bytes, existing ? existing->mode : 0644);
}

void FileWriter::remove(const std::string& path) { ::unlink(path.c_str()); }

std::optional<FileInfo> FileWriter::info(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    FileInfo i;
    i.size = static_cast<std::int64_t>(st.st_size);
    i.modifiedNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    i.mode = static_cast<unsigned>(st.st_mode & 07777);
    // Permission bits first: a file marked read-only stays unwritten even for root, who may write anything.
    i.writable = (st.st_mode & 0222) != 0 && ::access(path.c_str(), W_OK) == 0;
    return i;
}

void FileWriter::syncDirectory(const std::string& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

std::string backupPath(const std::string& path) { return path + ".bak"; }

Status saveAtomically(const std::string& path, std::string_view text, FileWriter& writer, const SaveOptions& options) {
    const std::optional<FileInfo> existing = writer.info(path);
    if (!existing && options.mustExist) {
        return Error{path + " is no longer there (moved or deleted?)"};
    }
    if (existing && !existing->writable) {
        return Error{path + " is read-only"};
    }
    const std::string directory = directoryOf(path);
    const int pid = options.processId != 0 ? options.processId : static_cast<int>(::getpid());
    const std::string temp = path + ".tmp-" + std::to_string(pid);
    if (auto written = writer.writeFile(temp, text, existing ? existing->mode : 0644); !written) {
        writer.remove(temp);
        return Error{written.error().message + "; " + path + " is unchanged"};
    }
    if (existing && options.keepBackup) {
        if (auto kept = writer.keepCopy(path, backupPath(path)); !kept) {
            writer.remove(temp);
            return Error{"cannot keep the previous version as " + backupPath(path) + ": " + kept.error().message +
                         "; nothing was saved"};
        }
    }
    if (auto replaced = writer.replace(temp, path); !replaced) {
        writer.remove(temp);
        return Error{replaced.error().message + "; " + path + " is unchanged"};
    }
    writer.syncDirectory(directory);
    return success();
}

Result<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot read " + path + ": " + std::strerror(errno)};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return Error{"cannot read " + path};
    return bytes.str();
}

}  // namespace touchline::edit
