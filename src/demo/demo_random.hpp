// SPDX-License-Identifier: Apache-2.0
//
// DemoRandom: deterministic choices for the synthetic population. std::mt19937_64's output is
// fixed by the standard for a given seed, but std::*_distribution's is not (libstdc++ and
// libc++ differ), so the picks here are written out: unbiased rejection sampling and
// cumulative weights. Not thread-safe; one per generation run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>

#include "core/error.hpp"

namespace lcn::demo {

class DemoRandom {
 public:
  explicit DemoRandom(std::uint64_t seed) : engine_(seed) {}

  // A uniform value in [0, n). REQUIRES: n > 0.
  std::uint64_t Below(std::uint64_t n) {
    LCN_CHECK(n > 0);
    const std::uint64_t threshold = (~n + 1) % n;  // 2^64 mod n: reject the biased low end
    for (;;) {
      const std::uint64_t r = engine_();
      if (r >= threshold) {
        return r % n;
      }
    }
  }

  // A uniform integer in [low, high]. REQUIRES: low <= high.
  int Between(int low, int high) {
    LCN_CHECK(low <= high);
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1;
    return static_cast<int>(low + static_cast<std::int64_t>(Below(span)));
  }

  // True with probability per_mille / 1000.
  bool Chance(int per_mille) { return static_cast<int>(Below(1000)) < per_mille; }

  // An index chosen with probability weights[i] / sum(weights).
  // REQUIRES: no negative weight and a positive sum.
  std::size_t Weighted(std::span<const std::int64_t> weights) {
    std::uint64_t total = 0;
    for (const auto w : weights) {
      LCN_CHECK(w >= 0);
      total += static_cast<std::uint64_t>(w);
    }
    std::uint64_t r = Below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      const auto w = static_cast<std::uint64_t>(weights[i]);
      if (r < w) {
        return i;
      }
      r -= w;
    }
    LCN_CHECK(false);
    return 0;
  }

  // A uniformly chosen element. REQUIRES: !items.empty().
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[static_cast<std::size_t>(Below(items.size()))];
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace lcn::demo
