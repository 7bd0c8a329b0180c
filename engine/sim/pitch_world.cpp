#include "sim/pitch_world.h"

#include <box2d/box2d.h>

#include <algorithm>
#include <cmath>

#include "core/pitch.h"

namespace touchline::sim {

namespace {

enum FixtureKind : std::uintptr_t { kBall = 1, kPost = 2, kNet = 3, kBoard = 4, kBody = 16 /* + pool slot */ };

constexpr float kPostRestitution = 0.6f;   // aluminium posts
constexpr float kNetRestitution = 0.1f;    // the net swallows the ball
constexpr float kBoardRestitution = 0.3f;
constexpr float kBodyRestitution = 0.3f;   // a body cushions the ball

b2Vec2 toB2(Vec2 v) { return {static_cast<float>(v.x), static_cast<float>(v.y)}; }

void addEdge(b2Body* body, Vec2 a, Vec2 b, FixtureKind kind, float restitution, float friction) {
    b2EdgeShape edge;
    edge.SetTwoSided(toB2(a), toB2(b));
    b2FixtureDef def;
    def.shape = &edge;
    def.restitution = restitution;
    def.restitutionThreshold = 0.5f;
    def.friction = friction;
    def.userData.pointer = kind;
    body->CreateFixture(&def);
}

}  // namespace

struct PitchWorld::Listener : b2ContactListener {
    double ballZ = 0.0;
    double radius = 0.11;
    WorldContacts* out = nullptr;
    const std::array<PlayerId, PitchWorld::kPoolSize>* slots = nullptr;

    static std::uintptr_t otherKind(b2Contact* contact) {
        const std::uintptr_t a = contact->GetFixtureA()->GetUserData().pointer;
        const std::uintptr_t b = contact->GetFixtureB()->GetUserData().pointer;
        return a == kBall ? b : a;
    }

    void PreSolve(b2Contact* contact, const b2Manifold*) override {
        const std::uintptr_t kind = otherKind(contact);
        bool reachable = true;
        if (kind == kPost) reachable = ballZ < pitch::kGoalHeight + pitch::kPostThickness;
        else if (kind == kNet) reachable = ballZ < pitch::kGoalHeight + radius;
        else if (kind == kBoard) reachable = ballZ < kBoardHeight + radius;
        else if (kind >= kBody) reachable = ballZ - radius < kBodyHeight;
        if (!reachable) contact->SetEnabled(false);
    }

