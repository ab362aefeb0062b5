// SPDX-License-Identifier: Apache-2.0
#include "demo/person_draw.hpp"

#include <array>
#include <chrono>

#include "core/error.hpp"
#include "demo/name_lists.hpp"
#include "demo/text_tidy.hpp"

namespace lcn::demo {
namespace {

namespace chr = std::chrono;

// Single years 85..99 within the open "85+" band, falling with age (an assumption).
constexpr std::array<std::int64_t, 15> kOldestWeights = {16, 15, 13, 12, 10, 9, 7, 6,
                                                         4,  3,  2,  1,  1,  1, 1};

// Letters used in the unit part of postcodes (C, I, K, M, O and V never appear).
constexpr std::string_view kUnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

int PickAge(DemoRandom& random, const AgeProfile& profile) {
  const std::size_t band = random.Weighted(profile.weights);
  const int low = profile.min_ages[band];
  if (profile.max_ages[band] < 0) {
    return low + static_cast<int>(random.Weighted(kOldestWeights));
  }
  return random.Between(low, profile.max_ages[band]);
}

// Women per 1,000 people of `age`, England mid-2018 (ONS), rounded by age group.
int FemalePerMille(int age) {
  if (age < 30) {
    return 487;
  }
  if (age < 65) {
    return 505;
  }
  if (age < 75) {
    return 518;
  }
  if (age < 80) {
    return 537;
  }
  if (age < 85) {
    return 561;
  }
  return age < 90 ? 606 : 684;
}

std::string TwoDigits(unsigned value) {
  return (value < 10 ? "0" : "") + std::to_string(value);
}

// A birth date giving `age` on 30 June of kAgeReferenceYear, uniformly over that year of life.
std::string BirthDate(DemoRandom& random, int age) {
  const chr::year_month_day birthday_at_age{chr::year{kAgeReferenceYear - age}, chr::June,
                                            chr::day{30}};
  const chr::sys_days birth = chr::sys_days{birthday_at_age} - chr::days{random.Between(0, 364)};
  const chr::year_month_day date{birth};
  return std::to_string(static_cast<int>(date.year())) + "-" +
         TwoDigits(static_cast<unsigned>(date.month())) + "-" +
         TwoDigits(static_cast<unsigned>(date.day()));
}

// "SE16 7JX" -> "SE16 7" + two random unit letters.
std::string Postcode(DemoRandom& random, const std::string& practice_postcode) {
  const auto district = PostcodeDistrict(practice_postcode);
  const auto sector = PostcodeSector(practice_postcode);
  if (!district || !sector) {
    throw Error(ErrorCode::kInternal, "the demo data holds a malformed postcode");
  }
  std::string out = *district + " " + std::to_string(*sector);
  out.push_back(kUnitLetters[static_cast<std::size_t>(random.Below(kUnitLetters.size()))]);
  out.push_back(kUnitLetters[static_cast<std::size_t>(random.Below(kUnitLetters.size()))]);
  return out;
}

}  // namespace

AgeProfile AgeProfileFor(const std::vector<AgeBandRecord>& bands, const std::string& area) {
  AgeProfile profile;
  for (const auto& band : bands) {
    if (band.area_name == area) {
      profile.weights.push_back(band.population);
      profile.min_ages.push_back(band.min_age);
      profile.max_ages.push_back(band.max_age.value_or(-1));
    }
  }
  if (profile.weights.empty()) {
    throw Error(ErrorCode::kInternal, "the demo data has no age bands for " + area);
  }
  return profile;
}

PersonPlan DrawPerson(DemoRandom& random, const AgeProfile& profile, const PracticePlan& practice) {
  const int age = PickAge(random, profile);
  PersonPlan plan;
  plan.person.sex = random.Chance(FemalePerMille(age)) ? domain::Sex::kFemale : domain::Sex::kMale;
  plan.person.given_name = std::string(random.Pick(GivenNames(plan.person.sex)));
  plan.person.family_name = std::string(random.Pick(FamilyNames()));
  plan.person.birth_date = BirthDate(random, age);
  plan.person.postcode = Postcode(random, practice.postcode);
  plan.practice_ods = practice.ods_code;
  return plan;
}

}  // namespace lcn::demo
