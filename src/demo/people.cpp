// SPDX-License-Identifier: Apache-2.0
//
// The fixed story people and inserting planned people.
#include "demo/people.hpp"

#include <array>

namespace lcn::demo {
namespace {

struct StoryRow {
  std::string_view nhs_number;
  std::string_view given_name;
  std::string_view family_name;
  std::string_view birth_date;
  domain::Sex sex;
  std::string_view postcode;  // synthetic unit in the practice's sector
  std::string_view practice_ods;
};

constexpr std::array kStory = {
    StoryRow{"9990000018", "Doris", "Jones", "1938-04-12", domain::Sex::kFemale, "SE16 7LR",
             "G85138"},
    StoryRow{"9990000026", "Winston", "Clarke", "1944-09-30", domain::Sex::kMale, "SE11 4QD",
             "G85053"},
    StoryRow{"9990000034", "Mary", "Smith", "1951-01-17", domain::Sex::kFemale, "SE1 6TP",
             "G85034"},
    StoryRow{"9990000042", "Samuel", "Okafor", "1959-06-03", domain::Sex::kMale, "SE15 2NW",
             "G85040"},
};

bool HasPractice(const GeographyPlan& geography, std::string_view ods_code) {
  for (const auto& practice : geography.practices) {
    if (practice.ods_code == ods_code) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<PersonPlan> StoryPeople(const GeographyPlan& geography) {
  std::vector<PersonPlan> out;
  for (const auto& row : kStory) {
    if (!HasPractice(geography, row.practice_ods)) {
      continue;
    }
    PersonPlan plan;
    plan.person.nhs_number = std::string(row.nhs_number);
    plan.person.given_name = std::string(row.given_name);
    plan.person.family_name = std::string(row.family_name);
    plan.person.birth_date = std::string(row.birth_date);
    plan.person.sex = row.sex;
    plan.person.postcode = std::string(row.postcode);
    plan.practice_ods = std::string(row.practice_ods);
    out.push_back(std::move(plan));
  }
  return out;
}

int InsertPeople(store::PersonRepository& repository, const std::vector<PersonPlan>& people,
                 const OrganisationIds& organisations, Micros now) {
  int count = 0;
  for (const auto& plan : people) {
    domain::Person person = plan.person;
    person.practice_id = organisations.WithOdsCode(plan.practice_ods);
    repository.Insert(person, now);
    ++count;
  }
  return count;
}

}  // namespace lcn::demo
