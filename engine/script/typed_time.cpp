#include "script/typed_time.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <vector>

#include "core/text.h"

namespace touchline {

namespace {

constexpr std::string_view kExamples = "try 90+1, 44:30, 10:22.9 or a moment, e.g. koulibaly-winner+2.5";

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

bool hasLetter(std::string_view text) {
    for (char c : text) {
        if (std::isalpha(static_cast<unsigned char>(c))) return true;
    }
    return false;
}

// Seconds written plainly: "2.9", "12". Nothing for anything else (signs, exponents, words).
std::optional<double> plainSeconds(std::string_view text) {
    if (text.empty() || !(std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '.')) {
        return std::nullopt;
    }
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return std::nullopt;
    }
    double value = 0.0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

Result<double> withinMatch(double t, std::string_view text, const Script& script) {
    const double end = script.clock.totalLength();
    if (t < 0.0) return Error{"'" + excerpt(text) + "' is before the kick-off"};
    if (t > end + 1e-9) {
        return Error{"'" + excerpt(text) + "' is after the final whistle at " + script.clock.preciseText(end)};
    }
    return t;
}

// "koulibaly-winner", "koulibaly-winner+2.9", "koulibaly-winner-1.5". Moment ids are words joined by
// hyphens, so the offset is found by trying each '+' and '-' from the right: the part before it must
// name a moment and the part after it be seconds. A whole text that names a moment is that moment.
std::optional<Result<double>> momentRelative(std::string_view text, const Script& script) {
    if (const Moment* m = script.findMoment(text)) return Result<double>(m->matchTime);
    for (std::size_t pos = text.find_last_of("+-"); pos != std::string_view::npos && pos > 0;
         pos = text.find_last_of("+-", pos - 1)) {
        const Moment* m = script.findMoment(text.substr(0, pos));
        if (!m) continue;
        const std::string_view offset = text.substr(pos + 1);
        const auto seconds = plainSeconds(offset);
        if (!seconds) {
            return Result<double>(Error{"'" + excerpt(offset) + "' after moment '" + m->id +
                                        "' should be seconds, e.g. " + m->id + "+2.5"});
        }
        return withinMatch(m->matchTime + (text[pos] == '+' ? *seconds : -*seconds), text, script);
    }
    return std::nullopt;
}

Error unknownMoment(std::string_view text, const Script& script) {
    // The id is what comes before an offset: up to a '+', or a '-' that starts a number.
    std::size_t cut = text.find('+');
    for (std::size_t pos = text.find('-'); pos != std::string_view::npos && pos < cut; pos = text.find('-', pos + 1)) {
        if (pos + 1 < text.size() && (std::isdigit(static_cast<unsigned char>(text[pos + 1])) || text[pos + 1] == '.')) {
            cut = pos;
            break;
        }
    }
    const std::string id = excerpt(text.substr(0, cut));
    std::vector<std::string> ids;
    for (const Moment& m : script.moments) ids.push_back(m.id);
    std::string message = "no moment '" + id + "' and no match time";
    if (auto near = nearestName(id, ids)) {
        message += " (did you mean '" + *near + "'?)";
    } else {
        message += " (" + std::string(kExamples) + ")";
    }
    return Error{message};
}

}  // namespace

Result<double> parseTypedTime(std::string_view typed, const Script& script) {
    const std::string_view text = trim(typed);
    if (text.empty()) return Error{"no time given (" + std::string(kExamples) + ")"};
    // A clock time has no letters; a moment id has at least one (a moment named only by digits would
    // read as a clock, which is what such text means to a person).
    if (!hasLetter(text)) {
        auto reading = parseClock(text);
        if (!reading) return reading.error();
        auto t = script.clock.toMatchTime(*reading);
        if (!t) return Error{"'" + excerpt(text) + "': " + t.error().message};
        return *t;
    }
    if (auto relative = momentRelative(text, script)) return *relative;
    return unknownMoment(text, script);
}

}  // namespace touchline
