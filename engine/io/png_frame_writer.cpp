#include "io/png_frame_writer.h"

#include <png.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace touchline {

namespace {

// libpng reports errors through a longjmp by default; report them through a C++-safe path instead:
// the error handler records the message and longjmps back to the setjmp below, which touches no
// object with a destructor between the two.
struct PngFailure {
    char message[200] = {};
};

extern "C" void onPngError(png_structp png, png_const_charp message) {
    auto* failure = static_cast<PngFailure*>(png_get_error_ptr(png));
    std::snprintf(failure->message, sizeof failure->message, "%s", message);
    png_longjmp(png, 1);
}

extern "C" void onPngWarning(png_structp, png_const_charp) {}

// Returns false with failure->message set on a libpng error. Only plain C data lives in this frame.
bool encode(std::FILE* file, const Image& image, PngFailure* failure) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, failure, onPngError, onPngWarning);
    if (!png) {
        std::snprintf(failure->message, sizeof failure->message, "out of memory");
        return false;
    }
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        if (!failure->message[0]) std::snprintf(failure->message, sizeof failure->message, "out of memory");
        png_destroy_write_struct(&png, info ? &info : nullptr);
        return false;
    }
    png_init_io(png, file);
    png_set_compression_level(png, 3);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB | PNG_FILTER_UP);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
                 PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    const std::size_t stride = static_cast<std::size_t>(image.width) * 4;
    for (int y = 0; y < image.height; ++y) {
        png_write_row(png, image.rgba.data() + static_cast<std::size_t>(y) * stride);
    }
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

Status writePngFrame(const std::string& path, const Image& image) {
    if (image.width <= 0 || image.height <= 0 ||
        image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4) {
        return Error{"cannot write an empty image to " + path};
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "wb"), std::fclose);
    if (!file) return Error{"cannot write '" + path + "': " + std::strerror(errno)};
    PngFailure failure;
    if (!encode(file.get(), image, &failure)) return Error{"cannot write '" + path + "': " + failure.message};
    if (std::fclose(file.release()) != 0) return Error{"cannot write '" + path + "': " + std::strerror(errno)};
    return success();
}

}  // namespace touchline
