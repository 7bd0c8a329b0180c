#include "cli/hostile_bench.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>
#include <vector>

#include "cli/check_replay.h"
#include "cli/hostile_inputs.h"

namespace touchline::cli {

namespace {

namespace fs = std::filesystem;

// The generated files, removed when the last copy of the measurement goes.
struct HostileFiles {
    fs::path directory;
    std::vector<std::string> paths;
    ~HostileFiles() {
        std::error_code ignored;
        fs::remove_all(directory, ignored);
    }
};

}  // namespace

Result<Measurement> hostileCheckWorst() {
    auto files = std::make_shared<HostileFiles>();
    files->directory = fs::temp_directory_path() / ("touchline-hostile-" + std::to_string(::getpid()));
    std::error_code ec;
    fs::create_directories(files->directory, ec);
    if (ec) return Error{"cannot create " + files->directory.string() + ": " + ec.message()};
    for (const HostileInput& input : hostileInputs()) {
        const fs::path path = files->directory / input.name;
        std::ofstream out(path, std::ios::binary);
        out << input.generate(1);
        if (!out.flush()) return Error{"cannot write " + path.string()};
        files->paths.push_back(path.string());
    }
    // Every input once a sample; the slowest ones take seconds, so few samples.
    return Measurement{"check_hostile_worst_ms", "ms",
                       [files]() -> Result<double> {
                           double worst = 0.0;
                           for (const std::string& path : files->paths) {
                               auto ms = millisecondsOf([&] {
                                   checkReplay(path, true);
                                   return success();
                               });
                               if (!ms) return ms.error();
                               worst = std::max(worst, *ms);
                           }
                           return worst;
                       },
                       3};
}

}  // namespace touchline::cli
