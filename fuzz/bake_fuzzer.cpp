// libFuzzer target: load, then bake what loads cleanly. The bake of a valid script must not crash, trip
// a sanitizer, or leave the timeline without its moments.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "script/loader.h"
#include "timeline/bake.h"

namespace {

// A fuzzed script may last the whole match; baking that costs seconds a run and finds nothing a
// shorter one does not. (Long moments have their own cases in tests/hostile.)
constexpr double kMaxBakedSeconds = 120.0;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const touchline::LoadResult loaded = touchline::parseScript(text, "fuzz.yaml");
    if (!loaded.ok()) return 0;
    double seconds = 0.0;
    for (const touchline::Moment& m : loaded.script.moments) seconds += m.duration;
    if (seconds > kMaxBakedSeconds) return 0;
    const touchline::BakeResult baked = touchline::bake(loaded.script);
    if (baked.timeline.moments().size() != loaded.script.moments.size()) __builtin_trap();
    (void)baked.timeline.sample(baked.timeline.duration() / 2);
    return 0;
}
