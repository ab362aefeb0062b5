// SPDX-License-Identifier: Apache-2.0
#include "demo/history_writer.hpp"

#include <algorithm>
#include <cstdio>

#include "core/error.hpp"
#include "demo/background_records.hpp"
#include "demo/rule_records.hpp"
#include "demo/stream_random.hpp"
#include "extract/day.hpp"

namespace lcn::demo {
namespace {

constexpr std::uint64_t kPersonStreams = std::uint64_t{1} << 40U;  // apart from other streams
constexpr std::int32_t kCareHomeYears = 3;  // residents moved in within the last three years

std::string PatientId(std::size_t index) {
  char text[24];
  std::snprintf(text, sizeof(text), "P%08zu", index + 1);
  return text;
}

}  // namespace

int AgeOn(std::int32_t birth_day, std::int32_t day) {
  const Date birth = extract::DateFromDays(birth_day);
  const Date on = extract::DateFromDays(day);
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) {
    --age;
  }
  return age;
}

HistoryWriter::HistoryWriter(const HistoryModel& model, const GeographyPlan& geography,
                             const std::vector<CareHomeSite>& care_homes, std::uint64_t seed,
                             std::int32_t as_of_day)
    : model_(model), care_homes_(care_homes), seed_(seed), as_of_(as_of_day) {
  const ClinicalRates& rates = model.rates;
  for (const auto& p : geography.practices) {
    Practice practice;
    if (p.imd_score) {
      practice.deprivation_shift =
          (*p.imd_score - rates.deprivation_centre) / 10 * rates.deprivation_per_ten;
    }
    for (std::size_t h = 0; h < care_homes_.size(); ++h) {
      if (care_homes_[h].network_code == p.network_code) {
        practice.homes.push_back(h);
      }
    }
    practices_.emplace(p.ods_code, std::move(practice));
  }
}

const HistoryWriter::Practice& HistoryWriter::PracticeOf(const PersonPlan& person) const {
  const auto it = practices_.find(person.practice_ods);
  if (it == practices_.end()) {
    throw Error(ErrorCode::kInternal, "no practice " + person.practice_ods + " in the geography");
  }
  return it->second;
}

PersonContext HistoryWriter::ContextFor(const PersonPlan& person) const {
  const auto birth = extract::ParseDay(person.person.birth_date);
  if (!birth) {
    throw Error(ErrorCode::kInternal, "a demo person has a malformed birth date");
  }
  PersonContext c;
  c.birth_day = *birth;
  c.as_of = as_of_;
  c.end_day = as_of_;
  c.age = std::max(0, AgeOn(*birth, as_of_));
  c.band = model_.rates.BandOf(c.age);
  c.sex = person.person.sex;
  c.deprivation_shift = PracticeOf(person).deprivation_shift;
  return c;
}

std::optional<std::size_t> HistoryWriter::PickHome(const Practice& practice,
                                                   StreamRandom& random) const {
  std::vector<std::size_t> all;
  const std::vector<std::size_t>* homes = &practice.homes;
  if (homes->empty()) {  // a network without a home: any home of the area
    for (std::size_t h = 0; h < care_homes_.size(); ++h) {
      all.push_back(h);
    }
    homes = &all;
  }
  int beds = 0;
  for (const auto h : *homes) {
    beds += std::max(care_homes_[h].beds, 1);
  }
  if (beds == 0) {
    return std::nullopt;
  }
  int r = random.Between(0, beds - 1);
  for (const auto h : *homes) {
    r -= std::max(care_homes_[h].beds, 1);
    if (r < 0) {
      return h;
    }
  }
  return homes->back();
}

void HistoryWriter::Write(std::size_t index, const PersonPlan& person, extract::Patient& patient,
                          PersonRecords& records, PersonHealth& health) const {
  PersonContext context = ContextFor(person);
  StreamRandom random(StreamSeed(seed_, kPersonStreams + index));
  DrawHealth(model_, context, random, health);
  if (health.death_day) {
    context.end_day = *health.death_day;
  }
  const auto home = health.care_home ? PickHome(PracticeOf(person), random) : std::nullopt;
  health.care_home = home.has_value();
  context.care_home = health.care_home;

  patient = extract::Patient{.patient_id = PatientId(index),
                             .nhs_number = person.person.nhs_number,
                             .birth_day = context.birth_day,
                             .sex = person.person.sex,
                             .practice = person.practice_ods,
                             .postcode = person.person.postcode,
                             .death_day = health.death_day,
                             .care_home = std::nullopt,
                             .given_name = person.person.given_name,
                             .family_name = person.person.family_name};
  records.Clear();
  if (context.end_day < context.birth_day) {
    return;  // born after the as-of day: no record yet
  }
  RuleRecords rules(model_, context, random, records);
  for (std::size_t c = 0; c < model_.conditions.size(); ++c) {
    const auto& rule = *model_.conditions[c].rule;
    if (health.conditions[c] == ConditionState::kHas && !rules.Satisfy(rule)) {
      rules.WriteDiagnoses(rule);
    } else if (health.conditions[c] == ConditionState::kLapsed) {
      rules.NearMiss(rule);
    }
  }
  for (std::size_t d = 0; d < model_.deficits.size(); ++d) {
    if (health.deficits[d] != 0) {
      rules.Satisfy(*model_.deficits[d].rule);
    }
  }
  if (home) {
    const CareHomeSite& site = care_homes_[*home];
    patient.care_home = site.ods_code;
    const std::int32_t first =
        std::max(context.birth_day, context.end_day - kCareHomeYears * 365 + 1);
    records.AddEvent(model_.Code(site.nursing ? "careHomeNursing" : "careHomeResidential"),
                     random.Between(first, context.end_day));
  }
  WriteBackground(model_, context, health, random, records);
  WriteEncounters(model_, context, health, random, records);
  std::sort(records.events.begin(), records.events.end(), [](const auto& a, const auto& b) {
    return a.day != b.day ? a.day < b.day : a.code < b.code;
  });
  std::sort(records.issues.begin(), records.issues.end(), [](const auto& a, const auto& b) {
    return a.day != b.day ? a.day < b.day : a.code < b.code;
  });
  std::sort(records.encounters.begin(), records.encounters.end(),
            [](const auto& a, const auto& b) { return a.start_day < b.start_day; });
}

}  // namespace lcn::demo
