#include "import/ball_chain.h"

#include <algorithm>
#include <cmath>

namespace touchline::import {

namespace {

constexpr double kPairTime = 0.6;  // the two records of one duel are this close in time
constexpr double kMinGap = 0.08;   // anchors at least this far apart in time
constexpr double kPlayedOnWithin = 8.0;  // s: a flag later than this after a touch is not for playing it on

std::optional<Vec2> where(const MatchEvent& e) {
    if (e.start) return e.start;
    if (e.type == EventType::Save && e.end) return e.end;  // a save's start is a placeholder; its end is the keeper
    return std::nullopt;
}

class Builder {
public:
    Builder(const MatchData& match, const MomentWindow& window) : match_(match), window_(window) {}

    BallChain build() {
        const auto& events = match_.events;
        std::vector<bool> used(window_.last + 1, false);
        for (std::size_t i = window_.first; i <= window_.last && i < events.size(); ++i) {
            if (used[i]) continue;
            const MatchEvent& e = events[i];
            const double t = e.time - window_.start;
            switch (e.type) {
                case EventType::Duel: {
                    const std::size_t partner = duelPartner(i);
                    if (partner != i) used[partner] = true;
                    addDuel(e, partner != i ? &events[partner] : nullptr, t);
                    break;
                }
                case EventType::Save:
                    if (!e.player.valid() || !where(e)) break;
                    if (e.won) anchor(e, t, *where(e), AnchorRole::Save);
                    else chain_.presences.push_back({e.player, t, *where(e)});
                    break;
                case EventType::Pass:
                case EventType::Shot:
                case EventType::Clearance:
                case EventType::Touch:
                case EventType::Interception:
                case EventType::Receipt:
                case EventType::KeeperClaim:
                    if (e.player.valid() && e.start) anchor(e, t, *e.start, AnchorRole::Play);
                    break;
                case EventType::Carry:
                    if (!e.player.valid() || !e.start) break;
                    anchor(e, t, *e.start, AnchorRole::Play);
                    if (e.end) anchor(e, t + e.duration.value_or(0.0), *e.end, AnchorRole::Play);
                    break;
                case EventType::BallOut:
                    if (e.start) anchor(e, t, *e.start, AnchorRole::Out, PlayerRef{}, PlayerRef{});
                    break;
                case EventType::Foul:
                    if (e.player.valid() && e.start) {
                        PlayerRef fouled = lastPlayer();
                        if (fouled.valid() && fouled.team == e.player.team) fouled = {};
                        anchor(e, t, *e.start, AnchorRole::Foul, e.player, fouled);
                    }
                    break;
                case EventType::Card: chain_.cards.push_back(&e); break;
                case EventType::Offside:
                    chain_.offsides.push_back(&e);
                    followsUp(e, t);
                    break;
                default: break;
            }
        }
        tidy();
        return std::move(chain_);
    }

private:
    std::size_t duelPartner(std::size_t i) const {
        const auto& events = match_.events;
        for (std::size_t j = i + 1; j <= window_.last && j < events.size() && j <= i + 3; ++j) {
            const MatchEvent& o = events[j];
            if (o.type == EventType::Duel && o.team != events[i].team && std::abs(o.time - events[i].time) < kPairTime) return j;
        }
        return i;
    }

    // The data flags a team-mate of the last player on the ball and has nobody play it to him. After a
    // shot saved, he followed up the rebound (Law 11 judges him where he was at the shot): the keeper's
    // parry goes to him. After a contest won or a touch, the one who won it played it on to him unrecorded
    // (a flick on in the air): it goes to him. Either way, where the data has the offside.
    void followsUp(const MatchEvent& offside, double t) {
        const auto& a = chain_.anchors;
        if (!offside.player.valid() || !offside.start || a.empty()) return;
        const Anchor& last = a.back();
        if (last.player == offside.player || !last.event) return;
        if (last.role == AnchorRole::Save) {
            if (a.size() < 2) return;
            const Anchor& shot = a[a.size() - 2];
            if (!shot.event || shot.event->type != EventType::Shot || shot.player.team != offside.player.team ||
                shot.player == offside.player) return;
        } else {
            const EventType kind = last.event->type;
            const bool playedOn = kind == EventType::Duel || kind == EventType::Touch || kind == EventType::Interception;
            if (!playedOn || (last.role != AnchorRole::Play && last.role != AnchorRole::Tackle) ||
                last.player.team != offside.player.team || t - last.t > kPlayedOnWithin) return;
        }
        anchor(offside, t, *offside.start, AnchorRole::Play);
    }

