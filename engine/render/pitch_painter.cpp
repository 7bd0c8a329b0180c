#include "render/pitch_painter.h"

#include <array>
#include <cmath>
#include <numbers>

#include "core/pitch.h"

namespace touchline {

namespace {

using namespace pitch;
constexpr double kHalfLine = kLineWidth / 2.0;

class Painter {
public:
    Painter(Canvas& canvas, const Projection& projection, const PitchStyle& style)
        : canvas_(canvas), proj_(projection), style_(style) {}

    // A line given by its centre in metres.
    void line(Vec2 a, Vec2 b) const {
        std::array<Vec2, 2> pts{proj_.toScreen(a), proj_.toScreen(b)};
        canvas_.strokePolyline(pts, proj_.toPixels(kLineWidth), style_.line, false);
    }
    // A rectangle whose outer edges are the given dimensions (Law 1: lines lie inside what they bound).
    void boxOuter(double x0, double y0, double x1, double y1) const {
        std::array<Vec2, 4> pts{proj_.toScreen({x0 + kHalfLine, y0 + kHalfLine}),
                                proj_.toScreen({x1 - kHalfLine, y0 + kHalfLine}),
                                proj_.toScreen({x1 - kHalfLine, y1 - kHalfLine}),
                                proj_.toScreen({x0 + kHalfLine, y1 - kHalfLine})};
        canvas_.strokePolyline(pts, proj_.toPixels(kLineWidth), style_.line, true);
    }
    // An arc of a circle measured to the line's outer edge; angles in world orientation (y up).
    void arc(Vec2 centre, double outerRadius, double a0, double a1) const {
        // Screen y points down, so world angle a becomes -a on screen and the sweep reverses.
        canvas_.strokeArc(proj_.toScreen(centre), proj_.toPixels(outerRadius - kHalfLine), -a1, -a0,
                          proj_.toPixels(kLineWidth), style_.line);
    }
    void spot(Vec2 centre) const {
        canvas_.fillCircle(proj_.toScreen(centre), proj_.toPixels(kSpotRadius), style_.line);
    }
    void rectFill(double x0, double y0, double x1, double y1, Rgba color) const {
        Vec2 a = proj_.toScreen({x0, y1});
        Vec2 b = proj_.toScreen({x1, y0});
        canvas_.fillRect(a.x, a.y, b.x, b.y, color);
    }

    void grass() const {
        rectFill(-50.0, -50.0, kLength + 50.0, kWidth + 50.0, style_.surround);
        // The mown grass runs a little beyond the lines, as on a real ground.
        constexpr double kRunOff = 1.5;
        rectFill(-kRunOff, -kRunOff, kLength + kRunOff, kWidth + kRunOff, style_.grassDark);
        const double band = kLength / style_.stripes;
        for (int i = 0; i < style_.stripes; i += 2) {
            rectFill(i * band, -kRunOff, (i + 1) * band, kWidth + kRunOff, style_.grassLight);
        }
    }

