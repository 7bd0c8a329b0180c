#include "viewer/ui_style.h"

#include <cstdlib>
#include <filesystem>
#include <string>

#include <imgui.h>

namespace touchline {

namespace {

std::string uiFontPath() {
    std::filesystem::path dir = "/usr/share/fonts/truetype/dejavu";
    if (const char* custom = std::getenv("TOUCHLINE_FONT_DIR")) dir = custom;
    return (dir / "DejaVuSans.ttf").string();
}

}  // namespace

void applyUiStyle(float dpi) {
    ImGuiIO& io = ImGui::GetIO();
    // Latin for names like Hamšík and Callejón, and the arrows and triangles of the transport buttons.
    static const ImWchar kRanges[] = {0x0020, 0x024F, 0x2010, 0x2027, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    const std::string path = uiFontPath();
    if (std::filesystem::exists(path)) {
        io.Fonts->AddFontFromFileTTF(path.c_str(), 15.0f * dpi, nullptr, kRanges);
        io.FontGlobalScale = 1.0f / dpi;  // rasterised at the display's density, laid out in window units
    }

    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.FramePadding = {8.0f, 5.0f};
    style.ItemSpacing = {8.0f, 6.0f};
    style.WindowBorderSize = 0.0f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = {0.063f, 0.078f, 0.11f, 1.0f};
    c[ImGuiCol_ChildBg] = {0.063f, 0.078f, 0.11f, 1.0f};
    c[ImGuiCol_FrameBg] = {0.14f, 0.17f, 0.22f, 1.0f};
    c[ImGuiCol_Button] = {0.16f, 0.20f, 0.27f, 1.0f};
    c[ImGuiCol_ButtonHovered] = {0.24f, 0.30f, 0.40f, 1.0f};
    c[ImGuiCol_ButtonActive] = {0.85f, 0.62f, 0.05f, 1.0f};
    c[ImGuiCol_Header] = {0.16f, 0.20f, 0.27f, 1.0f};
    c[ImGuiCol_HeaderHovered] = {0.24f, 0.30f, 0.40f, 1.0f};
    c[ImGuiCol_HeaderActive] = {0.85f, 0.62f, 0.05f, 1.0f};
    c[ImGuiCol_SliderGrab] = {1.0f, 0.77f, 0.0f, 1.0f};
    c[ImGuiCol_SliderGrabActive] = {1.0f, 0.85f, 0.3f, 1.0f};
    c[ImGuiCol_CheckMark] = {1.0f, 0.77f, 0.0f, 1.0f};
}

}  // namespace touchline