    void PostSolve(b2Contact* contact, const b2ContactImpulse* impulse) override {
        out->touched = true;
        if (impulse->count == 0 || impulse->normalImpulses[0] <= 0.0f) return;
        const std::uintptr_t kind = otherKind(contact);
        if (kind == kPost) out->post = true;
        else if (kind == kNet) out->net = true;
        else if (kind == kBoard) out->board = true;
        else if (kind >= kBody) out->player = (*slots)[kind - kBody];
    }
};

PitchWorld::PitchWorld(const BallModel& model) : model_(model), listener_(std::make_unique<Listener>()) {
    world_ = std::make_unique<b2World>(b2Vec2(0.0f, 0.0f));
    world_->SetAllowSleeping(false);
    world_->SetContactListener(listener_.get());
    listener_->radius = model.radius;
    listener_->slots = &poolPlayer_;

    b2BodyDef fixedDef;
    b2Body* fixed = world_->CreateBody(&fixedDef);
    const double halfMouth = pitch::kGoalWidth / 2.0 + pitch::kPostThickness / 2.0;  // post centre from mid-goal
    for (pitch::End end : {pitch::End::Left, pitch::End::Right}) {
        for (int which : {-1, 1}) {
            b2CircleShape post;
            posts_.push_back(pitch::postCentre(end, which));
            post.m_p = toB2(pitch::postCentre(end, which));
            post.m_radius = static_cast<float>(pitch::kPostThickness / 2.0);
            b2FixtureDef def;
            def.shape = &post;
            def.restitution = kPostRestitution;
            def.restitutionThreshold = 0.5f;
            def.friction = 0.2f;
            def.userData.pointer = kPost;
            fixed->CreateFixture(&def);
        }
        // The net: from the back of each post straight back, and across the back.
        const double line = pitch::goalLineX(end);
        const double back = line + pitch::side(end) * pitch::kGoalDepth;
        const Vec2 nearFront{line, pitch::kCentre.y - halfMouth}, farFront{line, pitch::kCentre.y + halfMouth};
        const Vec2 nearBack{back, nearFront.y}, farBack{back, farFront.y};
        nets_.push_back({nearFront, nearBack});
        nets_.push_back({nearBack, farBack});
        nets_.push_back({farBack, farFront});
        addEdge(fixed, nearFront, nearBack, kNet, kNetRestitution, 0.8f);
        addEdge(fixed, nearBack, farBack, kNet, kNetRestitution, 0.8f);
        addEdge(fixed, farBack, farFront, kNet, kNetRestitution, 0.8f);
        // The box round this goal, a post's half thickness outside its posts.
        const double halfPost = pitch::kPostThickness / 2.0;
        auto& [low, high] = goalBounds_[end == pitch::End::Left ? 0 : 1];
        low = {std::min({line, back}) - halfPost, nearFront.y - halfPost};
        high = {std::max({line, back}) + halfPost, farFront.y + halfPost};
        for (int which : {-1, 1}) {
            const Vec2 post = pitch::postCentre(end, which);
            low = {std::min(low.x, post.x - halfPost), std::min(low.y, post.y - halfPost)};
            high = {std::max(high.x, post.x + halfPost), std::max(high.y, post.y + halfPost)};
        }
    }
    const Vec2 c0{-kBoardDistance, -kBoardDistance}, c1{pitch::kLength + kBoardDistance, -kBoardDistance};
    const Vec2 c2{pitch::kLength + kBoardDistance, pitch::kWidth + kBoardDistance},
        c3{-kBoardDistance, pitch::kWidth + kBoardDistance};
    addEdge(fixed, c0, c1, kBoard, kBoardRestitution, 0.5f);
    addEdge(fixed, c1, c2, kBoard, kBoardRestitution, 0.5f);
    addEdge(fixed, c2, c3, kBoard, kBoardRestitution, 0.5f);
    addEdge(fixed, c3, c0, kBoard, kBoardRestitution, 0.5f);

    b2BodyDef ballDef;
    ballDef.type = b2_dynamicBody;
    ballDef.bullet = true;
    ballDef.fixedRotation = true;  // spin is the height model's business
    ball_ = world_->CreateBody(&ballDef);
    b2CircleShape ballShape;
    ballShape.m_radius = static_cast<float>(model.radius);
    b2FixtureDef ballFixture;
    ballFixture.shape = &ballShape;
    ballFixture.density = static_cast<float>(model.mass / (kPi * model.radius * model.radius));
    ballFixture.friction = 0.3f;
    ballFixture.restitution = 0.0f;  // restitution mixes as the larger of the two: each obstacle sets its own
    ballFixture.userData.pointer = kBall;
    ball_->CreateFixture(&ballFixture);

    for (int i = 0; i < kPoolSize; ++i) {
        b2BodyDef def;
        def.type = b2_kinematicBody;
        def.position = b2Vec2(-1000.0f - 10.0f * static_cast<float>(i), -1000.0f);
        pool_[i] = world_->CreateBody(&def);
        b2CircleShape body;
        body.m_radius = static_cast<float>(kBodyRadius);
        b2FixtureDef fixture;
        fixture.shape = &body;
        fixture.restitution = kBodyRestitution;
        fixture.restitutionThreshold = 0.5f;
        fixture.friction = 0.5f;
        fixture.userData.pointer = kBody + static_cast<std::uintptr_t>(i);
        pool_[i]->CreateFixture(&fixture);
    }
}

PitchWorld::~PitchWorld() = default;

bool PitchWorld::fixedGeometryNear(const BallState& ball, double dt) const {
    const double speed = std::sqrt(ball.velocity.x * ball.velocity.x + ball.velocity.y * ball.velocity.y);
    if (speed == 0.0) return false;  // nothing fixed pushes a ball at rest
    const Vec3 p = ball.position;
    const Vec2 q = p.ground();
    const double reach = model_.radius + speed * dt + 0.05;
    // Posts and nets only where the ball is within reach of a goal's box (most of the pitch is not).
    const bool byAGoal = std::any_of(goalBounds_.begin(), goalBounds_.end(), [&](const std::pair<Vec2, Vec2>& box) {
        const double margin = reach + 1e-6;
        return q.x > box.first.x - margin && q.x < box.second.x + margin && q.y > box.first.y - margin && q.y < box.second.y + margin;
    });
    if (byAGoal && p.z < pitch::kGoalHeight + pitch::kPostThickness) {
        for (const Vec2& post : posts_) {
            if (distance(q, post) < reach + pitch::kPostThickness / 2.0) return true;
        }
    }
    if (byAGoal && p.z < pitch::kGoalHeight + model_.radius) {
        for (const auto& [a, b] : nets_) {
            if (distance(q, nearestOnSegment(q, a, b)) < reach) return true;
        }
    }
    if (p.z < kBoardHeight + model_.radius) {
        if (q.x < -kBoardDistance + reach || q.x > pitch::kLength + kBoardDistance - reach) return true;
        if (q.y < -kBoardDistance + reach || q.y > pitch::kWidth + kBoardDistance - reach) return true;
    }
    return false;
}

WorldContacts PitchWorld::step(BallState& ball, std::span<const NearbyPlayer> players, double dt) {
    WorldContacts contacts;
    const bool moving = ball.velocity.x != 0.0 || ball.velocity.y != 0.0;
    if (players.empty() && !(touchingLastStep_ && moving) && !fixedGeometryNear(ball, dt)) {
        ball.position.x += ball.velocity.x * dt;
        ball.position.y += ball.velocity.y * dt;
        return contacts;
    }
    // The pool: keep the players already in it, park the ones who left, bring in the newcomers.
    const auto wanted = [&](PlayerId id) {
        return std::any_of(players.begin(), players.end(), [&](const NearbyPlayer& n) { return n.id == id; });
    };
    for (int i = 0; i < kPoolSize; ++i) {
        if (poolPlayer_[i].valid() && !wanted(poolPlayer_[i])) {
            poolPlayer_[i] = PlayerId{};
            pool_[i]->SetTransform(b2Vec2(-1000.0f - 10.0f * static_cast<float>(i), -1000.0f), 0.0f);
            pool_[i]->SetLinearVelocity(b2Vec2(0.0f, 0.0f));
        }
    }
    for (const NearbyPlayer& n : players) {
        int slot = -1;
        for (int i = 0; i < kPoolSize; ++i) {
            if (poolPlayer_[i] == n.id) slot = i;
        }
        for (int i = 0; i < kPoolSize && slot < 0; ++i) {
            if (!poolPlayer_[i].valid()) slot = i;
        }
        if (slot < 0) continue;  // more players than slots: the nearest came first
        poolPlayer_[slot] = n.id;
        pool_[slot]->SetTransform(toB2(n.now), 0.0f);
        pool_[slot]->SetLinearVelocity(toB2((n.next - n.now) / dt));
    }

    ball_->SetTransform(b2Vec2(static_cast<float>(ball.position.x), static_cast<float>(ball.position.y)), 0.0f);
    ball_->SetLinearVelocity(b2Vec2(static_cast<float>(ball.velocity.x), static_cast<float>(ball.velocity.y)));
    listener_->ballZ = ball.position.z;
    listener_->out = &contacts;
    world_->Step(static_cast<float>(dt), 8, 3);
    ++worldSteps_;
    listener_->out = nullptr;
    contacts.stepped = true;
    touchingLastStep_ = contacts.touched;
    if (contacts.touched) {
        const b2Vec2 p = ball_->GetPosition();
        const b2Vec2 v = ball_->GetLinearVelocity();
        ball.position.x = p.x;
        ball.position.y = p.y;
        ball.velocity.x = v.x;
        ball.velocity.y = v.y;
    } else {
        ball.position.x += ball.velocity.x * dt;
        ball.position.y += ball.velocity.y * dt;
    }
    return contacts;
}

}  // namespace touchline::sim
