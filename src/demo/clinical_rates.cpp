// SPDX-License-Identifier: Apache-2.0
#include "demo/clinical_rates.hpp"

#include <nlohmann/json.hpp>

#include "core/embedded_file.hpp"
#include "core/error.hpp"

namespace lcn::demo {

// Defined in the generated demo_data_files.cpp.
const std::vector<EmbeddedFile>& DemoDataFiles();

namespace {

using Json = nlohmann::json;

[[noreturn]] void Bad(const std::string& where, const std::string& what) {
  throw Error(ErrorCode::kInternal, "clinical_rates.json: " + where + ": " + what);
}

const Json& At(const Json& object, const std::string& key, const std::string& where) {
  if (!object.is_object() || !object.contains(key)) {
    Bad(where, "missing '" + key + "'");
  }
  return object.at(key);
}

double Number(const Json& object, const std::string& key, const std::string& where) {
  const Json& value = At(object, key, where);
  if (!value.is_number()) {
    Bad(where + "." + key, "not a number");
  }
  return value.get<double>();
}

double NumberOr(const Json& object, const std::string& key, double fallback,
                const std::string& where) {
  return object.contains(key) ? Number(object, key, where) : fallback;
}

std::string Text(const Json& object, const std::string& key, const std::string& where) {
  const Json& value = At(object, key, where);
  if (!value.is_string()) {
    Bad(where + "." + key, "not a string");
  }
  return value.get<std::string>();
}

// The settings read as they are: section, key, member.
template <typename T>
struct Field {
  const char* section;
  const char* key;
  T ClinicalRates::*member;
};

constexpr Field<Banded> kBandedFields[] = {
    {"careHome", "percent", &ClinicalRates::care_home_percent},
    {"deathsPerThousand", "values", &ClinicalRates::deaths_per_thousand},
    {"encounters", "emergencyAdmissionsPerThousand", &ClinicalRates::emergency_per_thousand},
    {"encounters", "aeAttendancesPerThousand", &ClinicalRates::ae_per_thousand},
    {"encounters", "outpatientPerThousand", &ClinicalRates::outpatient_per_thousand},
    {"encounters", "electivePerThousand", &ClinicalRates::elective_per_thousand},
    {"background", "consultationsPerYear", &ClinicalRates::consultations_per_year},
};

constexpr Field<double> kNumberFields[] = {
    {"careHome", "frailtyLoading", &ClinicalRates::care_home_frailty_loading},
    {"careHome", "admissionFactor", &ClinicalRates::care_home_admission_factor},
    {"deathsPerThousand", "frailtyLoading", &ClinicalRates::death_frailty_loading},
    {"encounters", "frailtySpread", &ClinicalRates::encounter_frailty_spread},
    {"encounters", "admissionsThroughAe", &ClinicalRates::admissions_through_ae},
    {"background", "consultationsPerCondition", &ClinicalRates::consultations_per_condition},
    {"background", "fluVaccineUptakeFrom65", &ClinicalRates::flu_uptake},
    {"background", "treatedPercent", &ClinicalRates::treated_percent},
};

constexpr Field<int> kWholeNumberFields[] = {
    {"encounters", "years", &ClinicalRates::encounter_years},
    {"background", "years", &ClinicalRates::background_years},
    {"background", "repeatIntervalDays", &ClinicalRates::repeat_interval_days},
};

class Parser {
 public:
  explicit Parser(const Json& root) : root_(root) {}

  Banded Bands(const Json& object, const std::string& key, const std::string& where) const {
    const Json& values = At(object, key, where);
    if (!values.is_array() || values.size() != bands_) {
      Bad(where + "." + key, "needs one number per age band (" + std::to_string(bands_) + ")");
    }
    Banded out;
    for (const auto& v : values) {
      if (!v.is_number() || v.get<double>() < 0) {
        Bad(where + "." + key, "holds a value that is not a number >= 0");
      }
      out.push_back(v.get<double>());
    }
    return out;
  }

  void Source(const Json& object, const std::string& where) const {
    const std::string text = Text(object, "source", where);
    if (text.empty()) {
      Bad(where, "empty source");
    }
  }

  ClinicalRates Parse() {
    ClinicalRates r;
    for (const auto& [key, value] : At(root_, "sources", "root").items()) {
      r.sources[key] = value.get<std::string>();
    }
    for (const auto& age : At(root_, "ageBands", "root")) {
      r.band_min_ages.push_back(age.get<int>());
    }
    if (r.band_min_ages.empty() || r.band_min_ages.front() != 0) {
      Bad("ageBands", "must start at 0");
    }
    bands_ = r.band_min_ages.size();
    r.burden_loading = Bands(root_, "burdenLoading", "root");
    const Json& dep = At(root_, "deprivation", "root");
    r.deprivation_centre = Number(dep, "centre", "deprivation");
    r.deprivation_per_ten = Number(dep, "liabilityPerTenPoints", "deprivation");
    Source(dep, "deprivation");
    ParseConditions(r);
    ParseFrailty(r);
    ParseSettings(r);
    ParseCodes(r);
    ParseTargets(r);
    return r;
  }

