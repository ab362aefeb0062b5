// SPDX-License-Identifier: Apache-2.0
//
// FakeClock: a lcn::Clock for tests that only moves when told to, so tests never read the wall
// clock. Starts at 2024-01-01T00:00:00Z unless given a start time. Thread-safe (atomic).
#pragma once

#include <atomic>
#include <cstdint>

#include "core/clock.hpp"

namespace lcn::test {

class FakeClock final : public Clock {
 public:
  // 2024-01-01T00:00:00Z in UTC microseconds.
  static constexpr Micros kDefaultStart = 1'704'067'200 * kMicrosPerSecond;

  explicit FakeClock(Micros start = kDefaultStart) : now_(start) {}

  Micros Now() const override { return now_.load(); }

  // Sets the current time to `now`.
  void Set(Micros now) { now_.store(now); }

  // Moves the current time forward (or back, when negative) by `delta` microseconds.
  void Advance(Micros delta) { now_.fetch_add(delta); }

  void AdvanceSeconds(std::int64_t seconds) { Advance(seconds * kMicrosPerSecond); }

 private:
  std::atomic<Micros> now_;
};

}  // namespace lcn::test
