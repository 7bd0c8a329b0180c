#include "import/script_builder.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <thread>

#include "core/text.h"
#include "import/moment_repair.h"
#include "import/moment_selection.h"
#include "import/moment_text.h"
#include "import/outcome_check.h"
#include "script/match_events.h"
#include "import/passage_builder.h"
#include "sim/lineup.h"
#include "sim/moment_bake.h"

namespace touchline::import {

namespace {

constexpr int kRepairRounds = 4;
// The import's bakes are judged (by where the ball and the players are) and dropped; the viewer bakes
// the script again with everything it draws.
constexpr sim::PlayerDetail kJudged = sim::PlayerDetail::Positions;
constexpr std::size_t kErrorFault = 10;  // a bake error weighs as ten outcome problems
constexpr double kSettleFrom = 0.5;  // m between where the draft and the bake have him play the ball

std::string upperAscii(const std::string& text) {
    std::string out;
    for (char c : foldForSearch(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

// "Juventus" -> JUV, "Manchester City" -> MAN, "Real Madrid" -> RMA, "Hannover 96" -> HAN.
std::string shortName(const std::string& name) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < name.size()) {
        const std::size_t end = std::min(name.find(' ', i), name.size());
        if (end > i) words.push_back(name.substr(i, end - i));
        i = end + 1;
    }
    static const std::set<std::string> kPrefixes{"REAL", "OLYMPIQUE", "AS", "AC", "FC", "SSC", "SS", "US", "VFL", "VFB", "BAYER", "SC"};
    if (words.size() >= 2 && kPrefixes.count(upperAscii(words[0])) && !upperAscii(words[1]).empty() &&
        !std::isdigit(static_cast<unsigned char>(upperAscii(words[1])[0]))) {
        const std::string first = upperAscii(words[0]), second = upperAscii(words[1]);
        return (first.substr(0, 1) + second).substr(0, 3);
    }
    const std::string first = upperAscii(words.empty() ? name : words[0]);
    return first.empty() ? "TM" : first.substr(0, 3);
}

std::string keyOf(const std::string& name) {
    std::string out;
    for (char c : foldForSearch(name)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "team" : out;
}

Vec2 spotFor(const std::string& position) {
    static const std::map<std::string, Vec2> kSpots{{"GK", {5, 34}},  {"RB", {24, 10}}, {"CB", {20, 34}}, {"LB", {24, 58}},
                                                   {"DM", {30, 34}}, {"CM", {36, 34}}, {"AM", {42, 34}}, {"RM", {38, 10}},
                                                   {"LM", {38, 58}}, {"RW", {46, 12}}, {"LW", {46, 56}}, {"CF", {48, 34}}};
    auto it = kSpots.find(position);
    return it == kSpots.end() ? Vec2{36, 34} : it->second;
}

class ScriptBuilder {
public:
    ScriptBuilder(const MatchData& match, const std::string& path, bool passages, const ImportProgress& progress)
        : match_(match), passages_(passages), progress_(progress) {
        out_.script.path = path;
    }

    BuiltScript build() {
        Script& s = out_.script;
        s.format = 1;
        s.match.competition = match_.competition;
        s.match.date = match_.date;
        s.match.venue = match_.venue;
        s.match.referee = match_.referee;
        s.match.homeAttacksFirstHalf = pitch::End::Right;  // attackingEnd() in match_data.h
        s.match.finalScore = match_.finalScore.value_or(countedGoals());
        buildClock();
        for (int t = 0; t < 2; ++t) buildTeam(t);
        windows_ = selectMoments(match_);
        addMarkers();
        std::vector<PlayerId> withoutSpot;
        for (int t = 0; t < 2; ++t) {
            const auto& players = s.teams[static_cast<std::size_t>(t)].players;
            for (std::size_t i = 0; i < players.size(); ++i) {
                if (!players[i].starter && players[i].formationSpot == Vec2{}) withoutSpot.push_back({t, static_cast<int>(i)});
            }
        }
        giveSubstitutesSpots(s, withoutSpot);
        // A substitute whose spot (from his role) is that of a team-mate who stays on would stand on him in
        // the team shape (Éder on Quaresma at Portugal-France): he takes the spot of the player he replaces.
        std::vector<PlayerId> onAnother;
        for (const sim::Lineup::SharedSpot& shared : sim::Lineup(s).sharedSpots()) {
            if (!s.player(shared.second).starter) onAnother.push_back(shared.second);
        }
        giveSubstitutesSpots(s, onAnother);
        const sim::Lineup lineup(s);
        MomentContext context{match_, s, lineup, [this](PlayerRef ref) { return idOf(ref); }};
        // Moments depend on nothing but the data and the squads (each is planned with its own index of the
        // script's moments, and no other is read): every core animates them, each into its own slot. Each
        // moment has a memo of its kicks and flights for its many plans (one moment's are no use to
        // another, and kept for the whole import they would be megabytes).
        const std::size_t count = windows_.size();
        s.moments.resize(count);
        std::vector<MomentDraft> drafts(count);
        // The longest first (the most seconds of play, then the most events): the cores finish together
        // rather than one waiting on another's last long moment.
        std::vector<std::size_t> order(count);
        for (std::size_t i = 0; i < count; ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const MomentWindow& x = windows_[a];
            const MomentWindow& y = windows_[b];
            if (x.end - x.start != y.end - y.start) return x.end - x.start > y.end - y.start;
            return x.last - x.first > y.last - y.first;
        });
        std::atomic<std::size_t> next{0};
        const auto work = [&] {
            for (std::size_t k = next++; k < count; k = next++) {
                sim::KickMemo kicks;
                drafts[order[k]] = animate(context, lineup, order[k], kicks);
            }
        };
        {
            const std::size_t helpers = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), count);
            std::vector<std::jthread> pool;
            for (std::size_t h = 1; h < helpers; ++h) pool.emplace_back(work);
            work();
        }
        std::set<std::string> ids;
        for (std::size_t i = 0; i < count; ++i) {
            MomentDraft& draft = drafts[i];
            std::string id = draft.moment.id;
            for (int n = 2; ids.count(id); ++n) id = draft.moment.id + "-" + std::to_string(n);
            draft.moment.id = id;
            ids.insert(id);
            s.moments[i] = located(assembleMoment(draft));
            out_.drafts.push_back(std::move(draft));
        }
        if (passages_) {
            s.passages = buildPassages(context, out_.passageNotes);
            out_.passagesFailing = repairPassages(s, lineup, out_.passageNotes, progress_);
        }
        return std::move(out_);
    }

private:
    // Drafts, repairs and checks moment i (appended to the script), starting it later in the passage
    // when the data's first seconds cannot be animated: the moment keeps its key event whatever the
    // build-up the physics could not follow.
    MomentDraft animate(const MomentContext& context, const sim::Lineup& lineup, std::size_t i, sim::KickMemo& kicks) {
        Script& s = out_.script;
        MomentWindow w = windows_[i];
        std::optional<MomentDraft> best;
        std::size_t bestFaults = 0;
        std::vector<std::size_t> missWide;
        for (int keep : {-1, 8, 4, 1, 0}) {
            if (keep >= 0 && !startLater(w, keep)) continue;
            for (int variant = 0; variant < 2; ++variant) {
                // Off-ball players first where the data has them; if a body there spoils the moment (a
                // deflection the data does not have), free to give way. Where the data put nobody off
                // the ball, the second draft would be the first again.
                bool pinsMatter = true;
                for (const bool pin : {true, false}) {
                    if (!pinsMatter) break;
                    MomentDraft draft = buildMoment(context, w, missWide, pin);
                    pinsMatter = draft.pinnedPresences;
                    limitDuration(draft, i);
                    s.moments[i] = located(assembleMoment(draft));
                    std::optional<sim::PlannedMoment> planned;  // the last round's, when it mended nothing
                    for (int round = 0; round < kRepairRounds; ++round) {
                        sim::PlannedMoment judged;
                        const RepairRound repaired = repairMoment(s, static_cast<int>(i), lineup, draft, &kicks, &judged);
                        // Stuck, nothing was mended: the draft judged is the one baked. It was fitted to the
                        // speeds when it was drafted or last mended; fitting it again would only nudge it
                        // further (limitSpeeds moves a place a little at a time), and every round left
                        // would judge the same moment again.
                        if (repaired != RepairRound::Mended) {
                            planned = std::move(judged);
                            break;
                        }
                        draft.motion.limitSpeeds(s, kShapeSpeed, draft.notes);
                        limitDuration(draft, i);
                        s.moments[i] = located(assembleMoment(draft));
                    }
                    const sim::MomentBake baked = planned ? sim::bakeMoment(s, std::move(*planned), lineup, {}, kJudged)
                                                          : sim::bakeMoment(s, static_cast<int>(i), lineup, {}, &kicks, kJudged);
                    const std::size_t faults = faultsOf(s, i, baked, draft);
                    if (w.first != windows_[i].first) {
                        draft.notes.push_back("the data's build-up before " + s.clock.preciseText(draft.moment.matchTime) +
                                              " could not be animated by the physics; the moment starts there");
                    }
                    if (!best || faults < bestFaults) {
                        draft.misses = eventMisses(match_, draft.window, s, baked.track, context.playerId);
                        draft.shotEnding = keyShotEnding(draft, baked.track.events);
                        best = std::move(draft);
                        bestFaults = faults;
                    }
                    if (bestFaults == 0) return finished(context, std::move(*best));
                }
                // A goal the flag took away that the physics let stand: shown wide instead.
                bool changed = false;
                for (const KeyEvent& k : w.keys) {
                    if (k.kind == KeyKind::Disallowed && std::find(missWide.begin(), missWide.end(), k.event) == missWide.end()) {
                        missWide.push_back(k.event);
                        changed = true;
                    }
                }
                if (!changed) break;
            }
        }
        if (bestFaults >= kErrorFault) {
            s.moments[i] = located(assembleMoment(*best));
            sim::MomentBake baked = sim::bakeMoment(s, static_cast<int>(i), lineup, {}, &kicks, kJudged);
            if (settle(s, i, lineup, *best, baked, bestFaults, kicks)) {
                best->misses = eventMisses(match_, best->window, s, baked.track, context.playerId);
                best->shotEnding = keyShotEnding(*best, baked.track.events);
            }
        }
        return finished(context, std::move(*best));
    }