    void markings() const {
        const double pi = std::numbers::pi;
        boxOuter(0.0, 0.0, kLength, kWidth);
        line({kCentre.x, kHalfLine}, {kCentre.x, kWidth - kHalfLine});
        arc(kCentre, kCentreCircleRadius, 0.0, 2.0 * pi);
        spot(kCentre);
        for (End end : {End::Left, End::Right}) {
            const double gx = goalLineX(end);
            const double s = side(end);
            // Each area as three lines from the goal line inward; the goal line itself is drawn by the
            // touchline box, so only the area's own sides are added (their outer edge at the dimension).
            auto area = [&](double depth, double width) {
                double y0 = kCentre.y - width / 2.0 + kHalfLine;
                double y1 = kCentre.y + width / 2.0 - kHalfLine;
                double xIn = gx - s * (depth - kHalfLine);
                double xLine = gx - s * kHalfLine;
                std::array<Vec2, 4> pts{proj_.toScreen({xLine, y0}), proj_.toScreen({xIn, y0}),
                                        proj_.toScreen({xIn, y1}), proj_.toScreen({xLine, y1})};
                canvas_.strokePolyline(pts, proj_.toPixels(kLineWidth), style_.line, false);
            };
            area(kPenaltyAreaDepth, kPenaltyAreaWidth);
            area(kGoalAreaDepth, kGoalAreaWidth);
            spot(penaltySpot(end));
            // The penalty arc: the part of the 9.15 m circle round the spot outside the penalty area.
            const double reach = (kPenaltyAreaDepth - kPenaltySpotDistance) / kPenaltyArcRadius;
            const double half = std::acos(reach);
            const double facing = end == End::Left ? 0.0 : pi;
            arc(penaltySpot(end), kPenaltyArcRadius, facing - half, facing + half);
            // Corner arcs, a quarter circle inside the field at each corner.
            for (double cy : {0.0, kWidth}) {
                double a0 = end == End::Left ? (cy == 0.0 ? 0.0 : -pi / 2.0)
                                             : (cy == 0.0 ? pi / 2.0 : pi);
                arc({gx, cy}, kCornerArcRadius, a0, a0 + pi / 2.0);
            }
        }
    }

    void goals() const {
        for (End end : {End::Left, End::Right}) {
            const double gx = goalLineX(end);
            const double s = side(end);
            const double y0 = kCentre.y - kGoalWidth / 2.0;
            const double y1 = kCentre.y + kGoalWidth / 2.0;
            const double back = gx + s * kGoalDepth;
            rectFill(std::min(gx, back), y0, std::max(gx, back), y1, style_.net);
            // Net mesh: a light grid so the goal reads as a net, not a box.
            const Rgba mesh = style_.net.withAlpha(static_cast<std::uint8_t>(style_.net.a * 1.4));
            const double meshWidth = proj_.toPixels(0.03);
            for (double y = y0 + 0.5; y < y1; y += 0.5) {
                std::array<Vec2, 2> pts{proj_.toScreen({gx, y}), proj_.toScreen({back, y})};
                canvas_.strokePolyline(pts, meshWidth, mesh, false);
            }
            for (double d = 0.5; d < kGoalDepth; d += 0.5) {
                std::array<Vec2, 2> pts{proj_.toScreen({gx + s * d, y0}), proj_.toScreen({gx + s * d, y1})};
                canvas_.strokePolyline(pts, meshWidth, mesh, false);
            }
            // Frame: the net's outline behind the line, then the posts standing on the line.
            std::array<Vec2, 4> frame{proj_.toScreen({gx, y0 - kPostThickness / 2.0}),
                                      proj_.toScreen({back, y0 - kPostThickness / 2.0}),
                                      proj_.toScreen({back, y1 + kPostThickness / 2.0}),
                                      proj_.toScreen({gx, y1 + kPostThickness / 2.0})};
            canvas_.strokePolyline(frame, proj_.toPixels(0.05), style_.goalFrame.withAlpha(150), false);
            for (int which : {-1, 1}) {
                canvas_.fillCircle(proj_.toScreen(postCentre(end, which)),
                                   proj_.toPixels(kPostThickness / 2.0) + 0.5, style_.goalFrame);
            }
            // The crossbar seen from above, joining the posts.
            std::array<Vec2, 2> bar{proj_.toScreen(postCentre(end, -1)), proj_.toScreen(postCentre(end, 1))};
            canvas_.strokePolyline(bar, proj_.toPixels(kPostThickness), style_.goalFrame, false);
        }
    }

private:
    Canvas& canvas_;
    const Projection& proj_;
    const PitchStyle& style_;
};

}  // namespace

void paintPitch(Canvas& canvas, const Projection& projection, const PitchStyle& style) {
    Painter painter(canvas, projection, style);
    painter.grass();
    painter.goals();
    painter.markings();
}

}  // namespace touchline
