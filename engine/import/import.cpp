#include "import/import.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string_view>

#include "import/json_document.h"
#include "import/provider.h"
#include "import/script_builder.h"
#include "import/statsbomb_reader.h"
#include "import/wyscout_reader.h"
#include "script/script_validator.h"

namespace touchline::import {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;

// `text`: where to read it (its old contents are dropped, its memory reused).
Status readFileInto(const std::string& path, std::string& text) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return Error{"cannot open the file: " + (ec ? ec.message() : std::string("it does not exist"))};
    if (fs::is_directory(status)) return Error{"this is a directory, not a match file"};
    const std::string tooBig = "the file is larger than " + std::to_string(kMaxFileBytes / (1024 * 1024)) + " MB, more than any match file";
    const std::uintmax_t size = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
    if (!ec && size > kMaxFileBytes) return Error{tooBig};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot open the file for reading"};
    text.clear();
    // Room for all of it at once: a string doubling its way to megabytes copies itself into fresh
    // pages each time, and a page's first touch is most of what reading a file costs.
    if (!ec) text.reserve(static_cast<std::size_t>(size) + json::kReadAhead);
    char buffer[1 << 16];
    while (text.size() <= kMaxFileBytes && in.read(buffer, sizeof buffer).gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) return Error{"cannot read the file"};
    if (text.size() > kMaxFileBytes) return Error{tooBig};
    return success();
}

Result<std::string> readFile(const std::string& path) {
    std::string text;
    if (auto read = readFileInto(path, text); !read) return read.error();
    return text;
}

// A located parse error ("line 3, column 14: ...") keeps its place as the diagnostic's line and column.
void reportParseError(const std::string& path, const std::string& message, Diagnostics& diagnostics) {
    int line = 0, column = 0, consumed = 0;
    if (std::sscanf(message.c_str(), "line %d, column %d: %n", &line, &column, &consumed) == 2 && consumed > 0) {
        diagnostics.error({path, line, column}, "not valid JSON: " + message.substr(static_cast<std::size_t>(consumed)));
        return;
    }
    diagnostics.error({path, 0, 0}, message);
}

// `known`: the file's text when it has been read already.
std::optional<json::Document> load(const std::string& path, Diagnostics& diagnostics,
                                   std::optional<std::string> known = std::nullopt, const json::KeepElement& keep = {}) {
    Result<std::string> text = known ? Result<std::string>(std::move(*known)) : readFile(path);
    if (!text) {
        diagnostics.error({path, 0, 0}, text.error().message);
        return std::nullopt;
    }
    auto doc = json::parse(*text, {}, keep, text->capacity());
    if (!doc) {
        reportParseError(path, doc.error().message, diagnostics);
        return std::nullopt;
    }
    return std::move(*doc);
}

// StatsBomb keeps a match's line-ups beside its events: <id>_lineups.json or <id>-lineups.json, the
// id being the events file's leading number.
std::optional<std::string> lineupsBeside(const std::string& eventsPath) {
    const fs::path p(eventsPath);
    const std::string name = p.filename().string();
    std::size_t digits = 0;
    while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[digits]))) ++digits;
    if (digits == 0) return std::nullopt;
    const std::string id = name.substr(0, digits);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(p.parent_path().empty() ? fs::path(".") : p.parent_path(), ec)) {
        const std::string other = entry.path().filename().string();
        if (other.rfind(id, 0) == 0 && other.size() > digits && (other[digits] == '_' || other[digits] == '-') &&
            other.find("lineups") != std::string::npos && entry.path().extension() == ".json") {
            return entry.path().string();
        }
    }
    return std::nullopt;
}

// The public data set keeps every competition's match records in matches/matches_<competition>.json
// beside the events files: the one that holds this match's record, when there is one (its path and
// text, read once).
struct FoundFile {
    std::string path, text;
};
std::optional<double> matchIdOf(const json::Document& events) {
    return events.root()["events"][std::size_t{0}]["matchId"].number();
}

// Of a competition's hundreds of match records, the first (which says what the file is) and this
// match's: the rest are read and checked, not kept.
json::KeepElement onlyTheRecordOf(std::optional<double> matchId) {
    if (!matchId) return {};
    return [id = *matchId](std::size_t index, const json::Value& record) { return index == 0 || record["wyId"].number() == id; };
}

std::optional<FoundFile> recordsBeside(const std::string& eventsPath, std::optional<double> id) {
    if (!id) return std::nullopt;
    char wanted[2][48];
    std::snprintf(wanted[0], sizeof wanted[0], "\"wyId\": %.0f,", *id);
    std::snprintf(wanted[1], sizeof wanted[1], "\"wyId\":%.0f,", *id);
    // A competition's records are megabytes of quotes: a plain find stops at every '"', a
    // Boyer-Moore-Horspool search skips most of the text (a tenth of an import, else).
    const auto holds = [](const std::string& text, std::string_view needle) {
        return std::search(text.begin(), text.end(), std::boyer_moore_horspool_searcher(needle.begin(), needle.end())) != text.end();
    };
    const fs::path dir = fs::path(eventsPath).parent_path();
    std::error_code ec;
    for (const fs::path& where : {dir / "matches", dir}) {
        std::vector<fs::path> candidates;
        for (const auto& entry : fs::directory_iterator(where.empty() ? fs::path(".") : where, ec)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind("matches_", 0) == 0 && entry.path().extension() == ".json") candidates.push_back(entry.path());
        }
        std::sort(candidates.begin(), candidates.end());
        // One buffer, as large as the largest, for every candidate read: its pages are touched once.
        std::string text;
        std::uintmax_t largest = 0;
        for (const fs::path& candidate : candidates) {
            std::error_code sizeError;
            const std::uintmax_t size = fs::file_size(candidate, sizeError);
            if (!sizeError) largest = std::max(largest, std::min<std::uintmax_t>(size, kMaxFileBytes));
        }
        text.reserve(static_cast<std::size_t>(largest) + json::kReadAhead);
        for (const fs::path& candidate : candidates) {
            if (readFileInto(candidate.string(), text) && (holds(text, wanted[0]) || holds(text, wanted[1]))) {
                return FoundFile{candidate.string(), std::move(text)};
            }
        }
    }
    return std::nullopt;
}