    std::size_t faultsOf(const Script& s, std::size_t i, const sim::MomentBake& baked, const MomentDraft& draft) const {
        return baked.diagnostics.errorCount() * kErrorFault +
               outcomeProblems(s, static_cast<int>(i), baked.track.events, draft.outcomes).size();
    }

    // A deflection the repair did not foresee has a player play the ball where the physics took it, and
    // his run from there may be more than a sprint. The last resort for a moment that still has an error:
    // his touches go where the bake had him, his runs fit the speed limits from there, and the moment is
    // kept if it bakes with fewer faults.
    bool settle(Script& s, std::size_t i, const sim::Lineup& lineup, MomentDraft& draft, sim::MomentBake& baked,
                std::size_t& faults, sim::KickMemo& kicks) {
        MomentDraft moved = draft;
        bool any = false;
        const sim::MomentTrack& track = baked.track;
        for (std::size_t p = 0; p < track.players.size(); ++p) {
            const std::vector<Waypoint>* list = moved.motion.of(track.players[p].id);
            if (!list) continue;
            std::vector<std::pair<double, Vec2>> touches;
            for (const Waypoint& w : *list) {
                if (!w.onBall) continue;
                const int sample = static_cast<int>(std::lround(w.t * sim::kPlayerSamplesPerSecond));
                const Vec2 there = track.playerTrack(p).at(sample).position();
                if (distance(there, w.at) > kSettleFrom) touches.emplace_back(w.t, there);
            }
            for (const auto& [t, there] : touches) moved.motion.moveTouch(track.players[p].id, t, there);
            any = any || !touches.empty();
        }
        if (!any) return false;
        const Moment before = s.moments[i];
        moved.motion.limitSpeeds(s, kShapeSpeed, moved.notes);
        s.moments[i] = located(assembleMoment(moved));
        sim::MomentBake again = sim::bakeMoment(s, static_cast<int>(i), lineup, {}, &kicks, kJudged);
        const std::size_t againFaults = faultsOf(s, i, again, moved);
        if (againFaults < faults) {
            draft = std::move(moved);
            baked = std::move(again);
            faults = againFaults;
            return true;
        }
        s.moments[i] = before;
        return false;
    }

