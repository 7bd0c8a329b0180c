#include "sim/shape_follower.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "core/pitch.h"

namespace touchline::sim {

namespace {

constexpr double kEarly = 0.25;   // s: a player means to be at an appointment this much before it
constexpr double kSettle = 0.25;  // m: nearer his target than this a player stands
// s: a player closes the gap to his place in the shape over about this long: a few metres at a jog, not
// a dash for every shift of the ball (real players cover 10-11 km a match, not 14).
constexpr double kCatchUp = 1.0;
constexpr double kWalk = 0.8;  // m/s: the least he moves at to get there (so he does get there, and stands)
constexpr double kLeeway = 1.5;   // s: a player sets off for the ball this much before he must
constexpr double kDrawnAhead = 4.0;  // s: before that, he is drawn towards where he will play it
// A forward caught offside: he drifts beyond the line this long before the pass, stands this far beyond
// it when it is played (a flag no one argues with), and chases the ball this long after it.
constexpr double kOffsideDrift = 3.0;   // s (earlier when he is far: up to kOffsideLookAhead)
constexpr double kOffsideLookAhead = 8.0;  // s
constexpr double kOffsideBeyond = 1.5;  // m
constexpr double kOffsideChase = 2.5;   // s
constexpr double kOffsideCatchUp = 0.4; // s: how quickly he closes on that spot (kCatchUp for the rest)
constexpr double kOffsideForesee = 1.0;  // s: how far ahead he sees where the men tracking back will be
constexpr double kTrackingBack = 7.0;    // m/s: faster than this towards his own goal a man is tracking back
constexpr double kOffsideAcross = 0.8;  // of a flat-out run: the most of it he spends going across as well
// The back line springs the trap on him when he cannot get beyond it by himself: from this long before
// the pass it steps up to where he will be.
constexpr double kTrapAhead = 4.0;  // s
constexpr double kTrapKeepShape = 0.3;  // of how far ahead of the deepest his place is, he stays ahead of the trap
constexpr double kTrapReach = 0.7;  // of a flat-out run: he pulls up on the shoulder of a line coming to him

class Follower {
public:
    explicit Follower(const FollowerInput& in)
        : in_(in), n_(in.start.size()), pos_(in.start), vel_(n_), cursor_(n_, 0) {
        if (in.startVelocity.size() == n_) vel_ = in.startVelocity;
    }

    std::vector<Vec2> run() {
        std::vector<Vec2> out(static_cast<std::size_t>(in_.samples) * n_);
        for (int s = 0; s < in_.samples; ++s) {
            if (s > 0) step(s);
            std::copy(pos_.begin(), pos_.end(), out.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(s) * n_));
        }
        return out;
    }

private:
    bool on(std::size_t p, double t) const {
        return t >= at(in_.onFrom, p, -1e300) && t < at(in_.onUntil, p, 1e300);
    }

    static double at(const std::vector<double>& v, std::size_t p, double fallback) {
        return p < v.size() ? v[p] : fallback;
    }

    const std::vector<Appointment>& appointments(std::size_t p) const {
        return p < in_.appointments.size() ? in_.appointments[p] : none_;
    }

    bool fixed(std::size_t p) const { return p < in_.fixed.size() && in_.fixed[p]; }

    // Near enough an appointment that he holds his line: two players contesting a ball meet.
    bool busy(std::size_t p, double t) const {
        for (const Appointment& a : appointments(p)) {
            if (a.standing) continue;
            if (t >= a.time - in_.limits.busy && t <= a.time + in_.limits.busyAfter) return true;
            if (a.time > t + in_.limits.busy) break;
        }
        return false;
    }

    Vec2 target(int s, std::size_t p) const { return in_.targets[static_cast<std::size_t>(s) * n_ + p]; }

    struct Want {
        Vec2 velocity;
        bool exact = false;  // an appointment within this step: kept exactly, whatever it costs (the bake
                             // reports a leg no one could run)
        Vec2 dodge;          // a change of velocity to pass clear of someone, on its own budget
        // Waiting for a pass: the fastest he may go towards the line (along `forward`, the way his team
        // attacks), which he brakes for on his full deceleration whatever else he is doing.
        double forward = 0.0;
        double mostForward = std::numeric_limits<double>::infinity();
        // Darting for the line (the forward the data has offside): he accelerates as hard as he brakes.
        bool burst = false;
    };

