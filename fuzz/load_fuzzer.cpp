// libFuzzer target: the script loader and validator. Whatever the bytes, parseScript returns a Script
// and located diagnostics: no crash, no sanitizer report, no exception, bounded memory.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "script/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const touchline::LoadResult result = touchline::parseScript(text, "fuzz.yaml");
    // Every diagnostic carries the file it is about and says something.
    for (const touchline::Diagnostic& d : result.diagnostics.items()) {
        if (d.where.file != "fuzz.yaml" || d.message.empty()) __builtin_trap();
    }
    return 0;
}