    std::optional<EventKind> keyShotEnding(const MomentDraft& draft, std::span<const ObservedEvent> events) const {
        if (draft.keyEvent < 0) return std::nullopt;
        const MatchEvent& e = match_.events[static_cast<std::size_t>(draft.keyEvent)];
        if (e.type != EventType::Shot) return std::nullopt;
        return shotEnding(events, idOf(e.player), matchTimeOf(e.period, e.time));
    }

    // The caption says how the physics ended the key shot; the events it does not show where and when the
    // data has them are said at the moment.
    MomentDraft finished(const MomentContext& context, MomentDraft draft) const {
        describeMoment(context, draft.window, draft, draft.shotEnding);
        if (!draft.misses.empty()) {
            draft.notes.push_back(describeMisses(match_, out_.script, draft.misses, [this](PlayerRef ref) { return idOf(ref); }));
        }
        return draft;
    }

    // Keeps the last `keep` on-ball events before the moment's first key event; false when the window
    // holds no more than that already. With none kept, the moment is the key event alone (and the save
    // that answers it): what matters most is shown whatever the physics makes of the rest.
    bool startLater(MomentWindow& w, int keep) const {
        const std::size_t key = w.keys.front().event;
        if (keep == 0) {
            // Only for a moment of one key event: a second one (a rebound scored) must stay in it.
            if (w.keys.size() > 1 || (w.first == key && w.last == key)) return false;
            w.first = key;
            std::size_t last = key;
            for (std::size_t j = key + 1; j < match_.events.size() && match_.events[j].time < match_.events[key].time + 3.0 &&
                                          match_.events[j].period == match_.events[key].period;
                 ++j) {
                if (match_.events[j].type == EventType::Save) last = j;
            }
            w.last = last;
            w.start = std::max(std::floor(match_.events[key].time - 1.0), w.start);
            w.end = std::min(w.end, match_.events[key].time + 4.0);
            return true;
        }
        int count = 0;
        std::size_t first = key;
        for (std::size_t j = key + 1; j-- > w.first;) {
            const MatchEvent& e = match_.events[j];
            if (!isOnBall(e.type)) continue;
            first = j;
            if (++count >= keep + 1) break;  // the key event itself and `keep` before it
        }
        if (first <= w.first) return false;
        w.first = first;
        w.start = std::max(std::floor(match_.events[first].time - 1.0), w.start);
        return true;
    }

