#pragma once
// A moment's id, title and caption, written from the data's events in our own words: who, how, from
// whose pass and where ("Callejón swings in a corner from the right and Koulibaly heads it in at the
// near post").
#include "import/moment_builder.h"

namespace touchline::import {

// `shown`: how the physics ended the key shot once baked (nothing before the bake): where the import had
// to change what the data says (a shot beyond our kicks reaching the line on the bounce), the caption says
// what is shown.
void describeMoment(const MomentContext& context, const MomentWindow& window, MomentDraft& draft,
                    std::optional<EventKind> shown);

}  // namespace touchline::import
