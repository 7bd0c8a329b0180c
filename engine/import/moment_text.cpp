#include "import/moment_text.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"

namespace touchline::import {

namespace {

int rank(KeyKind k) {
    switch (k) {
        case KeyKind::Goal:
        case KeyKind::OwnGoal:
        case KeyKind::ShootoutKick: return 0;
        case KeyKind::Disallowed: return 1;
        case KeyKind::Penalty: return 2;
        case KeyKind::RedCard: return 3;
        case KeyKind::Woodwork: return 4;
        case KeyKind::Saved: return 5;
        case KeyKind::Blocked: return 6;
        case KeyKind::OffTarget: return 7;
    }
    return 8;
}

std::string slug(const std::string& text) {
    std::string out;
    for (char c : foldForSearch(text)) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (word) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "moment" : out;
}

class Writer {
public:
    Writer(const MomentContext& c, const MomentWindow& w, MomentDraft& d, std::optional<EventKind> shown)
        : c_(c), w_(w), d_(d), shown_(shown) {}

    void write() {
        const KeyEvent* main = &w_.keys.front();
        for (const KeyEvent& k : w_.keys) {
            if (rank(k.kind) < rank(main->kind)) main = &k;
        }
        d_.keyEvent = static_cast<int>(main->event);
        const MatchEvent& e = c_.match.events[main->event];
        const std::string who = name(e.player);
        const std::string minute = c_.script.clock.minuteText(c_.script.clock.periodStart(static_cast<Period>(static_cast<int>(e.period))) + e.time);
        std::string idWord;
        switch (main->kind) {
            case KeyKind::Goal: title_ = goalTitle(e); idWord = "goal"; break;
            case KeyKind::OwnGoal: title_ = "Own goal by " + who; idWord = "own-goal"; break;
            case KeyKind::Disallowed:
                if (const MatchEvent* follower = offsideFollowUp(c_.match, w_, main->event)) {
                    title_ = name(follower->player) + " is offside from " + who + "'s shot";
                } else {
                    title_ = who + "'s goal is ruled out for offside";
                }
                idWord = "offside";
                break;
            case KeyKind::Penalty: title_ = penaltyTitle(e); idWord = "penalty"; break;
            case KeyKind::RedCard: title_ = who + " is sent off"; idWord = "red-card"; break;
            case KeyKind::Woodwork: title_ = who + (e.mouth && e.mouth->height > 2.4 ? " hits the bar" : " hits the post"); idWord = "woodwork"; break;
            case KeyKind::Saved: title_ = keeperName(e) + " denies " + who; idWord = "save"; break;
            case KeyKind::Blocked: title_ = who + "'s shot is blocked"; idWord = "chance"; break;
            case KeyKind::OffTarget: title_ = who + " goes close"; idWord = "chance"; break;
            case KeyKind::ShootoutKick: title_ = shootoutTitle(e); idWord = "shootout"; break;
        }
        d_.moment.id = slug(surnameOf(e.player) + "-" + idWord + "-" + minute);
        d_.moment.title = title_;
        d_.moment.caption = caption(e, *main);
    }

private:
    std::string name(PlayerRef ref) const {
        const PlayerId id = c_.playerId(ref);
        return id.valid() ? c_.script.player(id).name : ref.valid() ? c_.match.player(ref).name : "Someone";
    }
    std::string surnameOf(PlayerRef ref) const { return name(ref); }
    std::string teamName(int team) const { return team >= 0 ? c_.script.teams[static_cast<std::size_t>(team)].name : "?"; }

    // The keeper who faced it: the data's save, else whoever keeps goal for the other side.
    std::string keeperName(const MatchEvent& shot) const {
        for (std::size_t i = w_.first; i <= w_.last; ++i) {
            const MatchEvent& e = c_.match.events[i];
            if (e.type == EventType::Save && e.team != shot.team && e.player.valid()) return name(e.player);
        }
        return "the keeper";
    }

    // The pass that set the shot up: the last kick by a team-mate before it.
    const MatchEvent* assistFor(const MatchEvent& shot) const {
        const MatchEvent* found = nullptr;
        for (std::size_t i = w_.first; i <= w_.last; ++i) {
            const MatchEvent& e = c_.match.events[i];
            if (&e == &shot) break;
            if (e.team != shot.team || !e.player.valid()) {
                if (e.type == EventType::Pass || e.type == EventType::Shot || e.type == EventType::Clearance) found = nullptr;
                continue;
            }
            if (e.type == EventType::Pass && !(e.player == shot.player)) found = &e;
        }
        return found;
    }

    std::string passWord(const MatchEvent& p) const {
        switch (p.restart) {
            case Restart::Corner: return "corner";
            case Restart::FreeKick: return "free kick";
            case Restart::ThrowIn: return "throw";
            default: break;
        }
        if (p.style == PassStyle::Head) return "header";
        if (p.style == PassStyle::High && p.start && std::abs(p.start->y - pitch::kCentre.y) > 18.0) return "cross";
        if (p.style == PassStyle::High) return "ball over the top";
        return "pass";
    }

    // "from close range", "from the edge of the box", "from 25 metres".
    std::string whereFrom(const MatchEvent& shot) const {
        if (!shot.start) return {};
        const pitch::End end = attackingEnd(shot.team, shot.period);
        const double d = distance(*shot.start, Vec2{pitch::goalLineX(end), pitch::kCentre.y});
        if (d < 8.0) return "from close range";
        if (d < 15.0) return "from inside the box";
        if (d < 20.0) return "from the edge of the box";
        return "from " + std::to_string(static_cast<int>(std::lround(d))) + " metres";
    }

