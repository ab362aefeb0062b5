// SPDX-License-Identifier: Apache-2.0
//
// WriteEncounters (declared in background_records.hpp): hospital encounters by age band.
#include <algorithm>
#include <cmath>

#include "demo/background_records.hpp"

namespace lcn::demo {
namespace {

constexpr std::int32_t kYear = 365;
constexpr double kZeroDayShare = 1.0 / 3;  // of emergency admissions (Health Foundation 2018)
constexpr double kMeanExtraNights = 5;
constexpr double kDayCaseShare = 0.8;  // elective day cases

using extract::Encounter;
using extract::EncounterType;

class Encounters {
 public:
  Encounters(const HistoryModel& model, const PersonContext& person, const PersonHealth& health,
             StreamRandom& random, PersonRecords& out)
      : rates_(model.rates), person_(person), health_(health), random_(random), out_(out) {
    first_ = std::max(person.birth_day, person.end_day - rates_.encounter_years * kYear + 1);
    years_ = (person.end_day - first_ + 1) / static_cast<double>(kYear);
  }

  void Write() {
    const std::size_t band = person_.band;
    const double spread = rates_.encounter_frailty_spread;
    const double frailty = std::exp(spread * health_.frailty - spread * spread / 2);
    const double home = health_.care_home ? rates_.care_home_admission_factor : 1.0;
    const double emergency = rates_.emergency_per_thousand[band] / 1000;
    for (int n = random_.Poisson(emergency * frailty * home * years_); n > 0; --n) {
      const std::int32_t start = Day();
      if (random_.Chance(rates_.admissions_through_ae)) {
        Add(EncounterType::kAeAttendance, start, start);
      }
      const int nights =
          random_.Chance(kZeroDayShare) ? 0 : 1 + random_.Poisson(kMeanExtraNights - 1);
      Add(EncounterType::kEmergencyAdmission, start, start + nights);
    }
    const double ae_only = std::max(
        0.0, rates_.ae_per_thousand[band] / 1000 - rates_.admissions_through_ae * emergency);
    for (int n = random_.Poisson(ae_only * frailty * years_); n > 0; --n) {
      const std::int32_t day = Day();
      Add(EncounterType::kAeAttendance, day, day);
    }
    // Outpatient care follows conditions: 70% of the band's rate with none, +30% for each.
    const double outpatient =
        rates_.outpatient_per_thousand[band] / 1000 * (0.7 + 0.3 * health_.condition_count);
    for (int n = random_.Poisson(outpatient * years_); n > 0; --n) {
      const std::int32_t day = Day();
      Add(EncounterType::kOutpatient, day, day);
    }
    const double elective = rates_.elective_per_thousand[band] / 1000;
    for (int n = random_.Poisson(elective * years_); n > 0; --n) {
      const std::int32_t start = Day();
      Add(EncounterType::kElectiveAdmission, start,
          start + (random_.Chance(kDayCaseShare) ? 0 : random_.Between(1, 3)));
    }
  }

 private:
  std::int32_t Day() { return random_.Between(first_, person_.end_day); }

  void Add(EncounterType type, std::int32_t start, std::int32_t end) {
    Encounter e{.patient = 0, .type = type, .start_day = start, .end_day = end};
    if (end > person_.end_day) {
      // Still in hospital on the as-of day: open; at death: it ends on the death day.
      e.end_day = person_.end_day < person_.as_of ? std::optional(person_.end_day) : std::nullopt;
    }
    out_.encounters.push_back(e);
  }

  const ClinicalRates& rates_;
  const PersonContext& person_;
  const PersonHealth& health_;
  StreamRandom& random_;
  PersonRecords& out_;
  std::int32_t first_ = 0;
  double years_ = 0;
};

}  // namespace

void WriteEncounters(const HistoryModel& model, const PersonContext& person,
                     const PersonHealth& health, StreamRandom& random, PersonRecords& out) {
  Encounters(model, person, health, random, out).Write();
}

}  // namespace lcn::demo
