// SPDX-License-Identifier: Apache-2.0
//
// Generates the synthetic population: per practice, people whose ages follow the ONS mid-2020
// five-year bands of the practice's area, sex by the England mid-2018 ratio for their age,
// names from the built-in lists, a postcode in the practice's sector and a valid, unique NHS
// number in the 999 range.
#include <algorithm>
#include <map>
#include <set>

#include "core/error.hpp"
#include "demo/person_draw.hpp"
#include "domain/nhs_number.hpp"

namespace lcn::demo {
namespace {

std::string NextNhsNumber(DemoRandom& random, std::set<std::string>& used) {
  constexpr std::int64_t kLastStem = 999'999'999;
  // Rejection sampling slows as the range fills; kMaxPeoplePerPractice keeps loads far below.
  LCN_CHECK(static_cast<std::int64_t>(used.size()) < (kLastStem - kFirstGeneratedStem) / 2);
  for (;;) {
    const auto stem =
        kFirstGeneratedStem + static_cast<std::int64_t>(random.Below(
                                  static_cast<std::uint64_t>(kLastStem - kFirstGeneratedStem + 1)));
    const auto number = domain::CompleteNhsNumber(std::to_string(stem));
    if (!number || !domain::NormaliseNhsNumber(*number) || used.contains(*number)) {
      continue;  // no check digit for this stem, or already issued
    }
    used.insert(*number);
    return *number;
  }
}

}  // namespace

std::vector<PersonPlan> GeneratePeople(const GeographyPlan& geography,
                                       const std::vector<AgeBandRecord>& bands, std::uint64_t seed,
                                       int people_per_practice) {
  DemoRandom random(seed);
  std::map<std::string, AgeProfile> profiles;
  std::set<std::string> used;
  std::vector<PersonPlan> out;
  out.reserve(geography.practices.size() *
              static_cast<std::size_t>(std::max(people_per_practice, 0)));
  for (const auto& practice : geography.practices) {
    auto profile = profiles.find(practice.ons_area);
    if (profile == profiles.end()) {
      profile = profiles.emplace(practice.ons_area, AgeProfileFor(bands, practice.ons_area)).first;
    }
    for (int i = 0; i < people_per_practice; ++i) {
      PersonPlan plan = DrawPerson(random, profile->second, practice);
      plan.person.nhs_number = NextNhsNumber(random, used);
      out.push_back(std::move(plan));
    }
  }
  return out;
}

}  // namespace lcn::demo