    // "low into the bottom left corner", "high into the net", as the shooter sees it.
    std::string intoGoal(const MatchEvent& shot) const {
        if (!shot.mouth) return "into the net";
        const double lateral = shot.mouth->lateral, height = shot.mouth->height;
        const std::string side = lateral < -1.3 ? "left" : lateral > 1.3 ? "right" : "";
        if (side.empty()) return height > 1.6 ? "high into the middle of the goal" : "straight down the middle";
        return std::string(height < 0.8 ? "into the bottom " : height > 1.6 ? "into the top " : "into the ") + side +
               " corner";
    }

    // Over or wide: as the physics showed it once baked (a repaired shot may go wide where the data has it
    // over), else as the data has it.
    bool goesOver(const MatchEvent& shot) const {
        if (shown_ == EventKind::Over) return true;
        if (shown_ == EventKind::Wide || shown_ == EventKind::OutOfPlay) return false;
        return shot.mouth && shot.mouth->height > 2.4;
    }

    std::string goalTitle(const MatchEvent& e) const {
        const std::string who = name(e.player);
        if (e.restart == Restart::Penalty) return who + " scores from the spot";
        if (e.restart == Restart::FreeKick) return who + " scores from a free kick";
        if (e.header) return who + " heads in";
        return who + " scores";
    }

    std::string penaltyTitle(const MatchEvent& e) const {
        if (e.outcome == ShotOutcome::Saved) return keeperName(e) + " saves " + name(e.player) + "'s penalty";
        return name(e.player) + " misses a penalty";
    }

    std::string shootoutTitle(const MatchEvent& e) const {
        const std::string who = name(e.player);
        if (e.goal) return "Shoot-out: " + who + " scores";
        if (e.outcome == ShotOutcome::Saved) return "Shoot-out: " + keeperName(e) + " saves from " + who;
        return "Shoot-out: " + who + " misses";
    }

    std::string caption(const MatchEvent& e, const KeyEvent& key) const {
        const std::string who = name(e.player);
        if (key.kind == KeyKind::RedCard) {
            return who + (e.secondYellow ? " picks up a second yellow card" : " is shown a straight red card") +
                   ", and " + teamName(e.team) + " are down to ten.";
        }
        if (key.kind == KeyKind::OwnGoal) {
            return "The ball comes across and " + who + " can only turn it into his own net: " +
                   teamName(1 - e.team) + " score without a touch of their own at the end.";
        }
        if (key.kind == KeyKind::ShootoutKick || e.restart == Restart::Penalty) {
            const std::string keeper = keeperName(e);
            std::string text = who + " steps up";
            if (e.goal) return text + " and sends it " + intoGoal(e) + ", " + keeper + " unable to keep it out.";
            if (e.outcome == ShotOutcome::Saved) return text + ", but " + keeper + " reads it and keeps it out.";
            return text + " and puts it " + (goesOver(e) ? "over the bar." : "wide.");
        }
        std::string lead;
        if (const MatchEvent* assist = assistFor(e)) {
            lead = name(assist->player) + "'s " + passWord(*assist) + " finds " + who + ", who ";
        } else {
            lead = who + " ";
        }
        const std::string how = e.header ? "heads" : "shoots";
        const std::string from = whereFrom(e);
        switch (key.kind) {
            case KeyKind::Goal: return lead + (e.header ? "heads it " : "fires ") + intoGoal(e) + (from.empty() ? "" : " " + from) + ".";
            case KeyKind::Disallowed:
                if (const MatchEvent* follower = offsideFollowUp(c_.match, w_, key.event)) {
                    return lead + how + (from.empty() ? "" : " " + from) + ", " + keeperName(e) + " parries, and " +
                           name(follower->player) + " follows it up from an offside position: the flag is up.";
                }
                if (shown_ == EventKind::Wide || shown_ == EventKind::Over) {
                    return lead + how + (from.empty() ? "" : " " + from) + " and it goes just " +
                           (shown_ == EventKind::Over ? "over" : "wide") + "; the flag was up for offside anyway.";
                }
                return lead + "puts it in the net, but the flag is up: offside, and the goal does not stand.";
            case KeyKind::Woodwork:
                return lead + how + (from.empty() ? "" : " " + from) + " and is denied by the woodwork.";
            case KeyKind::Saved:
                if (const MatchEvent* restart = restartFromSave(c_.match, key.event)) {
                    return lead + how + (from.empty() ? "" : " " + from) + ", and " + keeperName(e) +
                           (restart->restart == Restart::Corner ? " turns it round the post for a corner."
                                                                : " pushes it out for a throw-in.");
                }
                return lead + how + (from.empty() ? "" : " " + from) + ", and " + keeperName(e) + " saves.";
            case KeyKind::Blocked: return lead + how + (from.empty() ? "" : " " + from) + ", but it is blocked.";
            default: return lead + how + (from.empty() ? "" : " " + from) + " and it goes " + (goesOver(e) ? "over." : "wide.");
        }
    }

    const MomentContext& c_;
    const MomentWindow& w_;
    MomentDraft& d_;
    std::optional<EventKind> shown_;
    std::string title_;
};

}  // namespace

void describeMoment(const MomentContext& context, const MomentWindow& window, MomentDraft& draft,
                    std::optional<EventKind> shown) {
    Writer(context, window, draft, shown).write();
}

}  // namespace touchline::import
