#include "support/sample_match.h"

#include <cmath>
#include <numbers>

namespace touchline::testing {

namespace {

Team makeTeam(std::string key, std::string name, std::string shortName, Kit kit, Kit keeper,
              const std::vector<std::pair<int, std::string>>& roster) {
    static const Vec2 kSpots[11] = {{4, 34},  {30, 8},  {24, 26}, {24, 42}, {30, 60}, {48, 22},
                                    {44, 34}, {48, 46}, {72, 10}, {76, 34}, {72, 58}};
    static const char* kPositions[11] = {"GK", "RB", "CB", "CB", "LB", "CM", "DM", "CM", "RW", "CF", "LW"};
    Team team;
    team.key = std::move(key);
    team.name = std::move(name);
    team.shortName = std::move(shortName);
    team.formation = "4-3-3";
    team.kit = kit;
    team.goalkeeperKit = keeper;
    for (std::size_t i = 0; i < roster.size(); ++i) {
        Player p;
        p.number = roster[i].first;
        p.name = roster[i].second;
        p.position = i < 11 ? kPositions[i] : "SUB";
        p.starter = i < 11;
        p.formationSpot = i < 11 ? kSpots[i] : Vec2{};
        team.players.push_back(p);
    }
    return team;
}

}  // namespace

Script sampleScript() {
    Script script;
    script.path = "sample.yaml";
    script.match.competition = "Serie A 2017/18";
    script.match.date = "2018-04-22";
    script.match.venue = "Allianz Stadium";
    script.match.finalScore = {0, 1};
    script.match.homeAttacksFirstHalf = pitch::End::Left;
    script.clock = MatchClock(120.0, 240.0);
    script.teams[0] = makeTeam("juventus", "Juventus", "JUV", Kit{{250, 250, 250, 255}, {20, 20, 20, 255}, {20, 20, 20, 255}},
                               Kit{{244, 208, 63, 255}, {0, 0, 0, 0}, {20, 20, 20, 255}},
                               {{1, "Buffon"}, {26, "Lichtsteiner"}, {4, "Benatia"}, {15, "Barzagli"},
                                {12, "Alex Sandro"}, {6, "Khedira"}, {5, "Pjanić"}, {14, "Matuidi"},
                                {11, "Douglas Costa"}, {9, "Higuaín"}, {17, "Mandžukić"}, {10, "Dybala"}});
    script.teams[1] = makeTeam("napoli", "Napoli", "NAP", Kit{{95, 177, 232, 255}, {0, 0, 0, 0}, {255, 255, 255, 255}},
                               Kit{{40, 40, 40, 255}, {0, 0, 0, 0}, {255, 255, 255, 255}},
                               {{25, "Reina"}, {2, "Hysaj"}, {33, "Albiol"}, {26, "Koulibaly"}, {6, "Mário Rui"},
                                {5, "Allan"}, {8, "Jorginho"}, {17, "Hamšík"}, {7, "Callejón"}, {14, "Mertens"},
                                {24, "Insigne"}, {20, "Zieliński"}});
    script.indexPlayers();
    Moment moment;
    moment.id = "koulibaly-winner";
    moment.title = "Koulibaly rises highest";
    moment.caption = "Callejón swings the corner in from the right and Koulibaly climbs above everyone to "
                     "head Napoli in front in the 91st minute.";
    moment.clock = ClockReading{Period::SecondHalf, 5400.0};
    moment.matchTime = *script.clock.toMatchTime(moment.clock);
    moment.duration = 12.0;
    script.moments.push_back(moment);
    return script;
}

Frame sampleFrame(const Script& script) {
    Frame frame;
    frame.time = script.moments[0].matchTime + 2.5;
    frame.clock = script.clock.minuteText(frame.time);
    frame.preciseClock = script.clock.preciseText(frame.time);
    frame.score = {0, 1};
    frame.moment = 0;
    frame.momentTime = 2.5;
    // Napoli attack the right-hand goal in the second half; Juventus defend it.
    for (int t = 0; t < 2; ++t) {
        for (int i = 0; i < 11; ++i) {
            const Vec2 spot = script.teams[t].players[i].formationSpot;
            PlayerFrame p;
            p.id = PlayerId{t, i};
            p.position = t == 1 ? Vec2{spot.x + 20.0, spot.y} : Vec2{pitch::kLength - spot.x * 0.6, spot.y};
            p.facing = t == 1 ? 0.0 : std::numbers::pi;
            frame.players.push_back(p);
        }
    }
    frame.players[14].position = {99.0, 35.5};  // Koulibaly at the near post
    frame.players[14].inAction = true;
    frame.players[19].position = {104.6, 0.6};  // Callejón at the corner flag
    frame.players[19].inAction = true;
    frame.players[19].facing = std::numbers::pi * 0.7;
    frame.ball.position = {101.0, 22.0, 4.2};
    for (int k = 0; k < 30; ++k) {
        const double s = k / 29.0;
        frame.ballTrail.push_back({104.6 - 3.6 * s, 0.6 + 21.4 * s, 8.0 * s * (1.0 - s) + 4.2 * s});
    }
    frame.playerTrails.push_back({{95.0, 30.0}, {96.5, 32.0}, {98.0, 34.0}, {99.0, 35.5}});
    frame.playerTrails.push_back({{104.2, 1.6}, {104.6, 0.6}});
    ObservedEvent goal;
    goal.kind = EventKind::Goal;
    goal.time = frame.time - 0.5;
    goal.player = PlayerId{1, 3};
    goal.score = {0, 1};
    frame.events.push_back({goal, 0.5});
    frame.offsideLine = OffsideLineView{88.4, 0.6, PlayerId{1, 10}, PlayerId{0, 1}};
    return frame;
}

}  // namespace touchline::testing
