#pragma once
// ClipRenderer: draws frame i of a ClipPlan exactly as the viewer would show that instant: the
// timeline sampled at the frame's match time, the directed camera, the HUD, and the title card
// during highlights. One per export thread (a MatchRenderer keeps caches that are not shared).
#include "io/export_pipeline.h"
#include "render/camera_director.h"
#include "render/match_renderer.h"
#include "timeline/clip_plan.h"
#include "timeline/timeline.h"

namespace touchline {

class ClipRenderer final : public FrameRenderer {
public:
    // `view` gives the size and overlays; its camera is replaced per frame by the director's.
    ClipRenderer(const Timeline& timeline, ClipPlan plan, CameraMode camera, View view, FontSet fonts);

    void render(int index, Image& out) override;

private:
    const Timeline& timeline_;
    ClipPlan plan_;
    CameraMode camera_;
    View view_;
    MatchRenderer renderer_;
    Frame frame_;  // reused between frames
};

}  // namespace touchline
