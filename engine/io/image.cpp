#include "io/image.h"

#include <cerrno>
#include <cstring>
#include <memory>

#include <stb_image.h>
#include <stb_image_write.h>

namespace touchline {

Status writePng(const std::string& path, const Image& image) {
    if (image.width <= 0 || image.height <= 0) return Error{"cannot write an empty image to " + path};
    errno = 0;
    int ok = stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4);
    if (!ok) {
        std::string why = errno ? std::strerror(errno) : "write failed";
        return Error{path + ": cannot write PNG: " + why};
    }
    return success();
}

Result<Image> readPng(const std::string& path) {
    int w = 0, h = 0, channels = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> data(stbi_load(path.c_str(), &w, &h, &channels, 4), stbi_image_free);
    if (!data) return Error{path + ": cannot read image: " + stbi_failure_reason()};
    Image image{w, h, {}};
    image.rgba.assign(data.get(), data.get() + static_cast<std::size_t>(w) * h * 4);
    return image;
}

}  // namespace touchline
