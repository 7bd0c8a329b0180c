#include "core/assert.h"

#include <cstdio>
#include <cstdlib>

namespace touchline {

void assertionFailed(const char* condition, const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: touchline internal error: %s (%s)\n", file, line, what, condition);
    std::fflush(stderr);
    std::abort();
}

}  // namespace touchline
