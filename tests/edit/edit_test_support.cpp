#include "edit/edit_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "app/replay_files.h"
#include "script/loader.h"
#include "timeline/bake.h"

namespace touchline::testing {

std::string bundledText() {
    auto text = edit::readFile(bundledReplayPath());
    EXPECT_TRUE(text.ok());
    if (!text) return std::string();
    // The moments and markers alone: these sessions are named as if elsewhere, where the passages file
    // beside the bundled script is not, and they edit moments.
    std::string out = *text;
    const std::string key = "\npassages: ";
    if (const std::size_t at = out.find(key); at != std::string::npos) out.erase(at + 1, out.find('\n', at + 1) - at);
    return out;
}

int momentIndex(const Script& script, std::string_view id) {
    for (std::size_t i = 0; i < script.moments.size(); ++i) {
        if (script.moments[i].id == id) return static_cast<int>(i);
    }
    ADD_FAILURE() << "no moment " << id;
    return -1;
}

int actionIndex(const Script& script, int moment, ActionKind kind, std::string_view actor, int occurrence) {
    const auto& actions = script.moments[static_cast<std::size_t>(moment)].actions;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        if (actions[i].kind == kind && actions[i].actor.valid() && script.player(actions[i].actor).name == actor &&
            occurrence-- == 0) {
            return static_cast<int>(i);
        }
    }
    ADD_FAILURE() << "no " << actionKeyword(kind) << " by " << actor;
    return -1;
}

edit::MomentId momentId(const edit::EditSession& session, std::string_view id) {
    return session.ids().moment(momentIndex(session.script(), id));
}

edit::ActionId actionId(const edit::EditSession& session, std::string_view moment, ActionKind kind, std::string_view actor,
                        int occurrence) {
    const int m = momentIndex(session.script(), moment);
    return m < 0 ? edit::ActionId{} : session.ids().action(m, actionIndex(session.script(), m, kind, actor, occurrence));
}

std::vector<std::uint8_t> freshTrackBytes(const std::string& text) {
    LoadResult loaded = parseScript(text, "fresh.yaml");
    EXPECT_TRUE(loaded.ok()) << loaded.diagnostics.text();
    return bake(loaded.script).timeline.trackBytes();
}

namespace {
std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}
}  // namespace

std::vector<std::string> changedLines(const std::string& before, const std::string& after) {
    const auto a = lines(before), b = lines(after);
    // Common prefix and suffix: enough for edits that change one region.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    return std::vector<std::string>(b.begin() + static_cast<long>(head), b.end() - static_cast<long>(tail));
}

ScratchDirectory::ScratchDirectory(std::string_view name)
    : path_(std::filesystem::temp_directory_path() /
            ("touchline_" + std::string(name) + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
}

std::string ScratchDirectory::write(std::string_view name, std::string_view text) const {
    const std::string path = file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::vector<std::string> ScratchDirectory::names() const {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

Status FailingWriter::writeFile(const std::string& path, std::string_view bytes, unsigned mode) {
    if (path.find(match_) == std::string::npos) return FileWriter::writeFile(path, bytes, mode);
    ++failures;
    // Like a disk that fills up half-way: some bytes land before the error.
    (void)FileWriter::writeFile(path, bytes.substr(0, bytes.size() / 2), mode);
    return Error{"cannot write " + path + ": " + std::strerror(error_)};
}

}  // namespace touchline::testing
