// SPDX-License-Identifier: Apache-2.0
#include "demo/calibration/calibration.hpp"

#include <bit>
#include <cmath>
#include <cstdio>
#include <functional>

#include "casefinding/definitions/definitions.hpp"
#include "casefinding/engine.hpp"
#include "casefinding/loaders/from_extract.hpp"
#include "core/error.hpp"
#include "demo/history_model.hpp"
#include "demo/history_writer.hpp"

namespace lcn::demo {
namespace {

using casefinding::FrailtyCategory;

struct Measured {
  int age = 0;
  domain::Sex sex = domain::Sex::kUnknown;
  int conditions = 0;
  std::uint64_t condition_bits = 0;
  FrailtyCategory frailty = FrailtyCategory::kNotAssessed;
  int admissions = 0;
  bool care_home = false;
};

using Filter = std::function<bool(const Measured&)>;

struct Stat {
  double sum = 0;
  std::int64_t n = 0;

  double Mean() const { return n == 0 ? 0 : sum / static_cast<double>(n); }
};

Stat Over(const std::vector<Measured>& people, const Filter& filter,
          const std::function<double(const Measured&)>& value) {
  Stat s;
  for (const auto& p : people) {
    if (filter(p)) {
      s.sum += value(p);
      ++s.n;
    }
  }
  return s;
}

double Flag(bool b) {
  return b ? 100.0 : 0.0;
}

Filter AgeFilter(int min_age, std::optional<int> max_age) {
  return [=](const Measured& p) { return p.age >= min_age && (!max_age || p.age <= *max_age); };
}

Stat Measure(const std::vector<Measured>& people, const CalibrationTarget& t) {
  const Filter ages = AgeFilter(t.min_age, t.max_age);
  const auto efi = [&](FrailtyCategory c) {
    return Over(people, ages, [c](const Measured& p) { return Flag(p.frailty == c); });
  };
  const std::string& m = t.measure;
  if (m == "conditions2Percent" || m == "conditions3Percent") {
    const int k = m == "conditions2Percent" ? 2 : 3;
    return Over(people, ages, [k](const Measured& p) { return Flag(p.conditions >= k); });
  }
  if (m == "meanConditions") {
    return Over(people, ages, [](const Measured& p) { return double(p.conditions); });
  }
  if (m == "efiFitPercent") {
    return efi(FrailtyCategory::kFit);
  }
  if (m == "efiMildPercent") {
    return efi(FrailtyCategory::kMild);
  }
  if (m == "efiModeratePercent") {
    return efi(FrailtyCategory::kModerate);
  }
  if (m == "efiSeverePercent") {
    return efi(FrailtyCategory::kSevere);
  }
  if (m == "careHomePercent") {
    return Over(people, ages, [](const Measured& p) { return Flag(p.care_home); });
  }
  const Filter residents = [&](const Measured& p) { return ages(p) && p.care_home; };
  if (m == "careHomeResidents85PlusPercent") {
    return Over(people, residents, [](const Measured& p) { return Flag(p.age >= 85); });
  }
  if (m == "careHomeAdmissionsPerResidentYear") {
    return Over(people, residents, [](const Measured& p) { return double(p.admissions); });
  }
  if (m == "emergencyAdmissionsPerThousand") {
    return Over(people, ages, [](const Measured& p) { return 1000.0 * p.admissions; });
  }
  throw Error(ErrorCode::kInternal, "unknown calibration measure " + m);
}

std::vector<BandResult> Bands(const std::vector<Measured>& people) {
  struct Band {
    const char* label;
    int min_age;
    std::optional<int> max_age;
  };

  const Band bands[] = {
      {"0-17", 0, 17},           {"18-24", 18, 24},         {"25-44", 25, 44},
      {"45-64", 45, 64},         {"65-74", 65, 74},         {"75-84", 75, 84},
      {"85+", 85, std::nullopt}, {"65+", 65, std::nullopt}, {"all ages", 0, std::nullopt}};
  std::vector<BandResult> out;
  for (const auto& b : bands) {
    const Filter f = AgeFilter(b.min_age, b.max_age);
    BandResult r;
    r.label = b.label;
    r.people = Over(people, f, [](const Measured&) { return 0.0; }).n;
    r.conditions2_percent =
        Over(people, f, [](const Measured& p) { return Flag(p.conditions >= 2); }).Mean();
    r.conditions3_percent =
        Over(people, f, [](const Measured& p) { return Flag(p.conditions >= 3); }).Mean();
    r.mean_conditions =
        Over(people, f, [](const Measured& p) { return double(p.conditions); }).Mean();
    const FrailtyCategory cats[] = {FrailtyCategory::kFit, FrailtyCategory::kMild,
                                    FrailtyCategory::kModerate, FrailtyCategory::kSevere};
    for (int c = 0; c < 4; ++c) {
      r.efi_percent[c] =
          b.min_age >= 65
              ? Over(people, f, [&](const Measured& p) { return Flag(p.frailty == cats[c]); })
                    .Mean()
              : 0;
    }
    r.emergency_per_thousand =
        Over(people, f, [](const Measured& p) { return 1000.0 * p.admissions; }).Mean();
    r.care_home_percent =
        Over(people, f, [](const Measured& p) { return Flag(p.care_home); }).Mean();
    out.push_back(r);
  }
  return out;
}

}  // namespace

CalibrationReport Calibrate(extract::Extract&& extract, const ClinicalRates& rates,
                            std::int32_t as_of_day) {
  const auto population = casefinding::FromExtract(std::move(extract));
  const auto definitions = casefinding::DefaultDefinitions();
  const auto plan = casefinding::Compile(definitions, population);
  const auto results = casefinding::Run(population, plan, as_of_day);
  const int set = plan.SetIndex("cms37");
  LCN_CHECK(set >= 0);
  const auto s = static_cast<std::size_t>(set);

  CalibrationReport report;
  std::vector<Measured> people;
  for (std::size_t i = 0; i < population.Size(); ++i) {
    if (population.death_day[i] != casefinding::kNoDay) {
      ++report.deaths;
      continue;
    }
    people.push_back({.age = AgeOn(population.birth_day[i], as_of_day),
                      .sex = population.sex[i],
                      .conditions = results.ConditionCount(s, i),
                      .condition_bits = results.condition_bits[s][i],
                      .frailty = results.Frailty(i),
                      .admissions = results.emergency_admissions[i],
                      .care_home = population.care_home[i] != 0});
  }
  report.people = static_cast<std::int64_t>(people.size());
  for (const auto& target : rates.targets) {
    const Stat stat = Measure(people, target);
    TargetResult r{.target = target, .achieved = stat.Mean(), .people = stat.n};
    r.within = target.at_least ? r.achieved >= target.value
                               : std::abs(r.achieved - target.value) <= target.tolerance;
    report.targets.push_back(r);
  }
  report.bands = Bands(people);
  const auto& compiled = plan.sets[s].conditions;
  for (std::size_t c = 0; c < compiled.size(); ++c) {
    ConditionResult r{.id = compiled[c].id};
    for (const auto& rate : rates.conditions) {
      if (rate.id == r.id) {
        r.input_percent = 100 * Over(
                                    people, [](const Measured&) { return true; },
                                    [&](const Measured& p) {
                                      return ConditionProbability(rates, rate, p.age, p.sex);
                                    })
                                    .Mean();
      }
    }
    r.found_percent =
        Over(
            people, [](const Measured&) { return true; },
            [&](const Measured& p) { return Flag(((p.condition_bits >> c) & 1U) != 0); })
            .Mean();
    report.conditions.push_back(r);
  }
  return report;
}

}  // namespace lcn::demo
