#include "script/loader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "script/match_events.h"
#include "script/script_parser.h"
#include "script/script_validator.h"
#include "script/yaml_prescan.h"
#include "script/yaml_reader.h"

namespace touchline {

namespace {

std::string megabytes(std::uintmax_t bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buffer;
}

std::string tooBig(std::uintmax_t bytes) {
    return "the file is " + megabytes(bytes) + "; a replay script is at most " + megabytes(kMaxScriptBytes);
}

// A substitute with no spot of his own takes the spot of the player he first replaces.
void fillSubstituteSpots(ParsedScript& parsed) {
    auto& waiting = parsed.substitutesWithoutSpot;
    if (waiting.empty()) return;
    Script& script = parsed.script;
    for (const MatchEvent& e : eventsInClockOrder(script)) {
        if (!e.action || e.action->kind != ActionKind::Substitution) continue;
        const PlayerId on = e.action->actor;
        const PlayerId off = e.action->other;
        auto it = std::find(waiting.begin(), waiting.end(), on);
        if (it == waiting.end() || !off.valid()) continue;
        script.teams[on.team].players[on.index].formationSpot = script.player(off).formationSpot;
        waiting.erase(it);
    }
}

// An unquoted colour, `shirt: #ffffff`, turns the rest of its line into a comment; inside { } that
// breaks the YAML far from the cause. Finds the last such colour up to `lastLine` (0-based).
std::string unquotedColourHint(std::string_view text, int lastLine) {
    int line = 0;
    int found = -1;
    for (std::size_t start = 0; start < text.size() && line <= lastLine; ++line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view content = text.substr(start, end - start);
        for (auto hash = content.find(": #"); hash != std::string_view::npos; hash = content.find(": #", hash + 1)) {
            if (hash + 3 < content.size() && std::isxdigit(static_cast<unsigned char>(content[hash + 3]))) found = line;
        }
        start = end + 1;
    }
    if (found < 0) return {};
    return "an unquoted # starts a comment: quote the colour on line " + std::to_string(found + 1);
}

// Reads the one YAML document; nullopt (after reporting why) when yaml-cpp cannot.
std::optional<YAML::Node> readDocument(const std::string& text, YamlReader& reader) {
    try {
        std::vector<YAML::Node> documents = YAML::LoadAll(text);
        if (documents.size() > 1) {
            reader.error(reader.locate(documents[1], {reader.file(), 0, 0}),
                         "a replay script is one YAML document; a second one starts here", "remove the '---'");
        }
        return documents.empty() ? YAML::Node() : documents[0];
    } catch (const YAML::Exception& e) {
        reader.error(reader.locate(e.mark), "this is not valid YAML: " + e.msg, unquotedColourHint(text, e.mark.line));
    } catch (const std::exception& e) {
        reader.error({reader.file(), 0, 0}, std::string("cannot read the YAML: ") + e.what());
    }
    return std::nullopt;
}

void capDiagnostics(Diagnostics& diagnostics, const std::string& file) {
    if (diagnostics.items().size() <= kMaxDiagnostics) return;
    Diagnostics kept;
    for (std::size_t i = 0; i < kMaxDiagnostics; ++i) kept.add(diagnostics.items()[i]);
    kept.error({file, 0, 0}, "... and " + std::to_string(diagnostics.items().size() - kMaxDiagnostics) +
                                 " more problems not shown");
    diagnostics = std::move(kept);
}

}  // namespace

LoadResult parseScript(std::string_view text, const std::string& pathForMessages) {
    LoadResult result;
    result.script.path = pathForMessages;
    Diagnostics& diagnostics = result.diagnostics;
    if (text.size() > kMaxScriptBytes) {
        diagnostics.error({pathForMessages, 0, 0}, tooBig(text.size()));
        return result;
    }
    if (!prescanYaml(text, pathForMessages, diagnostics)) {
        diagnostics.sort();
        capDiagnostics(diagnostics, pathForMessages);
        return result;
    }
    YamlReader reader(text, pathForMessages, diagnostics);
    ParsedScript parsed;
    parsed.script.path = pathForMessages;
    try {
        if (auto document = readDocument(std::string(text), reader)) {
            parseDocument(*document, reader, parsed);
            fillSubstituteSpots(parsed);
            if (!reader.exhausted()) validateScript(parsed.script, diagnostics, parsed.scope);
        }
    } catch (const YAML::Exception& e) {
        // yaml-cpp may still throw while its nodes are read (a conversion it refuses); say where.
        reader.error(reader.locate(e.mark), "cannot read this: " + e.msg);
    } catch (const std::exception& e) {
        reader.error({pathForMessages, 0, 0}, std::string("cannot read the script: ") + e.what());
    }
    result.script = std::move(parsed.script);
    if (reader.unclosedQuote()) {
        diagnostics = Diagnostics();
        diagnostics.add(*reader.unclosedQuote());
    }
    diagnostics.sort();
    capDiagnostics(diagnostics, pathForMessages);
    return result;
}

LoadResult loadScript(const std::string& path) {
    LoadResult result;
    result.script.path = path;
    const SourceLocation file{path, 0, 0};
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        result.diagnostics.error(file, "cannot open the file: " + (ec ? ec.message() : std::string("it does not exist")));
        return result;
    }
    if (std::filesystem::is_directory(status)) {
        result.diagnostics.error(file, "this is a directory, not a replay script");
        return result;
    }
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > kMaxScriptBytes) {
            result.diagnostics.error(file, tooBig(size));
            return result;
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.diagnostics.error(file, "cannot open the file for reading");
        return result;
    }
    // Read at most one byte past the limit, so a device or a pipe that never ends is refused too.
    std::string text;
    char buffer[1 << 16];
    while (text.size() <= kMaxScriptBytes && in.read(buffer, sizeof buffer).gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        result.diagnostics.error(file, "cannot read the file");
        return result;
    }
    if (text.size() > kMaxScriptBytes) {
        result.diagnostics.error(file, "the file is larger than " + megabytes(kMaxScriptBytes) +
                                           ", the most a replay script may be");
        return result;
    }
    return parseScript(text, path);
}

}  // namespace touchline
