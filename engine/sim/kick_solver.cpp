#include "sim/kick_solver.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "sim/ball_flight.h"

namespace touchline::sim {

namespace {

constexpr int kMaxFlightSteps = 30 * kStepsPerSecond;  // no kick is followed for longer than 30 s

std::string format(const char* pattern, double a, double b = 0.0, double c = 0.0) {
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
    return buffer;
}

BallState launch(Vec3 from, Vec2 dir, double horizontal, double vertical, bool rolling) {
    BallState ball;
    ball.position = from;
    ball.velocity = {dir.x * horizontal, dir.y * horizontal, vertical};
    if (rolling) ball.spin = dir * horizontal;
    return ball;
}

// Horizontal distance from the kick along `dir`.
double along(const BallState& ball, Vec3 from, Vec2 dir) { return dot(ball.position.ground() - from.ground(), dir); }

// Where a launched ball first reaches horizontal distance `d` along `dir`: its height and the time.
struct Crossing {
    bool reached = false;
    double height = 0.0;
    double time = 0.0;
};

Crossing crossAt(const BallModel& model, BallState ball, Vec3 from, Vec2 dir, double d, bool ground,
                 double giveUpBelow) {
    double prevAlong = along(ball, from, dir);
    double prevZ = ball.position.z;
    for (int k = 1; k <= kMaxFlightSteps; ++k) {
        step(model, ball, kStep, ground);
        const double a = along(ball, from, dir);
        if (a >= d) {
            const double f = a > prevAlong ? (d - prevAlong) / (a - prevAlong) : 1.0;
            return {true, prevZ + (ball.position.z - prevZ) * f, (k - 1 + f) * kStep};
        }
        if (ball.position.z < giveUpBelow) return {};
        if (ball.velocity.x == 0.0 && ball.velocity.y == 0.0 && ball.velocity.z == 0.0) return {};
        if (a <= prevAlong && ball.velocity.z <= 0.0 && !ground) return {};
        prevAlong = a;
        prevZ = ball.position.z;
    }
    return {};
}

// The nearest the ball comes to `target` within `steps` steps (on the segments between steps).
struct Approach {
    double distance = 1e18;
    int step = 0;
    double time = 0.0;
};

Approach closestApproach(const BallModel& model, BallState ball, Vec3 target, int steps) {
    Approach best;
    Vec3 prev = ball.position;
    for (int k = 1; k <= steps; ++k) {
        step(model, ball, kStep);
        const Vec3 seg = ball.position - prev;
        const double len2 = dot(seg, seg);
        double f = len2 > 0.0 ? std::clamp(dot(target - prev, seg) / len2, 0.0, 1.0) : 0.0;
        const double d = distance(prev + seg * f, target);
        if (d < best.distance) best = {d, f < 0.5 ? k - 1 : k, (k - 1 + f) * kStep};
        prev = ball.position;
    }
    return best;
}

// `flown`: where `ball` is after arriveSteps steps, when the caller has flown it already.
Result<KickSolution> finish(const BallModel& model, const KickRequest& request, BallState ball, int arriveSteps,
                            std::optional<double> flightTime, const BallState* flown = nullptr) {
    const double speed = length(ball.velocity);
    if (speed > kMaxKickSpeed + 1e-9) {
        return Error{format("that kick needs %.1f m/s; no human kicks faster than about %.0f m/s", speed,
                            kMaxKickSpeed)};
    }
    KickSolution solution;
    solution.velocity = ball.velocity;
    solution.spin = ball.spin;
    if (flightTime) {
        const int expected = static_cast<int>(std::lround(*flightTime / kStep));
        const Approach a = closestApproach(model, ball, request.target, expected + 4);
        solution.miss = a.distance;
        solution.arriveSteps = std::max(1, a.step);
        solution.flightTime = a.time;
    } else {
        solution.miss = distance((flown ? *flown : flyFor(model, ball, arriveSteps)).position, request.target);
        solution.arriveSteps = arriveSteps;
        solution.flightTime = arriveSteps * kStep;
    }
    if (solution.miss > request.tolerance) {
        return Error{format("no kick gets the ball there: the nearest one misses by %.2f m", solution.miss)};
    }
    return solution;
}

// The root of `f` between a and b, whose values there (fa, fb) have opposite signs, by Illinois false
// position: both ends keep bracketing it, and it converges superlinearly (a handful of flights instead
// of dozens of bisections).
template <typename F>
double falsePosition(const F& f, double a, double b, double fa, double fb, int iterations, double width, double close) {
    int side = 0;
    double x = b;
    for (int i = 0; i < iterations && std::abs(b - a) > width; ++i) {
        x = (a * fb - b * fa) / (fb - fa);
        const double fx = f(x);
        if (std::abs(fx) < close) break;
        if ((fx < 0.0) == (fa < 0.0)) {
            a = x;
            fa = fx;
            if (side == -1) fb *= 0.5;
            side = -1;
        } else {
            b = x;
            fb = fx;
            if (side == 1) fa *= 0.5;
            side = 1;
        }
    }
    return x;
}

// Ground pass arriving after n steps: the launch speed is the root of a monotonic distance function.
Result<KickSolution> groundAtStep(const BallModel& model, const KickRequest& request, Vec2 dir, double d, int n) {
    // The last flight flown, which the search ends on: finish need not fly it again.
    double lastSpeed = -1.0;
    BallState lastFlown;
    const auto gap = [&](double s) {
        lastSpeed = s;
        lastFlown = flyFor(model, launch(request.from, dir, s, 0.0, true), n);
        return along(lastFlown, request.from, dir) - d;
    };
    const double lo = 0.0, hi = kMaxKickSpeed;
    const double fLo = gap(lo), fHi = gap(hi);
    if (fHi < 0.0) {
        return Error{format("a ground pass cannot cover %.1f m in %.2f s: even at 35 m/s it rolls only %.1f m", d,
                            n * kStep, d + fHi)};
    }
    const double s = falsePosition(gap, lo, hi, fLo, fHi, 100, 1e-10, 1e-7);
    return finish(model, request, launch(request.from, dir, s, 0.0, true), n, std::nullopt, s == lastSpeed ? &lastFlown : nullptr);
}

// Ground pass at a given speed: it arrives when it has rolled far enough, if it ever does.
Result<KickSolution> groundAtSpeed(const BallModel& model, const KickRequest& request, Vec2 dir, double d) {
    const BallState ball = launch(request.from, dir, *request.speed, 0.0, true);
    const Crossing c = crossAt(model, ball, request.from, dir, d, true, -1.0);
    if (!c.reached) {
        BallState rest = ball;
        for (int k = 0; k < kMaxFlightSteps && length(rest.velocity) > 0.0; ++k) step(model, rest, kStep);
        return Error{format("a ground pass at %.1f m/s stops %.1f m short of its target", *request.speed,
                            d - along(rest, request.from, dir))};
    }
    return finish(model, request, ball, 0, c.time);
}

// Through the air to a point at step n: two unknowns (horizontal and vertical launch speed), two
// equations (distance and height after n steps); Newton's method on the integrator without the grass,
// started from the drag-free answer. The launch, however fast it must be, and whether it gets there.
struct AirLaunch {
    BallState ball;
    bool converged = false;
};

AirLaunch launchAtStep(const BallModel& model, const KickRequest& request, Vec2 dir, double d, int n) {
    const double tau = n * kStep;
    const double h = request.target.z;
    const auto residual = [&](double vh, double vz, double out[2]) {
        BallState ball = launch(request.from, dir, vh, vz, false);
        for (int k = 0; k < n; ++k) step(model, ball, kStep, false);
        out[0] = along(ball, request.from, dir) - d;
        out[1] = ball.position.z - h;
    };
    double u[2] = {d / tau, (h - request.from.z) / tau + 0.5 * model.gravity * tau};
    double r[2];
    residual(u[0], u[1], r);
    // Broyden's method: start from the drag-free Jacobian (distance grows by tau per m/s of horizontal
    // speed, height by tau per m/s of vertical speed) and correct it with each flight flown. When a
    // step does not help, take the true Jacobian by finite differences and damp the step.
    double j[2][2] = {{tau, 0.0}, {0.0, tau}};
    const auto norm = [](const double v[2]) { return std::sqrt(v[0] * v[0] + v[1] * v[1]); };
    for (int it = 0; it < 60 && norm(r) > 1e-8; ++it) {
        const double det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
        if (std::abs(det) < 1e-14) break;
        const double du[2] = {-(r[0] * j[1][1] - r[1] * j[0][1]) / det, -(r[1] * j[0][0] - r[0] * j[1][0]) / det};
        double trial[2] = {u[0] + du[0], u[1] + du[1]};
        double rt[2];
        residual(trial[0], trial[1], rt);
        if (norm(rt) < norm(r)) {
            const double dr[2] = {rt[0] - r[0], rt[1] - r[1]};
            const double dd = du[0] * du[0] + du[1] * du[1];
            for (int row = 0; row < 2; ++row) {
                const double miss = dr[row] - (j[row][0] * du[0] + j[row][1] * du[1]);
                j[row][0] += miss * du[0] / dd;
                j[row][1] += miss * du[1] / dd;
            }
            u[0] = trial[0];
            u[1] = trial[1];
            r[0] = rt[0];
            r[1] = rt[1];
            continue;
        }
        for (int c = 0; c < 2; ++c) {
            double v[2] = {u[0], u[1]};
            const double e = 1e-6 * (1.0 + std::abs(v[c]));
            v[c] += e;
            double rc[2];
            residual(v[0], v[1], rc);
            j[0][c] = (rc[0] - r[0]) / e;
            j[1][c] = (rc[1] - r[1]) / e;
        }
        const double det2 = j[0][0] * j[1][1] - j[0][1] * j[1][0];
        if (std::abs(det2) < 1e-14) break;
        const double step0 = (r[0] * j[1][1] - r[1] * j[0][1]) / det2;
        const double step1 = (r[1] * j[0][0] - r[0] * j[1][0]) / det2;
        double scale = 1.0;
        bool improved = false;
        for (int tries = 0; tries < 12 && !improved; ++tries, scale *= 0.5) {
            double damped[2] = {u[0] - scale * step0, u[1] - scale * step1};
            residual(damped[0], damped[1], rt);
            if (norm(rt) < norm(r)) {
                u[0] = damped[0];
                u[1] = damped[1];
                r[0] = rt[0];
                r[1] = rt[1];
                improved = true;
            }
        }
        if (!improved) break;
    }
    return {launch(request.from, dir, u[0], u[1], false), norm(r) < 1e-3};
}

// When a kick through the air asked to arrive after n steps could get there, in steps: a driven kick as
// soon as one at kHardKickSpeed does, a lofted one on the arc that needs the least speed (a keeper's long
// kick, not a line drive). None when no kick within kMaxKickSpeed gets there at all. The speed a flight
// of n steps needs falls as the flight grows, to its least, then rises (the arc climbs ever higher).
std::optional<int> adviseArrival(const BallModel& model, const KickRequest& request, Vec2 dir, double d, int n) {
    const auto speedAt = [&](int steps) {
        const AirLaunch air = launchAtStep(model, request, dir, d, steps);
        return air.converged ? length(air.ball.velocity) : 1e9;
    };
    // The least speed: golden-section search over the flight, from n to long enough for any kick.
    constexpr double kGolden = 0.6180339887498949;
    double lo = n, hi = std::max<double>(n + kStepsPerSecond, (d / 8.0 + 2.0) * kStepsPerSecond);
    double x1 = hi - kGolden * (hi - lo), x2 = lo + kGolden * (hi - lo);
    double f1 = speedAt(static_cast<int>(std::lround(x1))), f2 = speedAt(static_cast<int>(std::lround(x2)));
    while (hi - lo > 0.05 * kStepsPerSecond) {
        if (f1 < f2) {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - kGolden * (hi - lo);
            f1 = speedAt(static_cast<int>(std::lround(x1)));
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + kGolden * (hi - lo);
            f2 = speedAt(static_cast<int>(std::lround(x2)));
        }
    }
    const int least = static_cast<int>(std::lround(f1 < f2 ? x1 : x2));
    const double leastSpeed = std::min(f1, f2);
    if (leastSpeed > kMaxKickSpeed) return std::nullopt;
    if (request.style == KickStyle::Lofted || leastSpeed >= kHardKickSpeed) return least;
    // The first flight at most a hard kick needs, between n (too fast) and the least.
    int slow = least, fast = n;
    while (slow - fast > 1 && (slow - fast) * kStep > 0.02) {
        const int mid = (slow + fast) / 2;
        (speedAt(mid) <= kHardKickSpeed ? slow : fast) = mid;
    }
    return slow;
}

// The launch angles a ball that lands short and bounces on is tried at, from the highest.
constexpr double kBounceAngles[] = {35.0, 30.0, 25.0, 20.0, 15.0, 10.0};  // degrees

// A ball that lands short and bounces (or rolls) on to the target at step n: at each angle the launch
// speed whose ball has come the distance at step n (false position: further the faster), the first
// whose ball is then within the tolerance of the target. None when none within kMaxKickSpeed is.
std::optional<KickSolution> bounceAtStep(const BallModel& model, const KickRequest& request, Vec2 dir, double d, int n) {
    for (const double degrees : kBounceAngles) {
        const double angle = degrees * kPi / 180.0;
        const auto ballAt = [&](double v) { return launch(request.from, dir, v * std::cos(angle), v * std::sin(angle), false); };
        const auto gap = [&](double v) { return along(flyFor(model, ballAt(v), n), request.from, dir) - d; };
        const double lo = 0.0, hi = kMaxKickSpeed, fLo = gap(lo), fHi = gap(hi);
        if (fHi < 0.0) continue;
        const double v = falsePosition(gap, lo, hi, fLo, fHi, 40, 1e-6, 1e-3);
        if (auto solved = finish(model, request, ballAt(v), n, std::nullopt)) return *solved;
    }
    return std::nullopt;
}

// When a hard kick that lands short and bounces on first comes the distance, in steps; none if it never does.
std::optional<int> adviseBounce(const BallModel& model, const KickRequest& request, Vec2 dir, double d) {
    const double angle = kBounceAngles[0] * kPi / 180.0;
    const BallState ball = launch(request.from, dir, kHardKickSpeed * std::cos(angle), kHardKickSpeed * std::sin(angle), false);
    const Crossing c = crossAt(model, ball, request.from, dir, d, true, -1.0);
    if (!c.reached) return std::nullopt;
    return static_cast<int>(std::ceil(c.time / kStep));
}

Result<KickSolution> airAtStep(const BallModel& model, const KickRequest& request, Vec2 dir, double d, int n) {
    const BallState ball = launchAtStep(model, request, dir, d, n).ball;
    const double speed = length(ball.velocity);
    if (speed > kMaxKickSpeed + 1e-9) {
        if (request.mayBounce) {
            if (auto bounced = bounceAtStep(model, request, dir, d, n)) return *bounced;
        }
        std::string message = format("that kick needs %.1f m/s to cover %.1f m in %.2f s", speed, d, n * kStep) +
                              format("; no human kicks faster than about %.0f m/s", kMaxKickSpeed);
        if (!request.advise) return Error{message};
        if (const auto advised = adviseArrival(model, request, dir, d, n)) {
            const double at = length(launchAtStep(model, request, dir, d, *advised).ball.velocity);
            message += format(request.style == KickStyle::Lofted ? " (lofted, at %.1f m/s, it gets there in %.2f s)"
                                                                 : " (struck at %.1f m/s it gets there in %.2f s)",
                              at, *advised * kStep);
        } else if (const auto bounced = request.mayBounce ? adviseBounce(model, request, dir, d) : std::nullopt;
                   bounced && *bounced > n) {
            message += format(" (struck at %.0f m/s, landing short and bouncing on, it gets there in %.2f s)",
                              kHardKickSpeed, *bounced * kStep);
        }
        return Error{message};
    }
    return finish(model, request, ball, n, std::nullopt);
}

// Through the air at a given speed: the launch angle is a root of "height when the ball reaches the
// target's distance minus the target's height". Scan the angles, refine each bracket by bisection, keep
// the flattest root for a driven kick and the highest for a lofted one.
Result<KickSolution> airAtSpeed(const BallModel& model, const KickRequest& request, Vec2 dir, double d) {
    const double speed = *request.speed;
    const double h = request.target.z;
    const double giveUp = std::min(h, request.from.z) - 30.0;
    const auto height = [&](double angle) {
        const BallState ball = launch(request.from, dir, speed * std::cos(angle), speed * std::sin(angle), false);
        const Crossing c = crossAt(model, ball, request.from, dir, d, false, giveUp);
        return c.reached ? c.height - h : giveUp - h;
    };
    // Driven kicks scan up from the lowest angle, lofted ones down from the highest; the first bracket
    // whose root really flies (does not dip into the grass first) wins.
    constexpr double kLow = -40.0 * kPi / 180.0, kHigh = 85.0 * kPi / 180.0, kScanStep = 5.0 * kPi / 180.0;
    constexpr int kAngles = 26;
    const bool upwards = request.style != KickStyle::Lofted;
    const auto angleAt = [&](int i) { return upwards ? kLow + i * kScanStep : kHigh - i * kScanStep; };
    double best = -1e18;
    bool anyRoot = false;
    std::optional<Error> firstError;
    double prevAngle = angleAt(0), prevF = height(prevAngle);
    best = prevF;
    for (int i = 1; i < kAngles; ++i) {
        const double angle = angleAt(i);
        const double f = height(angle);
        best = std::max(best, f);
        if ((prevF < 0.0) != (f < 0.0)) {
            const double m = falsePosition(height, prevAngle, angle, prevF, f, 60, 1e-12, 1e-7);
            anyRoot = true;
            const BallState ball = launch(request.from, dir, speed * std::cos(m), speed * std::sin(m), false);
            const Crossing c = crossAt(model, ball, request.from, dir, d, false, giveUp);
            if (c.reached) {
                auto solved = finish(model, request, ball, 0, c.time);
                if (solved) return solved;
                if (!firstError) firstError = solved.error();
            }
        }
        prevAngle = angle;
        prevF = f;
    }
    if (!anyRoot) {
        if (best > 0.0) return Error{format("at %.1f m/s the ball always passes over its target", speed)};
        return Error{format("at %.1f m/s the ball cannot reach its target: it gets there %.1f m too low at best",
                            speed, -best)};
    }
    return firstError ? *firstError : Error{"no launch angle gets the ball there"};
}

}  // namespace

BallState flyFor(const BallModel& model, BallState ball, int steps) {
    for (int k = 0; k < steps; ++k) {
        // A ball lying still on the grass stays where it is, step after step (a step leaves its zeros
        // positive, as here).
        if (ball.velocity == Vec3{} && ball.spin == Vec2{} && ball.position.z == model.radius) {
            ball.velocity = {};
            ball.spin = {};
            break;
        }
        step(model, ball, kStep);
    }
    return ball;
}

Result<KickSolution> solveKick(const BallModel& model, const KickRequest& request) {
    const Vec2 offset = request.target.ground() - request.from.ground();
    const double d = length(offset);
    if (d < 0.05) return Error{"the target is where the ball already is"};
    const Vec2 dir = offset / d;
    if (request.speed) {
        if (!(*request.speed > 0.0)) return Error{"a kick needs a positive speed"};
        if (*request.speed > kMaxKickSpeed) {
            return Error{format("%.1f m/s is faster than any human kick (about %.0f m/s)", *request.speed, kMaxKickSpeed)};
        }
    }
    if (request.arriveSteps && *request.arriveSteps < 1) return Error{"the ball must arrive after it is kicked"};
    if (!request.arriveSteps && !request.speed) return Error{"a kick needs an arrival time or a speed"};
    if (request.style == KickStyle::Ground) {
        return request.arriveSteps ? groundAtStep(model, request, dir, d, *request.arriveSteps)
                                   : groundAtSpeed(model, request, dir, d);
    }
    return request.arriveSteps ? airAtStep(model, request, dir, d, *request.arriveSteps)
                               : airAtSpeed(model, request, dir, d);
}

}  // namespace touchline::sim
