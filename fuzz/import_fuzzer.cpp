// libFuzzer target: the importer, from a provider's file to a Script. Whatever the bytes (JSON of
// either provider, of neither, or no JSON at all), importMatch returns a Script or located diagnostics:
// no crash, no sanitizer report, no exception, bounded memory.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "import/import.h"

namespace {

// The importer reads files (and looks beside them for line-ups and match records), so each input is
// written to a file of its own in a directory of this process's that holds nothing else.
const std::string& inputPath() {
    static const std::string path = [] {
        const auto dir = std::filesystem::temp_directory_path() / ("touchline-import-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        return (dir / "events.json").string();
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    {
        std::ofstream out(inputPath(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const touchline::import::ImportedMatch imported = touchline::import::importMatch(inputPath());
    // Every diagnostic says something, and an import with no errors has a script.
    for (const touchline::Diagnostic& d : imported.diagnostics.items()) {
        if (d.message.empty()) __builtin_trap();
    }
    if (!imported.diagnostics.hasErrors() && !imported.script) __builtin_trap();
    return 0;
}
