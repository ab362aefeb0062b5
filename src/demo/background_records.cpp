// SPDX-License-Identifier: Apache-2.0
#include "demo/background_records.hpp"

#include <algorithm>
#include <cmath>

namespace lcn::demo {
namespace {

constexpr std::int32_t kYear = 365;
constexpr std::int32_t kOldResult = 400;  // list results (eGFR, Hb, TSH) at least this old

// Usual ranges of the results written (UK units): not rates, so they live here.
struct Range {
  double low;
  double high;
  double scale;  // 1 for whole numbers, 10 for one decimal, 100 for two
};

constexpr Range kSystolic{105, 138, 1};
constexpr Range kSystolicHypertensive{125, 160, 1};
constexpr Range kDiastolic{62, 86, 1};
constexpr Range kDiastolicHypertensive{72, 95, 1};
constexpr Range kBmi{20, 33, 10};
constexpr Range kHeightMetres{1.55, 1.88, 100};
constexpr Range kEgfr{62, 105, 1};  // eGFR below 60 is a CKD deficit: never in background
constexpr Range kEgfrCkd{30, 58, 1};
constexpr Range kHaemoglobinMale{135, 165, 1};  // g/L, above the eFI anaemia thresholds
constexpr Range kHaemoglobinFemale{120, 150, 1};
constexpr Range kTsh{0.6, 4.2, 100};  // inside 0.36-5.5, the eFI thyroid range
constexpr Range kCholesterol{3.5, 6.5, 10};
constexpr Range kHba1c{32, 41, 1};
constexpr Range kHba1cDiabetic{48, 80, 1};

struct Span {
  std::int32_t first;
  std::int32_t last;
};

class Background {
 public:
  Background(const HistoryModel& model, const PersonContext& person, const PersonHealth& health,
             StreamRandom& random, PersonRecords& out)
      : model_(model), person_(person), health_(health), random_(random), out_(out) {
    const int years = model.rates.background_years;
    window_ = {std::max(person.birth_day, person.end_day - years * kYear + 1), person.end_day};
    hypertension_ = Has("HYP");
    diabetes_ = Has("DIB");
    ckd_ = Has("CKD");
    copd_ = Has("COP");
    thyroid_ = Has("THY");
    for (std::size_t c = 0; c < model.conditions.size(); ++c) {
      reviewed_ |= model.conditions[c].reviewed && health.conditions[c] == ConditionState::kHas;
    }
  }

  void Write() {
    Consultations();
    const bool on_repeats = Treatments();
    if (person_.age >= 16) {
      SmokingStatus();
    }
    for (int year = 0; year < model_.rates.background_years; ++year) {
      const Span slice{std::max(window_.first, person_.end_day - (year + 1) * kYear + 1),
                       person_.end_day - year * kYear};
      if (slice.last < slice.first) {
        break;
      }
      Year(slice, on_repeats);
    }
  }

 private:
  bool Has(std::string_view id) const {
    const int index = model_.ConditionIndex(id);
    return index >= 0 &&
           health_.conditions[static_cast<std::size_t>(index)] == ConditionState::kHas;
  }

  float Value(const Range& r) {
    const double v = r.low + (r.high - r.low) * random_.Uniform();
    return static_cast<float>(std::round(v * r.scale) / r.scale);
  }

  std::int32_t DayIn(Span span) { return random_.Between(span.first, span.last); }

  void Event(std::string_view role, Span span, float value = std::nanf("")) {
    out_.AddEvent(model_.Code(role), DayIn(span), value);
  }

  void Consultations() {
    const auto& rates = model_.rates;
    const double per_year = rates.consultations_per_year[person_.band] *
                            (1 + rates.consultations_per_condition * health_.condition_count);
    const double years = (window_.last - window_.first + 1) / static_cast<double>(kYear);
    for (int n = random_.Poisson(per_year * years); n > 0; --n) {
      Event("consultation", window_);
    }
  }

