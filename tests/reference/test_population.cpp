// SPDX-License-Identifier: Apache-2.0
#include "test_population.hpp"

#include "casefinding/population_builder.hpp"
#include "rule_builders.hpp"

namespace lcn::casefinding::testdata {
namespace {

using K = Rule::Kind;

// splitmix64: small, fast and identical everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}

  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }

 private:
  std::uint64_t state_;
};

void AddList(DefinitionSet& d, const std::string& name, std::vector<ConceptId> codes,
             bool medications = false) {
  CodeList l;
  l.name = name;
  l.codes = std::move(codes);
  l.medications = medications;
  d.code_lists[name] = l;
}

}  // namespace

Day AsOf() {
  return 20634;
}  // 2026-06-30

DefinitionSet RuleKindDefinitions() {
  DefinitionSet d;
  d.version = "rule-kinds-test";
  auto list = [&d](const std::string& name, std::vector<ConceptId> codes, bool meds = false) {
    AddList(d, name, std::move(codes), meds);
  };
  list("hyp", {100, 101});
  list("anx", {200});
  list("anxiolytics", {900, 901}, true);
  list("cancer", {300});
  list("ckd", {400});
  list("egfr", {401});
  list("hb", {402});
  list("epilepsy", {500});
  list("antiepileptics", {950}, true);
  list("analgesics", {960, 961}, true);
  list("falls", {600});
  list("asthma", {700});
  list("asthma_meds", {970}, true);
  auto cancer = Leaf(K::kCode, "cancer", 1826);
  std::const_pointer_cast<Rule>(cancer)->first = true;
  d.condition_sets["a_main"] = {
      {"HYP", "Hypertension", 0.08, Leaf(K::kCode, "hyp")},
      {"ANX", "Anxiety", std::nullopt,
       Tree(K::kAnyOf, {Leaf(K::kCode, "anx", 365), Leaf(K::kMedications, "anxiolytics", 365, 4)})},
      {"CAN", "Cancer", 1.53, cancer},
      {"CKD", "CKD", 0.53,
       Tree(K::kAnyOf, {Leaf(K::kCode, "ckd"), Value("egfr", ValueAggregate::kMaxOfLatestTwo,
                                                     Rule::Compare::kBelow, 60)})},
      {"PNC", "Painful condition", 0.92,
       Tree(K::kAnyOf, {Leaf(K::kMedications, "analgesics", 365, 4),
                        Tree(K::kAllOf, {Leaf(K::kMedications, "antiepileptics", 365, 4),
                                         Tree(K::kNot, {Leaf(K::kCode, "epilepsy")})})})},
      {"AST", "Asthma", 0.19,
       Tree(K::kAllOf, {Leaf(K::kCode, "asthma"), Leaf(K::kMedications, "asthma_meds", 365, 1)})},
      {"EPI", "Epilepsy", 0.92,
       Tree(K::kAllOf, {Leaf(K::kCode, "epilepsy"), Leaf(K::kMedications, "antiepileptics", 365)})},
  };
  d.condition_sets["b_small"] = {
      {"HYP", "Hypertension", std::nullopt, Leaf(K::kCode, "hyp", 3650)},
      {"ANAEMIA", "Anaemia in a woman", std::nullopt,
       Tree(K::kAllOf, {[] {
                          auto r = Leaf(K::kSex);
                          std::const_pointer_cast<Rule>(r)->text = "female";
                          return r;
                        }(),
                        Value("hb", ValueAggregate::kLatest, Rule::Compare::kBelow, 11.5, 730)})},
      {"HBANY", "Any low haemoglobin", std::nullopt,
       Value("hb", ValueAggregate::kAny, Rule::Compare::kAtMost, 10)},
  };
  for (int i = 0; i < 35; ++i) {
    const std::string name = "deficit" + std::to_string(i);
    list(name, {1000 + i});
    d.frailty_deficits.push_back(
        {"efi_" + std::to_string(i), name, std::nullopt, Leaf(K::kCode, name)});
  }
  d.frailty_deficits[10] = {
      "efi_falls", "Falls", std::nullopt,
      Tree(K::kAnyOf, {Leaf(K::kCode, "deficit10"), Leaf(K::kEventCount, "falls", 365, 1)})};
  d.frailty_deficits.push_back({"efi_polypharmacy", "Polypharmacy", std::nullopt,
                                Leaf(K::kDistinctMedications, "any", 365, 5)});
  auto frail = Leaf(K::kFrailtyAtLeast);
  std::const_pointer_cast<Rule>(frail)->text = "moderate";
  auto young = Leaf(K::kAgeBelow, "", std::nullopt, 40);
  d.cohorts = {
      {"ltc3", "Adults with 3+ LTCs", std::nullopt,
       Tree(K::kAllOf, {Leaf(K::kAgeAtLeast, "", std::nullopt, 18),
                        Leaf(K::kConditionCount, "a_main", std::nullopt, 3)})},
      {"frail", "Moderate or severe frailty", std::nullopt, frail},
      {"care_home", "Care-home residents", std::nullopt, Leaf(K::kCareHome)},
      {"admitted", "Admitted twice in a year", std::nullopt,
       Leaf(K::kEmergencyAdmissions, "", 365, 2)},
      {"young_ckd", "Under 40 with CKD", std::nullopt,
       Tree(K::kAllOf, {young,
                        [] {
                          auto r = Leaf(K::kCondition, "CKD");
                          return r;
                        }()})},
  };
  return d;
}