 private:
  void ParseConditions(ClinicalRates& r) const {
    for (const auto& c : At(root_, "conditions", "root")) {
      const std::string where = "conditions." + Text(c, "id", "conditions");
      r.conditions.push_back({.id = Text(c, "id", where),
                              .percent = Bands(c, "percent", where),
                              .female_to_male = Number(c, "femaleToMale", where),
                              .lapsed = NumberOr(c, "lapsed", 0, where),
                              .deprivation_weight = NumberOr(c, "deprivationWeight", 1, where)});
      Source(c, where);
    }
  }

  void ParseFrailty(ClinicalRates& r) const {
    const Json& f = At(root_, "frailty", "root");
    r.frailty_burden_link = Number(f, "burdenLink", "frailty");
    r.frailty_loading = Bands(f, "loading", "frailty");
    r.frailty_level = Bands(f, "level", "frailty");
    Source(f, "frailty");
    for (const auto& d : At(f, "deficits", "frailty")) {
      r.deficits.push_back(
          {.id = Text(d, "id", "frailty.deficits"), .weight = Number(d, "weight", "frailty")});
    }
  }

  void ParseSettings(ClinicalRates& r) const {
    for (const auto& f : kBandedFields) {
      r.*f.member = Bands(At(root_, f.section, "root"), f.key, f.section);
    }
    for (const auto& f : kNumberFields) {
      r.*f.member = Number(At(root_, f.section, "root"), f.key, f.section);
    }
    for (const auto& f : kWholeNumberFields) {
      r.*f.member = static_cast<int>(Number(At(root_, f.section, "root"), f.key, f.section));
    }
    for (const char* section : {"careHome", "deathsPerThousand", "encounters", "background"}) {
      Source(At(root_, section, "root"), section);
    }
    const Json& bg = At(root_, "background", "root");
    const Json& smoking = At(bg, "smokingPercent", "background");
    r.smoking_current_percent = Number(smoking, "current", "background.smokingPercent");
    r.smoking_ex_percent = Number(smoking, "ex", "background.smokingPercent");
    for (const auto& id : At(bg, "reviewedConditions", "background")) {
      r.reviewed_conditions.push_back(id.get<std::string>());
    }
  }

  void ParseCodes(ClinicalRates& r) const {
    for (const auto& [role, value] : At(root_, "codes", "root").items()) {
      CodeRef ref;
      if (value.contains("list")) {
        ref.list = Text(value, "list", "codes." + role);
      } else {
        ref.code = At(value, "code", "codes." + role).get<std::int64_t>();
        Source(value, "codes." + role);
      }
      r.codes[role] = ref;
    }
    for (const auto& t : At(root_, "treatments", "root")) {
      Treatment treatment{.conditions = {},
                          .code = At(t, "code", "treatments").get<std::int64_t>()};
      for (const auto& c : At(t, "conditions", "treatments")) {
        treatment.conditions.push_back(c.get<std::string>());
      }
      Source(t, "treatments");
      r.treatments.push_back(std::move(treatment));
    }
  }

  void ParseTargets(ClinicalRates& r) const {
    for (const auto& t : At(root_, "targets", "root")) {
      CalibrationTarget target{.measure = Text(t, "measure", "targets"),
                               .min_age = static_cast<int>(Number(t, "minAge", "targets")),
                               .max_age = std::nullopt,
                               .value = Number(t, "value", "targets"),
                               .tolerance = NumberOr(t, "tolerance", 0, "targets"),
                               .at_least = t.value("atLeast", false),
                               .source = Text(t, "source", "targets")};
      if (t.contains("maxAge")) {
        target.max_age = static_cast<int>(Number(t, "maxAge", "targets"));
      }
      if (!r.sources.contains(target.source)) {
        Bad("targets." + target.measure, "unknown source '" + target.source + "'");
      }
      r.targets.push_back(std::move(target));
    }
  }

  const Json& root_;
  std::size_t bands_ = 0;
};

}  // namespace

std::size_t ClinicalRates::BandOf(int age) const {
  std::size_t band = 0;
  while (band + 1 < band_min_ages.size() && age >= band_min_ages[band + 1]) {
    ++band;
  }
  return band;
}

double ClinicalRates::AtAge(const Banded& values, int age) const {
  const std::size_t n = band_min_ages.size();
  const auto mid = [&](std::size_t b) {
    return b + 1 < n ? (band_min_ages[b] + band_min_ages[b + 1] - 1) / 2.0 : band_min_ages[b] + 5.0;
  };
  if (age <= mid(0)) {
    return values[0];
  }
  for (std::size_t b = 0; b + 1 < n; ++b) {
    if (age <= mid(b + 1)) {
      const double t = (age - mid(b)) / (mid(b + 1) - mid(b));
      return values[b] + t * (values[b + 1] - values[b]);
    }
  }
  return values[n - 1];
}

ClinicalRates ParseClinicalRates(std::string_view json_text) {
  Json root;
  try {
    root = Json::parse(json_text);
    return Parser(root).Parse();
  } catch (const Json::exception& e) {
    Bad("root", e.what());
  }
}

std::string_view ClinicalRatesText() {
  for (const auto& file : DemoDataFiles()) {
    if (file.path == "clinical_rates.json") {
      return file.data;
    }
  }
  throw Error(ErrorCode::kInternal, "clinical_rates.json is not compiled into this binary");
}

ClinicalRates LoadClinicalRates() {
  return ParseClinicalRates(ClinicalRatesText());
}

}  // namespace lcn::demo