    static Want moving(Vec2 velocity) {
        Want w;
        w.velocity = velocity;
        return w;
    }

    // How long a run of d metres takes from `speed` along the way (negative: running away from it, so
    // he must first stop), accelerating up to the cruise speed.
    double timeToCover(double d, double speed) const {
        const FollowerLimits& lim = in_.limits;
        double extra = 0.0;
        if (speed < 0.0) {
            extra = -speed / lim.deceleration;
            d += speed * speed / (2.0 * lim.deceleration);
            speed = 0.0;
        }
        const double v = std::min(speed, lim.cruiseSpeed);
        const double rampDistance = (lim.cruiseSpeed * lim.cruiseSpeed - v * v) / (2.0 * lim.acceleration);
        if (d <= rampDistance) return extra + (std::sqrt(v * v + 2.0 * lim.acceleration * d) - v) / lim.acceleration;
        return extra + (lim.cruiseSpeed - v) / lim.acceleration + (d - rampDistance) / lim.cruiseSpeed;
    }

    // The velocity he wants for the step ending at t, kept onside while he waits for a pass.
    Want wanted(int s, std::size_t p, double t) {
        Want w = wantedFreely(s, p, t);
        if (!w.exact) keepOnside(s, p, t, w);
        return w;
    }

    // The opponents of `team` on the pitch at `now` nearest their own goal line, along the way `team`
    // attacks: the last of them (the keeper, as a rule) and the second-last (n_ where there is none).
    struct Deepest {
        double last = -1e300;
        double secondLast = -1e300;
        std::size_t lastBy;
        std::size_t secondLastBy;
    };
    // `ahead`: those tracking back at a sprint (not a line dropping, at 2-4 m/s, nor one making room for a
    // forward running at him) are taken where they will be that many seconds on.
    Deepest deepestOpponents(int team, double now, double ahead = 0.0) const {
        const double dir = in_.forward[static_cast<std::size_t>(team)];
        Deepest d{-1e300, -1e300, n_, n_};
        for (std::size_t q = 0; q < n_; ++q) {
            if (in_.team[q] == team || !on(q, now)) continue;
            const double back = dir * vel_[q].x;
            const double f = dir * pos_[q].x + (back > kTrackingBack ? back * ahead : 0.0);
            if (f > d.last) {
                d.secondLast = d.last;
                d.secondLastBy = d.lastBy;
                d.last = f;
                d.lastBy = q;
            } else if (f > d.secondLast) {
                d.secondLast = f;
                d.secondLastBy = q;
            }
        }
        return d;
    }

    // The offside line as it stands now for a player of `team`, along the way his team attacks: the
    // second-last opponent, the ball or halfway, whichever is furthest forward (sim/offside.h).
    // `rate`, when asked: how fast the line moves that way, with the second-last opponent (m/s).
    double offsideLine(int s, int team, double* rate = nullptr) const {
        const double dir = in_.forward[static_cast<std::size_t>(team)];
        const Deepest d = deepestOpponents(team, s * in_.interval);
        double line = std::max(d.secondLast, dir * pitch::kCentre.x);
        if (rate) *rate = line == d.secondLast && d.secondLastBy < n_ ? dir * vel_[d.secondLastBy].x : 0.0;
        if (!in_.ball.empty()) {
            const double ball = dir * in_.ball[static_cast<std::size_t>(std::min(s, static_cast<int>(in_.ball.size()) - 1))].x;
            if (ball > line && rate) *rate = 0.0;
            line = std::max(line, ball);
        }
        return line;
    }

