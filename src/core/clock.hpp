// SPDX-License-Identifier: Apache-2.0
//
// Clock is the seam for time. Production uses SystemClock; tests use FakeClock
// (tests/testing). Times are UTC microseconds since the Unix epoch, as stored in the database.
#pragma once

#include <cstdint>

namespace lcn {

using Micros = std::int64_t;

constexpr Micros kMicrosPerSecond = 1'000'000;

class Clock {
 public:
  virtual ~Clock() = default;
  // Returns the current UTC time in microseconds since the epoch. Thread-safe.
  virtual Micros Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Micros Now() const override;
};

}  // namespace lcn
