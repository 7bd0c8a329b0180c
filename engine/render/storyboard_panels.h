#pragma once
// The storyboard of a baked replay: each moment drawn at its key instant (render/storyboard.h) by
// the viewer's renderer, with its clock, title and caption, under a heading naming the match.
#include <vector>

#include "render/camera_director.h"
#include "render/match_renderer.h"
#include "render/storyboard.h"
#include "timeline/timeline.h"

namespace touchline {

struct StoryboardOptions {
    int panelWidth = 640;
    int panelHeight = 360;
    CameraMode camera = CameraMode::Action;
    int columns = 0;  // 0: storyboardColumns(moments)
};

std::vector<StoryboardPanel> storyboardPanels(const Timeline& timeline, MatchRenderer& renderer,
                                              const StoryboardOptions& options);
// "Juventus 0–1 Napoli" (the score the physics produced) over "Serie A · Allianz Stadium · 22 April 2018".
StoryboardHeading storyboardHeading(const Timeline& timeline);
Image renderStoryboard(const Timeline& timeline, MatchRenderer& renderer, const StoryboardOptions& options);

// "2018-04-22" -> "22 April 2018"; anything else is returned as it is.
std::string readableDate(const std::string& iso);

}  // namespace touchline
