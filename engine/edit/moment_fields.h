#pragma once
// Edits of a moment's own fields: when it starts (its clock), how long it lasts, its title and its
// caption. Text patches like every edit (edit/edit_command.h); a caption written as a folded block
// (`>-`) stays one, wrapped as the author wraps them.
#include <string_view>

#include "core/result.h"
#include "edit/edit_command.h"

namespace touchline::edit {

// Captions are wrapped to this many columns, indentation included.
inline constexpr std::size_t kCaptionColumns = 100;

// `moment` is the moment's index in `script`, which `text` loaded to.
Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentClock& command);
Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentDuration& command);
Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentTitle& command);
Result<EditedText> setMomentField(std::string_view text, const Script& script, int moment, const SetMomentCaption& command);

// Line breaks, tabs and runs of spaces as single spaces, and none at either end: a title or caption
// is one paragraph.
std::string oneParagraph(std::string_view text);
// Words into lines of at most `columns` characters (a longer word has a line of its own).
std::vector<std::string> wrapWords(std::string_view paragraph, std::size_t columns);

}  // namespace touchline::edit