    // A pass is coming to him and has not been kicked yet: he runs no further forward than he can pull
    // up behind the line (and drops back behind it when he is beyond), as a forward times his run.
    void keepOnside(int s, std::size_t p, double t, Want& w) const {
        if (in_.forward.size() < 2 || p >= in_.team.size() || p >= in_.passesTo.size()) return;
        const auto& list = appointments(p);
        const std::size_t c = cursor_[p];
        if (c >= list.size()) return;
        const auto& passes = in_.passesTo[p];
        const bool waiting = std::any_of(passes.begin(), passes.end(), [&](const PassTo& pass) {
            return std::abs(pass.received - list[c].time) < 1e-9 && t <= pass.kicked + in_.interval;
        });
        if (!waiting) return;
        const int team = in_.team[p];
        const double dir = in_.forward[static_cast<std::size_t>(team)];
        // A line stepping up comes at him: he goes back with it as well (left to the room alone, he
        // was caught beyond a back line pushing out of its box behind a long ball).
        double rate = 0.0;
        const double room = offsideLine(s - 1, team, &rate) - in_.limits.onsideBy - dir * pos_[p].x;
        const double most = std::min(rate, 0.0) + (room > 0.0 ? std::sqrt(2.0 * in_.limits.deceleration * room) : room / 0.5);
        const double ahead = dir * w.velocity.x;
        if (ahead > most) w.velocity.x = dir * most;
        w.forward = dir;
        w.mostForward = most;
    }

    // The pass he is caught offside for, if it is near: before it he goes beyond the line (level with his
    // place across the pitch, drawn towards where the ball will go), after it he runs on to the ball.
    // `drift`: how fast that place moves (with the line), for him to keep up with.
    bool offsideRun(int s, std::size_t p, double t, Vec2& place, Vec2& drift) const {
        if (in_.forward.size() < 2 || p >= in_.team.size()) return false;
        for (const OffsideRun& run : in_.offsideRuns) {
            if (run.player != p || t < run.kicked - kOffsideLookAhead || t > run.kicked + kOffsideChase) continue;
            if (t > run.kicked) {
                place = run.ballTo;
                return true;
            }
            const int team = in_.team[p];
            const double dir = in_.forward[static_cast<std::size_t>(team)];
            // A back line dropping as the attack comes on (2-4 m/s) ran from the spot beyond it that he
            // chased: he reached it level as the ball was played. He keeps up with the line, and is
            // beyond where it will be as he gets there.
            double rate = 0.0;
            double line = offsideLine(s - 1, team, &rate);
            // Beyond the ball too when it is played: a pass coming forward to the passer moves the line
            // with it faster than he runs (Olunga, level with the ball 1.5 m short of it at Douglas Luiz's
            // shot at Girona-Barcelona 11:54, was onside by 0.16 m).
            if (const auto ball = ballAt(run.kicked)) line = std::max(line, dir * ball->x);
            const double dropping = std::max(0.0, rate);
            // And beyond where a man tracking back at a sprint will be: Shaqiri, running back past the
            // line as the pass came at Manchester City-Stoke 37:36, played Sterling on.
            const double foreseen = deepestOpponents(team, t, std::min(run.kicked - t, kOffsideForesee)).secondLast;
            const double beyond = dir * (std::max(line + dropping * kOffsideCatchUp, foreseen) + kOffsideBeyond);
            Vec2 spot{std::clamp(beyond, 1.0, pitch::kLength - 1.0), 0.5 * (place.y + run.ballTo.y)};
            // Short of time he runs for the line, not across: going 9 m across on the way as well, Sterling
            // (Manchester City-Stoke 37:36) was 2 m short of the ball when it was played.
            const double reach = kOffsideAcross * reachIn(run.kicked - t, dir * vel_[p].x);
            const double ahead = std::abs(spot.x - pos_[p].x);
            const double across = ahead < reach ? std::sqrt(reach * reach - ahead * ahead) : 0.0;
            spot.y = std::clamp(spot.y, pos_[p].y - across, pos_[p].y + across);
            // Far back, he sets off as soon as he must to be there in time.
            const Vec2 toward = spot - pos_[p];
            const double d = length(toward);
            const double along = d > 1e-9 ? dot(vel_[p], toward / d) : 0.0;
            if (t < run.kicked - kOffsideDrift && timeToCover(d, along) < run.kicked - t - kLeeway) return false;
            place = spot;
            drift = {dir * dropping, 0.0};
            return true;
        }
        return false;
    }

