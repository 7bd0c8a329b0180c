#pragma once
// The editor's column, as small panels (a file each), and what they share: the editor and its
// session to read (const: a panel changes nothing while it is drawn), the UI state they remember,
// and the requests they record for EditController::applyRequests().
#include <string>

#include <imgui.h>

#include "edit/edit_session.h"
#include "viewer/edit_controller.h"
#include "viewer/edit_requests.h"
#include "viewer/editor_ui.h"
#include "viewer/panels/panels.h"

namespace touchline::panels {

struct EditorContext {
    const ViewerState& state;
    const EditController& editor;
    const edit::EditSession& session;
    EditorUi& ui;
    EditRequests& out;
};

inline const ImVec4 kErrorColour{1.0f, 0.55f, 0.45f, 1.0f};
inline const ImVec4 kWarningColour{1.0f, 0.8f, 0.3f, 1.0f};
inline const ImVec4 kDoneColour{0.6f, 0.85f, 0.6f, 1.0f};
inline const ImVec4 kEditingColour{1.0f, 0.77f, 0.0f, 1.0f};

// The file, Save / Save as / Undo / Redo / Done, and the last message (edit_toolbar.cpp).
void editToolbar(EditorContext& c);
// The count of errors and all of them, located (edit_errors.cpp).
void errorSummary(EditorContext& c, float maxHeight);
// The diagnostics on one line of the script, under the row of the action written there.
void errorsAt(const Diagnostics& diagnostics, int line);
// The moment's clock, length, title and caption (moment_fields.cpp). `moment` indexes the session's Script.
void momentFields(EditorContext& c, int moment);
// A time lane per action with a marker to drag (action_lane.cpp).
void actionLanes(EditorContext& c, int moment);
// The selected action's fields (action_inspector.cpp).
void actionInspector(EditorContext& c);
// A new action for the selected player, at the time on screen (new_action.cpp).
void newAction(EditorContext& c, int moment);
// A new moment from a template, at the time on screen (new_moment.cpp).
void newMoment(EditorContext& c);

// Who does an action, as its row and the inspector name him: "Koulibaly", "referee".
std::string actorName(const Script& script, const Action& action);
// A number field: true when the author entered a new value (Enter, or leaving the field changed).
bool inputNumber(const char* label, double value, double step, double& out);

}  // namespace touchline::panels