    // A moment ends by its period's final whistle and before the next moment starts.
    void limitDuration(MomentDraft& draft, std::size_t i) const {
        Moment& m = draft.moment;
        const PeriodId period = windows_[i].period;
        const double periodStart = out_.script.clock.periodStart(static_cast<Period>(static_cast<int>(period)));
        double end = periodStart + periodEnd(match_, period) - m.matchTime;
        if (i + 1 < windows_.size() && windows_[i + 1].period == period) {
            end = std::min(end, periodStart + windows_[i + 1].start - m.matchTime - 0.05);
        }
        m.duration = std::max(0.5, std::min(m.duration, end));
    }

    std::array<int, 2> countedGoals() const {
        std::array<int, 2> score{0, 0};
        for (const MatchEvent& e : match_.events) {
            if (e.period == PeriodId::Shootout) continue;
            if (e.goal) ++score[static_cast<std::size_t>(e.team)];
            if (e.ownGoal) ++score[static_cast<std::size_t>(1 - e.team)];
        }
        return score;
    }

    void buildClock() {
        std::array<double, 4> stoppage{0.0, 0.0, 0.0, 0.0};
        std::optional<double> shootout;
        bool extra = false;
        for (const PeriodData& p : match_.periods) {
            const Period period = static_cast<Period>(static_cast<int>(p.id));
            const double length = periodEnd(match_, p.id);
            if (p.id == PeriodId::Shootout) {
                shootout = length;
                continue;
            }
            stoppage[static_cast<std::size_t>(p.id)] = std::max(0.0, length - regularLength(period));
            if (p.id == PeriodId::ExtraFirst || p.id == PeriodId::ExtraSecond) extra = true;
        }
        if (shootout) extra = true;
        out_.script.clock = extra ? MatchClock(stoppage, shootout) : MatchClock(stoppage[0], stoppage[1]);
    }

