#pragma once
// An RGBA image in memory (8 bits a channel, rows top to bottom) and its PNG form on disk.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace touchline {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes

    const std::uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
};

Status writePng(const std::string& path, const Image& image);
Result<Image> readPng(const std::string& path);

}  // namespace touchline