    // Where the ball is at time t (at the sample nearest it), if the follower was given its course.
    std::optional<Vec2> ballAt(double t) const {
        if (in_.ball.empty()) return std::nullopt;
        const int last = static_cast<int>(in_.ball.size()) - 1;
        return in_.ball[static_cast<std::size_t>(std::clamp(static_cast<int>(std::lround(t / in_.interval)), 0, last))];
    }

    // How far he gets along his way in tau seconds from `speed` along it, accelerating up to his top speed.
    double reachIn(double tau, double speed) const {
        const FollowerLimits& lim = in_.limits;
        const double v = std::clamp(speed, 0.0, lim.topSpeed);
        const double ramp = (lim.topSpeed - v) / lim.acceleration;
        if (tau <= ramp) return v * tau + 0.5 * lim.acceleration * tau * tau;
        return v * ramp + 0.5 * lim.acceleration * ramp * ramp + lim.topSpeed * (tau - ramp);
    }

    // The back line springing the trap. The data has a forward offside at a pass he cannot get beyond
    // the line for by running alone: a one-two, where he played the ball a second before, or a passage's
    // first seconds (the shape's line is where the data's was not, a few metres deeper). Before that
    // pass the defenders deeper than where he will be, all but the last of them (the keeper), step up to
    // kOffsideBeyond short of it, as a back line does. It never steps past the ball or halfway, and
    // never far enough to put a team-mate offside whom a pass goes to before it.
    bool trapLine(std::size_t q, double t, Vec2& place) const {
        if (in_.forward.size() < 2 || q >= in_.team.size()) return false;
        for (const OffsideRun& run : in_.offsideRuns) {
            const std::size_t c = run.player;
            if (t < run.kicked - kTrapAhead || t > run.kicked || c >= n_ || in_.team[q] == in_.team[c]) continue;
            const int team = in_.team[c];
            const double dir = in_.forward[static_cast<std::size_t>(team)];
            const std::size_t last = deepestOpponents(team, t).lastBy;
            if (q == last) return false;  // the last defender stays where he is
            // Where he will be: on from where he is, or from where he plays the ball before it (a one-two).
            double trap = dir * pos_[c].x + kTrapReach * reachIn(run.kicked - t, dir * vel_[c].x);
            for (const Appointment& a : appointments(c)) {
                if (a.time > t && a.time < run.kicked) trap = dir * a.place.x + kTrapReach * reachIn(run.kicked - a.time, 0.0);
            }
            trap -= kOffsideBeyond;
            trap = std::max(trap, dir * pitch::kCentre.x);
            if (const auto ball = ballAt(run.kicked)) trap = std::max(trap, dir * ball->x);
            for (std::size_t r = 0; r < n_ && r < in_.passesTo.size(); ++r) {
                if (in_.team[r] != team) continue;
                for (const PassTo& pass : in_.passesTo[r]) {
                    if (pass.kicked < t - in_.interval || pass.kicked >= run.kicked) continue;
                    for (const Appointment& a : appointments(r)) {
                        if (std::abs(a.time - pass.received) < 1e-9) trap = std::max(trap, dir * a.place.x + in_.limits.onsideBy);
                    }
                }
            }
            if (dir * place.x <= trap) return false;
            // The line keeps its shape as it steps up: those whose places are deepest go to the trap, the
            // rest stay ahead of them by a part of what their places were (all up to it, eight men stood in a
            // ruler-straight line).
            const int s = static_cast<int>(std::lround(t / in_.interval));
            double deepest = dir * place.x;
            for (std::size_t r = 0; r < n_; ++r) {
                if (in_.team[r] == in_.team[q] && r != last && on(r, t)) deepest = std::max(deepest, dir * target(s, r).x);
            }
            place.x = dir * (trap - kTrapKeepShape * (deepest - dir * place.x));
            // A line steps up, not across: turning for their places across the pitch as well, Cameron
            // (Manchester City-Stoke 37:36) went on dropping and played Sterling on, Matuidi
            // (Juventus-Napoli 4:18) was a metre deeper than the rest and played Hysaj on.
            place.y = pos_[q].y;
            return true;
        }
        return false;
    }