    void buildTeam(int t) {
        const TeamData& data = match_.teams[static_cast<std::size_t>(t)];
        Team& team = out_.script.teams[static_cast<std::size_t>(t)];
        team.name = data.name;
        team.key = keyOf(data.name);
        if (t == 1 && team.key == out_.script.teams[0].key) team.key += "-away";
        team.shortName = shortName(data.name);
        if (t == 1 && team.shortName == out_.script.teams[0].shortName) team.shortName = upperAscii(data.name).substr(0, 4);
        team.formation = data.formation;
        team.coach = data.coach;
        team.kit = defaultKit(static_cast<TeamSide>(t));
        team.goalkeeperKit = defaultGoalkeeperKit(static_cast<TeamSide>(t));
        // Starters, then the substitutes who came on, then the rest of the bench.
        std::vector<int> order;
        for (int pass = 0; pass < 3; ++pass) {
            for (int i = 0; i < static_cast<int>(data.players.size()); ++i) {
                const SquadPlayer& p = data.players[static_cast<std::size_t>(i)];
                const int group = p.starter ? 0 : p.played ? 1 : p.onBench ? 2 : 3;
                if (group == pass) order.push_back(i);
            }
        }
        std::set<int> numbers;
        for (int i : order) {
            const SquadPlayer& p = data.players[static_cast<std::size_t>(i)];
            Player player;
            player.name = uniqueName(p);
            player.fullName = p.fullName;
            if (p.number && *p.number >= 1 && *p.number <= 99 && numbers.insert(*p.number).second) player.number = *p.number;
            player.position = p.position.empty() ? "CM" : p.position;
            if (player.position == "DF" || player.position == "MD" || player.position == "FW") {
                player.position = player.position == "DF" ? "CB" : player.position == "MD" ? "CM" : "CF";
            }
            player.starter = p.starter;
            player.formationSpot = p.spot.value_or(p.starter ? spotFor(player.position) : Vec2{});
            ids_[{t, i}] = PlayerId{t, static_cast<int>(team.players.size())};
            out_.playerIds[static_cast<std::size_t>(t)].resize(data.players.size());
            out_.playerIds[static_cast<std::size_t>(t)][static_cast<std::size_t>(i)] = ids_[{t, i}];
            team.players.push_back(std::move(player));
        }
        // Exactly one starting goalkeeper: the data's, else the starter deepest in the shape.
        std::vector<Player*> keepers;
        Player* deepest = nullptr;
        for (Player& p : team.players) {
            if (!p.starter) continue;
            if (p.isGoalkeeper()) keepers.push_back(&p);
            if (!deepest || p.formationSpot.x < deepest->formationSpot.x) deepest = &p;
        }
        if (keepers.empty() && deepest) {
            deepest->position = "GK";
            out_.notes.push_back(team.name + " have no goalkeeper in the data; " + deepest->name + " keeps goal");
        }
        for (std::size_t k = 1; k < keepers.size(); ++k) keepers[k]->position = "CB";
    }

    // Names are how a script refers to players: unique across both teams, accents aside.
    std::string uniqueName(const SquadPlayer& p) {
        std::vector<std::string> candidates{p.name, p.fullName, p.fullName + " (" + p.providerId + ")"};
        for (const std::string& c : candidates) {
            if (c.empty()) continue;
            if (usedNames_.insert(foldForSearch(c)).second) return c;
        }
        const std::string fallback = "Player " + p.providerId;
        usedNames_.insert(foldForSearch(fallback));
        return fallback;
    }

    // An imported script has no lines: its messages name the file, the moment and the action's time,
    // "FILE: moment 'ID' at 12.34 s". Written for every action of every draft and round (some 30,000
    // an import): to_chars, printf's "%.2f" to the byte without its cost.
    Moment located(Moment m) const {
        m.where = {out_.script.path + ": moment '" + m.id + "'", 0, 0};
        char seconds[32];
        for (Action& a : m.actions) {
            const auto written = std::to_chars(seconds, seconds + sizeof seconds, a.at, std::chars_format::fixed, 2);
            const std::string_view time(seconds, static_cast<std::size_t>(written.ptr - seconds));
            constexpr std::string_view at = " at ", unit = " s";
            std::string file;
            file.reserve(m.where.file.size() + at.size() + time.size() + unit.size());
            file.append(m.where.file).append(at).append(time).append(unit);
            a.where = {std::move(file), 0, 0};
        }
        return m;
    }

    PlayerId idOf(PlayerRef ref) const {
        auto it = ids_.find({ref.team, ref.index});
        return it == ids_.end() ? PlayerId{} : it->second;
    }

    double matchTimeOf(PeriodId period, double t) const {
        return out_.script.clock.periodStart(static_cast<Period>(static_cast<int>(period))) + t;
    }

    const MomentWindow* windowAt(PeriodId period, double t) const {
        for (const MomentWindow& w : windows_) {
            if (w.period == period && t >= w.start - 0.05 && t <= w.end + 0.05) return &w;
        }
        return nullptr;
    }

