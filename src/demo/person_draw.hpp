// SPDX-License-Identifier: Apache-2.0
//
// The draws that make one synthetic person of a practice (age from the ONS bands of the
// practice's area, sex by age, names, birth date, postcode in the practice's sector), shared by
// GeneratePeople and GeneratePeopleAtScale so that both describe people the same way. Pure
// functions of the DemoRandom passed in; not thread-safe (the DemoRandom is not).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/demo_random.hpp"
#include "demo/demo_sources.hpp"
#include "demo/geography.hpp"
#include "demo/people.hpp"

namespace lcn::demo {

// The ONS five-year bands of one area, as weights for drawing an age.
struct AgeProfile {
  std::vector<std::int64_t> weights;  // population of each band
  std::vector<int> min_ages;
  std::vector<int> max_ages;  // -1 for the open top band
};

// The bands of `area`. Throws Error(kInternal) when `bands` has none for it.
AgeProfile AgeProfileFor(const std::vector<AgeBandRecord>& bands, const std::string& area);

// A person of `practice` with every field but the NHS number and the id, drawn in a fixed
// order: age, sex, given name, family name, birth date, postcode. Ages are counted to 30 June
// of kAgeReferenceYear. Throws Error(kInternal) when the practice postcode is malformed.
PersonPlan DrawPerson(DemoRandom& random, const AgeProfile& profile, const PracticePlan& practice);

}  // namespace lcn::demo
