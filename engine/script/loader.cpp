#include "script/loader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <new>
#include <system_error>

#include "script/match_events.h"
#include "script/script_parser.h"
#include "script/script_validator.h"
#include "script/yaml_document.h"
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

// Reads the YAML; nothing (after reporting why) when it is not valid YAML.
std::optional<YamlStream> readYaml(std::string_view text, YamlReader& reader) {
    YamlStream stream = parseYaml(text);
    if (stream.error) {
        const YamlSyntaxError& e = *stream.error;
        std::string hint = unquotedColourHint(text, e.where.line - 1);
        reader.error(reader.locate(e.where), e.message, hint.empty() ? e.hint : hint);
        return std::nullopt;
    }
    if (stream.documents.size() > 1) {
        reader.error(reader.locate(stream.documents[1].start()),
                     "a replay script is one YAML document; a second one starts here", "remove the '---'");
    }
    return stream;
}

// The report: the kMaxDiagnostics first by place (the only ones kept while loading), then a count of
// the others.
void finishReport(Diagnostics& diagnostics, const std::string& file) {
    diagnostics.sort();
    diagnostics.summarizeOmitted({file, 0, 0});
    diagnostics.setLimit(std::numeric_limits<std::size_t>::max());  // the caller's to add to freely
}

// What a load that ran out of memory (or failed in any other unforeseen way) says: one message, where
// reading had got to. What the load built is released first, so this small allocation can succeed.
void reportFailure(LoadResult& result, const std::string& file, YamlMark where, std::string message) {
    result.script = Script{};
    result.script.path = file;
    result.diagnostics = Diagnostics{};
    result.diagnostics.error({file, where.line, where.column}, std::move(message));
}

void readPassagesFile(const std::string& scriptPath, ParsedScript& parsed, Diagnostics& diagnostics);

void parseInto(std::string_view text, const std::string& file, YamlReader& reader, LoadResult& result) {
    Diagnostics& diagnostics = result.diagnostics;
    if (!prescanYaml(text, file, diagnostics)) return;
    ParsedScript parsed;
    parsed.script.path = file;
    if (auto yaml = readYaml(text, reader)) {
        const YamlNode root = yaml->documents.empty() ? YamlNode() : yaml->documents[0].root();
        parseDocument(root, reader, parsed);
        if (!parsed.script.passagesFile.empty()) readPassagesFile(file, parsed, diagnostics);
        giveSubstitutesSpots(parsed.script, parsed.substitutesWithoutSpot);
        if (!reader.exhausted()) validateScript(parsed.script, diagnostics, parsed.scope);
    }
    result.script = std::move(parsed.script);
}

// Reads a whole file of at most kMaxScriptBytes; nothing (after reporting why at `file`) otherwise.
std::optional<std::string> readScriptFile(const std::string& path, const SourceLocation& file, Diagnostics& diagnostics) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        diagnostics.error(file, "cannot open the file: " + (ec ? ec.message() : std::string("it does not exist")));
        return std::nullopt;
    }
    if (std::filesystem::is_directory(status)) {
        diagnostics.error(file, "this is a directory, not a replay script");
        return std::nullopt;
    }
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > kMaxScriptBytes) {
            diagnostics.error(file, tooBig(size));
            return std::nullopt;
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.error(file, "cannot open the file for reading");
        return std::nullopt;
    }
    // Read at most one byte past the limit, so a device or a pipe that never ends is refused too.
    std::string text;
    char buffer[1 << 16];
    while (text.size() <= kMaxScriptBytes && in.read(buffer, sizeof buffer).gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        diagnostics.error(file, "cannot read the file");
        return std::nullopt;
    }
    if (text.size() > kMaxScriptBytes) {
        diagnostics.error(file, "the file is larger than " + megabytes(kMaxScriptBytes) + ", the most a replay script may be");
        return std::nullopt;
    }
    return text;
}

// The passages a script keeps in a file of their own, beside it.
void readPassagesFile(const std::string& scriptPath, ParsedScript& parsed, Diagnostics& diagnostics) {
    const std::filesystem::path name = parsed.script.passagesFile;
    if (name.is_absolute() || name.has_parent_path()) {
        diagnostics.error(parsed.passagesWhere, "'passages' names a file beside this one: a file name, not a path");
        return;
    }
    const std::string path = (std::filesystem::path(scriptPath).parent_path() / name).string();
    Diagnostics reading;
    auto text = readScriptFile(path, {path, 0, 0}, reading);
    if (!text) {
        for (const Diagnostic& d : reading.items()) diagnostics.error(parsed.passagesWhere, "passages file " + path + ": " + d.message);
        return;
    }
    if (!prescanYaml(*text, path, diagnostics)) return;
    YamlReader reader(text->size(), path, diagnostics);
    if (auto yaml = readYaml(*text, reader)) {
        const YamlNode root = yaml->documents.empty() ? YamlNode() : yaml->documents[0].root();
        parsePassagesDocument(root, reader, parsed);
    }
}

}  // namespace

LoadResult parseScript(std::string_view text, const std::string& pathForMessages) {
    LoadResult result;
    result.script.path = pathForMessages;
    if (text.size() > kMaxScriptBytes) {
        result.diagnostics.error({pathForMessages, 0, 0}, tooBig(text.size()));
        return result;
    }
    YamlReader reader(text.size(), pathForMessages, result.diagnostics);
    try {
        result.diagnostics.setLimit(kMaxDiagnostics);
        parseInto(text, pathForMessages, reader, result);
        finishReport(result.diagnostics, pathForMessages);
    } catch (const std::bad_alloc&) {
        reportFailure(result, pathForMessages, reader.lastVisited(),
                      "not enough memory to read the script; it stopped here");
    } catch (const std::exception& e) {
        reportFailure(result, pathForMessages, reader.lastVisited(), std::string("cannot read the script: ") + e.what());
    }
    return result;
}

namespace {

LoadResult readAndParse(const std::string& path) {
    LoadResult result;
    result.script.path = path;
    auto text = readScriptFile(path, {path, 0, 0}, result.diagnostics);
    if (!text) return result;
    return parseScript(*text, path);
}

}  // namespace

LoadResult loadScript(const std::string& path) {
    try {
        return readAndParse(path);
    } catch (const std::bad_alloc&) {
        LoadResult result;
        reportFailure(result, path, {}, "not enough memory to read the script");
        return result;
    }
}

}  // namespace touchline