    PlayerRef lastPlayer() const {
        for (auto it = chain_.anchors.rbegin(); it != chain_.anchors.rend(); ++it) {
            if (it->player.valid()) return it->player;
        }
        return {};
    }

    void addDuel(const MatchEvent& a, const MatchEvent* b, double t) {
        // The data times the two records of one contest apart (by up to kPairTime): the contest is
        // between them, so the ball is there within the data's own slack of both.
        if (b) t = 0.5 * (a.time + b->time) - window_.start;
        const MatchEvent* winner = &a;
        const MatchEvent* loser = b;
        if (b) {
            // Who came out with the ball: the one the data says won; when it does not say, the side
            // that had it.
            const bool aWon = a.won && !b->won, bWon = b->won && !a.won;
            const PlayerRef had = lastPlayer();
            if (bWon || (!aWon && had.valid() && had.team == b->team)) std::swap(winner, loser);
        } else if (!a.won) {
            if (a.player.valid() && a.start) chain_.presences.push_back({a.player, t, *a.start});
            return;
        }
        if (!winner->player.valid() || !winner->start) return;
        const PlayerRef had = lastPlayer();
        const bool tackle = had.valid() && had.team != winner->team && loser && loser->player == had;
        anchor(*winner, t, *winner->start, tackle ? AnchorRole::Tackle : AnchorRole::Play, winner->player,
               tackle ? had : PlayerRef{});
        if (loser && loser->player.valid()) {
            // He stands at the contest, a stride from the winner, on his own goal's side.
            const Vec2 home{attackingEnd(loser->player.team, loser->period) == pitch::End::Right ? -0.8 : 0.8, 0.0};
            chain_.presences.push_back({loser->player, t, *winner->start + home});
        }
    }

    void anchor(const MatchEvent& e, double t, Vec2 at, AnchorRole role) { anchor(e, t, at, role, e.player, {}); }
    void anchor(const MatchEvent& e, double t, Vec2 at, AnchorRole role, PlayerRef player, PlayerRef other) {
        Anchor a;
        a.t = t;
        a.player = player;
        a.at = at;
        a.role = role;
        a.other = other;
        a.event = &e;
        chain_.anchors.push_back(a);
    }

    // One player's touches in a row at one instant are one touch; times strictly increase.
    void tidy() {
        auto& a = chain_.anchors;
        std::stable_sort(a.begin(), a.end(), [](const Anchor& x, const Anchor& y) { return x.t < y.t; });
        std::vector<Anchor> kept;
        for (const Anchor& x : a) {
            if (!kept.empty()) {
                Anchor& last = kept.back();
                if (last.player == x.player && x.player.valid() && x.t - last.t < 0.3 && distance(last.at, x.at) < 2.0 &&
                    x.role == AnchorRole::Play && last.role != AnchorRole::Out) {
                    // The later record says what he did with it (a receipt then a pass): keep that.
                    const AnchorRole role = last.role;
                    const PlayerRef other = last.other;
                    last = x;
                    last.role = role == AnchorRole::Tackle || role == AnchorRole::Save ? role : x.role;
                    last.other = other;
                    continue;
                }
                if (x.t < last.t + kMinGap) {
                    Anchor later = x;
                    later.t = last.t + kMinGap;
                    kept.push_back(later);
                    continue;
                }
            }
            kept.push_back(x);
        }
        a = std::move(kept);
        // A header is one contact: the jump the data records as an aerial duel just before it is the same
        // moment, a stride away. Keep the header.
        for (std::size_t i = 0; i + 1 < a.size();) {
            const Anchor& x = a[i];
            const Anchor& y = a[i + 1];
            const bool header = y.event && y.event->header &&
                                (y.event->type == EventType::Shot || y.event->type == EventType::Pass ||
                                 y.event->type == EventType::Clearance);
            if (x.player.valid() && x.player == y.player && header && y.t - x.t < 1.5 && x.role == AnchorRole::Play &&
                x.event && x.event->type != EventType::Pass && x.event->type != EventType::Shot) {
                a.erase(a.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
            ++i;
        }
        // Nothing after the ball has gone out or play has stopped.
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a[i].role == AnchorRole::Out || a[i].role == AnchorRole::Foul) {
                a.resize(i + 1);
                break;
            }
        }
    }

    const MatchData& match_;
    const MomentWindow& window_;
    BallChain chain_;
};

}  // namespace

BallChain buildChain(const MatchData& match, const MomentWindow& window) { return Builder(match, window).build(); }

}  // namespace touchline::import
