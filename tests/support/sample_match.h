#pragma once
// A small match built in C++ for tests that need a Script or a Frame without the loader or the physics.
#include "script/script.h"
#include "timeline/frame.h"

namespace touchline::testing {

// Two teams of eleven in a 4-3-3 (a striped home kit, a plain away kit), one moment at 90+1'.
Script sampleScript();
// An instant of that moment: everyone in shape, the ball in the air at the near post, a goal toast,
// and an offside line, so a single frame exercises every painter.
Frame sampleFrame(const Script& script);

}  // namespace touchline::testing
