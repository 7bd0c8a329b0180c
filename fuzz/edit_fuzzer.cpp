// libFuzzer target: the editor's text patching. The input is a script's text; its last bytes also
// choose an edit command and its numbers (FuzzedDataProvider takes numbers from the end). When the text
// loads, the edit is applied to it, and what comes back is loaded again: no crash, no sanitizer report.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <string_view>

#include "edit/edit_command.h"
#include "script/loader.h"

namespace {

using namespace touchline;
using namespace touchline::edit;

Vec2 place(FuzzedDataProvider& in) {
    return {in.ConsumeFloatingPointInRange(-20.0, 125.0), in.ConsumeFloatingPointInRange(-20.0, 88.0)};
}

EditCommand command(FuzzedDataProvider& in, const Script& script, const ScriptIds& ids) {
    // Ids mostly of what is there (the interesting case), sometimes of nothing (one past the end: an
    // invalid id, refused, not applied).
    const int moments = static_cast<int>(script.moments.size());
    const int momentIndex = in.ConsumeIntegralInRange(0, moments);
    const int actions = momentIndex < moments ? static_cast<int>(script.moments[static_cast<std::size_t>(momentIndex)].actions.size()) : 0;
    const MomentId moment = ids.moment(momentIndex);
    const ActionId action = ids.action(momentIndex, in.ConsumeIntegralInRange(0, actions));
    const double time = in.ConsumeFloatingPointInRange(-5.0, 60.0);
    switch (in.ConsumeIntegralInRange(0, 11)) {
        case 0: {
            const int team = in.ConsumeIntegralInRange(0, 1);
            const int players = static_cast<int>(script.teams[static_cast<std::size_t>(team)].players.size());
            return MovePlayer{moment, PlayerId{team, in.ConsumeIntegralInRange(0, std::max(0, players - 1))}, place(in)};
        }
        case 1: return MoveRunTarget{action, place(in)};
        case 2: return MoveBallStart{moment, place(in)};
        case 3: return RetimeAction{action, time};
        case 4: {
            KickTarget target;
            target.kind = in.ConsumeBool() ? KickTarget::Kind::Place : KickTarget::Kind::Goal;
            target.place = place(in);
            target.height = in.ConsumeFloatingPointInRange(0.0, 3.0);
            return SetKickTarget{action, target};
        }
        case 5: return SetKickStyle{action, static_cast<KickStyle>(in.ConsumeIntegralInRange(0, 2))};
        case 6: return SetKickArrival{action, time};
        case 7: return SetKickSpeed{action, in.ConsumeFloatingPointInRange(0.0, 40.0)};
        case 8: return SetKickKind{action, static_cast<ActionKind>(in.ConsumeIntegralInRange(2, 7))};
        case 9: {
            Action a;
            a.kind = static_cast<ActionKind>(in.ConsumeIntegralInRange(0, 15));
            a.at = time;
            a.to = place(in);
            a.by = time + 1.0;
            return AddAction{moment, a};
        }
        case 10: return RemoveAction{action};
        default:
            return AddMoment{static_cast<MomentTemplate>(in.ConsumeIntegralInRange(0, 4)),
                             in.ConsumeFloatingPointInRange(0.0, 6000.0),
                             in.ConsumeBool() ? TeamSide::Home : TeamSide::Away};
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The whole input is the script (so a valid seed stays valid); the same bytes, read from the end,
    // choose the command.
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const LoadResult loaded = parseScript(text, "fuzz.yaml");
    if (!loaded.ok()) return 0;
    FuzzedDataProvider numbers(data, size);
    IdSource source;
    const ScriptIds ids = ScriptIds::number(loaded.script, source);
    auto edited = applyEdit(text, loaded.script, ids, command(numbers, loaded.script, ids));
    if (!edited) return 0;
    const LoadResult again = parseScript(edited->text, "fuzz.yaml");
    for (const Diagnostic& d : again.diagnostics.items()) {
        if (d.message.empty()) __builtin_trap();
    }
    return 0;
}