DefinitionSet OverlapDefinitions() {
  DefinitionSet d = RuleKindDefinitions();
  d.version = "overlap-test";
  auto list = [&d](const std::string& name, std::vector<ConceptId> codes, bool meds = false) {
    AddList(d, name, std::move(codes), meds);
  };
  list("hyp_ckd", {100, 400});          // shares codes with hyp and ckd
  list("labs", {401, 402});             // with egfr and hb
  list("calm_pain", {900, 960}, true);  // with anxiolytics and analgesics
  list("epi_any", {500, 600, 1003});    // with epilepsy, falls and deficit3
  auto first = Leaf(K::kCode, "hyp_ckd", 3650);
  std::const_pointer_cast<Rule>(first)->first = true;
  auto sex = [](const char* text) {
    auto r = Leaf(K::kSex);
    std::const_pointer_cast<Rule>(r)->text = text;
    return r;
  };
  d.condition_sets["c_overlap"] = {
      {"HC2", "hyp or ckd in 2 years", std::nullopt, Leaf(K::kCode, "hyp_ckd", 730)},
      {"HCF", "first hyp or ckd in 10 years", std::nullopt, first},
      {"CP2", "2+ calm or pain issues in 2 years", std::nullopt,
       Leaf(K::kMedications, "calm_pain", 730, 2)},
      {"CP5", "5+ calm or pain issues ever", std::nullopt,
       Leaf(K::kMedications, "calm_pain", std::nullopt, 5)},
      {"AX2", "2+ anxiolytics in 5 years", std::nullopt,
       Leaf(K::kMedications, "anxiolytics", 1826, 2)},
      {"AX1", "an anxiolytic in 2 years", std::nullopt,
       Leaf(K::kMedications, "anxiolytics", 730, 1)},
      {"LAB", "latest lab above 15 in a year", std::nullopt,
       Value("labs", ValueAggregate::kLatest, Rule::Compare::kAbove, 15, 365)},
      {"LAB2", "better of last two labs at least 50 in 5 years", std::nullopt,
       Value("labs", ValueAggregate::kMaxOfLatestTwo, Rule::Compare::kAtLeast, 50, 1826)},
      {"LABANY", "any lab below 12 in 2 years", std::nullopt,
       Value("labs", ValueAggregate::kAny, Rule::Compare::kBelow, 12, 730)},
      {"DCP", "both calm and pain medicines in a year", std::nullopt,
       Leaf(K::kDistinctMedications, "calm_pain", 365, 2)},
      {"EC3", "3+ hyp or ckd events in 5 years", std::nullopt,
       Leaf(K::kEventCount, "hyp_ckd", 1826, 3)},
      {"EPA", "epilepsy, a fall or deficit 3 ever, or 2 in a year", std::nullopt,
       Tree(K::kAnyOf, {Leaf(K::kCode, "epi_any"), Leaf(K::kEventCount, "epi_any", 365, 2)})},
      {"NOTHYP", "ckd without hypertension in the last year", std::nullopt,
       Tree(K::kAllOf, {Tree(K::kNot, {Leaf(K::kCode, "hyp", 365)}), Leaf(K::kCode, "ckd")})},
      {"OLD", "65 to 79", std::nullopt,
       Tree(K::kAllOf, {Leaf(K::kAgeAtLeast, "", std::nullopt, 65),
                        Tree(K::kNot, {Leaf(K::kAgeAtLeast, "", std::nullopt, 80)})})},
      {"MALECH", "male or in a care home", std::nullopt,
       Tree(K::kAnyOf, {sex("male"), Leaf(K::kCareHome)})},
  };
  return d;
}

