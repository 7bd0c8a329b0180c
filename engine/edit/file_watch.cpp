#include "edit/file_watch.h"

namespace touchline::edit {

std::uint64_t contentHash(std::string_view bytes) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

FileWatch::FileWatch(std::string path, FileWriter& files) : path_(std::move(path)), files_(files) {
    seen_ = files_.info(path_);
    if (auto text = readFile(path_)) hash_ = contentHash(*text);
    vanished_ = !seen_;
}

std::optional<FileWatch::Change> FileWatch::poll() {
    const std::optional<FileInfo> now = files_.info(path_);
    if (!now) {
        if (vanished_) return std::nullopt;
        vanished_ = true;
        seen_.reset();
        return Change{Change::Kind::Vanished, {}};
    }
    if (seen_ && !vanished_ && now->size == seen_->size && now->modifiedNs == seen_->modifiedNs) return std::nullopt;
    auto text = readFile(path_);
    if (!text) return std::nullopt;  // mid-write by the other editor, say: the next poll looks again
    const bool reappeared = vanished_;
    seen_ = now;
    vanished_ = false;
    const std::uint64_t hash = contentHash(*text);
    if (hash == hash_ && !reappeared) return std::nullopt;
    hash_ = hash;
    return Change{Change::Kind::Modified, std::move(*text)};
}

void FileWatch::acknowledge(std::string_view text) {
    hash_ = contentHash(text);
    seen_ = files_.info(path_);
    vanished_ = !seen_;
}

}  // namespace touchline::edit
