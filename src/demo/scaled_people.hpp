// SPDX-License-Identifier: Apache-2.0
//
// GeneratePeopleAtScale: a synthetic population of a chosen size (up to a few million people,
// a whole integrated care system) spread over the area's practices in proportion to their real
// January 2021 list sizes, drawn like GeneratePeople (person_draw.hpp). Each practice has its
// own random stream derived from the seed, so the result does not depend on the thread count.
// NHS numbers come only from the 999 range, which the NHS never issues; it holds about 890,000
// valid numbers at or above kFirstGeneratedStem, and people beyond that get no NHS number.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/demo_sources.hpp"
#include "demo/geography.hpp"
#include "demo/people.hpp"

namespace lcn::demo {

// The number of people each practice of `geography` gets out of `total_people`, in practice
// order: proportional to list_size, rounded by largest remainder (ties to the earlier practice),
// so the counts sum to exactly `total_people`. REQUIRES: total_people >= 0 and, when it is
// positive, a practice with a positive list size.
std::vector<std::int64_t> AllocateToPractices(const GeographyPlan& geography,
                                              std::int64_t total_people);

// `total_people` synthetic people for the practices of `geography`, practice by practice in
// geography order (AllocateToPractices decides how many each gets). A pure function of the
// arguments; `threads` (0: the hardware's) changes only the speed. NHS numbers are valid, unique
// and at or above kFirstGeneratedStem, in an order scrambled by the seed; once the range is used
// up, the remaining people have nhs_number == std::nullopt. Throws Error(kInternal) when
// `bands` has no bands for a practice's ons_area. REQUIRES: 0 <= total_people <= 10,000,000.
std::vector<PersonPlan> GeneratePeopleAtScale(const GeographyPlan& geography,
                                              const std::vector<AgeBandRecord>& bands,
                                              std::uint64_t seed, std::int64_t total_people,
                                              unsigned threads = 0);

// The number of valid NHS numbers GeneratePeopleAtScale can hand out (stems kFirstGeneratedStem
// to 999 999 999 with a valid check digit).
std::int64_t GeneratedNhsNumberCapacity();

}  // namespace lcn::demo
