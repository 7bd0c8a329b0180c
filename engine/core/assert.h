#pragma once
// TOUCHLINE_ASSERT(condition, what): a programmer's mistake caught where it crosses a module's boundary
// (an index out of range, a broken promise between two parts of the engine). It prints where and what,
// then aborts. A user's mistake is never an assert: it is a located Diagnostic.
//
// On when TOUCHLINE_ASSERTS is 1 (the dev and asan presets), compiled out otherwise (release): the
// condition is then not evaluated, so it must have no side effects.

namespace touchline {
[[noreturn]] void assertionFailed(const char* condition, const char* what, const char* file, int line);
}  // namespace touchline

#if defined(TOUCHLINE_ASSERTS) && TOUCHLINE_ASSERTS
#define TOUCHLINE_ASSERT(condition, what) \
    ((condition) ? static_cast<void>(0) : ::touchline::assertionFailed(#condition, what, __FILE__, __LINE__))
#else
#define TOUCHLINE_ASSERT(condition, what) static_cast<void>(sizeof((condition) ? 1 : 0))
#endif
