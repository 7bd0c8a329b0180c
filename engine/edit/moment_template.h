#pragma once
// New moments from templates (a corner, a through ball, a shot, a header from a cross, a penalty), built
// as Moment values for the players on the pitch at a match time and the end the team attacks, and
// written into the script's text through the script writer (script/script_writer.h).
#include <string_view>

#include "core/result.h"
#include "edit/edit_command.h"

namespace touchline::edit {

// How long a template moment lasts, so the caller can see whether it fits before the next one.
inline constexpr double kTemplateSeconds = 8.0;

Result<EditedText> addMoment(std::string_view text, const Script& script, const AddMoment& command);

}  // namespace touchline::edit
