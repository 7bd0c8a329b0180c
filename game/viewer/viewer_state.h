#pragma once
// What the viewer's panels read and change: the open replay, playback, camera and selection.
// Panels are functions of this state; none keeps state of its own that outlives a frame.
#include <memory>
#include <optional>
#include <string>

#include "script/diagnostics.h"
#include "timeline/timeline.h"
#include "viewer/camera_controller.h"
#include "viewer/distance_counter.h"
#include "viewer/event_filter.h"
#include "viewer/playback.h"

namespace touchline {

struct ViewerState {
    std::string path;                           // the open replay's file
    std::shared_ptr<const Timeline> timeline;   // never null once the viewer runs
    Playback playback;
    CameraController camera;
    PlayerId selected;
    PlayerId hovered;
    EventFilter eventFilter;    // what the event log lists
    DistanceCounter distance;   // the selected player's distance so far (the inspector's)
    bool trails = true;
    bool showHelp = false;
    bool focusJump = false;     // put the keyboard in "go to" on the next frame (the G key)
    std::string jumpText;       // what is typed in "go to"
    std::string jumpError;      // why the last jump did not happen
    Diagnostics loadErrors;     // located errors of the last file that failed to open
    std::string loadErrorPath;
    // Event data opened: how much of the rest of the match (its passages) is imported so far, 0 to 1,
    // while that runs in the background; and why it failed, when it did (the moments stay).
    std::optional<double> importing;
    std::string importError;

    const Script& script() const { return timeline->script(); }
};

// Builds a ViewerState's playback for a timeline.
Playback makePlayback(const Timeline& timeline);
// ... for a new timeline of the same match, going on from `old`: its time, highlights mode, speed,
// direction, loop, and whether it plays.
Playback makePlayback(const Timeline& timeline, const Playback& old);

}  // namespace touchline