  void SmokingStatus() {
    if (!random_.Chance(0.8)) {
      return;
    }
    const double u = random_.Uniform() * 100;
    const auto& rates = model_.rates;
    if (copd_) {
      Event(u < 40 ? "smokerCurrent" : "smokerEx", window_);
    } else if (u < rates.smoking_current_percent) {
      Event("smokerCurrent", window_);
    } else if (u < rates.smoking_current_percent + rates.smoking_ex_percent) {
      Event("smokerEx", window_);
    } else {
      Event("smokerNever", window_);
    }
  }

  // One year of monitoring: yearly for reviewed conditions, now and then for other adults.
  void Year(Span slice, bool on_repeats) {
    const bool adult = person_.age >= 18;
    if (reviewed_ || (adult && random_.Chance(0.25))) {
      const std::int32_t day = DayIn(slice);
      const Span same{day, day};
      Event("systolic", same, Value(hypertension_ ? kSystolicHypertensive : kSystolic));
      Event("diastolic", same, Value(hypertension_ ? kDiastolicHypertensive : kDiastolic));
    }
    if (reviewed_ || (adult && random_.Chance(0.15))) {
      const std::int32_t day = DayIn(slice);
      const float bmi = Value(kBmi);
      const float height = Value(kHeightMetres);
      out_.AddEvent(model_.Code("bmi"), day, bmi);
      out_.AddEvent(model_.Code("weight"), day, std::round(bmi * height * height * 10) / 10);
    }
    if (reviewed_ || (person_.age >= 40 && random_.Chance(0.3))) {
      Bloods(slice);
    }
    if (on_repeats) {
      Event("medicationReview", slice);
    }
    if (person_.age >= 65 && random_.Chance(model_.rates.flu_uptake)) {
      Event("fluVaccine", slice);
    }
  }

  void Bloods(Span slice) {
    const std::int32_t day = DayIn(slice);
    const Span same{day, day};
    Event("cholesterol", same, Value(kCholesterol));
    if (diabetes_ || random_.Chance(0.3)) {
      Event("hba1c", same, Value(diabetes_ ? kHba1cDiabetic : kHba1c));
    }
    if (day > person_.end_day - kOldResult) {
      return;  // the lists' results stay older than any result a rule was written with
    }
    Event("egfr", same, Value(ckd_ ? kEgfrCkd : kEgfr));
    const bool male = person_.sex == domain::Sex::kMale;
    Event("haemoglobin", same, Value(male ? kHaemoglobinMale : kHaemoglobinFemale));
    if (thyroid_ || random_.Chance(0.3)) {
      Event("tsh", same, Value(kTsh));
    }
  }

  // Repeat medicines of treated conditions, every repeat interval back to the window's start.
  bool Treatments() {
    std::vector<ConceptId> medicines;
    for (std::size_t c = 0; c < model_.conditions.size(); ++c) {
      if (health_.conditions[c] != ConditionState::kHas ||
          !random_.Chance(model_.rates.treated_percent / 100)) {
        continue;
      }
      for (const ConceptId code : model_.conditions[c].treatments) {
        if (std::find(medicines.begin(), medicines.end(), code) == medicines.end()) {
          medicines.push_back(code);
        }
      }
    }
    const std::int32_t interval = model_.rates.repeat_interval_days;
    for (const ConceptId code : medicines) {
      for (std::int32_t day = person_.end_day - random_.Between(0, interval - 1);
           day >= window_.first; day -= interval) {
        out_.AddIssue(code, day);
      }
    }
    return !medicines.empty();
  }

  const HistoryModel& model_;
  const PersonContext& person_;
  const PersonHealth& health_;
  StreamRandom& random_;
  PersonRecords& out_;
  Span window_{};
  bool hypertension_ = false;
  bool diabetes_ = false;
  bool ckd_ = false;
  bool copd_ = false;
  bool thyroid_ = false;
  bool reviewed_ = false;
};

}  // namespace

void WriteBackground(const HistoryModel& model, const PersonContext& person,
                     const PersonHealth& health, StreamRandom& random, PersonRecords& out) {
  Background(model, person, health, random, out).Write();
}

}  // namespace lcn::demo
