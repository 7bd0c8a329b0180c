#include "edit/autosave.h"

#include <filesystem>

#include "edit/file_watch.h"

namespace touchline::edit {

AutosaveLocation autosaveLocation(const std::string& scriptPath, const std::string& stateHome) {
    AutosaveLocation l;
    l.beside = scriptPath + ".autosave";
    if (!stateHome.empty()) {
        std::error_code ignored;
        std::string flat = std::filesystem::absolute(scriptPath, ignored).string();
        for (char& c : flat) {
            if (c == '/') c = '%';
        }
        l.stateDir = (std::filesystem::path(stateHome) / "touchline" / (flat + ".autosave")).string();
    }
    return l;
}

std::optional<FoundAutosave> Autosave::find(std::string_view savedText) const {
    std::optional<FoundAutosave> newest;
    for (const std::string& path : {location_.beside, location_.stateDir}) {
        if (path.empty()) continue;
        auto info = files_.info(path);
        if (!info) continue;
        auto text = readFile(path);
        if (!text || *text == savedText) continue;
        if (!newest || info->modifiedNs > newest->modifiedNs) newest = FoundAutosave{path, std::move(*text), info->modifiedNs};
    }
    return newest;
}

Status Autosave::write(std::string_view text) {
    const std::uint64_t hash = contentHash(text);
    if (!written_.empty() && hash == lastHash_) return success();
    SaveOptions options;
    options.mustExist = false;
    options.keepBackup = false;
    Status beside = saveAtomically(location_.beside, text, files_, options);
    if (beside) {
        written_ = location_.beside;
    } else if (!location_.stateDir.empty()) {
        std::error_code ignored;
        std::filesystem::create_directories(std::filesystem::path(location_.stateDir).parent_path(), ignored);
        if (Status state = saveAtomically(location_.stateDir, text, files_, options); !state) {
            return Error{"cannot autosave: " + beside.error().message + "; " + state.error().message};
        }
        written_ = location_.stateDir;
    } else {
        return Error{"cannot autosave: " + beside.error().message};
    }
    lastHash_ = hash;
    return success();
}

void Autosave::discard() {
    for (const std::string& path : {location_.beside, location_.stateDir}) {
        if (!path.empty()) files_.remove(path);
    }
    written_.clear();
    lastHash_ = 0;
}

}  // namespace touchline::edit
