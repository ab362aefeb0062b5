// SPDX-License-Identifier: Apache-2.0
#include "demo/scaled_people.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

#include "core/error.hpp"
#include "demo/parallel_chunks.hpp"
#include "demo/person_draw.hpp"
#include "demo/stream_random.hpp"
#include "domain/nhs_number.hpp"

namespace lcn::demo {
namespace {

constexpr std::int64_t kLastStem = 999'999'999;
constexpr std::int64_t kStemCount = kLastStem - kFirstGeneratedStem + 1;
constexpr std::int64_t kMaxPeople = 10'000'000;

// The valid NHS number of `stem`, or 0 when the stem has none.
std::int64_t NumberOf(std::int64_t stem) {
  const auto number = domain::CompleteNhsNumber(std::to_string(stem));
  if (!number || !domain::NormaliseNhsNumber(*number)) {
    return 0;
  }
  return std::stoll(*number);
}

// Up to `count` distinct valid numbers from the generated stems, visited in the order
// (stride * j + start) mod kStemCount: a permutation, since stride is coprime to kStemCount.
std::vector<std::int64_t> NhsNumbers(std::uint64_t seed, std::int64_t count) {
  std::int64_t stride =
      kStemCount / 3 + static_cast<std::int64_t>(StreamSeed(seed, 1) % (kStemCount / 3));
  while (std::gcd(stride, kStemCount) != 1) {
    ++stride;
  }
  const auto start = static_cast<std::int64_t>(StreamSeed(seed, 2) % kStemCount);
  std::vector<std::int64_t> out;
  out.reserve(static_cast<std::size_t>(std::min(count, kStemCount)));
  for (std::int64_t j = 0; j < kStemCount && static_cast<std::int64_t>(out.size()) < count; ++j) {
    const std::int64_t stem = kFirstGeneratedStem + (stride * j + start) % kStemCount;
    if (const std::int64_t number = NumberOf(stem); number != 0) {
      out.push_back(number);
    }
  }
  return out;
}

}  // namespace

std::int64_t GeneratedNhsNumberCapacity() {
  std::int64_t n = 0;
  for (std::int64_t stem = kFirstGeneratedStem; stem <= kLastStem; ++stem) {
    n += NumberOf(stem) != 0 ? 1 : 0;
  }
  return n;
}

std::vector<std::int64_t> AllocateToPractices(const GeographyPlan& geography,
                                              std::int64_t total_people) {
  LCN_CHECK(total_people >= 0);
  const std::size_t n = geography.practices.size();
  std::vector<std::int64_t> out(n, 0);
  std::int64_t list_total = 0;
  for (const auto& practice : geography.practices) {
    list_total += std::max<std::int64_t>(practice.list_size, 0);
  }
  if (total_people == 0) {
    return out;
  }
  LCN_CHECK(list_total > 0);
  // Exact integer shares: total * list / list_total, then the remainders, largest first.
  std::vector<std::pair<std::int64_t, std::size_t>> remainders;
  std::int64_t given = 0;
  for (std::size_t i = 0; i < n; ++i) {
    // At most 10^7 people times a list of at most a few 10^5: well inside 64 bits.
    const std::int64_t share =
        total_people * std::max<std::int64_t>(geography.practices[i].list_size, 0);
    out[i] = share / list_total;
    remainders.emplace_back(share % list_total, i);
    given += out[i];
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total_people; ++k, ++given) {
    ++out[remainders[k].second];
  }
  return out;
}

std::vector<PersonPlan> GeneratePeopleAtScale(const GeographyPlan& geography,
                                              const std::vector<AgeBandRecord>& bands,
                                              std::uint64_t seed, std::int64_t total_people,
                                              unsigned threads) {
  LCN_CHECK(total_people >= 0 && total_people <= kMaxPeople);
  const auto counts = AllocateToPractices(geography, total_people);
  std::map<std::string, AgeProfile> profiles;
  for (std::size_t p = 0; p < counts.size(); ++p) {
    const auto& area = geography.practices[p].ons_area;
    if (counts[p] > 0 && !profiles.contains(area)) {
      profiles.emplace(area, AgeProfileFor(bands, area));
    }
  }
  std::vector<std::int64_t> offsets(counts.size() + 1, 0);
  std::partial_sum(counts.begin(), counts.end(), offsets.begin() + 1);
  const std::vector<std::int64_t> numbers = NhsNumbers(seed, total_people);
  std::vector<PersonPlan> out(static_cast<std::size_t>(total_people));
  ForEachChunk(counts.size(), threads, [&](std::size_t p) {
    const PracticePlan& practice = geography.practices[p];
    if (counts[p] == 0) {
      return;
    }
    const AgeProfile& profile = profiles.at(practice.ons_area);
    DemoRandom random(StreamSeed(seed, 1'000 + p));
    for (std::int64_t i = offsets[p]; i < offsets[p + 1]; ++i) {
      PersonPlan& plan = out[static_cast<std::size_t>(i)];
      plan = DrawPerson(random, profile, practice);
      if (i < static_cast<std::int64_t>(numbers.size())) {
        plan.person.nhs_number = std::to_string(numbers[static_cast<std::size_t>(i)]);
      }
    }
  });
  return out;
}

}  // namespace lcn::demo
