// SPDX-License-Identifier: Apache-2.0
//
// The demo's people, all synthetic: four fixed "story" people that tests and walkthroughs
// depend on (people.cpp) and a generated population per GP practice (synthetic_people.cpp).
// NHS numbers are in the 999 range, which the NHS never issues; stems 999000000-999009999 are
// reserved for fixed people, so generated numbers never collide with them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "demo/demo_sources.hpp"
#include "demo/geography.hpp"
#include "demo/organisations.hpp"
#include "domain/records.hpp"
#include "store/person_repository.hpp"

namespace lcn::demo {

struct PersonPlan {
  domain::Person person;     // practice_id is filled in from practice_ods on insert
  std::string practice_ods;  // ODS code of the registered practice
};

// Generated NHS numbers come from stems at or above this; lower stems are for fixed people.
inline constexpr std::int64_t kFirstGeneratedStem = 999'010'000;

// Ages are counted to 30 June of this year (the ONS mid-year convention), not to today, so that
// a seed gives the same population whatever the day.
inline constexpr int kAgeReferenceYear = 2026;

// The story people whose practice is in `geography`: Doris Jones (G85138), Winston Clarke
// (G85053), Mary Smith (G85034) and Samuel Okafor (G85040).
std::vector<PersonPlan> StoryPeople(const GeographyPlan& geography);

// `people_per_practice` synthetic people for every practice of `geography`, in practice order: a
// pure function of the arguments. Ages follow the ONS mid-2020 bands of the practice's
// `ons_area`; NHS numbers are valid, unique and at or above kFirstGeneratedStem.
// Throws Error(kInternal) when `bands` has no bands for a practice's ons_area.
std::vector<PersonPlan> GeneratePeople(const GeographyPlan& geography,
                                       const std::vector<AgeBandRecord>& bands, std::uint64_t seed,
                                       int people_per_practice);

// Inserts the people; returns how many. Throws Error(kInternal) for an unknown practice and
// as PersonRepository::Insert does (kConflict on a duplicate NHS number).
int InsertPeople(store::PersonRepository& repository, const std::vector<PersonPlan>& people,
                 const OrganisationIds& organisations, Micros now);

}  // namespace lcn::demo