    void addMarker(PeriodId period, double t, Action action) {
        t = std::floor(t);  // a marker's clock is written to the second
        Marker m;
        m.matchTime = matchTimeOf(period, t);
        // The instant a period ends belongs to it (a whistle at the end of the first half is not 46').
        const Period p = static_cast<Period>(static_cast<int>(period));
        m.clock = ClockReading{p, clockOffset(p) + t};
        m.action = std::move(action);
        out_.script.markers.push_back(std::move(m));
    }

    // The data may have a substitute come on for a player already sent off (a keeper sent off, a keeper
    // on): the one who made way is the team-mate who plays no more after it.
    PlayerRef madeWay(const MatchEvent& sub) const {
        const auto after = [&](const MatchEvent& e) { return std::tie(e.period, e.time) > std::tie(sub.period, sub.time); };
        const bool sentOff = std::any_of(match_.events.begin(), match_.events.end(), [&](const MatchEvent& e) {
            return e.type == EventType::Card && e.card == CardColour::Red && e.player == sub.other && !after(e);
        });
        if (!sentOff) return sub.other;
        PlayerRef best;
        const MatchEvent* bestLast = nullptr;
        const auto& players = match_.teams[static_cast<std::size_t>(sub.player.team)].players;
        for (int i = 0; i < static_cast<int>(players.size()); ++i) {
            const PlayerRef ref{sub.player.team, i};
            if (!players[static_cast<std::size_t>(i)].starter || ref == sub.other) continue;
            const MatchEvent* last = nullptr;
            bool later = false, gone = false;
            for (const MatchEvent& e : match_.events) {
                if (e.type == EventType::Substitution && e.other == ref && !after(e)) gone = true;
                if (!(e.player == ref) || e.type == EventType::Substitution) continue;
                if (after(e)) later = true;
                else last = &e;
            }
            if (later || gone || !last) continue;
            if (!bestLast || std::tie(last->period, last->time) > std::tie(bestLast->period, bestLast->time)) {
                best = ref;
                bestLast = last;
            }
        }
        return best.valid() ? best : sub.other;
    }

    void addMarkers() {
        for (const MatchEvent& e : match_.events) {
            if (e.type == EventType::Substitution) {
                Action a;
                a.kind = ActionKind::Substitution;
                a.actor = idOf(e.player);
                a.other = idOf(madeWay(e));
                if (!a.actor.valid() || !a.other.valid()) continue;
                // Not inside a moment: before it when the one coming on plays in it, after it otherwise.
                double t = e.time;
                if (const MomentWindow* w = windowAt(e.period, t)) {
                    bool playsIn = false;
                    for (std::size_t i = w->first; i <= w->last; ++i) playsIn = playsIn || match_.events[i].player == e.player;
                    t = playsIn ? std::max(0.0, w->start - 1.0) : w->end + 1.0;
                }
                addMarker(e.period, t, a);
            } else if (e.type == EventType::Card) {
                Action a;
                a.kind = ActionKind::Card;
                a.actor = idOf(e.player);
                a.card = e.card;
                if (!a.actor.valid()) continue;
                // A sending-off takes him off the pitch: after the moment he plays in, not during it.
                double t = e.time;
                if (const MomentWindow* w = windowAt(e.period, t); w && e.card == CardColour::Red) t = w->end + 1.0;
                addMarker(e.period, t, a);
            }
        }
        Action half;
        half.kind = ActionKind::Whistle;
        half.whistle = WhistleKind::HalfTime;
        addMarker(PeriodId::First, periodEnd(match_, PeriodId::First), half);
        Action full = half;
        full.whistle = WhistleKind::FullTime;
        addMarker(match_.periods.empty() ? PeriodId::Second : match_.periods.back().id,
                  periodEnd(match_, match_.periods.empty() ? PeriodId::Second : match_.periods.back().id), full);
        std::stable_sort(out_.script.markers.begin(), out_.script.markers.end(),
                         [](const Marker& a, const Marker& b) { return a.matchTime < b.matchTime; });
    }

    const MatchData& match_;
    bool passages_ = true;
    const ImportProgress& progress_;
    BuiltScript out_;
    std::vector<MomentWindow> windows_;
    std::map<std::pair<int, int>, PlayerId> ids_;
    std::set<std::string> usedNames_;
};

}  // namespace

BuiltScript buildScript(const MatchData& match, const std::string& path, bool passages, const ImportProgress& progress) {
    return ScriptBuilder(match, path, passages, progress).build();
}

}  // namespace touchline::import
