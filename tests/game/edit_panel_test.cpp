// The editor's panels only record what the author asks for: drawn with Dear ImGui (headless, no
// window), a click on "Remove this action" leaves the session's text, Script and timeline as they were
// until EditController::applyRequests() runs after the frame; then the request removes the action it
// named by id, wherever that action is by then.
#include <gtest/gtest.h>

#include <variant>

#include <imgui.h>

#include "app/replay_files.h"
#include "edit/edit_test_support.h"
#include "viewer/edit_controller.h"
#include "viewer/panels/panels.h"
#include "window/widget_probe.h"

namespace touchline {
namespace {

class HeadlessEditPanel : public ::testing::Test {
protected:
    void SetUp() override {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = {1280.0f, 800.0f};
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // the font atlas, as a renderer would ask for it
        path_ = dir_.write("match.yaml", testing::bundledText());
        editor_ = std::make_unique<EditController>(path_, dir_.file("state"));
        ASSERT_NE(editor_->session(), nullptr);
        state_.timeline = editor_->session()->timeline();
        state_.playback = makePlayback(*state_.timeline);
        ASSERT_TRUE(state_.playback.jumpTo("90+1", state_.script()).ok());
        state_.playback.seekBy(1.0);
        editor_->setActive(true);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // One frame of the editor's column with the pointer at `at`, the left button down or not.
    void frame(Vec2 at, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = {static_cast<float>(at.x), static_cast<float>(at.y)};
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        const panels::Area area{{960.0f, 0.0f}, {1280.0f, 800.0f}};
        ImGui::SetNextWindowPos(area.min);
        ImGui::SetNextWindowSize({area.width(), area.height()});
        ImGui::Begin("##sidebar", nullptr, ImGuiWindowFlags_NoDecoration);
        const EditController& drawn = *editor_;  // what the panels get: a const view
        panels::editPanel(state_, drawn, editor_->ui(), editor_->requests(), area);
        ImGui::End();
        ImGui::Render();
    }

    testing::ScratchDirectory dir_{"edit_panel"};
    std::string path_;
    std::unique_ptr<EditController> editor_;
    ViewerState state_;
};

TEST_F(HeadlessEditPanel, ARemoveClickIsRecordedDuringTheFrameAndAppliedAfterIt) {
    edit::EditSession& session = *editor_->session();
    const edit::ActionId header = testing::actionId(session, "koulibaly-winner", ActionKind::Header, "Koulibaly");
    editor_->selectAction(header);
    frame({0, 0}, false);
    testing::WidgetProbe probe([&](Vec2 at) { frame(at, false); });
    const auto remove = probe.find("Remove this action (Del)", testing::ScreenRect{{960, 0}, {1280, 800}}.column(60.0));
    ASSERT_TRUE(remove) << "the inspector shows no remove button";
    ASSERT_TRUE(editor_->requests().empty());

    const std::string text = session.text();
    const Script* script = &session.script();
    const auto timeline = session.timeline();
    frame(*remove, true);
    frame(*remove, false);  // the click
    EXPECT_EQ(session.text(), text);
    EXPECT_EQ(&session.script(), script);
    EXPECT_NE(session.action(header), nullptr);
    EXPECT_EQ(session.timeline(), timeline);
    ASSERT_EQ(editor_->requests().list().size(), 1u);
    const auto* edit = std::get_if<request::Edit>(&editor_->requests().list().front());
    ASSERT_NE(edit, nullptr);
    const auto* command = std::get_if<edit::RemoveAction>(&edit->command);
    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->action, header);

    // Another step lands first (the header retimed past the runs after it): the request still removes
    // the header, not what now stands where it stood.
    ASSERT_TRUE(session.apply(edit::RetimeAction{header, 6.0}).ok());
    const std::size_t count = session.moment(session.findMoment("koulibaly-winner"))->actions.size();
    editor_->applyRequests(state_);
    EXPECT_TRUE(editor_->requests().empty());
    EXPECT_EQ(session.action(header), nullptr);
    const Moment& winner = *session.moment(session.findMoment("koulibaly-winner"));
    EXPECT_EQ(winner.actions.size(), count - 1);
    for (const Action& a : winner.actions) EXPECT_NE(a.kind, ActionKind::Header);
}

}  // namespace
}  // namespace touchline