    // How long he takes to get to `place` from where he is, as he is running.
    double timeToReach(std::size_t p, Vec2 place) const {
        const Vec2 toward = place - pos_[p];
        const double d = length(toward);
        return timeToCover(d, d > 1e-9 ? dot(vel_[p], toward / d) : 0.0);
    }

    // The speed that gets him d metres away in tau seconds, a little early, able to pull up there (no
    // running past the place and back), and no faster than he can.
    double onTimeSpeed(double d, double tau) const {
        const FollowerLimits& lim = in_.limits;
        return std::min({d / std::max(tau - kEarly, in_.interval), lim.topSpeed, std::sqrt(2.0 * lim.deceleration * d) + 1.0});
    }

    // The moment he meets next: the one playing at t, else the next to open (none: nullptr).
    const Meeting* meetingAhead(std::size_t p, double t) const {
        if (p >= in_.meetings.size()) return nullptr;
        for (const Meeting& m : in_.meetings[p]) {
            if (t <= m.closes) return &m;
        }
        return nullptr;
    }

    // The velocity he wants for the step ending at t: towards his next appointment if it is time to go,
    // else towards his place in the shape.
    Want wantedFreely(int s, std::size_t p, double t) {
        const FollowerLimits& lim = in_.limits;
        const double from = t - in_.interval;
        const auto& list = appointments(p);
        std::size_t& c = cursor_[p];
        while (c < list.size() && list[c].time <= from + 1e-9) ++c;
        Vec2 place = target(s, p);
        if (c < list.size()) {
            const Appointment& a = list[c];
            const double tau = a.time - from;
            const Vec2 toward = a.place - pos_[p];
            const double d = length(toward);
            const double needed = timeToReach(p, a.place);
            const bool go = tau <= lim.busy + in_.interval || needed >= tau - kLeeway;
            if (go) {
                if (tau <= in_.interval + 1e-9) {  // there at its time
                    Want exact;
                    exact.velocity = (a.place - pos_[p]) / tau;
                    exact.exact = true;
                    return exact;
                }
                return moving(d > 1e-9 ? toward / d * onTimeSpeed(d, tau) : Vec2{});
            }
            // With the ball coming to him soon he does not wander back into the shape first.
            const double soon = std::clamp(1.0 - (tau - needed - kLeeway) / kDrawnAhead, 0.0, 1.0);
            place = lerp(place, a.place, soon);
        }
        const bool dead = static_cast<std::size_t>(s) < in_.deadBall.size() && in_.deadBall[static_cast<std::size_t>(s)];
        // With the ball dead he stands for the restart, not for a moment ahead; but one that plays now he
        // goes with, though play stopped in it (a goal it shows the celebration of): he leaves it where it
        // leaves him, not from his place for the kick-off 60 m away.
        const Meeting* meeting = meetingAhead(p, t);
        if (meeting && dead && t < meeting->opens) meeting = nullptr;
        if (const Meeting* m = meeting) {
            if (t >= m->opens) {
                place = lerp(m->from, m->to, std::clamp((t - m->opens) / std::max(m->closes - m->opens, 1e-9), 0.0, 1.0));
            } else {
                const double tau = m->opens - from;
                const Vec2 toward = m->from - pos_[p];
                const double d = length(toward);
                if (d >= kSettle && timeToReach(p, m->from) >= tau - kLeeway) return moving(toward / d * onTimeSpeed(d, tau));
            }
        }
        Vec2 drift;
        const bool darting = offsideRun(s, p, t, place, drift);
        const bool running = darting || trapLine(p, t, place);
        const Vec2 g = place - pos_[p];
        const double d = length(g);
        if (d < kSettle) return running ? moving(drift) : Want{};
        const double hurry = dead ? 0.0 : std::clamp((d - 6.0) / std::max(lim.sprintBeyond - 6.0, 1e-6), 0.0, 1.0);
        const double most = lim.cruiseSpeed + (lim.topSpeed - lim.cruiseSpeed) * hurry;
        // A forward on the shoulder of a moving line keeps up with it; a jog would leave him behind it.
        const double catchUp = running ? kOffsideCatchUp : kCatchUp;
        const double cap = running ? lim.topSpeed : most;
        const double speed = std::min({cap, std::sqrt(2.0 * lim.deceleration * (d - kSettle)), std::max(d / catchUp, kWalk)});
        if (running) {
            // Pulling up at a spot that moves on leaves him behind it: he also goes with it.
            Want w = moving(capped(g / d * speed + drift, lim.topSpeed));
            w.burst = darting;
            return w;
        }
        return moving(g / d * speed);
    }