std::string clockOf(const Script& script, const Moment& m) { return script.clock.preciseText(m.matchTime); }

}  // namespace

bool isProviderFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char c = 0;
    while (in.get(c)) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        return c == '{' || c == '[';
    }
    return false;
}

ImportedMatch importMatch(const std::string& path, const ImportOptions& options) {
    ImportedMatch out;
    Diagnostics& diagnostics = out.diagnostics;
    auto events = load(path, diagnostics);
    if (!events) return out;
    const FileKind kind = detectProvider(*events);
    std::optional<MatchData> match;
    ImportLog log(path, diagnostics);
    switch (kind) {
        case FileKind::WyscoutEvents: {
            std::optional<json::Document> matches;
            std::optional<ImportLog> matchesLog;
            std::optional<FoundFile> found;
            const std::optional<double> matchId = matchIdOf(*events);
            if (!options.matches) found = recordsBeside(path, matchId);
            const std::optional<std::string> recordsPath = options.matches ? options.matches
                                                           : found          ? std::optional<std::string>(found->path)
                                                                            : std::nullopt;
            if (recordsPath) {
                matches = load(*recordsPath, diagnostics, found ? std::optional<std::string>(std::move(found->text)) : std::nullopt,
                               onlyTheRecordOf(matchId));
                if (!matches) return out;
                if (detectProvider(*matches) != FileKind::WyscoutMatches) {
                    diagnostics.error({*recordsPath, 0, 0}, "expected Wyscout match records (a list of matches with "
                                                            "wyId and teamsData), found " +
                                                                describe(detectProvider(*matches)) + " data");
                    return out;
                }
                matchesLog.emplace(*recordsPath, diagnostics);
            }
            WyscoutFiles files{&*events, &log, matches ? &*matches : nullptr, matchesLog ? &*matchesLog : nullptr};
            match = readWyscout(files);
            break;
        }
        case FileKind::StatsBombEvents: {
            const auto lineupsPath = options.lineups ? options.lineups : lineupsBeside(path);
            std::optional<json::Document> lineups, matches;
            std::optional<ImportLog> lineupsLog, matchesLog;
            if (lineupsPath) {
                lineups = load(*lineupsPath, diagnostics);
                if (!lineups) return out;
                if (detectProvider(*lineups) != FileKind::StatsBombLineups) {
                    diagnostics.error({*lineupsPath, 0, 0}, "expected StatsBomb line-ups, found " +
                                                                describe(detectProvider(*lineups)) + " data");
                    return out;
                }
                lineupsLog.emplace(*lineupsPath, diagnostics);
            } else {
                log.warning("no line-ups file beside it (<id>_lineups.json); the players come from the Starting XI "
                            "events, without the bench");
            }
            if (options.matches) {
                matches = load(*options.matches, diagnostics);
                if (!matches) return out;
                matchesLog.emplace(*options.matches, diagnostics);
            }
            StatsBombFiles files{&*events,      &log, lineups ? &*lineups : nullptr, lineupsLog ? &*lineupsLog : nullptr,
                                 matches ? &*matches : nullptr, matchesLog ? &*matchesLog : nullptr};
            match = readStatsBomb(files);
            out.provider = Provider::StatsBomb;
            break;
        }
        case FileKind::WyscoutMatches:
            log.error("this is a file of Wyscout match records, not a match: import the match's events file and "
                      "give this one with --matches");
            return out;
        case FileKind::StatsBombLineups:
            log.error("this is a StatsBomb line-ups file, not a match: import the events file (the line-ups beside "
                      "it are found on their own, or give --lineups)");
            return out;
        case FileKind::Unknown:
            log.error("this JSON is neither Wyscout nor StatsBomb event data (expected {\"events\": [...]} with eventId "
                      "and matchPeriod, or a list of events with type, period and timestamp)");
            return out;
    }
    if (!match || diagnostics.hasErrors()) return out;
    BuiltScript built = buildScript(*match, path, options.passages, options.progress);
    if (options.progress.stopped()) {
        diagnostics.error({path, 0, 0}, "the import was stopped before it finished");
        return out;
    }
    for (const std::string& note : built.notes) diagnostics.warning({path, 0, 0}, note);
    for (std::size_t i = 0; i < built.drafts.size(); ++i) {
        const Moment& m = built.script.moments[i];
        for (const std::string& note : built.drafts[i].notes) {
            diagnostics.warning({path, 0, 0}, "moment '" + m.id + "' (" + clockOf(built.script, m) + "): " + note);
        }
    }
    Diagnostics validation;
    validateScript(built.script, validation);
    for (const Diagnostic& d : validation.items()) {
        Diagnostic copy = d;
        copy.where = {path, 0, 0};
        diagnostics.add(copy);
    }
    out.script = std::move(built.script);
    out.drafts = std::move(built.drafts);
    out.match = std::move(match);
    out.playerIds = std::move(built.playerIds);
    out.passageNotes = std::move(built.passageNotes);
    out.passagesFailing = built.passagesFailing;
    return out;
}

}  // namespace touchline::import
