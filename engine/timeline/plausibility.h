#pragma once
// Would a fan believe it? Measurable answers, from a baked timeline alone (sampled the way a viewer
// sees it, so moments, passages and what lies between all count):
//  - how far each player ran (real outfield players: about 10-11 km in 90 minutes; keepers 4-6 km);
//  - each player's top speed (nobody runs faster than 10.5 m/s);
//  - two players' centres closer than 0.8 m for more than 0.5 s, outside a contest for the ball
//    (a duel, a tackle), a set piece and the celebration of a goal;
//  - offsides: every offside the data records (an offside whistle, a passage stopped for offside) comes
//    out as a computed offside at that pass, and no computed offside lacks its whistle.
#include <string>
#include <vector>

#include "timeline/timeline.h"

namespace touchline {

struct PlausibilityLimits {
    double sampleRate = 10.0;        // frames per second sampled
    double closeDistance = 0.8;      // m between centres
    double closeSeconds = 0.5;       // longer than this is reported
    double contestReach = 2.0;       // m: two players this near a ball in play are contesting it
    double setPieceAfter = 3.0;      // s after a restart's kick during which its crowd may still stand close
    double offsideWindow = 6.0;      // s: a whistle this long after a computed offside is its whistle
};

struct PlayerRunning {
    PlayerId id;
    bool keeper = false;
    double metres = 0.0;
    double secondsOnPitch = 0.0;
    double topSpeed = 0.0;    // m/s, the faster of the track's speed and the distance between samples
    double topSpeedAt = 0.0;  // match time
    double kmPer90() const { return secondsOnPitch > 0.0 ? metres / secondsOnPitch * 5400.0 / 1000.0 : 0.0; }
};

struct CloseCall {
    PlayerId a;
    PlayerId b;
    double from = 0.0;  // match time
    double to = 0.0;
    double nearest = 0.0;  // m
};

struct OffsideAgreement {
    int recorded = 0;     // offside whistles and passages stopped for offside (the data's offsides)
    int matched = 0;      // ... with a computed offside just before
    int computed = 0;     // computed offsides
    int unexpected = 0;   // ... with no whistle after them
    std::vector<double> missedAt;      // whistles without a computed offside
    std::vector<double> unexpectedAt;  // computed offsides without a whistle
};

struct Plausibility {
    std::vector<PlayerRunning> players;  // everyone who was on the pitch, by team then index
    std::vector<CloseCall> closeCalls;
    OffsideAgreement offside;
    double from = 0.0;  // the match time sampled
    double to = 0.0;
};

// Over the whole match, or the match time from `from` to `to`.
Plausibility measurePlausibility(const Timeline& timeline, const PlausibilityLimits& limits = {}, double from = 0.0,
                                 double to = 1e300);

// The report `touchline summary --stats` prints: a line per player, then the close calls and offsides.
std::vector<std::string> plausibilityReport(const Timeline& timeline, const Plausibility& p);

}  // namespace touchline