    void step(int s) {
        const FollowerLimits& lim = in_.limits;
        const double dt = in_.interval;
        const double t = s * dt;
        const std::vector<Vec2> before = pos_;
        std::vector<Want> wants(n_);
        for (std::size_t p = 0; p < n_; ++p) {
            if (!fixed(p) && on(p, t)) wants[p] = wanted(s, p, t);
        }
        steerClear(t, wants);
        stepOutOfTheBall(s, t, wants);
        for (std::size_t p = 0; p < n_; ++p) {
            if (fixed(p) || !on(p, t)) {
                pos_[p] = target(s, p);
                vel_[p] = on(p, t - dt) ? (pos_[p] - before[p]) / dt : Vec2{};
                continue;
            }
            const Want& want = wants[p];
            if (want.exact) {
                // Exactly there at the appointment's time, then on to the sample at the speed he had (the
                // last correction before a touch says nothing about where he goes after it).
                const Appointment& a = appointments(p)[cursor_[p]];
                pos_[p] = a.place + vel_[p] * (t - a.time);
                continue;
            }
            const bool slowing = length(want.velocity) < length(vel_[p]);
            const Vec2 change = capped(want.velocity - vel_[p], (slowing || want.burst ? lim.deceleration : lim.acceleration) * dt);
            vel_[p] = capped(vel_[p] + change + capped(want.dodge, lim.dodging * dt), lim.topSpeed);
            // Holding the line comes first: a runner going across to where the pass will find him was
            // carried beyond it by the run he was on, his budget spent on turning (Ōsako at Belgium-Japan
            // 49:32, 1.3 m offside), and a dodge took him on.
            if (const double ahead = want.forward * vel_[p].x; ahead > want.mostForward) {
                vel_[p].x = want.forward * std::max(want.mostForward, ahead - lim.deceleration * dt);
            }
            pos_[p] += vel_[p] * dt;
        }
        keepApart(t);
        for (std::size_t p = 0; p < n_; ++p) {
            if (fixed(p) || !on(p, t)) continue;
            // Making room never makes anyone faster than he can run.
            if (!busy(p, t)) pos_[p] = before[p] + capped(pos_[p] - before[p], lim.topSpeed * dt);
            // The step onto an appointment's place is a correction, not a run he carries on with: after
            // it he goes on at the speed he had (else a player half a metre off at his kick ran off at
            // 5 m/s the wrong way, and took seconds to turn for his next touch).
            if (!wants[p].exact) vel_[p] = (pos_[p] - before[p]) / dt;
        }
    }

    bool movable(std::size_t p, double t) const { return on(p, t) && !fixed(p) && !busy(p, t); }

    // A team-mate's low ball coming his way: the change of velocity that takes him clear of its nearest
    // approach by the time it gets there, on the dodging budget.
    void stepOutOfTheBall(int s, double t, std::vector<Want>& wants) const {
        if (in_.ball.empty()) return;
        const FollowerLimits& lim = in_.limits;
        const int ahead = static_cast<int>(std::lround(lim.ballAhead / in_.interval));
        const int last = static_cast<int>(in_.ball.size()) - 1;
        for (std::size_t p = 0; p < n_; ++p) {
            if (!movable(p, t) || wants[p].exact || p >= in_.team.size()) continue;
            double nearest = lim.ballClear;
            int when = -1;
            Vec2 closest;
            for (int k = 1; k <= ahead && s + k <= last; ++k) {
                const auto i = static_cast<std::size_t>(s + k);
                if (in_.ballTeam[i] != in_.team[p]) continue;
                const Vec2 r = in_.ball[i] - (pos_[p] + vel_[p] * (k * in_.interval));
                const double d = length(r);
                if (d < nearest) {
                    nearest = d;
                    when = k;
                    closest = r;
                }
            }
            if (when < 0) continue;
            Vec2 away = nearest > 1e-6 ? closest / -nearest : Vec2{};
            if (away == Vec2{}) away = perpendicular(normalized(in_.ball[static_cast<std::size_t>(s + when)] - in_.ball[static_cast<std::size_t>(s)]));
            if (away == Vec2{}) away = {0.0, 1.0};
            wants[p].dodge += away * ((lim.ballClear - nearest) / (when * in_.interval));
        }
    }

