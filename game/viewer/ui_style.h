#pragma once
// The viewer's Dear ImGui look: DejaVu Sans (crisp at the display's density) and a dark broadcast theme.
namespace touchline {

// `dpi` is output pixels per window coordinate (2 on a HiDPI display).
void applyUiStyle(float dpi);

}  // namespace touchline
