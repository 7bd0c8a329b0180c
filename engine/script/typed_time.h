#pragma once
// An instant of a replay as a person types it — on the command line (`shot --at`, `render --from/--to`)
// or in the viewer's Go-to box — read in one place:
//   a clock time:  "91", "90+1", "44:30", "45+2:10", "10:22.9"
//   a moment:      "koulibaly-winner" (its start), "koulibaly-winner+2.9", "koulibaly-winner-1.5"
//                  (seconds after or before the moment's start, the same seconds as its actions' `at`)
#include <string_view>

#include "core/result.h"
#include "script/script.h"

namespace touchline {

// The match time of `text` in `script`, or an error that says what is wrong with it ("no moment
// 'kane-winer' (did you mean 'kane-winner'?)", "the first half ended at 45+2:07").
Result<double> parseTypedTime(std::string_view text, const Script& script);

}  // namespace touchline
