#pragma once
// How much heap a piece of code holds at its peak, measured by the test program's own operator new and
// delete (replaced in allocation_meter.cpp): memory figures that do not depend on the machine's speed.
#include <cstddef>

namespace touchline::testing {

class AllocationMeter {
public:
    AllocationMeter();  // the peak counts from here
    // The most this program held above what it held when the meter started, in bytes.
    std::size_t peakBytes() const;

private:
    std::size_t baseline_;
};

}  // namespace touchline::testing
