// SPDX-License-Identifier: Apache-2.0
//
// StreamSeed derives independent seeds for numbered streams (one per practice, one per person)
// from one demo seed, and StreamRandom is the small, fast generator the clinical histories draw
// from: SplitMix64 (Steele, Lea and Flood 2014), whose output is fixed by its definition, with
// our own uniform, Bernoulli and normal draws so that a seed gives the same people on every
// standard library. Not thread-safe; one per stream.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace lcn::demo {

// The SplitMix64 output function: a bijective mix of 64 bits.
constexpr std::uint64_t Mix64(std::uint64_t z) {
  z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31U);
}

// A seed for stream `stream` of the demo seed `seed`; different streams give unrelated seeds.
constexpr std::uint64_t StreamSeed(std::uint64_t seed, std::uint64_t stream) {
  return Mix64(Mix64(seed + 0x9E3779B97F4A7C15ULL) ^ Mix64(stream + 0x632BE59BD9B4E019ULL));
}

class StreamRandom {
 public:
  explicit StreamRandom(std::uint64_t seed) : state_(seed) {}

  std::uint64_t Next() {
    state_ += 0x9E3779B97F4A7C15ULL;
    return Mix64(state_);
  }

  // Uniform in [0, 1), 53 bits.
  double Uniform() { return static_cast<double>(Next() >> 11U) * 0x1.0p-53; }

  // Uniform integer in [low, high]. REQUIRES: low <= high. The modulo bias is below 2^-40 for
  // the spans used here (days and counts, under 2^24).
  std::int32_t Between(std::int32_t low, std::int32_t high) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low + 1);
    return static_cast<std::int32_t>(low + static_cast<std::int64_t>(Next() % span));
  }

  // True with probability p.
  bool Chance(double p) { return Uniform() < p; }

  // A standard normal draw (Box-Muller; the second value of each pair is kept for the next call).
  double Normal() {
    if (has_spare_) {
      has_spare_ = false;
      return spare_;
    }
    const double u = 1.0 - Uniform();  // (0, 1]
    const double v = Uniform();
    const double r = std::sqrt(-2.0 * std::log(u));
    spare_ = r * std::sin(2.0 * std::numbers::pi * v);
    has_spare_ = true;
    return r * std::cos(2.0 * std::numbers::pi * v);
  }

  // A Poisson count with mean `mean`: Knuth's product method up to 50, a rounded normal above.
  int Poisson(double mean) {
    if (mean > 50) {
      return std::max(0, static_cast<int>(std::lround(mean + std::sqrt(mean) * Normal())));
    }
    const double limit = std::exp(-mean);
    int k = 0;
    for (double p = Uniform(); p > limit; p *= Uniform()) {
      ++k;
    }
    return k;
  }

 private:
  std::uint64_t state_;
  double spare_ = 0;
  bool has_spare_ = false;
};

}  // namespace lcn::demo
