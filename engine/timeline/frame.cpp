#include "timeline/frame.h"

namespace touchline {

// Member by member, doubles compared exactly: two frames of the same t are the same bits.
bool Frame::operator==(const Frame&) const = default;

}  // namespace touchline
