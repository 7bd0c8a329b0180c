#include "render/clip_renderer.h"

namespace touchline {

ClipRenderer::ClipRenderer(const Timeline& timeline, ClipPlan plan, CameraMode camera, View view, FontSet fonts)
    : timeline_(timeline), plan_(std::move(plan)), camera_(camera), view_(std::move(view)), renderer_(std::move(fonts)) {}

void ClipRenderer::render(int index, Image& out) {
    const ClipFrame clip = plan_.frame(index);
    timeline_.sample(clip.matchTime, frame_);
    View view = view_;
    view.camera = directCamera(camera_, timeline_, clip.matchTime, view.width, view.height);
    if (clip.titleCard >= 0) view.titleCard = View::TitleCard{clip.titleCard, clip.cardProgress};
    else view.titleCard.reset();
    renderer_.render(timeline_.script(), frame_, view, out);
}

}  // namespace touchline