    // Players on course to pass near each other bend their runs apart in good time, as people do: the
    // nearer the closest approach and the sooner it comes, the harder they steer.
    void steerClear(double t, std::vector<Want>& wants) const {
        constexpr double kLookAhead = 1.5;  // s
        const double clear = in_.limits.gap + 0.6;
        for (std::size_t a = 0; a < n_; ++a) {
            if (!on(a, t)) continue;
            const bool ma = movable(a, t) && !wants[a].exact;
            for (std::size_t b = a + 1; b < n_; ++b) {
                if (!on(b, t)) continue;
                const bool mb = movable(b, t) && !wants[b].exact;
                if (!ma && !mb) continue;
                const Vec2 r = pos_[b] - pos_[a];
                const double reach = clear + 2.0 * in_.limits.topSpeed * kLookAhead;
                if (std::abs(r.x) > reach || std::abs(r.y) > reach) continue;
                const Vec2 w = vel_[b] - vel_[a];
                const double ww = dot(w, w);
                const double tc = ww > 1e-12 ? std::clamp(-dot(r, w) / ww, 0.0, kLookAhead) : 0.0;
                const Vec2 c = r + w * tc;
                const double dc = length(c);
                if (dc >= clear) continue;
                Vec2 dir = dc > 1e-6 ? c / dc : perpendicular(normalized(r));
                if (dir == Vec2{}) dir = {0.0, 1.0};
                const double strength = (clear - dc) / std::max(tc, 0.3);
                if (ma && mb) {
                    wants[a].dodge -= dir * (strength / 2.0);
                    wants[b].dodge += dir * (strength / 2.0);
                } else if (ma) {
                    wants[a].dodge -= dir * strength;
                } else {
                    wants[b].dodge += dir * strength;
                }
            }
        }
    }

    // Pairs nearer than the gap are pushed apart; a player who is fixed or busy with the ball is not
    // pushed (the other makes room), and two of them are left as they are (a duel, a tackle).
    void keepApart(double t) {
        const double gap = in_.limits.gap;
        std::vector<bool> free(n_);
        std::vector<bool> present(n_);
        for (std::size_t p = 0; p < n_; ++p) {
            present[p] = on(p, t);
            free[p] = movable(p, t);
        }
        for (int round = 0; round < 3; ++round) {
            for (std::size_t a = 0; a < n_; ++a) {
                if (!present[a]) continue;
                for (std::size_t b = a + 1; b < n_; ++b) {
                    if (!present[b] || (!free[a] && !free[b])) continue;
                    const Vec2 d = pos_[b] - pos_[a];
                    if (std::abs(d.x) >= gap || std::abs(d.y) >= gap) continue;
                    const double len = length(d);
                    if (len >= gap) continue;
                    const Vec2 axis = len > 1e-9 ? d / len : Vec2{0.0, b > a ? 1.0 : -1.0};
                    const double need = gap - len;
                    if (!free[a]) pos_[b] += axis * need;
                    else if (!free[b]) pos_[a] -= axis * need;
                    else {
                        pos_[a] -= axis * (need / 2.0);
                        pos_[b] += axis * (need / 2.0);
                    }
                }
            }
        }
    }

    const FollowerInput& in_;
    std::size_t n_;
    std::vector<Vec2> pos_;
    std::vector<Vec2> vel_;
    std::vector<std::size_t> cursor_;
    const std::vector<Appointment> none_;
};

}  // namespace

std::vector<Vec2> followTargets(const FollowerInput& input) { return Follower(input).run(); }

}  // namespace touchline::sim
