#pragma once
// A moment's id, title and caption, written from the data's events in our own words: who, how, from
// whose pass and where ("Callejón swings in a corner from the right and Koulibaly heads it in at the
// near post").
#include "import/moment_builder.h"

namespace touchline::import {

void describeMoment(const MomentContext& context, const MomentWindow& window, MomentDraft& draft);

}  // namespace touchline::import
