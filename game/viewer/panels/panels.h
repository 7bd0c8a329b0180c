#pragma once
// The viewer's Dear ImGui panels. Each draws itself inside the rectangle it is given and acts on the
// ViewerState directly: immediate mode, one direction of data.
#include <imgui.h>

#include "viewer/viewer_state.h"

namespace touchline {
class EditController;
class EditRequests;
struct EditorUi;
}

namespace touchline::panels {

struct Area {
    ImVec2 min;
    ImVec2 max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

void transportBar(ViewerState& state, Area area);   // play controls, speed, go to, camera
void timelineBar(ViewerState& state, Area area);    // the whole match and the current moment
// Where timelineBar puts the whole-match strip inside its area (tests aim synthetic clicks with it).
Area matchStripArea(Area timelineArea);
// The match time under x on that strip.
double matchTimeAtX(const Timeline& timeline, Area strip, float x);
void sidebar(ViewerState& state, Area area);        // moments, event log, player inspector
void eventLog(ViewerState& state, float height);    // every event, filtered; a click jumps there
void shortcutsHelp(ViewerState& state);             // '?' overlay
void loadErrors(ViewerState& state);                // a file that failed to open
// Edit mode's column and the editor's questions (restore, unsaved, changed on disk, save as). They
// read the editor and record what the author asks for in `requests` (viewer/edit_requests.h).
void editPanel(const ViewerState& state, const EditController& editor, EditorUi& ui, EditRequests& requests, Area area);
void editDialogs(const EditController& editor, EditorUi& ui, EditRequests& requests);

ImU32 toImColor(Rgba color);

}  // namespace touchline::panels
