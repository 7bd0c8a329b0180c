#pragma once
// Storyboard: one image with a panel per moment, each showing the moment at its key instant under a
// title with the clock and the caption. Laying out and painting the board is separate from choosing
// and drawing the instants (see keyInstant), so the board can be tested with any pictures.
#include <span>
#include <string>
#include <vector>

#include "core/color.h"
#include "io/image.h"
#include "render/font.h"
#include "timeline/frame.h"
#include "timeline/timeline.h"

namespace touchline {

struct StoryboardPanel {
    Image picture;        // the frame; every panel's picture has the same size
    std::string clock;    // "90+1'"
    std::string title;    // "Koulibaly wins it"
    std::string caption;  // wrapped under the title, cut with an ellipsis past kMaxCaptionLines
    Rgba accent{255, 196, 0, 255};  // the stripe by the title: the colour of the key event
};

struct StoryboardHeading {
    std::string title;     // "Juventus 0–1 Napoli"
    std::string subtitle;  // "Serie A · Allianz Stadium · 22 April 2018"
};

struct StoryboardStyle {
    static constexpr int kMaxCaptionLines = 3;
    Rgba background{13, 17, 23, 255};
    Rgba card{24, 31, 41, 255};
    Rgba title{255, 255, 255, 255};
    Rgba clock{255, 196, 0, 255};
    Rgba caption{190, 198, 210, 255};
};

// Columns for a board of n panels: a landscape grid, at most four wide.
int storyboardColumns(int panels);

// Paints the board. Panels fill rows left to right; text sizes scale with the pictures' width.
Image composeStoryboard(const FontSet& fonts, const StoryboardHeading& heading, std::span<const StoryboardPanel> panels,
                        int columns, const StoryboardStyle& style = {});

// The instant that tells a moment's story, from the events the physics observed in it: an offside
// (the line frozen at the pass), else a goal, a save, the woodwork, a shot or header, a miss, a card
// or foul; a moment with none of these shows its middle. Slightly after the event, so its toast is in.
// Returns the match time and the event chosen (null for the middle).
struct KeyInstant {
    double time = 0.0;
    const ObservedEvent* event = nullptr;
};
KeyInstant keyInstant(std::span<const ObservedEvent> events, int moment, MomentSpan span);

}  // namespace touchline
