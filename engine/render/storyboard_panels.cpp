#include "render/storyboard_panels.h"

#include <array>
#include <charconv>

#include "render/palette.h"

namespace touchline {

std::string readableDate(const std::string& iso) {
    static constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",
                                                           "May",     "June",     "July",      "August",
                                                           "September", "October", "November", "December"};
    int year = 0, month = 0, day = 0;
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
    const char* s = iso.data();
    if (std::from_chars(s, s + 4, year).ptr != s + 4 || std::from_chars(s + 5, s + 7, month).ptr != s + 7 ||
        std::from_chars(s + 8, s + 10, day).ptr != s + 10 || month < 1 || month > 12 || day < 1 || day > 31) {
        return iso;
    }
    return std::to_string(day) + " " + kMonths[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
}

std::vector<StoryboardPanel> storyboardPanels(const Timeline& timeline, MatchRenderer& renderer,
                                              const StoryboardOptions& options) {
    const Script& script = timeline.script();
    const auto& spans = timeline.moments();
    std::vector<StoryboardPanel> panels;
    Frame frame;
    for (std::size_t i = 0; i < script.moments.size() && i < spans.size(); ++i) {
        const Moment& moment = script.moments[i];
        const KeyInstant key = keyInstant(timeline.events(), static_cast<int>(i), spans[i]);
        timeline.sample(key.time, frame);
        View view;
        view.width = options.panelWidth;
        view.height = options.panelHeight;
        view.caption = false;  // the panel's own title and caption say it, larger
        view.camera = directCamera(options.camera, timeline, key.time, view.width, view.height);
        StoryboardPanel panel;
        renderer.render(script, frame, view, panel.picture);
        panel.clock = script.clock.minuteText(script.clock.toClock(key.time, moment.clock.period));
        panel.title = moment.title.empty() ? moment.id : moment.title;
        panel.caption = moment.caption;
        if (key.event) panel.accent = eventColor(*key.event);
        panels.push_back(std::move(panel));
    }
    return panels;
}

StoryboardHeading storyboardHeading(const Timeline& timeline) {
    const Script& script = timeline.script();
    const auto score = timeline.scoreAt(timeline.duration());
    StoryboardHeading heading;
    heading.title = script.teams[0].name + " " + std::to_string(score[0]) + "\u2013" + std::to_string(score[1]) + " " +
                    script.teams[1].name;
    for (const std::string& part : {script.match.competition, script.match.venue, readableDate(script.match.date)}) {
        if (part.empty()) continue;
        if (!heading.subtitle.empty()) heading.subtitle += "  \u00b7  ";
        heading.subtitle += part;
    }
    return heading;
}

Image renderStoryboard(const Timeline& timeline, MatchRenderer& renderer, const StoryboardOptions& options) {
    const std::vector<StoryboardPanel> panels = storyboardPanels(timeline, renderer, options);
    const int columns = options.columns > 0 ? options.columns : storyboardColumns(static_cast<int>(panels.size()));
    return composeStoryboard(renderer.fonts(), storyboardHeading(timeline), panels, columns);
}

}  // namespace touchline