Population RandomPopulation(std::uint64_t seed, std::size_t people, int events_per_person) {
  Random rng(seed);
  PopulationBuilder b;
  const Day as_of = AsOf();
  // Dates cluster at the windows' edges: 364-366 and 1825-1827 days back, and the as-of day.
  auto day = [&]() -> Day {
    switch (rng.Below(6)) {
      case 0:
        return as_of - 363 - rng.Below(4);
      case 1:
        return as_of - 1824 - rng.Below(4);
      case 2:
        return as_of + 1 - rng.Below(3);  // includes days after the as-of date
      default:
        return as_of - rng.Below(9000);
    }
  };
  const ConceptId codes[] = {100, 101, 200, 300, 400, 401, 402, 500, 600, 700, 12345};
  const ConceptId meds[] = {900, 901, 950, 960, 961, 970, 980, 981, 982, 983, 984};
  for (std::size_t p = 0; p < people; ++p) {
    // Ages 10 to 100, with birthdays on and around the as-of day.
    const Day birth = as_of - 365 * (10 + rng.Below(90)) - rng.Below(400) + 200;
    const auto sex = rng.Below(2) ? domain::Sex::kFemale : domain::Sex::kMale;
    const auto person = b.AddPerson("r" + std::to_string(p), birth, sex, "P1", rng.Below(20) == 0);
    if (rng.Below(8) == 0) {
      // A regular prescription: three to six issues, some around the 12-month edge.
      const ConceptId med = meds[rng.Below(6)];
      const int issues = 3 + rng.Below(4);
      for (int i = 0; i < issues; ++i) {
        b.AddMedication(person, med, as_of - 28 * i - rng.Below(3) - (i == issues - 1 ? 250 : 0));
      }
    }
    const int events = rng.Below(2 * events_per_person + 1);
    for (int e = 0; e < events; ++e) {
      const ConceptId code = codes[rng.Below(11)];
      if (code == 401 || code == 402) {
        // Values: one per day, so "latest" is never a tie.
        b.AddEvent(person, code, as_of - e * 17 - rng.Below(17) + 3,
                   static_cast<float>(40 + rng.Below(40)) / (code == 402 ? 4.0F : 1.0F));
      } else {
        b.AddEvent(person, code, day());
      }
      if (rng.Below(3) == 0) {
        b.AddEvent(person, 1000 + rng.Below(35), day());
      }
      if (rng.Below(2) == 0) {
        b.AddMedication(person, meds[rng.Below(11)], day());
      }
      if (rng.Below(10) == 0) {
        b.AddEncounter(person, static_cast<EncounterKind>(rng.Below(2)), day());
      }
    }
  }
  return b.Build();
}

}  // namespace lcn::casefinding::testdata
